"""Three false readings of fresh articles (session 32): a backer taken for the side a mission
serves, "the two countries" taken for a side and whom it only spoke of, and a plain plural
group noun reaching back paragraphs to another group. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2024, 7, 2)


def _pairs(events, roots=None):
    return {
        (e.source_country, e.cameo, e.target_country)
        for e in events
        if roots is None or e.cameo[:2] in roots
    }


def test_a_backed_mission_names_its_backer_not_its_host_or_recipient(coder):
    for text, host in (
        ("Rwanda flew 300 soldiers to Mozambique to lead an AU-backed force.", "MOZ"),
        ("Kenya deployed police officers to head a UN-backed mission in Haiti.", "HTI"),
        ("Chad sent troops to join a French-backed force in Mali.", "MLI"),
    ):
        events = coder.code_text(text, PUB)
        backers = {"UNO", "AFR", "FRA"} - {host}
        assert not [
            e for e in events if e.cameo[:2] in ("04", "07") and e.target_country in backers
        ], (text, _pairs(events))
        assert not [
            e for e in events if e.cameo[:2] in ("04", "07") and e.source_country in backers
        ], (text, _pairs(events))
    # a mission the body runs is still whom it is sent to
    events = coder.code_text("Kenya sent police officers to join a UN mission.", PUB)
    assert ("KEN", "072", "UNO") in _pairs(events)


def test_the_two_countries_are_a_pair_that_acted_on_each_other(coder):
    story = (
        "Egypt and Qatar agreed on Tuesday to reopen their embassies. Egypt had accused "
        "Turkish media of spreading lies about Cairo. A statement from Cairo said the two "
        "countries decided to exchange ambassadors."
    )
    events = coder.code_text(story, PUB)
    last = {
        (e.source_country, e.target_country) for e in events if e.sentence_id == 2 and e.is_fact
    }
    assert last and last <= {("EGY", "QAT"), ("QAT", "EGY")}, _pairs(events)
    # a pair that last fought or met one way still is the pair
    story = "Russia struck Ukrainian cities overnight. The two countries agreed to swap prisoners."
    events = coder.code_text(story, PUB)
    last = {(e.source_country, e.target_country) for e in events if e.sentence_id == 1}
    assert ("RUS", "UKR") in last, _pairs(events)


def test_a_plain_plural_group_does_not_reach_back_paragraphs_to_another_group(coder):
    story = (
        "Houthi fighters seized 12 Saudi soldiers near the border on Monday. The soldiers "
        "had been patrolling a valley.\n\n"
        "The rebels also stopped a fishing boat from Eritrea. Its crew were taken ashore.\n\n"
        "The Houthis later allowed the sailors to leave."
    )
    events = coder.code_text(story, PUB)
    assert not [e for e in events if e.cameo.startswith("08") and e.target_country == "SAU"], (
        _pairs(events)
    )
    # in its own paragraph the group named just before is still taken up
    story = (
        "Houthi fighters seized 12 Saudi soldiers near the border on Monday. The Houthis later "
        "allowed the troops to leave."
    )
    events = coder.code_text(story, PUB)
    assert [e for e in events if e.cameo.startswith("08") and e.target_country == "SAU"], _pairs(
        events
    )
    # across paragraphs, the group named again by the same noun is still that group
    story = (
        "Al-Shabaab militants attacked a police post in Mandera on Friday.\n\n"
        "Kenyan officials said the post had been rebuilt last year.\n\n"
        "The militants also stormed a Somali army base near the border on Sunday."
    )
    events = coder.code_text(story, PUB)
    assert [e for e in events if e.sentence_id == 2 and e.source == "SOMREB"], _pairs(events)
