"""Rules found on a machine-translated analysis from a Beirut daily of the Saudi-Lebanese
crisis of October 2021 (a minister's aired words on Yemen, ambassadors recalled and expelled,
imports banned). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2021, 11, 2)


def _facts(coder, text: str, root: str) -> set[tuple[str, str]]:
    return {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root and e.is_fact
    }


def test_it_after_and_takes_up_a_statement_that_was_the_subject(coder):
    """ "The Saudi statement attributed the decision to … Hezbollah …, and it accused …":
    "it" is the statement, which speaks for Saudi Arabia, not the last name among the first
    clause's objects."""
    text = (
        "The Saudi statement attributed the decision to the remarks of the minister and to "
        "the domination of Hezbollah on the decision of the Lebanese state, and it accused the "
        "Lebanese authorities of failing to stop the smuggling of drugs."
    )
    assert _facts(coder, text, "11") == {("SAU", "LBN")}
    text = (
        "The Turkish communique linked the operation to the support of Washington for the "
        "Kurdish militias, and it accused Damascus of sheltering the fighters."
    )
    assert ("TUR", "SYR") in _facts(coder, text, "11")


def test_time_given_an_envoy_to_depart_sends_him_home(coder):
    """ "gave the Lebanese charge d'affaires 48 hours to depart": an envoy given time to go
    is expelled (161), no threat; "depart" as "leave", and the charge d'affaires under the
    lemma the model gives his title. An army giving rebels time to depart from a city still
    threatens them."""
    for text in (
        "Kuwait gave the Lebanese charge d'affaires 48 hours to leave.",
        "Kuwait gave the Lebanese ambassador 48 hours to depart.",
    ):
        events = [e for e in coder.code_text(text, DAY) if e.is_fact]
        assert {(e.source_country, e.target_country, e.cameo) for e in events} == {
            ("KWT", "LBN", "161")
        }, text
    threat = "The army gave the rebels 48 hours to depart from the city."
    assert {e.cameo for e in coder.code_text(threat, DAY)} == {"139"}


def test_an_object_after_a_time_phrase_with_no_comma(coder):
    """ "summoned on the same day the Lebanese ambassador(s accredited to them)": translated
    order sets the object after a time phrase with no comma; the parser hung it loose or
    read "the ambassadors accredited to them" as a clause of its own. A verb of telling
    keeps its clause ("announced on Friday the ambassadors returned to Beirut")."""
    text = "Kuwait summoned on the same day the Lebanese ambassador."
    assert _facts(coder, text, "11") == {("KWT", "LBN")}
    text = (
        "The Emirates, Kuwait and Bahrain summoned on the same day the Lebanese ambassadors "
        "accredited to them."
    )
    assert _facts(coder, text, "11") == {("ARE", "LBN"), ("KWT", "LBN"), ("BHR", "LBN")}
    told = "Kuwait announced on Friday the ambassadors returned to Beirut."
    assert not _facts(coder, told, "11") and not _facts(coder, told, "16")


def test_the_act_a_past_decision_made_takes_the_story_day(coder):
    """ "Riyadh decided also to stop all the Lebanese imports": the act a decision makes is
    coded as done (the decision is the act), so it is told in the decision's past and dated
    by the story, not by the day of writing; "decides" in the present keeps the day of
    writing."""
    first = "On Friday, 29 October, Saudi Arabia recalled its ambassador from Beirut. "
    for later in (
        "Riyadh decided also to stop the entry of all the Lebanese imports to the Kingdom.",
        "Riyadh also decided to ban all imports from Lebanon.",
    ):
        days = {e.date for e in coder.code_text(first + later, DAY) if e.cameo == "163"}
        assert days == {dt.date(2021, 10, 29)}, later
    now = first + "Riyadh decides to ban all imports from Lebanon."
    assert {e.date for e in coder.code_text(now, DAY) if e.cameo == "163"} == {DAY}


def test_it_is_known_that_tells_the_story_day(coder):
    """ "It is known that the channel broadcast on Monday, 25 October, the interview": the
    frame reminds the reader, as "Recall that" does, so the clause it frames moves the
    story to that Monday (its "broadcast", tagged a participle, is a simple past), and a
    bare "On Tuesday" next is the day after, not the Tuesday of writing."""
    text = (
        "It is known that the channel broadcast on Monday, 25 October, the interview.\n\n"
        "On Tuesday the Gulf Cooperation Council demanded an apology from Lebanon."
    )
    days = {e.date for e in coder.code_text(text, DAY) if e.cameo_root == "10"}
    assert days == {dt.date(2021, 10, 26)}


def test_keenness_on_relations_stressed_is_an_intent_to_cooperate(coder):
    """ "Mikati stressed the keenness of Lebanon on the best relations with Saudi Arabia":
    keenness stressed or affirmed is the intent to cooperate that "expressed the desire for
    good relations" is (030)."""
    for text in (
        "Mikati stressed also the keenness of Lebanon on the best brotherly relations with "
        "Saudi Arabia and the Gulf countries.",
        "The minister affirmed the readiness of Egypt to cooperate with Sudan.",
    ):
        assert {
            e.cameo for e in coder.code_text(text, DAY) if e.target_country in ("SAU", "SDN")
        } == {"030"}, text


def test_the_kingdom_joined_in_a_list_is_named_again(coder):
    """ "relations with the Kingdom and the Gulf countries": the state a bare "the Kingdom"
    names again is found when a list joins something to it, as when it stands alone."""
    text = (
        "Riyadh recalled its ambassador from Beirut. Mikati praised the Kingdom and the "
        "Gulf countries."
    )
    assert _facts(coder, text, "05") == {("LBN", "SAU")}
