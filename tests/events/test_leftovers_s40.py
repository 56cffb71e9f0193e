"""Misreadings left by the session-39 read-through of wire stories and its helpers, each a
general class checked on sentences written for detente (session 40)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 2, 16)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.source, e.cameo, e.target_country, e.target, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        ("Ban Ki-moon met Chinese President Xi Jinping in Beijing on Friday.", "2017-03-10", "KOR"),
        ("Federica Mogherini criticised Russia on Friday.", "2021-03-12", "ITA"),
        ("Jens Stoltenberg criticised Russia on Friday.", "2025-03-14", "NOR"),
    ],
)
def test_a_person_out_of_an_organisations_office_is_his_own_states(coder, text, day, source):
    # the organisation's row ended before the day: he no longer speaks for it
    got = _events(coder, text, dt.date.fromisoformat(day))
    assert got and got[0][1][:3] == source, got


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        ("Ban Ki-moon met Chinese President Xi Jinping in Beijing on Friday.", "2010-03-12", "UNO"),
        # no state row: a former secretary-general sent back as the UN's envoy stays the UN's
        ("Kofi Annan met Assad in Damascus on Saturday.", "2012-03-10", "UNO"),
    ],
)
def test_a_person_in_an_organisations_office_or_with_no_state_row_stays_its(
    coder, text, day, source
):
    got = _events(coder, text, dt.date.fromisoformat(day))
    assert got and got[0][1][:3] == source, got


@pytest.mark.parametrize(
    ("text", "onlookers"),
    [
        (
            "The leaders of Sudan and South Sudan signed a security agreement in Addis Ababa on"
            " Monday. EU foreign policy chief Federica Mogherini and the UN envoy attended the"
            " signing.",
            {"EU", "UNO"},
        ),
        (
            "Colombia and the FARC signed the peace deal in Havana on Monday. Cuban President"
            " Raul Castro and Norway's foreign minister, who acted as guarantors, witnessed the"
            " signing.",
            {"CUB", "NOR"},
        ),
        (
            "The African Union mediator and Kenyan President Uhuru Kenyatta attended the signing"
            " in Juba on Friday.",
            {"AU", "KEN"},
        ),
    ],
)
def test_onlookers_at_a_signing_sign_nothing(coder, text, onlookers):
    got = _events(coder, text)
    signed = [e for e in got if e[2] == "057"]
    assert not any(e[1][:3] in onlookers or e[1][:2] in onlookers for e in signed), got


def test_two_leaders_witnessing_their_states_accords_are_the_signers(coder):
    got = _events(coder, "Putin and Erdogan witnessed the signing of the agreements in Ankara.")
    assert {(e[0], e[3]) for e in got if e[2] == "057"} == {("RUS", "TUR"), ("TUR", "RUS")}, got


@pytest.mark.parametrize(
    "text",
    [
        "Colombian officials said FARC guerrillas were sheltering in Venezuela.",
        "Thousands of Syrian civilians sheltered in Turkey during the fighting.",
        "Rebel leaders have sheltered in Rwanda since the war ended.",
    ],
)
def test_sheltering_in_a_place_is_hiding_there_no_aid_to_it(coder, text):
    got = _events(coder, text)
    assert not any(e[2].startswith("07") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela was sheltering FARC guerrillas, Colombian officials said.",
        "FARC guerrillas were sheltered by Venezuela, Colombian officials said.",
    ],
)
def test_a_side_that_shelters_someone_gives_aid(coder, text):
    got = _events(coder, text)
    assert any(e[0] == "VEN" and e[2] == "073" for e in got), got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The United States closed its embassy in Cuba, saying Havana had failed to protect"
            " American staff.",
            "USA",
            "CUB",
        ),
        ("Kabul said Pakistan had failed to stop the militants crossing the border.", "AFG", "PAK"),
        ("India said Islamabad failed to prevent the attacks in Mumbai.", "IND", "PAK"),
    ],
)
def test_a_duty_failed_told_by_another_side_accuses_the_failing_side(coder, text, source, target):
    got = _events(coder, text)
    assert (source, "112", target) in {(e[0], e[2], e[3]) for e in got}, got


def test_a_failure_of_no_side_accuses_no_one(coder):
    got = _events(coder, "Analysts said the talks had failed to produce a deal.")
    assert not any(e[2] == "112" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "According to Turkish security sources, the army shelled Kurdish positions in Iraq.",
        "The army shelled Kurdish positions in Iraq, Turkish security sources said.",
        "Turkish officials said the army shelled Kurdish positions in northern Iraq.",
    ],
)
def test_an_army_told_by_a_nations_sources_is_that_nations(coder, text):
    # the place it shelled is whose ground it fired on, not whose army it is
    got = _events(coder, text)
    assert any(e[1] == "TURMIL" and e[2].startswith("19") for e in got), got
    assert not any(e[0] == "IRQ" for e in got), got


def test_an_army_told_by_witnesses_keeps_the_place_it_acted_in(coder):
    got = _events(coder, "Witnesses said the army shelled Kurdish positions in Iraq.")
    assert any(e[0] == "IRQ" for e in got), got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Tibetan monks were allowed to return home by China.", "CHN", "CHN"),
        ("Two Dutch diplomats were ordered to leave the country by Turkey.", "TUR", "NLD"),
        ("The journalists were allowed to leave the country by Iran on Monday.", "IRN", ""),
    ],
)
def test_a_by_phrase_hung_on_the_infinitive_is_the_passives_doer(coder, text, source, target):
    # "to return by China": an active infinitive has no agent of its own
    got = _events(coder, text)
    assert any(e[0] == source and e[2][:2] == "08" or e[2] == "161" for e in got), got
    assert all(e[0] == source for e in got), got


def test_a_by_phrase_of_time_on_the_infinitive_names_no_doer(coder):
    got = _events(coder, "The diplomats were told to leave by Friday.")
    assert not any(e[0] for e in got), got


@pytest.mark.parametrize(
    ("text", "code", "year", "month"),
    [
        (
            "Clinton visited Vietnam in 2000 and Bush visited the country six years later.",
            "042",
            2006,
            None,
        ),
        (
            "Israel withdrew from Lebanon in 2000. Six years later, Hezbollah captured two"
            " Israeli soldiers.",
            "181",
            2006,
            None,
        ),
        (
            "Iran seized a British tanker in July 2019. Two months later, Tehran released the"
            " ship.",
            "0842",
            2019,
            9,
        ),
    ],
)
def test_a_span_of_months_or_years_later_counts_from_the_act_told_before(
    coder, text, code, year, month
):
    got = [e for e in coder.code_text(text, dt.date(2020, 3, 1)) if e.cameo == code]
    assert got, got
    later = max(got, key=lambda e: e.date)
    assert later.date.year == year and (month is None or later.date.month == month), got
    assert later.date_precision == ("year" if month is None else "month"), got


def test_a_day_named_beside_a_span_later_is_the_acts_day(coder):
    got = _events(coder, "Two years later, on 5 May, Hamas fired rockets at Israel.")
    assert got and all((e[6].month, e[6].day) == (5, 5) for e in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Turkey arrested Deniz Yucel, who has both the German and the Turkish citizenship.",
            "DEU",
        ),
        ("Turkey arrested Deniz Yucel, who holds German citizenship.", "DEU"),
        ("Iran detained Nazanin Zaghari-Ratcliffe, who is a British citizen.", "GBR"),
    ],
)
def test_a_nationality_a_relative_clause_tells_is_the_persons(coder, text, target):
    got = _events(coder, text)
    assert any(e[2] == "173" and e[3] == target for e in got), got


def test_a_relative_clause_of_other_things_gives_no_nationality(coder):
    got = _events(coder, "Turkey arrested Deniz Yucel, who has written for Die Welt.")
    assert all(e[3] in ("", "TUR") for e in got), got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Indian troops stopped a Chinese army crew from building a road.", "IND", "CHN"),
        (
            "Chinese coast guard vessels prevented Vietnamese fishermen from fishing near the"
            " Paracel Islands.",
            "CHN",
            "VNM",
        ),
        ("Greek police blocked Turkish workers from repairing the fence.", "GRC", "TUR"),
    ],
)
def test_work_on_the_ground_stopped_by_another_side_is_coercion(coder, text, source, target):
    got = _events(coder, text)
    assert (source, "17", target) in {(e[0], e[2][:2], e[3]) for e in got}, got


def test_a_side_kept_from_a_political_step_is_no_obstruction_on_the_ground(coder):
    got = _events(coder, "Russia stopped Ukraine from joining NATO.")
    assert not any(e[2][:2] == "17" for e in got), got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Mexican President Enrique Pena Nieto told Trump that Mexico would not pay for the"
            " wall.",
            "MEX",
            "USA",
        ),
        ("Erdogan told the EU that Turkey will not change its terror law.", "TUR", "EU"),
    ],
)
def test_ones_own_side_will_not_comply_told_to_the_asker_rejects_him(coder, text, source, target):
    got = _events(coder, text)
    assert any(e[0] == source and e[2][:2] == "12" and e[4].startswith(target) for e in got), got


def test_what_another_side_will_not_do_told_to_someone_rejects_no_one(coder):
    got = _events(coder, "Bush told Putin that NATO would not expand eastward.")
    assert not any(e[2][:2] == "12" for e in got), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The president restored the general to his post on Monday.", "081"),
        ("Pakistan's Supreme Court restored the chief justice to his post.", "081"),
        ("The military council restored the ousted prime minister to power.", "0831"),
    ],
)
def test_someone_restored_to_his_post_is_reinstated(coder, text, code):
    got = _events(coder, text)
    assert any(e[2] == code for e in got), got


@pytest.mark.parametrize(
    "text",
    ["The army restored order to the city.", "The government restored electricity to the region."],
)
def test_a_thing_restored_puts_no_one_back_in_office(coder, text):
    got = _events(coder, text)
    assert not any(e[2].startswith("08") for e in got), got


@pytest.mark.parametrize(
    ("text", "answerer", "speaker"),
    [
        (
            "Iran's foreign minister criticised Turkey on Tuesday. The Ministry of Foreign"
            " Affairs rejected the remarks.",
            "TUR",
            "IRN",
        ),
        (
            "Russia's foreign ministry accused Britain of staging the poisoning. The Foreign"
            " Ministry dismissed the allegations.",
            "GBR",
            "RUS",
        ),
        (
            "The Chinese foreign ministry criticised Japan on Monday. The Ministry of Foreign"
            " Affairs rejected the criticism as groundless.",
            "JPN",
            "CHN",
        ),
    ],
)
def test_an_unnamed_ministry_answering_words_is_the_side_they_were_aimed_at(
    coder, text, answerer, speaker
):
    # never the side that said them, the last government the story named
    got = _events(coder, text)
    answers = [e for e in got if e[2][:2] in ("12", "01")]
    assert answers and all(e[0] == answerer and e[3] == speaker for e in answers), got


def test_a_passport_carried_gives_no_nationality(coder):
    got = _events(
        coder, "Two agents, who carried forged Irish passports, poisoned a Hamas leader in Dubai."
    )
    assert not any(e[0] == "IRL" for e in got), got
