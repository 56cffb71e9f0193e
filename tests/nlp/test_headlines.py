"""Headlines in lower case, ALL CAPS and Title Case (tests/data/headlines_lower.tsv, written
for detente) are coded about as well as normal text: a ratchet, as in benchmarks/headlines.py.

The floors are a ratchet: raise them as the coder improves, never lower them.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from detente.actors.dictionary import actor_tokens
from detente.cameo import lookup

TSV = Path(__file__).resolve().parents[1] / "data" / "headlines_lower.tsv"
PAIR_FLOOR = 121  # lines with an asserted event of the right source and target countries
ROOT_FLOOR = 116  # ... whose PLOVER type is right too
# The second held-out set (verbless, colon, infinitive, surname and no-event lines), written
# before its rules (benchmarks/headlines.py: pair 33 and root 30 of 56 event lines, 19 of 24
# no-event lines clean; after them 40, 37 and 23). Here only its asserted lines are scored.
HELDOUT2 = TSV.with_name("headlines_heldout2.tsv")
HELDOUT2_PAIR_FLOOR = 38
HELDOUT2_ROOT_FLOOR = 35
HELDOUT2_CLEAN_FLOOR = 23  # no-event lines with no asserted event
# The third held-out set: a newspaper's mix (tests/data/headlines_heldout3.tsv, 148 lines
# with their snippets, 102 with no international event: sport, arts, food, business, local
# news, opinion, questions, obituaries), written before its rules (tuned on
# headlines_study3.tsv only). At the start (benchmarks/headlines.py): 26 events asserted on
# no-event lines (79 of 102 lines clean), 25 of 84 asserted events without a target, pair 34
# and root 28 of 46 event lines; after them 19 events on 85 clean lines, 20 of 77 without a
# target, pair and root unchanged. Here only its asserted lines are scored (32 and 26 of 44).
HELDOUT3 = TSV.with_name("headlines_heldout3.tsv")
HELDOUT3_PAIR_FLOOR = 32
HELDOUT3_ROOT_FLOOR = 28
HELDOUT3_CLEAN_FLOOR = 94
HELDOUT3_FALSE_CEILING = 9  # events asserted on its no-event lines, at most
# (Since session 29 headlines_heldout3.tsv is study material, its errors read: the session
# took its no-event lines from 17 to 8 noisy, 19 to 9 events, root 26 to 28 asserted lines.)
# The fourth held-out set: 155 newspaper lines with snippets (tests/data/headlines_heldout4.tsv,
# 106 with no international event), written before session 29's rules and never tuned on.
# At the start: 29 events asserted on no-event lines (85 of 106 clean), 29 of 114 asserted
# events without a target, pair 38 and root 35 of 49 event lines; after the session's rules
# (game lines, obituaries, places named "New", blows at measures, lone speakers, everyday
# nouns, crowds): 28 events on 86 clean lines, 28 of 113 without a target, pair and root
# unchanged. Here only its asserted lines are scored (37 and 34 of 48). After the merges of
# the session it stood at 29 events (one from a real reading: "pledges investment after
# trump's criticism" is Trump's criticism of Toyota, on a line the set calls business); late
# in session 29 it became study material (its errors read: nature is no one's doer, money
# raised is aid only "for" someone, a warning of an outbreak threatens no one, "won the
# final" is a game): 24 events on 91 clean lines, 24 of 109 asserted events without a target.
# Session 30 (events.arenas: courts ruling on measures, companies trading, investing and
# quitting councils; markets that "retreat"; people who arrive; words said at a place; a
# public figure's "attack" on a judge or the press): 14 events on 97 clean lines.
HELDOUT4 = TSV.with_name("headlines_heldout4.tsv")
HELDOUT4_PAIR_FLOOR = 37
HELDOUT4_ROOT_FLOOR = 34
HELDOUT4_CLEAN_FLOOR = 97
HELDOUT4_FALSE_CEILING = 14  # events asserted on its no-event lines, at most
# The fifth held-out set: 151 newspaper lines with snippets (tests/data/headlines_heldout5.tsv,
# 107 with no international event, a third of them US politics and courts), written before
# session 30's rules and never tuned on. At the start: 55 events asserted on no-event lines
# (70 of 107 clean), 52 of 139 asserted events without a target, pair 38 and root 33 of 44
# event lines; after the session's rules 51 events on 73 clean lines, 50 of 135 without a
# target, pair and root unchanged. Most of what is left is US domestic politics coded as the
# domestic events they are (a governor suing the administration, senators criticizing the
# president), which PLV's gold codes too. Here only its asserted lines are scored (36 and 31
# of 42).
# Session 31 made it study material (an obituary's snippet tells the life, an attack cited
# is no attack, a regime of the past is no state, a company officer's post and a company's
# wares are business; its "UN" row now carries the code the coder uses, UNO): 47 events on
# 76 clean lines, pair 37 and root 32.
HELDOUT5 = TSV.with_name("headlines_heldout5.tsv")
HELDOUT5_PAIR_FLOOR = 37
HELDOUT5_ROOT_FLOOR = 32
HELDOUT5_CLEAN_FLOOR = 76
HELDOUT5_FALSE_CEILING = 47  # events asserted on its no-event lines, at most
# The sixth held-out set: 149 newspaper lines with snippets (tests/data/headlines_heldout6.tsv,
# 101 with no international event: sport between national teams, business, reviews,
# obituaries, science, local news, opinion questions, lower-case words that are names, US
# politics; 48 with one, 2017 and other years), written before session 31's rules and never
# tuned on. At the start: 35 events asserted on no-event lines (75 of 101 clean), 44 of 109
# asserted events without a target, pair 32 and root 30 of 48 event lines; after the
# session's rules 34 events on 75 clean lines, 43 of 108 without a target, pair and root
# unchanged. Here only its asserted lines are scored (32 and 30 of 47).
HELDOUT6 = TSV.with_name("headlines_heldout6.tsv")
HELDOUT6_PAIR_FLOOR = 32
HELDOUT6_ROOT_FLOOR = 30
HELDOUT6_CLEAN_FLOOR = 75
HELDOUT6_FALSE_CEILING = 34  # events asserted on its no-event lines, at most
# The seventh held-out set: 153 newspaper lines of January to March 2017 with snippets
# (tests/data/headlines_heldout7.tsv, 108 with no international event: sport, business,
# courts, US politics, culture, obituaries, weather, science, opinion, features; 45 with one,
# 3 of them announced), written before session 32's rules. At the start: 40 events asserted
# on no-event lines (76 of 108 clean), 34 of 120 asserted events without a target, pair 36
# and root 31 of 45 event lines; after the session's rules 36 events on 80 clean lines, 28
# of 117 without a target, pair 41 and root 37. Here only its asserted lines are scored (39
# and 35 of 42). Session 40: 38 and 34. "syria fires missiles at israeli jets …; the army
# said it downed a plane, which israel denied" had its pair only through the downing, which a
# denial closing the claim now makes the army's word (reported); the line's own act is
# misparsed in lower case ("fires" read as a noun).
HELDOUT7 = TSV.with_name("headlines_heldout7.tsv")
HELDOUT7_PAIR_FLOOR = 38
HELDOUT7_ROOT_FLOOR = 34
HELDOUT7_CLEAN_FLOOR = 80
HELDOUT7_FALSE_CEILING = 36  # events asserted on its no-event lines, at most
# The seventeenth held-out set: 151 lower-case newspaper lines of September 2010 to May 2011
# with snippets (tests/data/headlines_heldout17.tsv, 99 with no international event; 52 with
# one, 2 of them announced), written and committed before session 42's rules. At the start
# (benchmarks/headlines.py): 39 events asserted on no-event lines (68 of 99 clean), pair 39
# and root 36 of 52; after the session's rules 30 events on 74 clean lines, pair 40 and
# root 37. Here only its asserted lines are scored (38 and 35 of 50).
HELDOUT17 = TSV.with_name("headlines_heldout17.tsv")
HELDOUT17_PAIR_FLOOR = 38
HELDOUT17_ROOT_FLOOR = 35
HELDOUT17_CLEAN_FLOOR = 74
HELDOUT17_FALSE_CEILING = 30  # events asserted on its no-event lines, at most
# The eighteenth held-out set: 150 lower-case newspaper lines of June 2013 to August 2014 with
# snippets (tests/data/headlines_heldout18.tsv, 88 with no international event; 62 with one,
# 2 of them announced), written and committed before session 43's rules. At the start
# (benchmarks/headlines.py): 32 events asserted on no-event lines (61 of 88 clean), pair 50
# and root 40 of 62; after the session's rules 26 events on 66 clean lines, pair 52 and
# root 43. Here only its asserted lines are scored (start 48 and 38 of 60; after 50 and 41).
HELDOUT18 = TSV.with_name("headlines_heldout18.tsv")
HELDOUT18_PAIR_FLOOR = 50
HELDOUT18_ROOT_FLOOR = 41
HELDOUT18_CLEAN_FLOOR = 66
HELDOUT18_FALSE_CEILING = 26  # events asserted on its no-event lines, at most
# The nineteenth held-out set: 150 lower-case newspaper lines of January 2006 to December
# 2007 with snippets (tests/data/headlines_heldout19.tsv, 82 with no international event; 68
# with one, 1 of them announced), written and committed before session 44's rules. At the
# start (benchmarks/headlines.py): 33 events asserted on no-event lines (58 of 82 clean), pair
# 52 and root 47 of 68; after the session's rules 32 events on 58 clean lines, pair 58 and
# root 54. Here only its asserted lines are scored (start 52 and 47 of 67; after 57 and 53).
HELDOUT19 = TSV.with_name("headlines_heldout19.tsv")
HELDOUT19_PAIR_FLOOR = 57
HELDOUT19_ROOT_FLOOR = 53
HELDOUT19_CLEAN_FLOOR = 58
HELDOUT19_FALSE_CEILING = 32  # events asserted on its no-event lines, at most


def score(coder, path: Path = TSV) -> tuple[int, int, list[tuple[str, str, list[str]]]]:
    pair_right = root_right = 0
    misses = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["source"]]
    for row in rows:
        if (row.get("mode") or "asserted") != "asserted":
            continue  # (a future act: the benchmark scores its modality)
        events = coder.code_text(row["text"], dt.date.fromisoformat(row["date"]))
        pair = [
            e
            for e in events
            if e.is_fact and (e.source_country, e.target_country) == (row["source"], row["target"])
        ]
        right = [e for e in pair if row["plover"] in (e.plover, lookup(e.cameo_root).plover)]
        pair_right += bool(pair)
        root_right += bool(right)
        if not right:
            got = [f"{e.source_country} {e.cameo} {e.target_country}" for e in events]
            misses.append((f"{row['source']} {row['plover']} {row['target']}", row["text"], got))
    return pair_right, root_right, misses


def test_headline_table_has_every_case():
    with TSV.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle, delimiter="\t")]
    assert len(texts) >= 120
    assert sum(t == t.lower() for t in texts) >= 80
    assert sum(t == t.upper() for t in texts) >= 10
    assert sum(t.split()[1][:1].isupper() and t != t.upper() for t in texts) >= 10


def test_headlines_ratchet(coder):
    pair_right, root_right, misses = score(coder)
    assert pair_right >= PAIR_FLOOR, misses
    assert root_right >= ROOT_FLOOR, misses


def test_heldout2_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT2)
    assert pair_right >= HELDOUT2_PAIR_FLOOR, misses
    assert root_right >= HELDOUT2_ROOT_FLOOR, misses


def _false_events(coder, path: Path) -> tuple[int, dict[str, int]]:
    """The no-event lines of ``path`` and the events asserted on each noisy one."""
    with path.open(encoding="utf-8", newline="") as handle:
        empty = [row for row in csv.DictReader(handle, delimiter="\t") if not row["source"]]
    noisy = {}
    for row in empty:
        events = coder.code_text(row["text"], dt.date.fromisoformat(row["date"]))
        if facts := sum(e.is_fact for e in events):
            noisy[row["text"]] = facts
    return len(empty), noisy


def test_heldout2_no_event_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT2)
    assert empty - len(noisy) >= HELDOUT2_CLEAN_FLOOR, noisy


def test_heldout3_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT3)
    assert pair_right >= HELDOUT3_PAIR_FLOOR, misses
    assert root_right >= HELDOUT3_ROOT_FLOOR, misses


def test_heldout3_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT3)
    assert empty - len(noisy) >= HELDOUT3_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT3_FALSE_CEILING, noisy


def test_lower_case_country_words_with_an_article_are_nouns(coder):
    """ "fine china", "a roast turkey" name no country; "turkey threatens" does."""
    doc = coder._parse_one("burglars stole fine china and a roast turkey ; turkey threatens greece")
    tagged = {doc[i].lower_ for i in actor_tokens(doc, "ACTOR")}
    assert "turkey" in tagged  # (the country, once)
    assert [t.i for t in doc if t.lower_ == "turkey" and t.i in actor_tokens(doc, "ACTOR")] == [
        max(t.i for t in doc if t.lower_ == "turkey")
    ]
    assert "china" not in tagged


def test_heldout4_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT4)
    assert pair_right >= HELDOUT4_PAIR_FLOOR, misses
    assert root_right >= HELDOUT4_ROOT_FLOOR, misses


def test_heldout4_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT4)
    assert empty - len(noisy) >= HELDOUT4_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT4_FALSE_CEILING, noisy


def test_heldout5_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT5)
    assert pair_right >= HELDOUT5_PAIR_FLOOR, misses
    assert root_right >= HELDOUT5_ROOT_FLOOR, misses


def test_heldout5_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT5)
    assert empty - len(noisy) >= HELDOUT5_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT5_FALSE_CEILING, noisy


def test_heldout6_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT6)
    assert pair_right >= HELDOUT6_PAIR_FLOOR, misses
    assert root_right >= HELDOUT6_ROOT_FLOOR, misses


def test_heldout6_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT6)
    assert empty - len(noisy) >= HELDOUT6_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT6_FALSE_CEILING, noisy


def test_heldout7_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT7)
    assert pair_right >= HELDOUT7_PAIR_FLOOR, misses
    assert root_right >= HELDOUT7_ROOT_FLOOR, misses


def test_heldout7_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT7)
    assert empty - len(noisy) >= HELDOUT7_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT7_FALSE_CEILING, noisy


def test_heldout17_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT17)
    assert pair_right >= HELDOUT17_PAIR_FLOOR, misses
    assert root_right >= HELDOUT17_ROOT_FLOOR, misses


def test_heldout17_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT17)
    assert empty - len(noisy) >= HELDOUT17_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT17_FALSE_CEILING, noisy


def test_heldout18_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT18)
    assert pair_right >= HELDOUT18_PAIR_FLOOR, misses
    assert root_right >= HELDOUT18_ROOT_FLOOR, misses


def test_heldout18_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT18)
    assert empty - len(noisy) >= HELDOUT18_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT18_FALSE_CEILING, noisy


def test_heldout19_ratchet(coder):
    pair_right, root_right, misses = score(coder, HELDOUT19)
    assert pair_right >= HELDOUT19_PAIR_FLOOR, misses
    assert root_right >= HELDOUT19_ROOT_FLOOR, misses


def test_heldout19_newspaper_lines_stay_clean(coder):
    empty, noisy = _false_events(coder, HELDOUT19)
    assert empty - len(noisy) >= HELDOUT19_CLEAN_FLOOR, noisy
    assert sum(noisy.values()) <= HELDOUT19_FALSE_CEILING, noisy
