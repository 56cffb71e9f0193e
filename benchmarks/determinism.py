"""Whether a command prints the same under different Python hash seeds.

Run:  python benchmarks/determinism.py [--seeds 0 1 2] [--output PATH] -- COMMAND [ARG ...]

Runs COMMAND once per seed with ``PYTHONHASHSEED`` set to it and compares what each run
printed on stdout (or, with ``--output``, the file it wrote there) byte for byte with the
first seed's. A ``{seed}`` in an argument or in ``--output`` is replaced by the seed, so a
command that writes a file can write one per run::

    python benchmarks/determinism.py -- python benchmarks/articles.py --facts
    python benchmarks/determinism.py --output /tmp/err{seed}.jsonl -- \\
        detente eval gold.tsv --split dev -q --errors /tmp/err{seed}.jsonl

The order of a ``set`` of strings, or of spaCy tokens and spans, changes from one process to
the next; a coder that lets that order pick an answer prints different events for the same
text. Prints one line per seed (``same`` or the number of lines that differ, then the first
few differing lines) and exits 1 when any seed's output differs from the first, else 0.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
from pathlib import Path


def run_once(command: list[str], seed: str, output: str | None) -> str:
    """What ``command`` printed (or wrote to ``output``) run with hash seed ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    args = [a.replace("{seed}", seed) for a in command]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"seed {seed}: {args[0]} exited with {done.returncode}")
    if output is None:
        return done.stdout
    return Path(output.replace("{seed}", seed)).read_text(encoding="utf-8")


def differing(first: str, other: str) -> list[str]:
    """The lines of a unified diff between two outputs, without its headers."""
    diff = difflib.unified_diff(first.splitlines(), other.splitlines(), lineterm="", n=0)
    return [d for d in diff if d[:1] in "+-" and not d.startswith(("+++", "---"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", nargs="+", default=["0", "1", "2", "3", "4", "5"])
    parser.add_argument("--output", help="compare this file (may hold {seed}), not stdout")
    parser.add_argument("--show", type=int, default=6, help="differing lines shown per seed")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    outputs = {seed: run_once(command, seed, args.output) for seed in args.seeds}
    first = outputs[args.seeds[0]]
    agree = True
    for seed in args.seeds:
        lines = differing(first, outputs[seed])
        agree = agree and not lines
        print(f"seed {seed}: " + (f"{len(lines)} diff lines (- and +)" if lines else "same"))
        for line in lines[: args.show]:
            print(f"    {line[:160]}")
    print("agree" if agree else "DIFFER")
    return 0 if agree else 1


if __name__ == "__main__":
    raise SystemExit(main())
