"""Rules found on the June-August 2017 headline set (tests/data/headlines_heldout12.tsv),
each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 8, 1)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


def _roots(coder, text: str) -> set[str]:
    return {root for _, _, root in _facts(coder, text)}


# Someone in a job that a headline's verb "fires" is let go, even when the parser hangs the
# job on the verb as an apposition; rockets and shots fired are still fire.
FIRED_FROM_JOBS = [
    ("google fires the engineer who wrote a memo on women in tech", False),
    ("acme fires the analyst who leaked the figures", False),
    ("The army fired rockets at Israeli towns.", True),
]


@pytest.mark.parametrize(("text", "force"), FIRED_FROM_JOBS)
def test_someone_fired_from_a_job_is_not_shot(coder, text, force):
    assert bool(_roots(coder, text) & {"18", "19", "20"}) is force
