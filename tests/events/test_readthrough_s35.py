"""Wrong events found by the session-35 read-through of two wire stories (the Hanoi summit of
February 2019, the forced landing of a Ryanair jet in Minsk, May 2021), each a general class
checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 5, 25)


def _pairs(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.target_sector, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    ("text", "source", "sector"),
    [
        ("France urged its citizens to leave Russia immediately.", "FRA", "CVL"),
        ("Britain told its airlines to avoid Belarusian airspace.", "GBR", "BUS"),
        (
            "On Monday Britain suspended the licence of Belavia, the Belarusian state "
            "carrier, and told its airlines to avoid the country's airspace.",
            "GBR",
            "BUS",
        ),
    ],
)
def test_a_state_asking_its_own_people_asks_them(coder, text, source, sector):
    # whom a state asks to act is its own people, not the country the to-clause names
    asks = [p for p in _pairs(coder, text) if p[3] in ("02", "10")]
    assert asks and all(p[1:3] == (source, sector) for p in asks), asks


def test_a_state_asking_another_still_asks_it(coder):
    got = _pairs(coder, "Washington urged Moscow to pull its troops out of Ukraine.")
    assert any(p[:2] == ("USA", "RUS") and p[3] in ("02", "10") for p in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The leaders asked airlines to avoid Belarusian airspace.",
        "The ministers urged airlines to leave Belarusian airspace at once.",
    ],
)
def test_people_asked_to_keep_away_from_a_country_are_not_of_it(coder, text):
    # the airlines told to avoid Belarusian airspace are not Belarus's (a lone country of a
    # story no longer lends itself to them)
    asks = [e for e in coder.code_text(text, DAY) if e.cameo_root in ("02", "10")]
    assert asks and all(e.target_country != "BLR" for e in asks), asks


def test_they_is_no_country_named_only_as_whose_thing(coder):
    # "Belarusian airspace" names a thing of Belarus: "They" in the next sentence are the
    # leaders, not Belarus
    text = (
        "The leaders asked airlines to avoid Belarusian airspace. They also asked the "
        "foreign ministers to prepare sanctions against Minsk."
    )
    got = _pairs(coder, text)
    assert not any(p[0] == "BLR" for p in got), got


@pytest.mark.parametrize(
    ("text", "source", "wrong"),
    [
        (
            "China warned Japan, and Russia vowed to defend its interests in the region.",
            "RUS",
            "CHN",
        ),
        (
            "The World Bank froze its payments to the country, and the European Union "
            "threatened to cut its financial support.",
            "EU",
            "WB",
        ),
    ],
)
def test_a_clause_with_a_subject_of_its_own_shares_no_object(coder, text, source, wrong):
    # "China warned Japan, and Russia vowed …": Russia's pledge is not made to Japan (an
    # object is shared by a verb joined with no subject of its own: "told Putin to stop and
    # warned of consequences")
    got = [p for p in _pairs(coder, text) if p[0] == source]
    assert got and all(p[1] in ("", source) for p in got), (wrong, got)


def test_a_joined_verb_with_no_subject_still_shares_the_object(coder):
    got = _pairs(coder, "Iran told Britain to release the tanker and warned of consequences.")
    assert ("IRN", "GBR", "", "13") in got, got


def test_its_in_a_to_clause_is_the_subject_of_the_verb_it_completes(coder):
    # "…, and the EU threatened to cut its support": "its" is the EU's, not the World Bank's
    text = (
        "The World Bank froze its payments to the country, and the European Union "
        "threatened to cut its financial support."
    )
    threats = [e for e in coder.code_text(text, DAY) if e.cameo_root == "13"]
    assert threats and all(e.target_country != "WB" for e in threats), threats


def test_forces_after_a_general_are_his_side_not_him(coder):
    # "General X said … Security forces opened fire": the forces are his side's, and the
    # event names them, not the general
    text = (
        "General Abdel Fattah al-Burhan said the army had acted to avoid a civil war. "
        "Security forces opened fire on crowds near the army headquarters."
    )
    fire = [e for e in coder.code_text(text, dt.date(2021, 10, 25)) if e.cameo_root == "19"]
    assert fire and all(e.source_country == "SDN" for e in fire), fire
    assert all("Burhan" not in e.source_name for e in fire), fire


@pytest.mark.parametrize(
    "text",
    [
        "The Feb. 14 bombing killed 40 Indian police officers.",
        "On Tuesday India struck a camp of the group that claimed the Feb. 14 suicide "
        "bombing that killed 40 Indian paramilitary police in Kashmir.",
    ],
)
def test_a_date_on_the_act_s_own_noun_dates_it(coder, text):
    # "the Feb. 14 bombing that killed 40": the killing is of 14 February, not of the story
    # day or of the strike told on Tuesday
    kills = [e for e in coder.code_text(text, dt.date(2019, 2, 27)) if e.target_country == "IND"]
    assert kills and all(e.date == dt.date(2019, 2, 14) for e in kills), kills


def test_a_date_that_names_a_thing_still_does_not_date_the_act(coder):
    # "backing the 2015 deal": the year names the deal, the meeting is of the story's day
    got = coder.code_text("Partners backing the 2015 deal met on Monday.", dt.date(2019, 2, 27))
    assert got and all(e.date.year == 2019 for e in got), got


def test_the_city_s_body_is_of_the_city_named_before(coder):
    # "Protesters in Hong Kong stormed the city's legislature": Hong Kong's, not the last
    # parliament the story named
    text = (
        "Hungary's parliament passed a law on Monday. Protesters in Hong Kong stormed the "
        "city's legislature on Tuesday."
    )
    stormed = [e for e in coder.code_text(text, DAY) if e.cameo_root == "14"]
    assert stormed and all(e.target_country == "HKG" for e in stormed), stormed


def test_him_takes_up_the_journalist_of_its_own_sentence(coder):
    # "refused entry to a Russian journalist … and banned him": the journalist, not the
    # person the sentence before named
    text = (
        "Zimbabwe's President Emmerson Mnangagwa pardoned about 3,000 prisoners. Ukrainian "
        "border guards refused entry to a Russian journalist at Kyiv's Boryspil airport and "
        "banned him from the country for five years."
    )
    guards = [e for e in coder.code_text(text, DAY) if e.source_country == "UKR"]
    assert len(guards) == 2 and all(e.target_country == "RUS" for e in guards), guards


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's parliament passed a law that restricts foreign funding of civil society groups.",
        "The government banned foreign funding of NGOs.",
    ],
)
def test_help_that_is_cut_is_no_help_given(coder, text):
    # "restricts foreign funding of NGOs": the funding is what is restricted, no aid given
    # by the lawmakers
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root == "07"]


def test_whose_thing_is_struck_points_at_its_owner(coder):
    # "Ukrenergo said Russian missiles hit its substations": "its" is Ukrenergo's (not the
    # nationality of the missiles), and the target's phrase is where Ukrenergo is named
    text = (
        "Ukraine's grid operator Ukrenergo said Russian missiles and drones hit its "
        "substations in five regions overnight."
    )
    hits = [e for e in coder.code_text(text, DAY) if e.source_country == "RUS"]
    assert hits and all(e.target_country == "UKR" for e in hits), hits
    assert all(text[e.target_start : e.target_end] == "Ukrenergo" for e in hits), hits


def test_what_you_must_do_said_to_no_one_is_no_demand(coder):
    # "'Sometimes you have to walk,' Trump told a news conference": a maxim, no demand
    text = '"Sometimes you have to walk," Trump told a news conference.'
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root == "10"]


def test_what_you_must_do_said_to_someone_is_asked_of_them(coder):
    text = '"You must release the tanker," Zarif told the British ambassador.'
    got = [
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == "10"
    ]
    assert ("IRN", "GBR") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington ordered its diplomats to leave Venezuela.", ("USA", "VEN")),
        ("Maduro ordered U.S. diplomats to leave Venezuela within 72 hours.", ("VEN", "USA")),
    ],
)
def test_envoys_ordered_to_leave_cut_relations(coder, text, pair):
    # a state's own diplomats ordered out of a country are withdrawn from it (161), not
    # deported (174); so are another state's diplomats ordered out
    got = [(e.source_country, e.target_country, e.cameo) for e in coder.code_text(text, DAY)]
    assert (*pair, "161") in got and not [g for g in got if g[2] == "174"], got


def test_people_ordered_deported_are_still_deported(coder):
    got = coder.code_text("Germany ordered the deportation of 40 Afghan men.", DAY)
    assert any(e.cameo == "174" for e in got), got
