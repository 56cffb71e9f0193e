"""Rules found on a machine-translated Milan daily's analysis of Italy and France from January
to February 2019 (tests/data/articles/2019-02-17-colle-truce.txt). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 2, 17)


def _coded(coder, text):
    return {(e.source_country, e.target_country, e.cameo[:2]) for e in coder.code_text(text, DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In June, when Rome closed its ports to the rescue ship, Macron spoke of cynicism "
            "and of irresponsibility of the Italian government.",
            ("FRA", "ITA"),
        ),
        ("The Chinese foreign minister spoke of American interference in Hong Kong.", ("CHN", "USA")),
        ("On Monday Lavrov talked about the hypocrisy of Washington.", ("RUS", "USA")),
    ],
)
def test_speaking_of_a_fault_in_someone_is_criticism(coder, text, pair):
    """ "spoke of cynicism and of irresponsibility of the Italian government": the fault's
    owner is criticised, never a partner of talks (the clause before had made it a
    consultation between Paris and Rome)."""
    got = _coded(coder, text)
    assert (*pair, "11") in got
    assert not any(root == "04" for _, _, root in got)


def test_speaking_of_a_topic_stays_no_criticism(coder):
    got = _coded(coder, "Macron spoke of the friendship of Italy and France on Monday.")
    assert not any(root == "11" for _, _, root in got)
