"""Wording of analyses machine-translated from the Turkish press (session 42): a condemned
"downing of" a plane aimed at who shot it down, a clause cut off by its own semicolon, a
state stopping its own embassy's work, a participle giving the expelled time to leave, a
side's own anger said to be strong, "its list of sanctions", a body told again as "the
Union". Sentences written for detente about real episodes, none copied from an article."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2012, 6, 29)


def _pairs(coder, text, plover=None):
    return {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.is_fact and (plover is None or e.plover == plover)
    }


def test_a_condemned_downing_of_a_plane_is_aimed_at_who_shot_it_down(coder):
    """ "condemned the downing of the Turkish plane": the plane's country was struck; the
    condemnation is aimed at the side the story told shot it down."""
    text = (
        "On Friday a Turkish jet was shot down by Syria off Latakia. On Monday the European "
        "Union condemned the downing of the Turkish plane."
    )
    pairs = _pairs(coder, text, "ACCUSE")
    assert ("EU", "SYR") in pairs
    assert ("EU", "TUR") not in pairs


def test_a_condemned_shelling_with_no_doer_told_is_aimed_at_no_victim(coder):
    """With no shelling told before, the condemnation has no one to be aimed at: never the
    country whose embassy was struck."""
    text = "Moscow condemned the shelling of the Russian embassy in Damascus."
    assert ("RUS", "RUS") not in _pairs(coder, text, "ACCUSE")


def test_a_condemned_attack_on_a_named_side_keeps_its_target(coder):
    """Control: "condemned Syria's downing of the plane" names the doer itself."""
    text = "The European Union condemned Syria's downing of the Turkish plane."
    assert ("EU", "SYR") in _pairs(coder, text, "ACCUSE")


def test_a_clause_cut_off_by_its_own_semicolon_is_not_negated_by_the_next(coder):
    """ "was shot down …; of the two pilots no news could be received": the parser hangs the
    first clause on the second, whose "no news" does not deny the downing."""
    text = (
        "On Friday a Turkish plane was shot down by the Syrian air defence over the sea; of "
        "the two pilots, Captain Ali Demir and Lieutenant Ahmet Kaya, no news could still be "
        "received."
    )
    events = [e for e in coder.code_text(text, DAY) if e.plover == "ASSAULT"]
    assert any(e.source_country == "SYR" and e.modality == "asserted" for e in events)


def test_a_clause_denied_after_a_semicolon_stays_denied(coder):
    """Control: a clause that itself says no ("did not shoot down") stays negated."""
    text = "On Friday the Syrian air defence did not shoot down the Turkish plane; it missed."
    assert ("SYR", "TUR") not in _pairs(coder, text, "ASSAULT")


def test_a_state_stopping_its_own_embassys_work_reduces_relations(coder):
    """ "suspended all the activities of its embassy in Damascus": a state's own mission
    stopped reduces relations with the host (161), no organisation's work banned (172)."""
    text = "In March 2012 Ankara suspended all the activities of its embassy in Damascus."
    events = [e for e in coder.code_text(text, DAY) if e.source_country == "TUR"]
    assert any(e.cameo == "161" and e.target_country == "SYR" for e in events)
    assert not any(e.cameo == "172" for e in events)


def test_an_organisations_work_stopped_stays_banned_work(coder):
    """Control: the work of a body that is not the subject's own mission stays 172."""
    text = "The Egyptian government suspended the activities of the Turkish charity in Cairo."
    assert any(e.cameo == "172" for e in coder.code_text(text, DAY))


def test_time_given_to_the_expelled_in_a_participle_is_the_same_expulsion(coder):
    """ "expelled the Syrian diplomats in Ankara, giving them 72 hours to leave the
    country": "them" are the diplomats, not Ankara where they are; no Turkish act aimed at
    Turkey."""
    text = (
        "On 22 November 2011 Prime Minister Recep Tayyip Erdoğan called on Assad to step "
        "down. On 30 May, the Ministry of Foreign Affairs expelled the Syrian diplomats in "
        "Ankara, giving them 72 hours to leave the country."
    )
    pairs = _pairs(coder, text)
    assert ("TUR", "SYR") in pairs
    assert ("TUR", "TUR") not in pairs


def test_a_sides_own_anger_said_to_be_strong_praises_no_one(coder):
    """ "said that the anger of Turkey is as strong as its friendship is valuable" states
    Turkey's own temper: no support given to anyone."""
    text = (
        "Erdoğan described the Syrian regime as a clear threat and said that the anger of "
        "Turkey is as strong as its friendship is valuable."
    )
    assert not _pairs(coder, text, "SUPPORT")
    assert ("TUR", "SYR") in _pairs(coder, text, "ACCUSE")


def test_a_friendship_praised_by_another_side_stays_support(coder):
    """Control: praise of another side's friendship is still support."""
    text = "Obama said that the friendship of Turkey is valuable."
    assert ("USA", "TUR") in _pairs(coder, text, "SUPPORT")


def test_names_added_to_a_list_of_sanctions_are_sanctioned(coder):
    """ "added new names and companies to its list of sanctions": a translation's "list of
    sanctions" is a sanctions list."""
    text = (
        "The European Union added new names and companies to its list of sanctions against "
        "the regime of Damascus."
    )
    assert any(
        e.source_country == "EU" and e.cameo == "163" and e.is_fact
        for e in coder.code_text(text, DAY)
    )


def test_the_union_told_again_is_the_union_named_before(coder):
    """ "the foreign ministers of the European Union …, and the Union added": a body told
    again by the last word of its name is that body."""
    text = (
        "On Monday the foreign ministers of the European Union condemned the attack, and the "
        "Union added new names to its sanctions list against the regime of Damascus."
    )
    assert any(
        e.source_country == "EU" and e.cameo == "163" and e.is_fact
        for e in coder.code_text(text, DAY)
    )


def test_military_convoys_sent_to_a_border_are_a_show_of_force(coder):
    """ "sent military convoys to the Syrian border": armed units moved up, not aid sent
    (a convoy carries aid only when nothing makes it a military one)."""
    text = "On Thursday Turkey sent military convoys to the Syrian border."
    assert ("TUR", "SYR") in _pairs(coder, text, "MOBILIZE")
    assert ("TUR", "SYR") not in _pairs(coder, text, "AID")


def test_an_aid_convoy_sent_stays_aid(coder):
    """Control: an aid convoy is aid."""
    assert ("TUR", "SYR") in _pairs(coder, "Turkey sent an aid convoy to Syria.", "AID")


def test_the_allies_after_an_alliance_named_are_that_alliance(coder):
    """ "the North Atlantic Council met …; the allies expressed their solidarity with
    Turkey": a bare "the allies" just after an alliance is named are its members."""
    text = (
        "On Tuesday the North Atlantic Council met in Brussels at the request of Ankara. "
        "After the meeting the allies expressed their strong solidarity with Turkey."
    )
    assert ("NATO", "TUR") in _pairs(coder, text, "SUPPORT")


def test_the_allies_with_no_alliance_named_stay_unknown(coder):
    """Control: with no alliance named, "the allies" are no one we can code."""
    text = "Russia met Iran on Monday. The allies expressed solidarity with Syria."
    assert not [p for p in _pairs(coder, text, "SUPPORT") if p[0]]
