"""Rules found on a machine-translated Japanese-press analysis (the Japan-China row over the
release of the Fukushima treated water, August 2023: the seafood ban, the harassing calls,
the envoy summoned). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Vice Minister for Foreign Affairs Okano Masataka summoned the Ambassador of "
        "China to Japan Wu Jianghao and protested against the harassment.",
        "On Monday the foreign ministry summoned the ambassador of China to Japan and "
        "protested against the calls.",
    ],
)
def test_an_envoy_summoned_is_summoned_by_the_state_he_is_posted_to(coder, text):
    """Whoever summons "the Ambassador of China to Japan" is Japan, the state he is posted
    to, not the last government the story named (here Fiji's)."""
    story = "The Prime Minister of Fiji Sitiveni Rabuka said that he supports the plan. "
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(story + text, DAY)
        if "summoned" in e.sentence and e.cameo_root == "11"
    }
    assert ("JPN", "CHN") in found
    assert not any(source == "FJI" for source, _ in found)


def test_an_own_envoy_summoned_home_keeps_its_summoner(coder):
    """ "summoned its ambassador to Austria": no envoy of another country, so no host."""
    text = (
        "Turkey criticised Austria. On Monday the foreign ministry summoned its ambassador "
        "to Austria."
    )
    found = [e for e in coder.code_text(text, DAY) if "summoned" in e.sentence]
    assert all(e.source_country != "AUT" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The General Administration of Customs of China announced that it the import of all "
        "aquatic products originating in Japan suspends, a measure which the restrictions "
        "that it until then applied by far exceeds.",
        "The customs office announced that Beijing the import of all aquatic products "
        "originating in Japan suspends.",
    ],
)
def test_a_participle_on_the_object_of_a_verb_last_clause_is_no_verb_of_it(coder, text):
    """ "that it the import of all aquatic products originating in Japan suspends": the
    participle only qualifies the products; the clause is the subject's, its verb last."""
    found = {
        (e.source_country, e.target_country, e.cameo_root, e.modality)
        for e in coder.code_text("Japan began the release. " + text, DAY)
    }
    assert ("CHN", "JPN", "16", "asserted") in found


def test_the_day_a_relative_clause_says_a_thing_began_is_the_same_day_after_it(coder):
    """A sentence whose main verb tells no past act still names a day in its "which on 24
    August began": "On the same day" in the next sentence takes it up."""
    text = (
        "Concerning the release into the sea of the treated water of the Fukushima Daiichi "
        "nuclear power plant, which on 24 August began, the relations between Japan and China "
        "have rapidly cooled. On the same day, China banned the import of Japanese seafood."
    )
    found = [e for e in coder.code_text(text, DAY) if e.source_country == "CHN"]
    assert found and all(e.date == dt.date(2023, 8, 24) for e in found)


def test_an_envoy_going_about_the_country_he_serves_in_pays_it_no_visit(coder):
    """ "The American Ambassador to Japan … visited Soma city in Fukushima prefecture": he
    lives there; no visit of the United States to Japan (his criticism still counts)."""
    text = (
        "The American Ambassador to Japan Rahm Emanuel on Thursday visited Soma city in "
        "Fukushima prefecture, ate with the local fishermen the fish caught there, and "
        "criticized the ban of China as economic coercion."
    )
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert ("USA", "CHN", "11") in found
    assert not any(root == "04" for _, _, root in found)


def test_an_envoy_visiting_another_country_still_visits(coder):
    text = "The American Ambassador to Japan Rahm Emanuel on Thursday visited Seoul."
    found = {(e.source_country, e.target_country, e.cameo) for e in coder.code_text(text, DAY)}
    assert ("USA", "KOR", "042") in found


def test_the_of_phrase_after_into_the_sea_is_the_released_things(coder):
    """ "the release into the sea of the treated water of the Fukushima Daiichi nuclear power
    plant": the water of the plant is released (the plant tells whose release China judges),
    not "a sea of" water."""
    text = (
        "Concerning the release into the sea of the treated water of the Fukushima Daiichi "
        "nuclear power plant, which on 24 August began, the relations between Japan and China "
        "have rapidly cooled. The Chinese foreign ministry criticized the release as "
        "irresponsible."
    )
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert ("CHN", "JPN", "11") in found


@pytest.mark.parametrize(
    "text",
    [
        "Beijing and Seoul protested against the release of the treated water by Japan.",
        "The release of the wastewater by Japan angered China and South Korea.",
    ],
)
def test_water_let_out_is_no_release_of_prisoners_or_property(coder, text):
    found = [e for e in coder.code_text(text, DAY) if e.cameo_root == "08"]
    assert not found


def test_prisoners_released_are_still_released(coder):
    found = coder.code_text("Iran welcomed the release of the sailors by Britain.", DAY)
    assert any(e.cameo_root == "08" and e.source_country == "GBR" for e in found)


def test_a_ban_named_again_is_the_embargo_told_before(coder):
    """ "China suspended the import of all aquatic products from Japan … demanded the
    immediate withdrawal of the ban": the ban is China's embargo (163)."""
    text = (
        "China suspended the import of all aquatic products from Japan. The Japanese side "
        "on the same day demanded the immediate withdrawal of the ban."
    )
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert ("JPN", "CHN", "10") in found


def test_a_present_perfect_set_against_a_dated_clause_by_while_is_of_no_day_told(coder):
    """ "Rabuka in August said …, while Puna has demanded that Japan …": the demand holds
    now; August is the day of what Rabuka said."""
    text = (
        "Prime Minister of Fiji Sitiveni Rabuka in August said that he supports the plan, "
        "while the Secretary General of the Pacific Islands Forum Henry Puna has demanded "
        "that Japan postpone the release until all the concerns of the region are resolved."
    )
    found = [e for e in coder.code_text(text, DAY) if e.source_country == "PIF"]
    assert found and all(e.date == DAY for e in found)


def test_a_past_act_set_against_a_dated_clause_by_while_keeps_its_day(coder):
    text = "On Monday Russia struck Kyiv with missiles, while Ukraine shot down twenty drones."
    found = [e for e in coder.code_text(text, DAY) if e.source_country == "UKR"]
    assert all(e.date == dt.date(2023, 8, 28) for e in found)
