"""Wrong events found by the session-39 lead read-through of seven wire stories (Britain
expelling Russian diplomats over Lugovoy, July 2007; the United States expelling Cuban
diplomats, October 2017; Greece and Macedonia signing the Prespa accord, June 2018; Venezuela
breaking ties with Colombia, July 2010; India and Pakistan after the parliament attack,
December 2001; Ethiopia in Somalia, January 2007; the Hainan plane collision, April 2001) and
by the review of the session's merged rules, each a general class checked on sentences
written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2010, 7, 22)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality, str(e.date))
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's foreign minister, Nicolas Maduro, called the charges a farce. "
        "Colombia's president-elect, Juan Manuel Santos, has said he wants to mend ties "
        "with Caracas.",
        "Israel's defence minister rejected the report. Iraq's prime minister-designate "
        "said he would restore relations with Damascus.",
    ],
)
def test_he_takes_up_an_office_holder_to_be(coder, text):
    # "he" is the president-elect who says it, not the minister of the sentence before
    got = _events(coder, text)
    mends = [e for e in got if e[2][:2] in ("03", "05")]
    assert mends and all(e[0] in ("COL", "IRQ") for e in mends), got


@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan President Hugo Chavez broke off relations with Colombia. Chavez, speaking "
        "alongside Argentine football legend Diego Maradona in Caracas, said he had no "
        'choice "with dignity" and ordered his troops on the border on maximum alert.',
        "Russian President Vladimir Putin, standing beside French actor Gerard Depardieu, said "
        "he was ready and put his forces on alert.",
    ],
)
def test_his_men_are_the_subject_s_not_the_nearest_person_s(coder, text):
    got = _events(coder, text)
    assert not any(e[1] in ("ARG", "FRA") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela froze trade with Colombia a year ago over a deal giving the U.S. military "
        "access to Colombian bases.",
        "Moscow protested against a pact giving American troops access to Polish airfields.",
    ],
)
def test_what_a_deal_gives_others_does_not_name_its_maker(coder, text):
    got = _events(coder, text)
    assert not any(e[0] == "USA" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord, Athens will lift its veto on its northern neighbour's bids to join "
        "NATO and the European Union.",
        "Turkey dropped its objection to its neighbour's bid to join the European Union.",
    ],
)
def test_an_owned_bid_s_infinitive_is_the_owner_s(coder, text):
    # the bid's owner joins, and the body it joins is no target of the veto lifted
    got = _events(coder, text)
    assert not any(e[0] in ("GRC", "TUR") and e[1] in ("NATO", "EU") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers signed the accord, ending a dispute that has poisoned relations "
        "between Greece and Macedonia for 27 years.",
        "The spy scandal has poisoned ties between Moscow and London.",
    ],
)
def test_a_bond_poisoned_is_no_force(coder, text):
    got = _events(coder, text)
    assert not any(e[2][:2] in ("18", "19", "20") for e in got), got


def test_a_person_poisoned_is_still_an_assault(coder):
    got = _events(coder, "Russian agents poisoned the former spy in Salisbury.")
    assert any(e[2][:2] in ("18", "20") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Maduro accused outgoing President Alvaro Uribe of trying to sabotage the talks before "
        "his successor takes office.",
        "Baku accused Armenian forces of trying to seize a hill near Kalbajar.",
    ],
)
def test_an_attempt_charged_is_the_charger_s_word(coder, text):
    # a hostile act someone is accused of trying to do is alleged, not done
    got = _events(coder, text)
    assert not any(e[2][:2] in ("16", "17", "18", "19") and e[3] == "asserted" for e in got), got


def test_an_attempt_told_is_still_done(coder):
    got = _events(coder, "Armenian forces tried to seize a hill near Kalbajar, Azerbaijan said.")
    assert any(e[3] == "asserted" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The United States ordered 15 Cuban diplomats to leave. Canada, which also has staff in "
        "Havana, said it had no plans to withdraw its diplomats.",
        "Britain expelled 23 Russian diplomats on Wednesday. France said it would not recall "
        "its diplomats for now.",
    ],
)
def test_its_diplomats_are_the_acting_side_s_own(coder, text):
    # the second sentence's diplomats are Canada's (France's), not the last ones named
    got = _events(coder, text)
    assert not any(e[0] in ("CAN", "FRA") and e[1] in ("CUB", "RUS") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Britain said on Monday it would expel four Russian diplomats over Moscow's refusal to "
        "extradite Andrei Lugovoy.",
        "The EU will impose sanctions over Russia's annexation of Crimea.",
    ],
)
def test_an_owned_act_a_measure_is_over_was_done(coder, text):
    got = _events(coder, text)
    assert any(e[0] == "RUS" and e[3] == "asserted" for e in got), got


def test_any_act_a_measure_is_over_stays_unmade(coder):
    got = _events(coder, "The EU could impose sanctions over any Russian attack on Ukraine.")
    assert not any(e[0] == "RUS" and e[3] == "asserted" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Uganda has offered to send soldiers to the planned AU mission, an AU official said. "
        "Kenya closed its border with Somalia last week, and its police have detained several "
        "foreigners trying to cross, the government said.",
        "Talks with the EU resumed, a European Commission official said. Serbian police "
        "arrested two Kosovo officials near the border on Sunday, the ministry said.",
    ],
)
def test_a_body_that_names_no_side_makes_no_charge(coder, text):
    got = _events(coder, text)
    assert not any(e[2] == "112" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League and Somalia's neighbour Djibouti criticised the U.S. air strikes.",
        "The European Union and Serbia's neighbour Croatia condemned the Russian statement.",
    ],
)
def test_whose_neighbour_it_is_is_no_side(coder, text):
    got = _events(coder, text)
    sources = {e[0] for e in got}
    assert sources & {"ARL", "EU"} and not sources & {"SOM", "SRB"}, got


@pytest.mark.parametrize(
    "text",
    [
        "India has recalled its high commissioner from Islamabad and halted the trains after "
        "the attack on its parliament, which it blames on Pakistan-based militants.",
        "Seoul cut trade with Pyongyang after the sinking of the Cheonan, which it blames on "
        "North Korea.",
    ],
)
def test_it_of_a_relative_clause_is_the_main_subject(coder, text):
    # India (Seoul) blames the militants (North Korea); no one is charged by Islamabad
    got = _events(coder, text)
    blames = [e for e in got if e[2] == "112"]
    assert blames and all(e[0] in ("IND", "KOR") and e[1] in ("PAK", "PRK") for e in blames), got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "India has recalled its high commissioner after the Dec. 13 attack on its parliament.",
            "2001-12-22",
        ),
        (
            "India recalled its envoy two days after the Dec. 13 attack on its parliament.",
            "2001-12-15",
        ),
    ],
)
def test_a_day_of_the_thing_an_act_follows_is_not_the_act_s(coder, text, day):
    got = _events(coder, text, dt.date(2001, 12, 22))
    assert got and all(e[4] == day for e in got), got


def test_a_shared_seat_is_not_given_away_by_a_later_name(coder):
    # Britain is named only after the office, which is Pakistan's
    text = (
        "Pakistan on Saturday ordered an Indian diplomat to leave the country. The Foreign "
        "Office summoned India's deputy high commissioner and handed him a strong protest. "
        "Britain's Prime Minister Tony Blair is expected to visit both capitals next month."
    )
    got = _events(coder, text, dt.date(2001, 12, 22))
    assert not any(e[0] == "GBR" and e[1] == "IND" for e in got), got
    assert any(e[0] == "PAK" and e[1] == "IND" and e[2][:2] == "11" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Washington has not apologised, though Colin Powell expressed regret over the loss of "
        "the pilot.",
        "China has not released the crew, although it allowed U.S. diplomats to meet them.",
    ],
)
def test_a_clause_granted_keeps_its_own_polarity(coder, text):
    # the regret was expressed and the meeting allowed, whatever the main clause denies
    got = _events(coder, text, dt.date(2001, 4, 5))
    assert any(e[3] == "asserted" and e[2][:2] in ("04", "11", "05") for e in got), got


def test_a_condition_still_keeps_the_main_negation_away(coder):
    got = _events(coder, "Russia will not attack Ukraine unless NATO expands.", dt.date(2001, 4, 5))
    assert not any(e[0] == "RUS" and e[3] == "asserted" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Druze inhabitants of the Golan Heights threatened today to hold a general strike.",
        "The dockers' union threatened on Monday to stage a national strike.",
    ],
)
def test_a_strike_threatened_is_not_held(coder, text):
    got = _events(coder, text, dt.date(1982, 2, 15))
    assert not any(e[2][:2] == "14" and e[3] == "asserted" for e in got), got


def test_sources_of_a_named_side_pass_on_its_word(coder):
    # "according to Pentagon sources" is the side's own word, as "officials said" is
    text = (
        "U.S. drone strikes have killed eight al-Qaeda leaders in Yemen since July, according "
        "to Pentagon sources."
    )
    got = _events(coder, text, dt.date(2003, 1, 1))
    assert any(e[0] == "USA" and e[3] == "asserted" for e in got), got


def test_what_a_speaker_says_should_be_done_is_asked_of_no_one_named_before(coder):
    # (h2's shared demand target holds for a verb of demanding only)
    text = (
        "Russian Foreign Minister Igor Ivanov welcomed Baghdad's decision and said the "
        "sanctions should be eased."
    )
    got = _events(coder, text, dt.date(2000, 1, 1))
    assert not any(e[2][:2] == "10" and e[1] == "IRQ" for e in got), got


def test_relations_harmed_told_by_the_other_side_charge_the_doer(coder):
    text = "China's foreign ministry said on Friday that Australia had poisoned the relationship."
    got = _events(coder, text, dt.date(2020, 11, 27))
    assert ("CHN", "AUS", "112", "asserted", "2020-11-27") in got, got
    assert not any(e[2][:2] in ("18", "19", "20") for e in got), got
