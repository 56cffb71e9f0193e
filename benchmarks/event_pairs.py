"""Every event of a sentence, as a CAMEO coder lists them: precision, recall and F1.

Usage: python benchmarks/event_pairs.py [FILE ...] [--errors] [--json]

Input: ``tests/data/events_study.tsv``, ``events_heldout.tsv``, ``events_heldout2.tsv``,
``events_heldout3.tsv``, ``events_study2.tsv``, ``events_heldout4.tsv``,
``wire_forms_study.tsv``, ``wire_forms_heldout.tsv``, ``thing_targets_study.tsv``,
``thing_targets_heldout.tsv``, ``second_verbs_study.tsv``, ``second_verbs_heldout.tsv``,
``place_targets_study.tsv``, ``place_targets_heldout.tsv``, ``verb_final_study.tsv`` and
``verb_final_heldout.tsv`` by
default
(written for detente: wire-style sentences with every event a careful CAMEO coder would list,
one row per event; the layout is described in the files' header comments). Scoring is
:func:`detente.evaluate.evaluate` at its ``root`` level (see ``tests/events/event_bed.py``):
per sentence, the multiset of (source country, target country, CAMEO root) of our asserted
events against the gold events, so a missed event costs recall and an extra one (a topic, a
purpose clause, a second root for one verb) costs precision. ``--errors`` lists each missed
and extra event with the sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from event_bed import FILES, score  # noqa: E402

from detente.events import Coder  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(FILES))
    parser.add_argument("--errors", action="store_true", help="list missed and extra events")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    coder = Coder()
    results = []
    for path in args.files:
        report = score(coder, path)
        results.append(
            {
                "file": path.name,
                "sentences": report.sentences,
                "gold_events": report.gold_events,
                **report.scores["root"].to_dict(),
                "errors": report.errors,
            }
        )
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "errors"} for r in results]))
        return
    for r in results:
        print(
            f"{r['file']}: {r['sentences']} sentences, {r['gold_events']} gold events: "
            f"P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
            f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})"
        )
        if args.errors:
            for e in r["errors"]:  # type: ignore[union-attr]
                print(f"  {e['kind']:5} {e['id']} {e['key']}  ours={e['ours']}")
                print(f"        {e['sentence']}")


if __name__ == "__main__":
    main()
