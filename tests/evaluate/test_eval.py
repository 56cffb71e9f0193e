"""The evaluation harness: readers, scoring, and the accuracy ratchet on ../shared/gold.

Floors only go up: raise them when the coder improves (docs/accuracy.md has the numbers).
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.evaluate import evaluate, read_gold
from detente.evaluate.plv import DEFAULT_DAY
from detente.evaluate.readers import GoldEvent, GoldSentence
from detente.events import Coder, CoderConfig

PETR_SOURCE_F1_FLOOR = 0.74  # 0.743 in session 27 (dated roles of legacy dictionaries)
PETR_TARGET_F1_FLOOR = 0.70  # 0.703 in session 27
# 0.455 until the coder coded a condemned act as an event too ("condemned an attack by
# Osgiliath soldiers in south Ithilen": OSG->ITH 190), which these unit records leave out;
# recall of marked real-news pairs rose by 3 points with it (docs/accuracy.md). The act is
# now told as the condemner's account (reported), so it no longer counts as a fact here.
# 0.54 (session 26): a visit is hosted by the visited side (043), several sides who meet a
# third meet it, presenting credentials is a meeting (0.520 -> 0.548).
# 0.56 (session 27): a dated role of a legacy dictionary covering the day overrides the
# entry's default code, an obligation a speaker puts on itself is no demand, an occasion
# celebrated with another side is a symbolic act (0.549 -> 0.566).
# 0.565 (session 28): a negation hung on an adverb, owned conjuncts, a deal's infinitive as its
# term, -ing noun pairs (0.566 -> 0.571).
PETR_CAMEO2_ROOT_F1_FLOOR = 0.565
# 0.73 (session 28, the GSR records studied as a second development set: 0.717 -> 0.735);
# 0.735 (session 29: 0.738). Target F1 0.61 (session 29, their targets studied: 0.600 -> 0.615).
# 0.745 (session 34: welcomes given, joint drills, messages of what must be done, rallies'
# doers, talks of two sides' envoys: 0.735 -> 0.751; target F1 0.619 -> 0.619).
PLOVER_TYPE_ACCURACY_FLOOR = 0.745
PLOVER_TARGET_F1_FLOOR = 0.61
USER_GOLD = """id,sentence,date,source,target,code
s1,Russia accused Ukraine of shelling Donetsk.,2017-02-16,RUS,UKR,112
s2,The weather was fine in Paris.,2017-02-16,,,
s3,Trump and Putin spoke by telephone on Saturday.,2017-01-29,USA,RUS,041
s3,Trump and Putin spoke by telephone on Saturday.,2017-01-29,RUS,USA,041
"""


def test_user_csv_gold(tmp_path, coder):
    path = tmp_path / "gold.csv"
    path.write_text(USER_GOLD, encoding="utf-8")
    gold = read_gold(path)
    assert [len(g.events) for g in gold] == [1, 0, 2]
    report = evaluate(gold, coder)
    root = report.scores["root"]
    assert root.tp >= 2 and report.sentences == 3
    assert report.to_dict()["scores"]["root"]["f1"] == pytest.approx(root.f1, abs=1e-4)


def test_user_jsonl_gold_and_errors_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "a",
            "sentence": "Russia accused Ukraine.",
            "date": "2017-02-16",
            "source": "RUS",
            "target": "UKR",
            "code": "112",
        },
        {
            "id": "b",
            "sentence": "China praised Pakistan.",
            "date": "2017-02-16",
            "source": "CHN",
            "target": "PAK",
            "code": "190",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", str(path), "--json", "-q", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["root"]["tp"] == 1 and scores["root"]["fn"] == 1
    kinds = {json.loads(line)["kind"] for line in errors.read_text().splitlines()}
    assert kinds == {"miss", "extra"}


def test_bad_gold_is_one_line_error(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("id,text\n1,x\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code != 0
    assert "missing column" in str(result.exception)


def test_petrarch_reader(shared_gold):
    gold = read_gold(shared_gold / "PETR.UnitTest.records.xml")
    assert len(gold) == 277  # 284 records less the 7 that expect an input error
    assert sum(len(g.events) for g in gold) == 359
    assert all(isinstance(g, GoldSentence) and g.text for g in gold)


def test_plover_reader(shared_gold):
    gold = read_gold(shared_gold / "PLOVER_GSR_CAMEO.txt")
    assert len(gold) == 322
    assert {e.plover for g in gold for e in g.events} >= {"AGREE", "REQUEST", "ACCUSE"}


@pytest.fixture(scope="module")
def petr_coder(shared_gold):
    actors = shared_gold / "actors"
    return Coder(
        CoderConfig(
            actor_files=(
                str(actors / "PETR.Validate.actors.txt"),
                str(actors / "PETR.Validate.agents.txt"),
            )
        )
    )


def test_ratchet_petrarch(shared_gold, petr_coder):
    report = evaluate(read_gold(shared_gold / "PETR.UnitTest.records.xml"), petr_coder)
    assert report.scores["source"].f1 >= PETR_SOURCE_F1_FLOOR
    assert report.scores["target"].f1 >= PETR_TARGET_F1_FLOOR


def test_ratchet_petrarch_cameo2(shared_gold, petr_coder):
    gold = read_gold(shared_gold / "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml")
    report = evaluate(gold, petr_coder)
    assert report.scores["root"].f1 >= PETR_CAMEO2_ROOT_F1_FLOOR


def test_ratchet_plover(shared_gold, coder):
    report = evaluate(read_gold(shared_gold / "PLOVER_GSR_CAMEO.txt"), coder)
    assert report.plover_accuracy >= PLOVER_TYPE_ACCURACY_FLOOR
    assert report.scores["target"].f1 >= PLOVER_TARGET_F1_FLOOR


# Real news with the pair given (PLV_train, check half: scored, never read). Floors only go up.
# (session 25: a side the gold marks twice is found by either mark, which alone raised pairs
# found from 0.788 to 0.796; session 26: 0.780 / 0.808 / who-to-whom 0.770; session 27: acts
# told aside are weaker evidence and listed after the main act, who-to-whom 0.776; session 31:
# blockades and sieges are PLOVER's ASSAULT, macro F1 0.784)
PLV_CHECK_MACRO_F1_FLOOR = 0.78
PLV_CHECK_PAIR_FOUND_FLOOR = 0.80
# The quad class of each sentence's main event, no event = wrong (the quad goal: 0.75).
PLV_CHECK_SENTENCE_QUAD_FLOOR = 0.835  # 0.828 in session 28, 0.840 in session 35
# The same main event's direction: source and target phrases on the marked ones (goal: 0.80).
PLV_CHECK_WHO_TO_WHOM_FLOOR = 0.78  # 0.786 in session 35
# Expected calibration error of event confidence on the check half: a ceiling, only goes down.
PLV_CHECK_ECE_CEILING = 0.04


def test_ratchet_plv_check_half(shared_gold, coder):
    from detente.evaluate.plv import DEFAULT_DAY, evaluate_marked, read_marked

    pairs = read_marked(shared_gold / "plv" / "PLV_train.tsv")
    report = evaluate_marked(pairs, lambda text: coder.code_text(text, DEFAULT_DAY), "check")
    assert report.pairs > 400 and not report.errors  # the check half's errors are never kept
    assert report.macro_f1 >= PLV_CHECK_MACRO_F1_FLOOR
    assert report.pair_found >= PLV_CHECK_PAIR_FOUND_FLOOR
    assert report.quad_accuracy >= PLV_CHECK_SENTENCE_QUAD_FLOOR
    assert report.who_to_whom >= PLV_CHECK_WHO_TO_WHOM_FLOOR
    assert report.ece <= PLV_CHECK_ECE_CEILING


MARKED = (
    "\tsentence_id\tmarked_sentence\tgold_root\n"
    "0\t1\t<s>Russia</s> accused <t>Ukraine</t> of shelling Donetsk.\tACCUSE\n"
    "1\t2\t<s>The company</s> sued <t>a local court</t> on Monday.\tACCUSE\n"
    "2\t3\t<s>Chad</s> agreed to resign.\tAGREE\n"
    "3\t4\t<s>Peru</s> expelled <t>Mexico</t>'s envoy, <s>Peru</s>'s ministry said.\tSANCTION\n"
)


def test_marked_pairs_reader_and_scoring(tmp_path, coder):
    from detente.evaluate.plv import answer, evaluate_marked, read_marked, split_of

    path = tmp_path / "marked.tsv"
    path.write_text(MARKED, encoding="utf-8")
    pairs = read_marked(path)
    assert pairs[0].text == "Russia accused Ukraine of shelling Donetsk."
    assert pairs[0].source == (0, 6) and pairs[0].target == (15, 22)
    assert pairs[2].target is None  # an unmarked side takes any phrase
    assert split_of(pairs[0].text) == split_of(" " + pairs[0].text + " ")
    report = evaluate_marked(pairs, lambda t: coder.code_text(t, DEFAULT_DAY), "all")
    assert report.pairs == 4 and report.correct >= 1
    first = evaluate_marked(pairs[:1], lambda t: coder.code_text(t, DEFAULT_DAY), "all")
    assert first.quad_accuracy == 1.0  # an accusation is verbal conflict
    assert first.who_to_whom == 1.0  # Russia → Ukraine, as marked
    silent = evaluate_marked(pairs, lambda t: [], "all")
    assert silent.quad_accuracy == 0.0 and silent.pair_found == 0.0  # no event is wrong
    assert silent.who_to_whom == 0.0
    reversed_pair = [replace(pairs[0], sources=pairs[0].targets, targets=pairs[0].sources)]
    turned = evaluate_marked(reversed_pair, lambda t: coder.code_text(t, DEFAULT_DAY), "all")
    assert turned.who_to_whom == 0.0  # Ukraine did nothing to Russia
    # the pair is found by phrase overlap, even for actors without a code
    events = coder.code_text(pairs[1].text, DEFAULT_DAY)
    found = answer(pairs[1], events)
    assert found is not None and found.source == "" and found.source_name == "The company"
    # a side marked twice is found by either mention
    assert pairs[3].sources == ((0, 4), (30, 34)) and pairs[3].source == (0, 4)
    expelled = answer(pairs[3], coder.code_text(pairs[3].text, DEFAULT_DAY))
    assert expelled is not None and expelled.source_start == 0


def test_eval_command_on_marked_pairs(tmp_path):
    path = tmp_path / "marked.tsv"
    path.write_text(MARKED, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--split", "all", "--json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["pairs"] == 4 and 0 <= data["macro_f1"] <= 1 and "confusion" in data
    assert 0 < data["quad_accuracy"] <= 1 and 0 < data["who_to_whom"] <= 1
    bad = CliRunner().invoke(app, ["eval", str(path), "--split", "half"])
    assert bad.exit_code == 2


def test_pair_level_gold_leaves_out_events_without_a_target_country(coder):
    # "the bushfires" is an open target (a phrase with no code): kept by the coder, but a gold
    # set that lists only country pairs has nothing to compare it with.
    text = "American firefighters flew to Australia to help battle the bushfires."
    events = coder.code_text(text, DEFAULT_DAY)
    assert any(e.source_country == "USA" and e.target_name and not e.target for e in events)
    day = DEFAULT_DAY
    paired = GoldSentence("p1", text, day, (GoldEvent("USA", "AUS", "042"),))
    report = evaluate([paired], coder)
    assert report.scores["root"].fp == sum(1 for e in events if e.target_country) - 1
    # A set that lists a one-sided event ("---", no target) compares every coded event.
    one_sided = GoldSentence(
        "p2", "Russian police arrested students.", day, (GoldEvent("RUS", "---", "173"),)
    )
    both = evaluate([paired, one_sided], coder)
    assert both.scores["root"].fp > report.scores["root"].fp
    assert both.scores["source"].fp >= report.scores["source"].fp


def test_eval_pairs_option(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(USER_GOLD, encoding="utf-8")
    runs = {}
    for value in ("auto", "yes", "no"):
        result = CliRunner().invoke(app, ["eval", str(path), "--json", "-q", "--pairs", value])
        assert result.exit_code == 0, result.output
        runs[value] = json.loads(result.stdout)["pair_level"]
    # The user's gold lists no one-sided event, so auto compares pairs only.
    assert runs == {"auto": True, "yes": True, "no": False}
    bad = CliRunner().invoke(app, ["eval", str(path), "--pairs", "maybe"])
    assert bad.exit_code != 0 and "--pairs must be one of" in bad.output
