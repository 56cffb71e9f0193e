"""Rules found on a machine-translated analysis from a Beirut daily of the Saudi-Lebanese
crisis of October 2021 (a minister's aired words on Yemen, ambassadors recalled and expelled,
imports banned). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2021, 11, 2)


def _facts(coder, text: str, root: str) -> set[tuple[str, str]]:
    return {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root and e.is_fact
    }


def test_it_after_and_takes_up_a_statement_that_was_the_subject(coder):
    """ "The Saudi statement attributed the decision to … Hezbollah …, and it accused …":
    "it" is the statement, which speaks for Saudi Arabia, not the last name among the first
    clause's objects."""
    text = (
        "The Saudi statement attributed the decision to the remarks of the minister and to "
        "the domination of Hezbollah on the decision of the Lebanese state, and it accused the "
        "Lebanese authorities of failing to stop the smuggling of drugs."
    )
    assert _facts(coder, text, "11") == {("SAU", "LBN")}
    text = (
        "The Turkish communique linked the operation to the support of Washington for the "
        "Kurdish militias, and it accused Damascus of sheltering the fighters."
    )
    assert ("TUR", "SYR") in _facts(coder, text, "11")
