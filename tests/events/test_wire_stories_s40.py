"""Wrong events found by the session-40 lead read-through of five wire stories (Estonia moving
the Soviet war memorial in Tallinn, April 2007; Pakistan freeing the CIA contractor Raymond
Davis, March 2011; Scotland freeing the Lockerbie bomber, August 2009; the Israeli raid on the
Gaza flotilla, May-June 2010; Japan holding a Chinese trawler captain, September 2010), each a
general class checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2010, 9, 20)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality, str(e.date), e.date_precision)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Chinese protesters gathered outside the embassy on Saturday, the anniversary of "
            "Japan's 1931 invasion of Manchuria.",
            "1931",
        ),
        (
            "Thousands marched on Friday to mark the anniversary of the 2003 U.S. invasion of "
            "Iraq.",
            "2003",
        ),
    ],
)
def test_an_event_noun_s_own_year_dates_it(coder, text, year):
    # the invasion told by its year is not an act of the day the protest is held
    got = _events(coder, text)
    invasions = [e for e in got if e[2].startswith("19")]
    assert invasions and all(e[4].startswith(year) and e[5] == "year" for e in invasions), got


@pytest.mark.parametrize(
    "text",
    [
        "Israeli naval commandos stormed a Turkish ship carrying aid to Gaza, killing nine "
        "activists.",
        "Egyptian border guards seized a Sudanese truck transporting food to Libya.",
    ],
)
def test_what_a_vehicle_carries_is_not_its_captor_s_gift(coder, text):
    got = _events(coder, text)
    assert not any(e[0] in ("ISR", "EGY") and e[2].startswith("07") for e in got), got


def test_a_carrier_sent_is_still_the_sender_s_gift(coder):
    got = _events(coder, "Turkey sent a ship carrying aid to Somalia on Sunday.")
    gifts = [e for e in got if e[2].startswith("07")]
    assert gifts and all(e[:2] == ("TUR", "SOM") for e in gifts), got


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian government moved the bronze statue of a Red Army soldier to a military "
        "cemetery early on Friday.",
        "State television aired footage of Chinese troops near the border with India.",
    ],
)
def test_what_a_statue_or_footage_shows_is_not_moved_or_sent(coder, text):
    got = _events(coder, text)
    assert not any(e[2].startswith("15") for e in got), got


def test_soldiers_moved_are_still_a_mobilisation(coder):
    got = _events(coder, "Russia moved thousands of soldiers to the border with Estonia.")
    assert any(e[:3] == ("RUS", "EST", "150") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "French-speaking rebels in Cameroon kidnapped two Chinese engineers on Tuesday.",
        "Riot police in Tallinn broke up crowds of mostly Russian-speaking youths who had "
        "looted shops overnight.",
    ],
)
def test_a_language_spoken_names_no_state(coder, text):
    got = _events(coder, text)
    assert got and not any("FRA" in e[:2] or "RUS" in e[:2] for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Riot police in Lahore broke up the crowd with tear gas.",
        "Attack helicopters of the Russian army flew over the Georgian town of Gori.",
    ],
)
def test_an_event_noun_that_sorts_a_force_is_no_event(coder, text):
    got = _events(coder, text)
    assert not any(e[2].startswith("145") or e[2].startswith("19") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters outside the U.S. consulate in Lahore.",
        "Riot police beat demonstrators outside the French embassy in Ankara.",
    ],
)
def test_people_at_an_embassy_are_not_its_state_s(coder, text):
    got = _events(coder, text)
    assert not any(e[1] in ("USA", "FRA") for e in got if e[2].startswith("17")), got


def test_tyres_burned_at_a_consulate_are_a_protest(coder):
    got = _events(
        coder, "Hundreds of protesters burned tyres outside the U.S. consulate in Lahore."
    )
    assert any(e[2] == "141" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "FBI Director Robert Mueller wrote to Scottish Justice Secretary Kenny MacAskill "
        "accusing him of making a mockery of the rule of law.",
        "Senator John McCain wrote to Russian President Vladimir Putin accusing him of lying "
        "about the downing of the airliner.",
    ],
)
def test_whom_a_letter_accusing_him_goes_to_is_accused(coder, text):
    got = _events(coder, text)
    charges = [e for e in got if e[2].startswith("11")]
    assert charges and all(e[0] == "USA" and e[1] in ("GBR", "RUS") for e in charges), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Scottish Justice Secretary Kenny MacAskill said the prisoner would go home. FBI "
            "Director Robert Mueller criticised MacAskill.",
            "GBR",
        ),
        (
            "U.S. Senate leader Mitch McConnell backed the bill on Monday. China's foreign "
            "ministry condemned McConnell.",
            "USA",
        ),
    ],
)
def test_a_surname_with_an_inner_capital_takes_up_its_full_mention(coder, text, target):
    got = _events(coder, text)
    assert any(e[1] == target and e[2].startswith("11") for e in got), got


def test_the_plane_a_person_flies_in_is_not_flown_to_anyone(coder):
    got = _events(coder, "Megrahi flew to Tripoli on a Libyan government jet on Thursday.")
    assert not any(e[2].startswith("07") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the American victims planned protests outside British embassies.",
        "Opposition groups are planning a march on the Russian embassy on Saturday.",
    ],
)
def test_a_protest_planned_is_still_to_come(coder, text):
    got = _events(coder, text)
    protests = [e for e in got if e[2].startswith("14")]
    assert protests and all(e[3] == "future" for e in protests), got
    assert all(e[4] >= str(DAY) for e in protests), got


def test_an_intent_planned_stays_an_intent(coder):
    got = _events(coder, "China plans closer cooperation with Russia in energy.")
    assert any(e[2].startswith("03") and e[3] == "asserted" for e in got), got


def test_an_arabic_name_with_a_hyphened_particle_is_one_name(coder):
    doc = coder.nlp(coder.tagger.prepare("Saif al-Islam met Blair in Tripoli."))
    last = next(t for t in doc if t.text == "Islam")
    assert last.dep_ == "nsubj" and last.head.lemma_ == "meet"
    assert {c.text for c in last.children} >= {"Saif", "al", "-"}


def test_a_portrait_returned_is_property_given_back(coder):
    # (what a portrait shows no longer reads as the thing returned, so the portrait itself
    # must be property a side can give back)
    got = _events(coder, "Germany returned a portrait of the king to Benin on Monday.")
    assert any(e[:3] == ("DEU", "BEN", "0842") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The Organization of American States called an emergency meeting for Tuesday in "
        "Washington.",
        "The Security Council scheduled a meeting for Friday on the crisis.",
    ],
)
def test_the_day_a_meeting_is_set_for_is_not_the_day_it_was_called(coder, text):
    got = _events(coder, text)
    assert got and all(e[4] == str(DAY) for e in got), got


@pytest.mark.parametrize(
    ("text", "denier", "charger"),
    [
        (
            "Colombian police chief Oscar Naranjo said computers found at the camp showed links "
            "between Correa's government and the FARC, which Quito denied.",
            "ECU",
            "COL",
        ),
        ("Kyiv accused Moscow of shelling the town, which the Kremlin denied.", "RUS", "UKR"),
        (
            "Azerbaijan said it had captured strategic heights, a claim Armenian officials "
            "rejected.",
            "ARM",
            "AZE",
        ),
    ],
)
def test_a_denial_closing_a_charge_is_aimed_at_who_made_it(coder, text, denier, charger):
    got = _events(coder, text)
    denials = [e for e in got if e[0] == denier and e[2][:2] in ("01", "12")]
    assert denials and all(e[1] == charger and e[3] == "asserted" for e in denials), got
    # (and the denier is no part of the town shelled)
    assert not any(e[2].startswith("19") and e[1] == "RUS" for e in got), got


def test_the_charge_a_denial_closes_is_still_only_the_charger_s_word(coder):
    got = _events(
        coder,
        "Erdogan praised Baku. Azerbaijan said it had captured strategic heights in the first "
        "days of the fighting, a claim Armenian officials rejected.",
    )
    captures = [e for e in got if e[2].startswith("17")]
    assert captures and all(e[3] == "reported" for e in captures), got


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China on Saturday vetoed a U.N. Security Council resolution that backed an "
        "Arab League plan calling on Syrian President Bashar al-Assad to step down.",
        "The United States vetoed a draft resolution that demanded an end to Israeli "
        "settlement building.",
    ],
)
def test_what_a_vetoed_text_says_was_never_done(coder, text):
    got = _events(coder, text)
    vetoes = [e for e in got if e[2].startswith("12")]
    acts = [e for e in got if not e[2].startswith("12")]
    assert vetoes and all(e[3] != "asserted" for e in acts), got


def test_what_a_signed_deal_was_stays_done(coder):
    got = _events(coder, "Russia rejected the deal that Ukraine signed with the EU.")
    assert any(e[:3] == ("UKR", "EU", "057") and e[3] == "asserted" for e in got), got


def test_an_act_set_for_later_is_dated_on_that_later_day(coder):
    day = dt.date(2012, 2, 4)  # a Saturday
    got = _events(
        coder,
        "Foreign Minister Sergei Lavrov is due to travel to Damascus on Tuesday to meet Assad, "
        "the Kremlin said.",
        day,
    )
    meetings = [e for e in got if e[2] in ("040", "042")]
    assert meetings and all(e[4] == "2012-02-07" for e in meetings), got
    assert all(e[4] >= str(day) for e in got), got


@pytest.mark.parametrize("noun", ["rivals", "powers", "neighbors"])
def test_the_two_rivals_or_powers_are_the_two_sides_told(coder, noun):
    got = _events(coder, f"India and China agreed on a truce. The two {noun} will meet next week.")
    meetings = [e for e in got if e[2] == "040"]
    assert {e[:2] for e in meetings} == {("IND", "CHN"), ("CHN", "IND")}, got


def test_a_claim_a_denial_closes_is_the_claimer_s_word_about_the_denier(coder):
    got = _events(coder, "Ukraine said it destroyed an ammunition depot, which Moscow denied.")
    strikes = [e for e in got if e[2].startswith("19")]
    denials = [e for e in got if e[2] == "016"]
    assert strikes and all(e[:2] == ("UKR", "RUS") and e[3] == "reported" for e in strikes), got
    assert denials and all(e[:2] == ("RUS", "UKR") and e[3] == "asserted" for e in denials), got


def test_two_sides_failing_to_agree_accuse_no_one(coder):
    # (merge review: h6's "said Georgia had failed to meet its obligations" criticises Georgia,
    # but a failure two sides share is no charge against either)
    got = _events(
        coder,
        "Netherlands and Russia failed to reach agreement on the tax treaty, Russia's finance "
        "ministry said in a statement.",
    )
    assert not any(e[2].startswith("11") for e in got), got


def test_guerrillas_a_nation_s_sources_tell_of_are_not_that_nation_s(coder):
    # (merge review: h8's "according to Turkish security sources, the army shelled …" gives
    # the army to Turkey; rebels the sources tell of are not Thai)
    got = _events(
        coder,
        "Vietnamese-led forces retook a village in western Cambodia after fighting with "
        "guerrillas who overran it last month, Thai military sources said.",
    )
    assert not any(e[0] == "THA" for e in got), got
