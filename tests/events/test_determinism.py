"""The coder prints the same events for the same text in any process.

The order of a ``set`` of strings changes with ``PYTHONHASHSEED``, and the order of a set of
spaCy tokens or spans with the memory address of their ``Doc``, so it may change between two
documents of one process too. A rule that lets that order choose between two candidates as
good as each other (two names as near a role noun: in "the foreign ministers of the European
Union, meeting in Luxembourg, condemned ...", the Union's ministers or Luxembourg's?) codes a
sentence one way in one run and another way in the next. Each text below is coded several
times in each of two processes started with different hash seeds; every answer must be the
same. (``benchmarks/determinism.py`` runs a whole benchmark the same way.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import detente

# Two names as near a role noun (the roots of "European Union" and "Luxembourg" stand as far
# from "ministers"); and texts through rules that gather sides in sets: two sides acting on
# each other told after one of them, a statement beside a specific act of the same side.
TEXTS = [
    "Syrian gunboats sank a Turkish fishing boat on Friday. On Monday the foreign ministers of "
    "the European Union, meeting in Luxembourg, condemned the sinking of the boat.",
    "Russia and Turkey signed an agreement, according to the Kremlin.",
    "Japan issued a statement condemning the missile launch by North Korea.",
]
REPEATS = 3

_CHILD = """
import datetime as dt
import sys
from detente.events import Coder, CoderConfig

coder = Coder(CoderConfig(doc_timeout=0))
for text in sys.argv[2:]:
    for _ in range(int(sys.argv[1])):
        events = coder.code_text(text, dt.date(2012, 6, 29))
        print(sorted((e.source, e.cameo, e.target, e.modality, e.date.isoformat())
                     for e in events))
"""


def _start(seed: str) -> subprocess.Popen[str]:
    src = str(Path(detente.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
    command = [sys.executable, "-c", _CHILD, str(REPEATS), *TEXTS]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)


def test_same_events_in_every_run():
    runs = [_start("0"), _start("1")]
    outputs = []
    for run in runs:
        out, _ = run.communicate(timeout=1800)
        assert run.returncode == 0
        outputs.append(out.splitlines())
    first, second = outputs
    assert len(first) == len(TEXTS) * REPEATS
    for n, text in enumerate(TEXTS):
        own = slice(n * REPEATS, (n + 1) * REPEATS)
        answers = {*first[own], *second[own]}
        assert len(answers) == 1, (text, answers)
