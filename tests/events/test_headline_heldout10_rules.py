"""Rules found on the May-June 2017 headline set (tests/data/headlines_heldout10.tsv), each
tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2016, 3, 10)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


# A headline run into its snippet with a semicolon, its -s verb read as a plural noun hung
# on the snippet's verb, is read again with the verb in the past, as a headline alone is.
TITLES_BEFORE_SNIPPETS = [
    ("putin hosts turkey's erdogan in sochi ; they discussed syria.", ("RUS", "TUR", "04")),
    (
        "the u.s. sanctions a russian bank over its dealings with syria ; the bank was barred "
        "from american markets.",
        ("USA", "RUS", "16"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), TITLES_BEFORE_SNIPPETS)
def test_title_before_snippet_keeps_its_verb(coder, text, wanted):
    assert wanted in _facts(coder, text)
