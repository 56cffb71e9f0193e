"""Rules found on a machine-translated Berlin analysis (session 37, Scholz in Beijing and the
COSCO stake in the Hamburg port, 2022): sentences invented for detente about real episodes,
in the word order and framing such translations use."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2022, 11, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Xi offered Germany a closer cooperation in a time of changes, and warned against the "
        "confrontation of blocs.",
        "Li Keqiang praised the German companies and warned against a decoupling of the two "
        "economies.",
        "Wang Yi met Baerbock in Bali and warned against unilateralism.",
    ],
)
def test_a_warning_against_an_ill_of_the_world_order_threatens_no_one(coder, text):
    # a bloc confrontation, a decoupling, unilateralism: a course the speaker cautions
    # against, not a threat to the side just offered, praised or met
    threats = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "13"]
    assert not threats, threats


def test_a_warning_to_a_side_against_its_act_stays_a_threat(coder):
    events = coder.code_text("China warned Japan against interfering in Taiwan.", PUB)
    assert [e for e in events if e.cameo_root == "13" and e.target == "JPN"], events
