"""Every event of a sentence against a careful CAMEO coder's list (``tests/data/events_*``):
F1 on (source country, target country, CAMEO root). The floors are a ratchet, a little below
what the coder achieves today (``benchmarks/event_pairs.py`` lists the misses and extras);
raise them as the coder improves, never lower them.

The study file was written first and rules were fixed against its misses; the held-out file
was scored only before and after (session 22: study 0.720 -> 0.822, held-out 0.689 -> 0.688).
From the precision round on, both are study material and ``events_heldout2.tsv`` (written
before that round's changes) is the held-out file: 0.641 -> 0.648. From the recall round
(session 23) on, all three are study material and ``events_heldout3.tsv`` (written before that
round's changes) is the held-out file: 0.700 -> 0.709. The CAMEO-root audit (session 25)
adds ``events_study2.tsv`` (study: 0.807 as first written, 0.818 with one gold row corrected
from 012 to 110 for a regret over another side's decision, -> 0.922) and
``events_heldout4.tsv`` (held-out, scored only before and after: 0.683 -> 0.700); both keep
apart the CAMEO roots PLOVER merges (01/02/10, 03/05/06, 09/11/17, 12/16/13, 14/17,
15/18/19/20). The wire-story forms (session 30: threats told as conditions, troops sent to a
consenting host, fire "from" a place, two blows at two sides, agentless passives of force,
and near-misses) add ``wire_forms_study.tsv`` (study: 0.588 as first written, 0.612 with one
gold target corrected from SYR to ISI for "Islamic State bases in Syria", -> 0.965) and
``wire_forms_heldout.tsv`` (held-out, written with the study file before any rule, scored
only: 0.571 -> 0.741). Things and places as targets (session 31: things acted on that name
no one, "called for restraint", "pledged humanitarian supplies", scored strictly: an open
target with no actor code counts as a wrong target, see ``event_bed.strict_targets``) add
``thing_targets_study.tsv`` (study: 0.194 as first written, 0.286 with an uncoded right
target written OPEN and tear gas coded 175, -> 0.355) and ``thing_targets_heldout.tsv``
(held-out: 0.262 as first written, 0.295 with tear gas coded 175, -> 0.305). Most thing
targets stay: PLV marks a thing with an article as the target when no one is named
("condemned the attacks", "boycott the elections"), and dropping them lost PLV pairs.
"""

from __future__ import annotations

import pytest
from event_bed import DATA, score

FLOORS = {
    "events_study.tsv": 0.82,
    "events_heldout.tsv": 0.70,
    "events_heldout2.tsv": 0.64,
    "events_heldout3.tsv": 0.68,
    "events_study2.tsv": 0.90,
    "events_heldout4.tsv": 0.68,
    "wire_forms_study.tsv": 0.94,
    "wire_forms_heldout.tsv": 0.72,
    "thing_targets_study.tsv": 0.35,
    "thing_targets_heldout.tsv": 0.3,
}


@pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
def test_every_event_f1(coder, name, floor):
    assert score(coder, DATA / name).scores["root"].f1 >= floor
