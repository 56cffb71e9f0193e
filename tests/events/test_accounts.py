"""Whose word an event rests on: an agreement of two sides told as one of them has it
("according to Ankara") is that side's account; the wire's attribution ("…, Ankara said")
tells it as a fact. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2022, 8, 1)


def _moods(coder, text, root):
    return {
        (e.source_country, e.target_country, e.modality)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root
    }


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan and Aliyev met in Baku on Monday. According to Ankara, the two leaders agreed "
        "to expand trade.",
        "Erdogan and Putin spoke by phone on Friday. According to the Turkish presidency, they "
        "agreed to extend the grain corridor.",
        "According to a statement of the Kremlin, Russia and China agreed to hold joint naval "
        "drills.",
    ],
)
def test_an_agreement_told_as_one_of_its_sides_has_it_is_reported(coder, text):
    """What two sides agreed, according to one of them alone ("according to Ankara",
    "according to a statement of the Kremlin"), is that side's account: reported, both
    ways."""
    moods = _moods(coder, text, "03")
    assert len(moods) == 2 and {m for *_, m in moods} == {"reported"}


def test_the_call_itself_stays_a_fact(coder):
    """ "spoke by phone on Friday. According to the Turkish presidency, they agreed …": the
    call took place."""
    text = (
        "Erdogan and Putin spoke by phone on Friday. According to the Turkish presidency, they "
        "agreed to extend the grain corridor."
    )
    assert {m for *_, m in _moods(coder, text, "04")} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        # both sides tell it
        "According to Ankara and Moscow, Turkey and Russia agreed to extend the grain corridor.",
        # the wire's attribution to one side
        "Japan and South Korea agreed on Thursday to resume their security talks, Seoul's "
        "foreign ministry said.",
        # a third party tells it
        "Turkey and Russia agreed to extend the grain corridor, the United Nations said.",
        # no one but the writer
        "Turkey and Russia agreed on Friday to extend the grain corridor.",
    ],
)
def test_an_agreement_told_by_both_or_by_another_stays_asserted(coder, text):
    moods = _moods(coder, text, "03")
    assert len(moods) == 2 and {m for *_, m in moods} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "China accused India of violating the border and demanded the withdrawal of all Indian "
            "troops.",
            "10",
        ),
        (
            "Lukashenko accused the European Union of waging a hybrid war against Belarus and "
            "warned that Minsk would no longer stop migrants.",
            "13",
        ),
        (
            "The US Justice Department charged Huawei with bank fraud and asked Canada to "
            "extradite Meng.",
            "02",
        ),
    ],
)
def test_an_act_joined_to_an_accusation_is_the_accuser_s_own(coder, text, root):
    """ "accused India of violating the border and demanded a withdrawal": the demand is
    made by the accuser, not alleged; what is alleged hangs under the accusation."""
    assert {m for *_, m in _moods(coder, text, root)} == {"asserted"}
