"""The reliability table and expected calibration error of confidences."""

from __future__ import annotations

import pytest

from detente.evaluate.reliability import Bin, ece, reliability


def test_bins_count_mean_and_precision():
    table = reliability([(0.95, True), (0.91, False), (1.0, True), (0.42, True)])
    assert [(b.low, b.high, b.events) for b in table] == [(0.4, 0.5, 1), (0.9, 1.0, 3)]
    top = table[1]
    assert top.mean_confidence == pytest.approx((0.95 + 0.91 + 1.0) / 3)
    assert top.precision == pytest.approx(2 / 3)
    assert top.to_dict()["precision"] == 0.6667


def test_ece_weights_gaps_by_events():
    table = [Bin(0.9, 1.0, 3, 0.9, 0.6), Bin(0.4, 0.5, 1, 0.4, 1.0)]
    assert ece(table) == pytest.approx((3 * 0.3 + 1 * 0.6) / 4)


def test_perfectly_calibrated_and_empty():
    scored = [(0.8, True)] * 8 + [(0.8, False)] * 2
    assert ece(reliability(scored)) == pytest.approx(0.0)
    assert reliability([]) == [] and ece([]) == 0.0


def test_confidence_outside_unit_interval_is_refused():
    with pytest.raises(ValueError, match="1.5"):
        reliability([(1.5, True)])
