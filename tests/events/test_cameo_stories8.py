"""Wire-story rules found on the eighth CAMEO wire-sentence study set (session 38, h6:
tests/data/cameo_stories8_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_a_deed_after_a_reported_verdict_is_the_speaker_s(coder):
    # grammar.deed_after_a_verdict: the parser hangs "recalled" on the copula of what was
    # said; the speaker recalls the envoy, not "the arrests"
    day = dt.date(2006, 9, 28)
    text = "Lavrov said the arrests were a provocation, and recalled the ambassador from Tbilisi."
    keys = _keys(coder, text, day)
    assert ("RUS", "GEO", "16") in keys, keys
    # a verb with a subject of its own keeps it
    text = "Lavrov said the talks were over, and Georgia recalled its ambassador from Moscow."
    keys = _keys(coder, text, day)
    assert ("GEO", "RUS", "16") in keys, keys


def test_an_envoy_ordered_home_by_his_leader_is_his_own(coder):
    # sides._calls_home: "ordered … home" sends one's own envoy home as "recalled" does, and a
    # leader's "his ambassador" is his state's; the post is the target
    day = dt.date(2008, 3, 2)
    text = "Correa said the raid was a massacre, and he ordered his ambassador home from Bogota."
    keys = _keys(coder, text, day)
    assert ("ECU", "COL", "16") in keys, keys
    text = (
        "Kirchner said the ruling was an insult, and she ordered her ambassador home from "
        "Montevideo."
    )
    keys = _keys(coder, text, day)
    assert ("ARG", "URY", "16") in keys, keys


def test_a_pledge_won_from_another_side_is_that_side_s_and_only_pledged(coder):
    # modality.pledge_giver: "won a promise from Iran to …" tells Iran's pledge; the act in its
    # infinitive is Iran's and only promised, never done by the side that won the promise
    day = dt.date(2003, 10, 21)
    text = (
        "The foreign ministers of Britain and France flew to Tehran and won a promise from "
        "Iran to accept snap inspections of its nuclear sites."
    )
    keys = _keys(coder, text, day)
    assert not any(k[0] in ("GBR", "FRA") and k[2] == "08" for k in keys), keys
    text = "Moscow won a pledge from Kiev to free the Russian sailors."
    assert ("RUS", "RUS", "08") not in _keys(coder, text, day)
    assert ("UKR", "RUS", "08") in _keys(coder, text, day, "future")


def test_shutting_off_a_flow_is_cutting_it_off(coder):
    # verbs_09_20.tsv: "shut off" gas, oil or power to a state is 163 as "cut off" is
    day = dt.date(2009, 1, 7)
    assert ("RUS", "UKR", "16") in _keys(coder, "Russia shut off gas to Ukraine.", day)
    keys = _keys(coder, "Moscow shut off oil supplies to Belarus on Monday.", day)
    assert ("RUS", "BLR", "16") in keys, keys


def test_two_sides_posting_forces_at_their_border_face_each_other(coder):
    # symmetry.at_shared_border in each_to_other: forces sent to a border neither names
    # ("the disputed border", "their frontier") are posted by each against the other
    day = dt.date(2008, 7, 15)
    text = "Thailand and Cambodia rushed troops to the disputed border near the temple."
    keys = _keys(coder, text, day)
    assert ("THA", "KHM", "15") in keys and ("KHM", "THA", "15") in keys, keys
    keys = _keys(coder, "India and Pakistan massed troops on their border.", day)
    assert ("IND", "PAK", "15") in keys and ("PAK", "IND", "15") in keys, keys
    # a border named by a third side is that side's
    keys = _keys(coder, "Venezuela and Ecuador sent troops to the Colombian border.", day)
    assert ("VEN", "ECU", "15") not in keys, keys


def test_inspectors_or_monitors_sent_back_are_not_deported(coder):
    # verbs_09_20.tsv and verbs_01_08.tsv: "send back" + inspectors (090) or monitors and
    # peacekeepers (074), before the bare "send back" of deportation (174)
    day = dt.date(2007, 2, 13)
    text = "ElBaradei said he was ready to send inspectors back to North Korea."
    keys = _keys(coder, text, day)
    assert not any(k[2] in ("13", "17") for k in keys), keys
    keys = _keys(coder, "The OSCE sent its observers back to Georgia on Monday.", day)
    assert any(k[1] == "GEO" and k[2] == "07" for k in keys), keys
    # people of the other state sent back are still deported
    assert ("ITA", "LBY", "17") in _keys(coder, "Italy sent the migrants back to Libya.", day)
