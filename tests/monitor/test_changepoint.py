"""Tests for detente.monitor.changepoint and detente.monitor.series_file."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.monitor.changepoint import ChangePoint, detect_changepoints, segment_probabilities
from detente.monitor.series_file import turns_from_csv


def _shift(seed: int = 0, n: int = 200, at: int = 100, size: float = 3.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n)
    x[at:] += size
    return x


def test_obvious_mean_shift_found() -> None:
    cps = detect_changepoints(_shift())
    assert len(cps) == 1
    cp = cps[0]
    assert isinstance(cp, ChangePoint)
    assert abs(cp.index - 100) <= 2
    assert cp.probability > 0.9
    assert cp.start <= cp.index <= cp.end


def test_two_shifts_sorted() -> None:
    x = _shift(1, n=300, at=100, size=4.0)
    x[200:] -= 8.0
    cps = detect_changepoints(x)
    assert [abs(c.index - t) <= 2 for c, t in zip(cps, (100, 200), strict=False)] == [True, True]


@pytest.mark.parametrize("seed", range(6))
def test_no_change_noise_gives_no_confident_turns(seed: int) -> None:
    x = np.random.default_rng(seed).normal(size=300)
    assert [c for c in detect_changepoints(x) if c.probability > 0.5] == []


def test_slow_trend_is_not_a_change() -> None:
    rng = np.random.default_rng(3)
    assert detect_changepoints(np.linspace(0, 10, 300) + rng.normal(size=300)) == []


def test_isolated_outliers_are_not_changes() -> None:
    x = np.random.default_rng(4).normal(size=200)
    x[[50, 120]] = [25.0, -30.0]
    assert detect_changepoints(x) == []


def test_constant_and_short_series() -> None:
    assert detect_changepoints([5.0] * 50) == []
    assert detect_changepoints([]) == []
    assert detect_changepoints([1.0]) == []
    assert detect_changepoints([1.0, 2.0]) == []
    assert segment_probabilities([5.0] * 10).tolist() == [0.0] * 10


def test_short_series_with_big_shift() -> None:
    x = np.r_[np.zeros(8), np.full(8, 10.0)] + np.random.default_rng(5).normal(0, 0.5, 16)
    cps = detect_changepoints(x)
    assert len(cps) == 1 and abs(cps[0].index - 8) <= 1


def test_nan_and_inf_are_imputed() -> None:
    x = _shift(6)
    x[[3, 50, 101, 150]] = [np.nan, np.inf, np.nan, -np.inf]
    cps = detect_changepoints(x)
    assert len(cps) == 1 and abs(cps[0].index - 100) <= 2
    assert detect_changepoints([np.nan] * 20) == []


def test_huge_values() -> None:
    cps = detect_changepoints(1e12 + 1e10 * _shift(7))
    assert len(cps) == 1 and abs(cps[0].index - 100) <= 2


def test_multivariate_counts() -> None:
    rng = np.random.default_rng(8)
    rates = np.column_stack([np.full(200, 5.0), np.where(np.arange(200) < 120, 1.0, 5.0)])
    cps = detect_changepoints(rng.poisson(rates).astype(float))
    assert len(cps) == 1 and abs(cps[0].index - 120) <= 3


def test_segment_probabilities_shape_and_peak() -> None:
    p = segment_probabilities(_shift())
    assert p.shape == (200,) and p[0] == 0.0
    assert np.all((p >= 0) & (p <= 1))
    assert abs(int(np.argmax(p)) - 100) <= 2


def test_min_probability_and_hazard_options() -> None:
    x = _shift(9, size=1.0)
    loose = detect_changepoints(x, min_probability=0.05, hazard=0.05)
    strict = detect_changepoints(x, min_probability=0.99)
    assert len(loose) >= len(strict)
    assert all(c.probability >= 0.05 for c in loose)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, width=64), max_size=60))
def test_any_finite_input_is_safe(values: list[float]) -> None:
    cps = detect_changepoints(values, min_probability=0.01)
    for c in cps:
        assert 0.0 <= c.probability <= 1.0 and not math.isnan(c.probability)
        assert 0 < c.index < len(values)
        assert 0 < c.start <= c.index <= c.end < len(values)
    p = segment_probabilities(values)
    assert p.shape == (len(values),) and np.all((p >= 0) & (p <= 1))


# ------------------------------------------------------------------ CSV input
def _write(path, rows: list[str]) -> str:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def test_turns_from_csv(tmp_path) -> None:
    x = _shift(10, n=120, at=60, size=4.0)
    rows = ["day,count,other"] + [f"2024-01-{i:03d},{v:.4f},x" for i, v in enumerate(x)]
    turns = turns_from_csv(_write(tmp_path / "s.csv", rows), "day", "count")
    assert len(turns) == 1
    t = turns[0]
    assert set(t) == {"index", "date", "probability", "start", "end"}
    assert abs(t["index"] - 60) <= 2 and t["date"] == f"2024-01-{t['index']:03d}"
    assert t["start"] <= t["date"] <= t["end"] and t["probability"] > 0.9


def test_turns_from_csv_blank_cells_and_kwargs(tmp_path) -> None:
    rows = ["t,v"] + [f"{i},{'' if i == 5 else (0 if i < 30 else 9)}" for i in range(60)]
    turns = turns_from_csv(_write(tmp_path / "s.csv", rows), "t", "v", min_probability=0.9)
    assert [t["date"] for t in turns] == ["30"]


def test_turns_from_csv_errors(tmp_path) -> None:
    with pytest.raises(ValueError, match="not found"):
        turns_from_csv(tmp_path / "missing.csv", "t", "v")
    good = _write(tmp_path / "a.csv", ["t,v", "1,2", "2,3"])
    with pytest.raises(ValueError, match="'value'"):
        turns_from_csv(good, "t", "value")
    bad = _write(tmp_path / "b.csv", ["t,v", "1,2", "2,abc"])
    with pytest.raises(ValueError, match="non-numeric value 'abc'.*row 2"):
        turns_from_csv(bad, "t", "v")
    assert turns_from_csv(_write(tmp_path / "c.csv", ["t,v"]), "t", "v") == []
