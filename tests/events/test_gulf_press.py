"""Rules found on a machine-translated Egyptian-daily analysis of the 2017 Gulf crisis (the
boycott of Qatar, its thirteen demands and the answers). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2017, 6, 28)


def _pairs(coder, text: str, root: str, word: str) -> set[tuple[str, str]]:
    return {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root and word in e.sentence and e.is_fact
    }


def test_they_after_and_are_the_list_that_acted_first(coder):
    """ "Bahrain and Sudan …, and they accused it of …": "they" in the clause joined by "and"
    are the two countries of the first clause's subject, not the country acted on."""
    text = (
        "On 4 January Bahrain and Sudan recalled their ambassadors from Iran, and they "
        "accused it of interfering in the affairs of the region."
    )
    assert _pairs(coder, text, "11", "interfering") == {("BHR", "IRN"), ("SDN", "IRN")}