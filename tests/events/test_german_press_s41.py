"""Rules found on a machine-translated Frankfurt analysis (session 41: the killing of
Zelimkhan Khangoshvili in Berlin and the expulsions of December 2019): sentences invented for
detente about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2019, 12, 14)


def _facts(events, root):
    return [(e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root]


def test_the_foreign_office_keeps_the_owner_its_story_first_gave_it(coder):
    # the first "Foreign Office" is Germany's (the story names Germany, not Britain); a
    # summit "near London" told later names Britain but does not hand the office over
    text = (
        "On Wednesday Germany expelled two Russian diplomats. The Foreign Office said that "
        "Moscow had not cooperated. Merkel, who attended the NATO summit near London, "
        "defended the step. On Thursday Russia expelled two German diplomats, and the "
        "Foreign Office criticised the Russian decision."
    )
    criticised = _facts(coder.code_text(text, PUB), "11")
    assert ("DEU", "RUS") in criticised, criticised
    assert not [pair for pair in criticised if "GBR" in pair], criticised


def test_the_foreign_office_first_named_with_britain_stays_britains(coder):
    text = (
        "Merkel met Johnson in London on Monday. The Foreign Office summoned the Russian "
        "ambassador. Later the Foreign Office criticised Moscow."
    )
    events = coder.code_text(text, PUB)
    assert ("GBR", "RUS") in _facts(events, "11"), _facts(events, "11")
    assert ("DEU", "RUS") not in _facts(events, "11")
