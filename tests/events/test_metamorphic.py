"""Floors of the metamorphic probe (metamorphic_bed.py, benchmarks/metamorphic.py): of the
plv9-plv14 study sentences the coder gets right, the share of each transform's variants that
keep the marked pair and root, and the share that keep the codes too.

The floors are a ratchet: raise them as the coder improves, never lower them.
"""

from __future__ import annotations

import pytest
from metamorphic_bed import KINDS, run, table

# kind: (kept, codes kept), shares of the variants made, rounded down
FLOORS = {
    "dateline": (1.0, 1.0),
    "attribution": (1.0, 0.996),  # start 0.989, 0.985
    "time": (1.0, 1.0),
    "country": (0.995, 0.974),
    "title": (0.983, 0.966),
    "wrapped": (0.992, 0.989),  # start 0.946, 0.943
    "aside": (0.988, 0.988),  # start 0.950, 0.950
    "fronted": (0.974, 0.959),
}


@pytest.fixture(scope="module")
def shares():
    # (its own coder, with no time budget: a variant skipped on a busy machine would count
    # as broken)
    _, _, outcomes = run()
    return {kind: (n, kept / n, codes / n) for kind, (n, kept, codes) in table(outcomes).items()}


def test_every_kind_has_a_floor():
    assert set(FLOORS) == set(KINDS)


@pytest.mark.parametrize("kind", list(FLOORS))
def test_a_rewording_keeps_the_answer(shares, kind):
    n, kept, codes = shares[kind]
    assert n, f"{kind}: no variant made"
    floor_kept, floor_codes = FLOORS[kind]
    assert kept >= floor_kept, f"{kind}: kept {kept:.3f} < {floor_kept} of {n}"
    assert codes >= floor_codes, f"{kind}: codes kept {codes:.3f} < {floor_codes} of {n}"
