"""Forms of the coverage audit's sixth round (benchmarks/coverage_audit.py, session 31): a
particle left after the object, ties mended by no one named, envoys ordered out, captives
freed by whoever held them, congratulatory messages, ground given, heels dug in, sides taken,
things impounded, and meetings called off (no meeting held). Sentences written for detente,
not the audit's frames."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2022, 5, 9)


def _facts(coder, text):
    """(source country, target country, CAMEO code, modality) of each event."""
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, PUB)
    ]


def _asserted(coder, text):
    return {(s, t, code) for s, t, code, mood in _facts(coder, text) if mood == "asserted"}


def test_a_particle_after_the_object_still_makes_the_phrasal_verb(coder):
    # "handed the men over to X" is "handed over the men to X"
    text = "Turkey handed the captured militants over to Iraq."
    assert ("TUR", "IRQ", "063") in _asserted(coder, text)


def test_a_particle_after_the_object_reaches_the_recipient(coder):
    text = "Greece handed the captured smugglers over to Turkey."
    assert ("GRC", "TUR", "063") in _asserted(coder, text)


def test_ties_restored_in_the_passive_are_between_the_named_sides(coder):
    text = "Diplomatic ties were restored between Qatar and Egypt in January."
    facts = _asserted(coder, text)
    assert ("QAT", "EGY", "050") in facts
    assert ("EGY", "QAT", "050") in facts


def test_an_envoy_ordered_out_of_a_country_is_expelled_by_it(coder):
    text = "The Dutch ambassador was ordered out of Venezuela on Tuesday."
    assert ("VEN", "NLD", "161") in _asserted(coder, text)


def test_ordered_out_of_names_the_place_only_with_out(coder):
    # without the particle, "ordered" sends no one away: no expulsion is coded
    text = "The Dutch ambassador was ordered to return to Venezuela on Tuesday."
    assert not any(code == "161" for _, _, code in _asserted(coder, text))


def test_captives_are_freed_by_whoever_held_them(coder):
    text = "Three Thai fishermen held in Myanmar were released on Saturday."
    assert any(s == "MMR" and code.startswith("084") for s, _, code in _asserted(coder, text))


def test_a_congratulatory_message_is_praise(coder):
    text = "Xi Jinping sent a congratulatory message to the president of Kazakhstan."
    assert any(s == "CHN" and t == "KAZ" and code == "051" for s, t, code in _asserted(coder, text))


def test_a_plain_message_stays_a_statement(coder):
    text = "Xi Jinping sent a message to the president of Kazakhstan."
    assert not any(code == "051" for _, _, code in _asserted(coder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia gave ground to Kosovo on the licence plate dispute.", ("SRB", "XKX", "080")),
        ("Hungary dug in its heels against Ukraine's demands.", ("HUN", "UKR", "120")),
        ("Belarus took Russia's side in the dispute.", ("BLR", "RUS", "051")),
        ("Chile impounded a Peruvian trawler.", ("CHL", "PER", "1711")),
    ],
)
def test_idioms_of_the_sixth_round(coder, text, expected):
    assert expected in _asserted(coder, text)


def test_a_meeting_called_off_was_not_held(coder):
    text = "A meeting between Armenia and Azerbaijan was called off."
    facts = _facts(coder, text)
    assert not any(code == "040" and mood == "asserted" for _, _, code, mood in facts)
    held = "A meeting between Armenia and Azerbaijan was held in Brussels."
    assert ("ARM", "AZE", "040") in _asserted(coder, held)


def test_contributing_to_a_sides_rebuilding_is_helping_it(coder):
    text = "Japan contributed to the reconstruction of Iraq's power stations."
    assert ("JPN", "IRQ", "070") in _asserted(coder, text)


def test_a_ship_taken_in_a_states_waters_was_taken_by_that_state(coder):
    # an agentless passive of seizing names its doer by the port or waters it happened in
    text = "A Liberian-flagged tanker was detained at a Turkish port on Monday."
    assert any(s == "TUR" and t == "LBR" for s, t, _ in _asserted(coder, text))
    assert not _asserted(coder, "A Liberian-flagged tanker docked at a Turkish port on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Brussels piled pressure on Belgrade to recognise Kosovo.",
        "Washington put pressure on Cairo to free the detained activists.",
    ],
)
def test_pressure_on_a_side_to_act_is_a_demand(coder, text):
    assert any(code == "100" for _, _, code in _asserted(coder, text))
    assert not any(code == "130" for _, _, code in _asserted(coder, text))


def test_pressure_with_no_act_asked_stays_a_threat(coder):
    text = "Washington put pressure on Cairo."
    assert any(code == "130" for _, _, code in _asserted(coder, text))


def test_an_attack_feared_is_not_told_as_done(coder):
    text = "Fears of an attack by Azerbaijan on Armenia pushed the dram lower."
    facts = _facts(coder, text)
    assert any(code.startswith("19") for _, _, code, _ in facts)
    assert not any(code.startswith("19") and mood == "asserted" for _, _, code, mood in facts)
