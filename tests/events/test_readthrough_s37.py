"""Wrong events found by the session-37 read-through of a fresh machine-translated analysis
(a Mexico City daily on the Mexico-Ecuador rupture of April 2024), each a general class
checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 4, 13)


def _facts(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday Mexico withdrew its diplomatic personnel from Quito.",
        "Britain withdrew its diplomats from Tehran on Monday.",
        "Canada pulled its embassy staff from Caracas.",
    ],
)
def test_diplomats_withdrawn_from_a_capital_cut_ties(coder, text):
    # envoys called home from a capital lower the ties with its state (161): no troops
    # leave ground there (0874)
    got = _facts(coder, text)
    assert [p[2] for p in got] == ["161"], got


def test_troops_withdrawn_from_a_town_still_retreat(coder):
    got = _facts(coder, "Russia withdrew its personnel from the Syrian town of Manbij.")
    assert all(p[2] != "161" for p in got), got


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday Mexico presented before the International Court of Justice in The Hague a"
        " demand against Ecuador, in which it asks for a public apology.",
        "Peru filed a demand against Chile at the court in The Hague.",
        "Bolivia lodged a demand against Chile before the International Court of Justice.",
    ],
)
def test_a_demand_presented_against_a_side_is_a_lawsuit(coder, text):
    # translated from the Spanish ("presentó una demanda contra"): a suit (115), no demand
    # made of the side (100)
    got = _facts(coder, text)
    assert any(p[2] == "115" for p in got) and not any(p[2] == "100" for p in got), got


def test_a_demand_presented_to_a_side_is_still_a_demand(coder):
    got = _facts(coder, "Iran presented a demand to Britain for the return of the tanker.")
    assert not any(p[2] == "115" for p in got), got


def test_a_weekday_with_its_day_of_the_month_translated_from_spanish_sets_a_chronicle(coder):
    # "el jueves 4 de abril" word for word: the text writes its weekdays with their dates,
    # so the bare "On Friday" after it is the Friday that follows (5 April), not the one
    # before publication (12 April)
    text = (
        "On Thursday 4 of April the chancellery of Ecuador declared persona non grata the"
        " ambassador of Mexico, Raquel Serur. "
        "The answer came the next day. On Friday Mexico condemned Ecuador in a communique."
    )
    got = [
        e.date
        for e in coder.code_text(text, DAY)
        if (e.source_country, e.target_country) == ("MEX", "ECU")
    ]
    assert got == [dt.date(2024, 4, 5)], got


def test_jorge_glas_is_ecuadorian(coder):
    # Ecuador's vice-president from May 2013 (removed in January 2018): asylum granted to
    # him by Mexico in April 2024 is given to an Ecuadorian, not a Mexican
    got = _facts(coder, "Mexico granted political asylum to Jorge Glas on Friday.")
    assert ("MEX", "ECU", "075") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico granted asylum to the former vice-president Jorge Glas.", ("MEX", "ECU")),
        ("China criticised the vice-president Kamala Harris on Monday.", ("CHN", "USA")),
    ],
)
def test_a_title_cut_at_its_hyphen_still_heads_the_name(coder, text, pair):
    # "the former vice-president Jorge Glas": the tokenizer cuts "vice" from "president",
    # and the parser had taken "vice" for the object, the name left beside it: the target
    # was the subject's own government
    got = _facts(coder, text)
    assert got and all(p[:2] == pair for p in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Ecuadorian police broke into the Mexican embassy in Quito on Friday night.",
        "Iranian protesters forced their way into the British embassy in Tehran.",
        "Agents of the Ecuadorian police jumped the walls of the Mexican embassy in Quito.",
        "Egyptian protesters scaled the walls of the Israeli embassy in Cairo.",
        "Ecuadorian police forced the doors of the Mexican embassy in Quito.",
    ],
)
def test_a_forced_entry_into_an_embassy_is_a_raid_on_its_state(coder, text):
    # getting in by force (breaking in, forcing the way or the doors, over the walls) raids
    # the premises as "raided the embassy" does (1711; by a crowd, a violent protest, 145),
    # against the state whose they are
    got = _facts(coder, text)
    assert len(got) == 1 and got[0][2][:2] in ("17", "14") and got[0][1] != got[0][0], got


@pytest.mark.parametrize(
    "text",
    [
        "The crowd broke into applause when the president arrived.",
        "The climbers scaled the walls of the old fortress.",
    ],
)
def test_breaking_into_no_one_s_premises_is_no_raid(coder, text):
    assert not any(p[0] and p[1] for p in _facts(coder, text))


@pytest.mark.parametrize("noun", ["raid", "incursion"])
def test_a_raid_by_police_judged_is_its_doer_s(coder, noun):
    # a raid told before and coded as a police raid (1711) is what "the raid" or "the
    # incursion" condemned names: its doer is the target, not no one
    text = f"Ecuadorian police raided the Mexican embassy in Quito. Brazil condemned the {noun}."
    got = _facts(coder, text)
    assert ("BRA", "ECU", "111") in got, got


def test_the_day_of_the_edition_is_no_day_of_the_story(coder):
    # the translator's note names the paper's edition ("of this Saturday", the day of
    # publication): taken for a day the story had reached, each new paragraph went back to
    # it and read its bare weekdays from there ("On Saturday" was 13 April, not 6 April)
    text = (
        "Analysis. Automatic translation from the Spanish of the edition of this Saturday; the"
        " opinions expressed are of the exclusive responsibility of the author.\n\n"
        "On Thursday 4 of April the chancellery of Ecuador declared persona non grata the"
        " ambassador of Mexico, Raquel Serur.\n\n"
        "The reactions in the region were quick. "
        "On Saturday the government of Nicaragua broke off diplomatic relations with Ecuador."
    )
    got = [e.date for e in coder.code_text(text, DAY) if e.source_country == "NIC"]
    assert got == [dt.date(2024, 4, 6)], got


def test_a_past_verb_is_no_conjunct_of_a_modal_passive(coder):
    # "affirmed that no criminal can be considered a persecuted politician, and accused the
    # Mexican embassy of …": the parser joined "accused" to "can be considered"; the
    # accusing is the third act of the sentence's subject
    text = (
        "In a communique published the same night, Quito defended the operation, affirmed that"
        " no criminal can be considered a persecuted politician, and accused the Mexican"
        " embassy of having abused its immunities."
    )
    got = _facts(coder, text)
    assert any(p[:2] == ("ECU", "MEX") and p[2][:2] == "11" for p in got), got


def test_the_editions_weekday_is_no_weekday_of_the_opening():
    # h1's rule (a weekday named bare in the opening is that day again) must not read the
    # edition note of h3's article: "the edition of this Saturday" names no day of the story
    from detente.events.dates import named_bare_before

    note = "Automatic translation of the edition of this Saturday. On Thursday Ecuador declared"
    assert not named_bare_before("On Saturday", note)
    assert named_bare_before("On Thursday", note)
