"""Rules found on a machine-translated Chinese-press commentary on China and Mongolia after
the Dalai Lama's visit to Ulaanbaatar (November-December 2016). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2016, 12, 23)


def test_the_writers_question_about_what_comes_next_opens_a_forecast(coder):
    """ "What will happen next?" asked by the writer opens a paragraph of forecasts: "If
    Ulaanbaatar again plays the Tibet card, Beijing will take even stronger countermeasures"
    is the writer's guess, no threat Beijing made; told on its own, it stays a threat."""
    forecast = (
        "If Ulaanbaatar again plays the so-called Tibet card, Beijing surely will take even "
        "stronger countermeasures against Mongolia."
    )
    asked = f"What will happen next? {forecast}"
    assert not [e for e in coder.code_text(asked, DAY) if e.is_fact and e.target_country == "MNG"]
    assert [e for e in coder.code_text(forecast, DAY) if e.is_fact and e.target_country == "MNG"]


def test_he_takes_up_a_person_named_by_a_religious_title(coder):
    """ "the Dalai Lama … arrived in Ulaanbaatar. During the four days … he … spoke about his
    wish to meet Trump": "he" is the Dalai Lama, of no side we code, not the Mongolian minister
    named two sentences before (no Mongolian wish to meet the United States)."""
    text = (
        "The Mongolian foreign minister Tsend Munkh-Orgil said that the visit was purely "
        "religious. The Mongolian side ignored the warnings, and the Dalai Lama on the "
        "afternoon of 18 November arrived in Ulaanbaatar. During the four days until 22 "
        "November he held religious ceremonies and spoke about his wish to meet the US "
        "President-elect Trump."
    )
    found = [e for e in coder.code_text(text, DAY) if "ceremonies" in e.sentence]
    assert not [e for e in found if e.source_country == "MNG" and e.target_country == "USA"]


def test_let_takes_a_bare_clause_whose_subject_is_the_one_let(coder):
    """ "Mongolia let the Dalai Lama visit in November" is parsed as a noun "the Dalai Lama
    visit": the one let is the Dalai Lama, and the visit is his, no Mongolian visit."""
    text = "Mongolia let the Dalai Lama visit in November despite the protests of China."
    found = coder.code_text(text, DAY)
    assert not [e for e in found if e.source_country == "MNG" and e.cameo_root == "04"]


def test_a_phrase_of_defiance_names_no_one_the_act_is_done_to(coder):
    """ "The Mongolian side, in disregard of the representations of China, let the Dalai
    Lama visit": the act defies China and lets no one of China in (no Mongolian concession
    aimed at China); a refusal in disregard of a side is still aimed at it, and so is a
    hostile act ("staged military drills in defiance of new U.S. sanctions")."""
    let = (
        "The Mongolian side, in disregard of the representations of China, let the Dalai "
        "Lama visit."
    )
    assert not [e for e in coder.code_text(let, DAY) if e.target_country == "CHN"]
    refused = "Mongolia, in disregard of warnings from China, refused to cancel the visit."
    assert [
        e
        for e in coder.code_text(refused, DAY)
        if e.target_country == "CHN" and e.cameo_root == "12"
    ]
    drills = "Iran staged military drills in defiance of new U.S. sanctions."
    found = {(e.source_country, e.target_country) for e in coder.code_text(drills, DAY)}
    assert ("IRN", "USA") in found


def test_a_reaction_to_the_fact_that_a_side_acted_is_aimed_at_that_side(coder):
    """ "expresses strong dissatisfaction … to the fact that the Mongolian side … let the
    Dalai Lama visit": the fact's own clause says whom the reaction is about (Mongolia), as
    a claim's does; "welcomed the news that Seoul had lifted the ban" likewise."""
    text = (
        "On 21 November Geng Shuang said that the Chinese side expresses strong "
        "dissatisfaction and firm opposition to the fact that the Mongolian side let the "
        "Dalai Lama visit."
    )
    found = coder.code_text(text, DAY)
    assert [
        e
        for e in found
        if e.source_country == "CHN" and e.target_country == "MNG" and e.cameo_root == "11"
    ]
    news = coder.code_text("China welcomed the news that Seoul had lifted the ban.", DAY)
    assert [e for e in news if e.source_country == "CHN" and e.target_country == "KOR"]


def test_new_fees_imposed_on_another_sides_trucks_are_an_economic_measure(coder):
    """ "the Chinese authorities at the port of Erenhot imposed new fees on the Mongolian
    trucks": fees and surcharges imposed on a side's carriers or goods are a sanction (163),
    as tariffs and levies are."""
    for text in (
        "At the beginning of December, the Chinese authorities at the port of Erenhot in Inner "
        "Mongolia imposed new fees on the Mongolian trucks which carry coal across the border.",
        "China imposed new fees on Mongolian trucks carrying coal.",
    ):
        found = coder.code_text(text, DAY)
        pairs = {(e.source_country, e.target_country, e.cameo) for e in found}
        assert ("CHN", "MNG", "163") in pairs, text


def test_the_first_days_of_a_month_date_the_act_in_that_month(coder):
    """ "In the first days of November, China urged Mongolia …": a part of a month named by
    its first or last days or weeks dates the act in that month, as "the end of November"
    does (no publication day)."""
    text = "In the first days of November, China urged Mongolia to cancel the visit."
    found = [e for e in coder.code_text(text, DAY) if e.source_country == "CHN"]
    assert found and all(e.date == dt.date(2016, 11, 1) for e in found)


def test_relations_raised_to_a_higher_level_are_upgraded(coder):
    """ "the two sides raised their relations to a comprehensive strategic partnership":
    relations raised are upgraded (050), each side's, as "upgraded" and "elevated" are."""
    text = "Egypt and Turkey raised their ties to the level of ambassadors."
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert {("EGY", "TUR", "05"), ("TUR", "EGY", "05")} <= found


def test_the_subject_after_an_opening_attribution_is_the_verbs(coder):
    """ "According to the reports of the Indian media, the Mongolian ambassador in New Delhi
    asked India for help": the parser hangs the ambassador on "the media" as an apposition
    and leaves "asked" with no subject; the phrase after the attribution's comma is the
    subject (a Mongolian request of India, told as reported)."""
    text = (
        "Earlier this month, according to the reports of the Indian media, the Mongolian "
        "ambassador in New Delhi asked India for help to overcome the difficulties."
    )
    found = [e for e in coder.code_text(text, DAY) if e.cameo_root == "02"]
    assert [e for e in found if (e.source_country, e.target_country) == ("MNG", "IND")]


def test_it_after_importance_attached_takes_up_the_thing_regarded(coder):
    """ "the Chinese side attaches great importance to the clear position which the
    Mongolian foreign minister expressed, and welcomes it": "it" is the position (not the
    importance), and welcoming it praises the minister who took it (CHN->MNG 051)."""
    text = (
        "Hua Chunying said that the Chinese side attaches great importance to the clear "
        "position which the Mongolian foreign minister expressed, and welcomes it."
    )
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert ("CHN", "MNG", "05") in found
