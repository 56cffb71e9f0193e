"""Rules from the plv9 study family (YIELD, AID and AGREE in long real-news sentences): each a
general class, checked on sentences written for detente, not on the study file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name) for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The IMF approved a $3.2 billion loan programme for Egypt on Friday.", "Egypt"),
        ("The World Bank approved a $750 million loan program for Ghana.", "Ghana"),
        ("Brussels approved an aid scheme for Moldova worth 60 million euros.", "Moldova"),
    ],
)
def test_a_loan_programme_approved_is_aid(coder, text, target):
    # the frame a thing is given in ("a loan programme", "a credit facility") is that thing
    events = _events(coder, text)
    assert any(e.cameo_root == "07" and target in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        (
            "Moderna and Lonza agreed to supply Japan with 50 million doses of the vaccine.",
            "Japan",
        ),
        (
            "Britain and Canada pledged to provide Ukraine with more armoured vehicles.",
            "Ukraine",
        ),
    ],
)
def test_a_pair_that_will_provide_someone_with_a_thing_acts_on_that_one(coder, text, receiver):
    # two sides who promise to supply a third "with" something promise it to the third,
    # not to each other
    events = [e for e in _events(coder, text) if e.cameo_root == "03"]
    assert events, text
    assert all(e.target_name == receiver for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Armenia and Azerbaijan agreed on steps to normalise ties at talks in Brussels on "
            "Sunday.",
            "Brussels",
        ),
        (
            "Ethiopia and Egypt agreed on a plan to share the Nile's water at a summit in Kigali.",
            "Kigali",
        ),
    ],
)
def test_where_talks_were_held_is_no_party_to_the_pair_s_accord(coder, text, place):
    # the place of the talks is only where the two sat; they agreed with each other
    events = [e for e in _events(coder, text) if e.cameo_root == "03"]
    assert events, text
    assert not any(place in e.target_name for e in events), _pairs(events)
    assert len({e.source_name for e in events}) == 2, _pairs(events)


def test_a_truce_placed_in_a_third_country_keeps_its_place(coder):
    # (a truce "in Idlib" is still aimed at Idlib; only the place of the talks is set aside)
    events = _events(coder, "Russia and Turkey agreed a truce in Idlib at talks in Moscow.")
    assert any(e.cameo == "0871" and e.target_name == "Idlib" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The first 200 Kenyan police officers landed in Haiti on Tuesday at the head of a "
            "multinational security force.",
            "Haiti",
        ),
        (
            "Two hundred Rwandan soldiers arrived in Bangui as part of the U.N. mission.",
            "Bangui",
        ),
    ],
)
def test_forces_arriving_in_a_mission_give_protection(coder, text, place):
    # police or troops who arrive as part of, or at the head of, a force keeping order serve
    # it (074); they pay no visit (042)
    events = _events(coder, text)
    assert any(e.cameo == "074" and place in e.target_name for e in events), _pairs(events)
    assert not any(e.cameo_root == "04" for e in events), _pairs(events)


def test_officials_arriving_still_visit(coder):
    events = _events(coder, "Chinese officials arrived in Haiti on Tuesday.")
    assert any(e.cameo == "042" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("President Sergio Mattarella handed Mario Draghi the mandate on Wednesday.", "Draghi"),
        (
            "Bulgaria's president handed the mandate to Kiril Petkov on Monday.",
            "Kiril Petkov",
        ),
    ],
)
def test_a_mandate_handed_is_a_mandate_given(coder, text, receiver):
    events = _events(coder, text)
    assert any(e.cameo == "080" and receiver in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross opened warming centres for homeless people in Kyiv on Monday.",
        "The Philippine government set up evacuation centers for residents of Albay province.",
    ],
)
def test_centres_named_by_what_they_give_are_aid(coder, text):
    events = _events(coder, text)
    assert any(e.cameo == "073" for e in events), _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anthony Albanese promised to resettle 16,500 Afghan refugees in "
        "Australia by the end of the year, a pledge his government later pushed back by six "
        "months.",
    ],
)
def test_a_phrase_summing_up_the_clause_is_no_target_of_its_act(coder, text):
    # "…, a pledge his government later pushed back": the pledge and its clause sum up the
    # promise; the refugees it promises to take in are its target
    events = [e for e in _events(coder, text) if e.cameo_root == "03"]
    assert events, text
    assert all("Afghan" in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the city overnight, leaving Kharkiv without power.",
        "The army shelled the town on Monday, leaving Mariupol without water or power.",
    ],
)
def test_leaving_a_place_without_something_is_no_withdrawal(coder, text):
    # the participle tells the state a strike put the place in; nobody withdrew from it
    events = _events(coder, text)
    assert not any(e.cameo == "0874" for e in events), _pairs(events)


def test_troops_who_leave_without_a_fight_still_withdraw(coder):
    events = _events(coder, "Russian troops left Kherson without a fight on Friday.")
    assert any(e.cameo == "0874" and e.target_name == "Kherson" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Theresa May quit as leader of the Conservative Party on Friday.", "Conservative Party"),
        ("Imran Khan quit as chairman of the Pakistan Cricket Board in 2000.", "Pakistan"),
    ],
)
def test_an_office_quit_as_is_where_the_resignation_is_aimed(coder, text, target):
    events = [e for e in _events(coder, text) if e.cameo == "0831"]
    assert any(target in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hungary ended its veto of Ukraine's candidacy on Thursday.", "Ukraine"),
        ("Austria abandoned its objection to Romania's entry into Schengen.", "Romania"),
    ],
)
def test_a_veto_ended_is_a_concession(coder, text, target):
    events = _events(coder, text)
    assert any(e.cameo_root == "08" and target in e.target_name for e in events), _pairs(events)
    assert not any(e.cameo_root == "12" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kuwait's emir reduced the sentences of 14 opposition activists on Monday.", "activists"),
        ("The Russian president reduced Alexei Navalny's prison sentence by a year.", "Navalny"),
    ],
)
def test_a_sentence_cut_is_clemency(coder, text, target):
    events = _events(coder, text)
    assert any(e.cameo == "0841" and target in e.target_name for e in events), _pairs(events)


def test_meals_served_to_people_in_need_are_aid(coder):
    text = "World Central Kitchen served hot meals to families in Khan Younis on Sunday."
    events = _events(coder, text)
    assert any(e.cameo == "073" for e in events), _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "Poland welcomed more than a million people fleeing Ukraine in 2022.",
        "Chad took in thousands of families who fled Sudan last year.",
    ],
)
def test_people_fleeing_are_refugees_taken_in(coder, text):
    events = _events(coder, text)
    assert any(e.cameo == "073" for e in events), _pairs(events)
    assert not any(e.cameo_root == "05" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Thailand's prime minister handed his resignation to the king on Monday.", "king"),
        (
            "Lebanon's prime minister handed in his resignation to President Michel Aoun.",
            "Michel Aoun",
        ),
        ("The Sri Lankan president sent his resignation to the speaker on Thursday.", "speaker"),
    ],
)
def test_a_resignation_handed_or_sent_goes_to_its_receiver(coder, text, receiver):
    events = [e for e in _events(coder, text) if e.cameo == "0831"]
    assert any(receiver in e.target_name for e in events), _pairs(events)
