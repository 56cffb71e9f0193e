"""Event confidence: the precision of events with the same evidence strength."""

from __future__ import annotations

import datetime as dt
import itertools

from detente.events.confidence import (
    MAX_STRENGTH,
    Evidence,
    event_confidence,
    news_case,
    precision_table,
)

TIERS = (1.0, 0.7, 0.6, 0.5, 0.4)  # known, former, antecedent, open phrase, main country


def _all_evidence():
    for source, target, specificity, asserted, cased in itertools.product(
        TIERS, (*TIERS, None), (0, 1, 2), (True, False), (True, False)
    ):
        yield Evidence(source, target, specificity, asserted, cased)


def test_table_covers_every_strength_within_unit_interval():
    table = precision_table()
    assert sorted(table) == list(range(MAX_STRENGTH + 1))
    assert all(0.0 <= v <= 1.0 for v in table.values())


def test_confidence_is_monotone_in_strength():
    levels = sorted({(e.strength, event_confidence(e)) for e in _all_evidence()})
    strengths = [s for s, _ in levels]
    assert strengths == sorted(set(strengths))  # one confidence per strength
    values = [c for _, c in levels]
    assert values == sorted(values)
    assert values[-1] > values[0]


def test_each_sign_of_evidence_never_lowers_confidence():
    base = Evidence(0.5, None, 0, False, False)
    stronger = [
        Evidence(0.5, None, 0, False, True),
        Evidence(0.5, None, 0, True, False),
        Evidence(0.5, None, 1, False, False),
        Evidence(1.0, 1.0, 0, False, False),
    ]
    for evidence in stronger:
        assert evidence.strength == base.strength + 1
        assert event_confidence(evidence) >= event_confidence(base)
    # a pronoun's antecedent or an open target is weaker evidence than a known actor
    assert Evidence(1.0, 0.6, 1, True).strength < Evidence(1.0, 1.0, 1, True).strength


def test_news_case():
    assert news_case("Russia accused Ukraine of shelling Donetsk on Monday.")
    assert not news_case("trump and putin discuss syria and terrorism in their first phone call")
    assert not news_case("RUSSIA REJECTS REPORT OF PLANNED SUMMIT WITH U.S.")


def test_coded_events_carry_the_calibrated_confidence(coder):
    strong = coder.code_text("Russia accused Ukraine of shelling Donetsk.", dt.date(2019, 1, 5))
    weak = coder.code_text("russia accused ukraine of shelling donetsk", dt.date(2019, 1, 5))
    table = set(precision_table().values())
    assert strong and weak
    assert all(e.confidence in table for e in strong + weak)
    # adjacent strengths may be pooled to one precision, never inverted
    assert max(e.confidence for e in strong) >= max(e.confidence for e in weak)
