"""Rules found by the metamorphic probe (benchmarks/metamorphic.py): the same news told a
little differently must keep its answer. Each a general class, checked on sentences written
for detente, not on the probe's variants."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 5, 10)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _spans(text, events):
    def cut(start, end):
        return text[start:end] if start is not None else None

    return [
        (cut(e.source_start, e.source_end), e.cameo, cut(e.target_start, e.target_end))
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The ministry said on Monday that Chile recalled its ambassador from Caracas.",
            "Chile",
        ),
        (
            "The government said on Friday that Kenya had asked the World Bank for a loan.",
            "Kenya",
        ),
        (
            "The ministry said that Hungary refused to comply with a ruling by the EU's top court.",
            "Hungary",
        ),
    ],
)
def test_a_body_naming_no_side_is_not_the_mention_of_the_state_it_tells_of(coder, text, doer):
    # a state's own voice stands for the state it names ("Iran's foreign minister said Iran
    # fired …"), but "the ministry" has its side only from the story: the doer's mention is
    # the state named in what it says
    events = _events(coder, text)
    spans = _spans(text, events)
    assert any(source == doer for source, _, _ in spans), spans
    assert all(source != text.split(" said")[0] for source, _, _ in spans), spans


def test_a_named_states_own_officials_stay_its_voice(coder):
    text = "Chile's foreign ministry said Chile recalled its ambassador from Caracas."
    spans = _spans(text, _events(coder, text))
    assert any(source == "Chile's foreign ministry" for source, _, _ in spans), spans


@pytest.mark.parametrize(
    ("text", "doer", "root", "target"),
    [
        ("Greece, for its part, unblocked access to the border crossing.", "Greece", "08", None),
        (
            "Finland, for its part, unblocked the sale of rifles to Estonia on Monday.",
            "Finland",
            "08",
            None,
        ),
        (
            "Cuba, for its part, snubbed Mexico's offer of flu vaccines and food aid in 2021, as "
            "an outbreak of the disease spread through the island.",
            "Cuba",
            "12",
            None,
        ),
    ],
)
def test_a_discourse_aside_after_the_subject_leaves_its_verb_a_verb(
    coder, text, doer, root, target
):
    # "X, for its part, unblocked …" was read as one noun phrase ("unblocked access"): the
    # sentence is parsed as "For its part, X unblocked …"
    events = _events(coder, text)
    spans = _spans(text, events)
    assert any(
        source == doer and e.cameo_root == root
        for e, (source, _, _) in zip(events, spans, strict=True)
    ), spans


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Indonesia, in turn, ended its occupation of East Timor in 1999.", "East Timor"),
        ("For its part, Qatar paid the salaries of teachers in Gaza.", None),
        ("Chile, for its part, withdrew its troops from Haiti.", "Haiti"),
    ],
)
def test_a_discourse_aside_names_no_party(coder, text, target):
    # "in turn" and "for its part" are adverbs of the clause: no act is aimed at "turn" or
    # at "its part"
    spans = _spans(text, _events(coder, text))
    assert spans, text
    assert all(t is None or "part" not in t and "turn" not in t for _, _, t in spans), spans
    if target:
        assert any(t == target for _, _, t in spans), spans


@pytest.mark.parametrize(
    ("text", "doer", "root"),
    [
        (
            "The rebels said on Sunday they would release 40 soldiers, according to state media.",
            "The rebels",
            "03",
        ),
        (
            "Peru's president said his country would not negotiate with Bolivia over the "
            "lake, according to local media.",
            "Peru's president",
            "12",
        ),
    ],
)
def test_a_side_s_own_saying_passed_on_by_the_media_is_still_its_word(coder, text, doer, root):
    # "according to state media" after "X said it would …" is a rumour of the saying, not of
    # the plan: the promise or refusal is X's, as without the media
    events = _events(coder, text)
    assert any(
        e.cameo_root == root and text[e.source_start : e.source_end].endswith(doer.split()[-1])
        for e in events
        if e.source_start is not None
    ), _spans(text, events)


def test_a_plan_only_the_media_tell_stays_a_rumour(coder):
    text = "According to local newspapers, Peru plans to buy jets from France."
    assert not any(e.cameo_root == "03" for e in _events(coder, text))
