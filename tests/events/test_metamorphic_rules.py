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

