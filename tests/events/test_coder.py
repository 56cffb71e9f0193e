"""Coder behaviour on sentences written for detente: actors, codes, modality, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import resolve_date

PUB = dt.date(2017, 2, 16)  # a Thursday


def _facts(coder, text, day=PUB):
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The White House press secretary demanded on Tuesday that Russia return Crimea.",
            ("USA", "RUS", "10"),
        ),
        (
            "Russian Foreign Minister Sergei Lavrov met Secretary of State Rex Tillerson in Bonn.",
            ("RUS", "USA", "04"),
        ),
        ("The Kremlin spokesman criticised Washington on Monday.", ("RUS", "USA", "11")),
        ("the kremlin has the sanctions of washington sharply criticised", ("RUS", "USA", "11")),
        ("MOSCOW, Feb 16 — Putin praised Trump on Wednesday.", ("RUS", "USA", "05")),
        ("The United States imposed new sanctions on Iran on Friday.", ("USA", "IRN", "16")),
        ("Russia refused to meet the Ukrainian delegation.", ("RUS", "UKR", "12")),
        ("Ukraine was accused by Russia of shelling Donetsk.", ("RUS", "UKR", "11")),
        ("China urged Japan to withdraw its ships from the disputed waters.", ("CHN", "JPN", "02")),
    ],
)
def test_coded_triples(coder, text, expected):
    assert expected in _facts(coder, text)


def test_phone_call_between_is_coded_both_ways(coder):
    facts = _facts(coder, "A phone call between Trump and Putin took place on Saturday.")
    assert ("USA", "RUS", "04") in facts and ("RUS", "USA", "04") in facts


def test_named_side_keeps_its_span_when_officials_are_quoted(coder):
    # "the Indian government … , officials said": the phrase names its side itself
    text = "The Indian government has asked Canada to withdraw 41 diplomats, officials said."
    asks = [e for e in coder.code_text(text, PUB) if e.cameo_root == "02"]
    assert asks and text[asks[0].source_start : asks[0].source_end] == "The Indian government"


def test_compound_subject_meeting_is_symmetric(coder):
    facts = _facts(coder, "Kerry and Lavrov met in Geneva on Friday.", dt.date(2016, 9, 10))
    assert ("USA", "RUS", "04") in facts and ("RUS", "USA", "04") in facts


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Trump did not meet Putin in Reykjavik.", "negated"),
        ("The Kremlin denied that Putin would meet Trump in Reykjavik.", "negated"),
        ("If Russia returns Crimea, Washington would lift the sanctions.", "hypothetical"),
        ("Will China attack Taiwan?", "hypothetical"),
        ("Tillerson will visit Moscow next week.", "future"),
        ("Putin plans to meet Trump in Helsinki.", "future"),
        ("Russian troops reportedly attacked Ukrainian positions near Avdiivka.", "reported"),
        ("According to media reports, China sent warships to the Senkaku Islands.", "reported"),
        ("Russia refused to meet the Ukrainian delegation.", "asserted"),
        # Attribution is how news is written, not a rumour.
        ("Russian jets bombed Aleppo on Monday, Syrian military sources said.", "asserted"),
        ("Unconfirmed reports said Russian jets bombed Aleppo.", "reported"),
    ],
)
def test_modality(coder, text, modality):
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root != "01"]
    assert events and events[0].modality == modality


def test_the_act_someone_is_accused_of_is_an_allegation(coder):
    text = "Armenia accused Azerbaijan of shelling civilian areas in Nagorno-Karabakh."
    modalities = {e.cameo_root: e.modality for e in coder.code_text(text, PUB)}
    assert modalities == {"11": "asserted", "19": "reported"}


def test_announced_visit_is_also_an_asserted_intent(coder):
    events = coder.code_text("Tillerson will visit Moscow next week.", PUB)
    intents = [e for e in events if e.is_fact]
    assert [(e.cameo, e.date, e.date_source) for e in intents] == [("036", PUB, "publication")]


def test_a_future_date_below_a_past_event_is_not_its_date(coder):
    text = "Hamas rejected an invitation to attend talks in Cairo next week, the group said."
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "12"]
    assert (event.modality, event.date) == ("asserted", PUB)


def test_what_a_proposal_asks_for_is_not_done(coder):
    """ "proposed that the US and the EU join the talks": no meeting or pledge of theirs."""
    text = "Egypt and Sudan proposed that the United States and the European Union join the "
    text += "talks as mediators."
    assert not [e for e in coder.code_text(text, PUB) if e.is_fact and e.source == "USA"]


def test_the_day_after_and_a_future_clause_below(coder):
    """ "The day after," (the model's date is "The day") counts from the day last named; a
    date in a future clause below the act ("… and said that talks will resume in June") is
    not the act's."""
    text = "On 3 February Kenya recalled its envoy from Somalia. The day after, Somalia "
    text += "expelled the Kenyan ambassador."
    dates = {(e.source_country, e.date.isoformat()) for e in coder.code_text(text, PUB)}
    assert ("SOM", "2017-02-04") in dates
    text = "On 2 February Serbia accused Kosovo of provocations and said that the talks will "
    text += "resume in June."
    (accused,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert accused.date.isoformat() == "2017-02-02"


def test_pronoun_refers_to_a_named_person_outside_our_tables(coder):
    text = "Ivorian President Laurent Gbagbo said he would expel the French ambassador."
    facts = _facts(coder, text, dt.date(2004, 11, 10))
    assert ("CIV", "FRA", "13") in facts  # the announced expulsion: a threat, asserted


def test_agentless_violence_is_coded_from_where_it_happened(coder):
    facts = _facts(coder, "Two Afghan policemen were killed in Kabul on Sunday.")
    assert ("AFG", "AFG", "19") in facts
    assert _facts(coder, "Two Afghan policemen were killed on Sunday.") == []


def test_anti_and_pro_name_a_stance_not_an_actor(coder):
    facts = _facts(coder, "Pro-Russian separatists shelled Mariupol.")
    assert facts and all(s == "UKR" for s, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Algerian landowners began a hunger strike outside the parliament in Algiers.", "14"),
        ("French unions launched a general strike against the government.", "14"),
        ("Israeli jets carried out an air strike on Gaza.", "19"),
    ],
)
def test_a_noun_modifier_picks_the_kind_of_strike(coder, text, root):
    assert {r for _, _, r in _facts(coder, text)} == {root}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a non-state group with a home country is that country's rebels (CAMEO convention)
        ("Houthi rebels fired a missile at Jeddah on Sunday.", "YEMREB", "SAU"),
        ("Hezbollah fighters attacked an Israeli army patrol.", "LBNREB", "ISRMIL"),
        # bare "forces" after a country word is the military; "opposition forces" are not
        ("Iraqi forces shelled Kurdish positions near Kirkuk.", "IRQMIL", None),
        ("Syrian opposition forces attacked government positions near Hama.", "SYRREB", "SYRGOV"),
        # the target is inside the phrase when its owner is the source
        ("Russia deployed additional troops to its border with Ukraine.", "RUS", "UKR"),
    ],
)
def test_actor_codes(coder, text, source, target):
    events = [e for e in coder.code_text(text, PUB) if e.is_fact]
    assert events and events[0].source == source
    if target is not None:
        assert events[0].target == target


def test_a_name_hung_on_another_as_a_modifier_is_still_a_conjunct(coder):
    text = "Putin and U.S. President-elect Donald Trump spoke by telephone yesterday."
    facts = _facts(coder, text, dt.date(2016, 11, 15))
    assert ("RUS", "USA", "04") in facts and ("USA", "RUS", "04") in facts


def test_a_coordinated_verb_shares_the_object_as_its_target(coder):
    text = "Obama told Putin to stop the hacking and warned of serious consequences."
    facts = _facts(coder, text, dt.date(2016, 12, 16))
    assert ("USA", "RUS", "13") in facts


def test_people_resolve_by_office_on_the_event_date(coder):
    (in_2010,) = [e for e in coder.code_text("Putin criticised Obama.", dt.date(2010, 5, 1))]
    assert (in_2010.source, in_2010.target) == ("RUSGOV", "USAGOV")
    later = coder.code_text("Trump criticised Putin.", dt.date(2017, 5, 1))
    assert later[0].source_country == "USA" and later[0].target_country == "RUS"


def test_former_office_holders_keep_their_country_not_the_government(coder):
    (event,) = coder.code_text("Obama criticised Putin.", dt.date(2019, 6, 1))
    assert (event.source, event.target) == ("USA", "RUSGOV")
    events = coder.code_text("Mexico granted asylum to former Bolivian president Evo Morales.", PUB)
    assert [e.target for e in events] == ["BOL"]


def test_lower_case_names_resolve(coder):
    facts = _facts(coder, "trump has putin on friday sharply criticised", dt.date(2018, 7, 20))
    assert any(s == "USA" and t == "RUS" for s, t, _ in facts)


def test_evidence_offsets_point_into_the_document(coder):
    text = "Weather was fine. Russia accused Ukraine on Tuesday of shelling Donetsk."
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert event.sentence_id == 1 and event.sentence == text[18:]
    assert text[event.start : event.end].startswith("Russia accused Ukraine")
    assert (event.date, event.date_source) == (dt.date(2017, 2, 14), "text")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Tuesday", dt.date(2017, 2, 14)),
        ("Thursday", PUB),
        ("yesterday", dt.date(2017, 2, 15)),
        ("28 January", dt.date(2017, 1, 28)),
        ("last week", dt.date(2017, 2, 9)),
        ("in 2014", dt.date(2014, 1, 1)),
        # a part of a period is that period, at its precision
        ("at the end of June 2016", dt.date(2016, 6, 1)),
        ("early January", dt.date(2017, 1, 1)),
        ("mid-2015", dt.date(2015, 1, 1)),
        # a day or month whose year is named relative to publication (PUB: 2017-02-16)
        ("on 24 November of the last year", dt.date(2016, 11, 24)),
        ("November 24 last year", dt.date(2016, 11, 24)),
        ("in March of the previous year", dt.date(2016, 3, 1)),
        ("on 3 January this year", dt.date(2017, 1, 3)),
        ("late last year", dt.date(2016, 1, 1)),
    ],
)
def test_date_phrases(phrase, expected):
    assert resolve_date(phrase, PUB)[0] == expected


@pytest.mark.parametrize(
    "phrase", ["two years", "decades", "two decades", "the weekend", "the mayor", "the junta", ""]
)
def test_durations_are_not_dates(phrase):
    assert resolve_date(phrase, PUB) is None


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "text",
    [
        "Talks between Russia and the United States in February.",
        "trip to town",
        "Sanctions.",
        "UKRAINE-RUSSIA: talks next week",
        "A summit in Helsinki on 16 July",
    ],
)
def test_verbless_shapes_return(coder, text):
    """The clause walk compares token indices (``Token.head`` is a new object each time)."""
    coder.code_text(text, PUB)


def test_verbless_dated_headline_is_a_meeting(coder):
    facts = _facts(coder, "Talks between Russia and the United States in February.")
    assert ("RUS", "USA", "04") in facts and ("USA", "RUS", "04") in facts


def _events(coder, text, day=PUB):
    return [
        (e.source_country, e.cameo, e.modality, e.target_country, e.date.isoformat())
        for e in coder.code_text(text, day)
    ]


def test_threat_of_the_speakers_own_side_is_aimed_at_the_other(coder):
    """ "X warned that X's country would act against Y": the warning is aimed at Y, never at
    X's own country (no target at all when no other side is named)."""
    events = _events(
        coder,
        "Erdogan warned that Turkey would launch an offensive against Kurdish militias in Syria.",
    )
    warnings = [(s, t) for s, c, _, t, _ in events if c == "130"]
    assert warnings == [("TUR", "SYR")]
    for text in (
        "Putin warned that Russia would retaliate against any new American sanctions.",
        "Putin warned that his country would respond to NATO expansion.",
    ):
        events = coder.code_text(text, PUB)
        warned = [e for e in events if e.cameo == "130"]
        assert warned and all(e.target_name in ("", "American") for e in warned), text


def test_a_bare_crowd_marching_in_a_city_is_the_source(coder):
    """ "Thousands marched in Seoul": the crowd protests (coded from its city), not the city."""
    text = "Hundreds protested in Manila against Chinese incursions."
    protests = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("14")]
    assert [(e.source_name, e.source_country) for e in protests] == [("Hundreds", "PHL")]


def test_what_the_text_tells_of_a_speaker_is_not_the_speakers_claim(coder):
    """A relative clause on the speaker ("Abadi, who has been under pressure from
    Washington, said …") and an act named as the setting of what is said ("would abide by the
    US sanctions on Tehran") are no accusation by the speaker."""
    text = (
        "Iraqi Prime Minister Haider al-Abadi, who has been under pressure from Washington "
        "to curb Iranian influence, said Baghdad would abide by the US sanctions on Tehran."
    )
    events = _events(coder, text, dt.date(2018, 8, 8))
    assert not [e for e in events if e[1] == "112"], events
    claim = _events(coder, "Kyiv said the Russian strikes on its power grid were a war crime.")
    assert any(e[:2] == ("UKR", "112") and e[3] == "RUS" for e in claim), claim


def test_an_act_one_is_not_responsible_for_is_denied(coder):
    """ "was not responsible for the attacks": the negation of the linking verb reaches the
    act named after the adjective."""
    for text, mood in (
        ("Lavrov said Russia was not responsible for the attacks on the aid convoy.", "negated"),
        ("Washington said Iran was responsible for the attacks on the tankers.", "reported"),
    ):
        attacks = [e for e in _events(coder, text) if e[1].startswith("19")]
        assert attacks and all(e[2] == mood for e in attacks), (text, attacks)


def test_for_phrase_before_an_infinitive_is_its_subject_and_the_side_let_in(coder):
    """ "agreed to reopen its borders for South Koreans to inspect their factories in
    Kaesong": the South Koreans inspect, and they (not the place) are whom the border opens to.
    """
    text = (
        "North Korea agreed to reopen its borders for South Koreans to inspect their "
        "factories in Kaesong."
    )
    events = coder.code_text(text, PUB)
    agreed = [e for e in events if e.cameo.startswith("03")]
    assert [(e.source_country, e.target_country) for e in agreed] == [("PRK", "KOR")]
    inspect = [e for e in events if e.cameo == "090"]
    assert [e.source_country for e in inspect] == ["KOR"]


@pytest.mark.parametrize(
    "text",
    [
        "France is optimistic that Germany will back the plan.",
        "Washington is confident that Seoul will support the sanctions.",
        "Tokyo hopes that Beijing will release the detained businessmen.",
    ],
)
def test_what_one_side_hopes_the_other_will_do_is_no_intent_of_the_other(coder, text):
    """A view or a hope about another side's act ("is optimistic that", "hopes that") is
    the holder's; the other side announced nothing (no asserted intent, no act ahead)."""
    events = _events(coder, text)
    assert all(m == "hypothetical" for s, c, m, _, _ in events if c[:2] != "01"), events


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Lavrov said that Turkey remains a reliable partner.", {("RUS", "TUR", "05")}),
        ("Erdogan said Israel is a terrorist state.", {("TUR", "ISR", "11")}),
        (
            "Moscow and Beijing stressed that they are strategic partners and allies.",
            {("RUS", "CHN", "05"), ("CHN", "RUS", "05")},
        ),
    ],
)
def test_a_view_stated_of_someone_is_a_judgement_of_them(coder, text, facts):
    """ "said that Turkey remains a reliable partner" judges Turkey as "called Turkey a
    reliable partner" does; "X and Y stressed that they are allies": each of the other."""
    found = {(s, t, c) for s, t, c in _facts(coder, text)}
    assert facts <= found, found


def test_they_in_what_joined_speakers_say_is_each_of_them(coder):
    """ "India and Pakistan said they would resume talks": both intend to meet the other;
    "Germany and France said they would impose sanctions": each speaks for itself, no one
    accuses the other."""
    events = _events(coder, "India and Pakistan said they would resume talks.")
    intents = {(s, t) for s, c, m, t, _ in events if c == "036" and m == "asserted"}
    assert intents == {("IND", "PAK"), ("PAK", "IND")}, events
    events = _events(coder, "Germany and France said they would impose sanctions on Belarus.")
    assert {s for s, c, _, t, _ in events if c[:2] == "16" and t == "BLR"} == {"DEU", "FRA"}
    assert not [e for e in events if e[1] == "112"], events


def test_what_several_sides_meet_to_discuss_is_no_one_they_meet(coder):
    """ "Leaders of Russia, Turkey and Iran met in Ankara to discuss Syria": the three meet
    each other; Syria is the topic ("… held talks with Russia" does meet Russia)."""
    facts = _facts(coder, "Leaders of Russia, Turkey and Iran met in Ankara to discuss Syria.")
    assert ("RUS", "TUR", "04") in facts and not [f for f in facts if f[1] == "SYR"], facts
    facts = _facts(coder, "France and Germany held talks with Russia on Friday.")
    assert {("FRA", "RUS", "04"), ("DEU", "RUS", "04")} <= set(facts), facts


def test_excluding_and_not_excluding(coder):
    """ "excluded Turkey from the programme" cuts ties; "excluded any talks" rules them out;
    "did not rule out / do not exclude that X would …" keeps the act possible (never denied,
    and no refusal), a hostile one being a threat."""
    assert ("USA", "TUR", "16") in _facts(
        coder, "The Pentagon excluded Turkey from the F-35 programme."
    )
    assert ("UKR", "RUS", "12") in _facts(coder, "Kyiv excluded any negotiations with Moscow.")
    for text in (
        "Putin did not rule out that he would meet Zelensky.",
        "Observers do not exclude that Turkey may close the Incirlik base for the Americans.",
    ):
        events = _events(coder, text)
        acts = [e for e in events if e[1][:2] in ("04", "19")]
        assert acts and all(e[2] == "hypothetical" for e in acts), events
        assert not [e for e in events if e[1] == "125" and e[2] == "asserted"], events
    threat = _events(coder, "Moscow did not rule out that it would expel more diplomats.")
    assert any(c.startswith("13") and m == "asserted" for _, c, m, _, _ in threat), threat


def test_a_name_after_a_verb_is_its_object_and_sources_are_no_party(coder):
    """ "Russian media criticised Washington" (Washington parsed as an adverbial noun) targets
    Washington; "…, the source warned" is attribution, no threat by anyone."""
    assert ("RUS", "USA", "11") in _facts(coder, "Russian media criticised Washington.")
    events = _events(
        coder,
        "If the deliveries continue, the Pentagon will exclude Turkey from the F-35 program, "
        "the source warned.",
    )
    assert not [e for e in events if e[1].startswith("13")], events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Egypt's foreign minister held talks with his Ethiopian counterpart on the dam.",
            "his Ethiopian counterpart",
        ),
        (
            "Israeli security forces arrested three Palestinian teenagers.",
            "three Palestinian teenagers",
        ),
    ],
)
def test_a_target_named_by_its_nationality_spans_the_people_so_named(coder, text, target):
    """The target phrase is the people or things a nationality describes, not the adjective
    alone ("three Palestinian teenagers")."""
    spans = [text[e.target_start : e.target_end] for e in coder.code_text(text, PUB) if e.is_fact]
    assert target in spans, spans


def test_an_acronym_after_the_kind_of_body_it_is_names_that_body(coder):
    """ "leaving the West African bloc ECOWAS": the acronym (parsed as a verb) is the target;
    "saying it was the best chance" judges a thing, no one."""
    facts = _facts(
        coder, "Mali announced on Sunday that it was leaving the West African bloc ECOWAS."
    )
    assert ("MLI", "IGO", "16") in facts or any(f[1] == "ECOWAS" for f in facts), facts
    text = (
        "Egypt and Qatar urged Hamas to accept the plan, saying it was the best chance for peace."
    )
    assert not [f for f in _facts(coder, text) if f[2] == "05"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Putin met for two hours in the Finnish capital, with only interpreters present.",
        "On 24 December Moon Jae-in and Shinzo Abe held in Chengdu their first talks in months.",
    ],
)
def test_no_third_side_a_place_only_gives_a_country(coder, text):
    """Several sides meet a third only when it is named: interpreters or talks that a place
    gave a country are no one met."""
    facts = _facts(coder, text, dt.date(2019, 1, 1))
    assert not [f for f in facts if f[1] in ("FIN", "CHN")], facts


def test_an_act_a_deadline_asks_for_is_not_done(coder):
    """ "The deadline for Niger's junta to reinstate President Bazoum expired": the
    reinstatement was asked for, not made."""
    text = "The deadline for Niger's junta to reinstate President Bazoum expired on Sunday."
    events = _events(coder, text, dt.date(2023, 8, 7))
    assert events and all(m != "asserted" for _, c, m, _, _ in events if c.startswith("08"))


def test_media_rumour_is_no_ones_intent(coder):
    """A rumour about what leaders will do is not their asserted intent (no 036)."""
    events = _events(coder, "Some Western media wrote that Trump and Putin will meet in spring.")
    assert events and all(cameo != "036" for _, cameo, _, _, _ in events)
    own = _events(coder, "The Kremlin said on Monday that Putin will meet Trump in Helsinki.")
    assert ("RUS", "036", "asserted", "USA", "2017-02-13") in own


def test_what_unnamed_sources_say_a_side_will_do_is_not_its_intent(coder):
    """ "according to sources …, X will meet Y": the meeting is ahead, but no side announced
    it (no asserted 036); a side's own official still announces it."""
    for text in (
        "According to sources in Ankara, Erdogan will meet Putin in Sochi next week.",
        "Erdogan will travel to Sochi to meet Putin next week, diplomatic sources said.",
    ):
        events = _events(coder, text)
        assert events and all(c != "036" for _, c, _, _, _ in events), text
    own = _events(coder, "A Turkish official said Erdogan will meet Putin in Sochi next week.")
    assert any(c == "036" and m == "asserted" for _, c, m, _, _ in own)


def test_quoted_claim_is_the_speakers_accusation(coder):
    events = _events(coder, "On Wednesday Trump wrote on Twitter that Crimea was taken by Russia.")
    assert ("USA", "112", "asserted", "RUS", "2017-02-15") in events
    assert all(m != "asserted" for s, c, m, _, _ in events if c.startswith("19"))


def test_dates_of_statements_and_of_what_is_ahead(coder):
    """The governing clause's date is when it was said (never a year later); a modal
    event's own date points ahead; a past act is never dated after the story."""
    said = _events(
        coder,
        "On 2 February the US ambassador to the UN Nikki Haley said that the sanctions "
        "against Russia will remain until Moscow returns Crimea to Ukraine.",
    )
    assert ("USA", "1312", "asserted", "RUS", "2017-02-02") in said
    ahead = _events(
        coder, "Talks between Russia and the United States should begin on 20 February.", PUB
    )
    assert {d for *_, d in ahead} == {"2017-02-20"}
    past = _events(coder, "Russia attacked Ukrainian positions on 28 February.", PUB)
    assert past and all(d <= PUB.isoformat() for *_, d in past)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # (publication: Friday 15 December 2023) the month is the story's; a weekday named
        # picks the month whose day of that number falls on it
        ("Saturday the 9th", dt.date(2023, 12, 9)),
        ("on Friday the 1st", dt.date(2023, 12, 1)),
        ("Tuesday the 21st", dt.date(2023, 11, 21)),
        ("the 12th", dt.date(2023, 12, 12)),
        ("the 29th of May", dt.date(2023, 5, 29)),
        ("Monday the 29th of May", dt.date(2023, 5, 29)),
        ("the 5th and 6th of May 2021", dt.date(2021, 5, 5)),
        ("May 3rd, 2021", dt.date(2021, 5, 3)),
    ],
)
def test_a_day_told_as_an_ordinal(phrase, expected):
    """Translated agency copy writes days as ordinals ("on Saturday the 9th", "the 29th of
    May"); dateparser read "Saturday the 9th" as September and could not read the others."""
    assert resolve_date(phrase, dt.date(2023, 12, 15)) == (expected, "text")


def test_an_ordinal_day_in_a_sentence_dates_its_act(coder):
    """The model cuts "Tuesday the 5th" to "Tuesday" and at times leaves "the 6th of
    February" untagged: the whole ordinal day is the date phrase; "the 12th round" is a
    rank, not a day."""
    day = dt.date(2023, 12, 15)
    cases = [
        ("Chile recalled its ambassador from Peru on Tuesday the 5th.", dt.date(2023, 12, 5)),
        ("On the 6th of February Chile sent aid to Peru.", dt.date(2023, 2, 6)),
        ("Chile and Peru held talks in Lima on the 12th.", dt.date(2023, 12, 12)),
    ]
    for text, expected in cases:
        events = coder.code_text(text, day)
        assert events and {e.date for e in events} == {expected}, text
    events = coder.code_text("Chile and Peru held talks on the 12th round of the dispute.", day)
    assert events and {e.date for e in events} == {day}


def test_a_span_of_days_is_dated_by_its_first_day(coder):
    """ "from 3 to 5 May", "on 12 and 13 May": the parser marks only the last day."""
    for text in (
        "Egypt and Sudan held joint military drills on 12 and 13 May.",
        "Egypt and Sudan held joint military drills from 12 to 14 May.",
    ):
        events = coder.code_text(text, dt.date(2023, 5, 20))
        assert events and {e.date for e in events} == {dt.date(2023, 5, 12)}, text


def test_a_writing_s_date_is_the_day_of_the_act_done_by_it(coder):
    """ "in a note dated 3 March … asked": the request was made that day (not the day the
    story told last), also from a clause joined to the one the note hangs on."""
    for text in (
        "In a note dated 3 March, the Chinese embassy asked Manila to withdraw the ship.",
        "The Indian foreign ministry in a letter dated 3 March to the embassy of Nepal promised "
        "help, and it asked Kathmandu to reopen the border.",
    ):
        events = [e for e in coder.code_text(text, dt.date(2023, 3, 20)) if e.plover == "REQUEST"]
        assert events and {e.date for e in events} == {dt.date(2023, 3, 3)}, text


def test_a_dated_passive_with_no_event_moves_the_story_s_clock(coder):
    """ "On Sunday, 12 March, the ferry … was stopped": the day the date names (not the last
    Sunday), and "the next day" counts from it though no event was coded there."""
    text = (
        "On Sunday, 12 March, the ferry of a Greek company was stopped by the coast guard near "
        "Lesbos. The next day Athens summoned the Turkish ambassador."
    )
    events = [e for e in coder.code_text(text, dt.date(2023, 3, 20)) if e.source_country]
    assert events and {e.date for e in events} == {dt.date(2023, 3, 13)}


def test_a_reminder_to_the_reader_dates_the_clause_it_frames(coder):
    """Translated "Recall that on 5 May a ferry … ran aground": the writer's "recall" frames the
    story's step, which moves the clock ("the next day" is 6 May); a speaker who recalls
    something does not ("Lavrov recalled that …" is told on its own day)."""
    text = (
        "Recall that on 5 May a Greek ferry ran aground near Lesbos. The next day Athens "
        "summoned the Turkish ambassador."
    )
    events = [e for e in coder.code_text(text, dt.date(2023, 5, 20)) if e.source_country]
    assert events and {e.date for e in events} == {dt.date(2023, 5, 6)}
    text = (
        "On 12 May Lavrov recalled that on 5 May a Greek ferry ran aground near Lesbos. The "
        "next day Athens summoned the Turkish ambassador."
    )
    events = [e for e in coder.code_text(text, dt.date(2023, 5, 20)) if e.source_country == "GRC"]
    assert events and {e.date for e in events} == {dt.date(2023, 5, 13)}


def test_a_state_said_in_the_past_takes_the_story_s_day(coder):
    """ "Seoul recalled … on 3 March. A spokesman declared that Beijing is dismayed by this
    decision": the dismay held the day it was told, the story's day, not publication."""
    text = (
        "Seoul recalled its ambassador from Beijing on 3 March. A Chinese spokesman declared "
        "that Beijing is deeply dismayed by this decision."
    )
    events = [e for e in coder.code_text(text, dt.date(2023, 3, 20)) if e.plover == "ACCUSE"]
    assert events and {e.date for e in events} == {dt.date(2023, 3, 3)}


def test_month_only_date_has_month_precision(coder):
    events = coder.code_text("Talks between Russia and the United States in February.", PUB)
    assert events and {e.date_precision for e in events} == {"month"}
    assert all(e.date == dt.date(2017, 2, 1) for e in events)


def test_a_bare_year_and_a_weekday_beside_its_calendar_date(coder):
    """A year of the thing an act is about does not date the act, and "Saturday, 28 January"
    is the 28th, not the Saturday before publication, for the story's clock too."""
    text = "On Monday Ankara Athens of the massacre at Chios in 1822 accused."
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert event.date == dt.date(2017, 2, 13)
    text = (
        "On the evening of Saturday, 28 January, Prime Minister Theresa May and the Home "
        "Secretary Amber Rudd at a press conference declared that the attack was well planned. "
        "The next day Lithuania expelled two Belarusian diplomats."
    )
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "16"]
    assert event.date == dt.date(2017, 1, 29)


def test_a_span_start_or_a_thing_s_date_is_not_the_event_s(coder):
    """ "the first call since the 2020 election" starts a span; "sanctions imposed after the
    election last year" dates the sanctions, not the accusation made now."""
    for text in (
        "Merkel spoke by telephone with Lukashenko, the first call between them since the "
        "2020 election.",
        "The European Union accuses Minsk of taking revenge for sanctions imposed after the "
        "election last year.",
        "Ministers of the two countries have not spoken since January.",
    ):
        events = coder.code_text(text, PUB)
        assert events and all(e.date == PUB for e in events), text


def test_the_decision_dated_next_dates_the_acts_just_told(coder):
    """ "The decision was taken on Saturday", "The move came on Friday": the acts of the
    sentence before, whatever their root; older acts keep their own day."""
    text = (
        "Kenya expelled two Somali diplomats on 6 February. Egypt condemned Turkey and accused "
        "it of meddling. The decision was taken on 11 February."
    )
    days = {e.cameo_root: e.date for e in coder.code_text(text, PUB)}
    assert days == {"16": dt.date(2017, 2, 6), "11": dt.date(2017, 2, 11)}


def test_the_same_day_is_the_day_an_uncoded_sentence_named(coder):
    text = "The storm reached the coast on 3 February. On the same day Poland accused Belarus."
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert event.date == dt.date(2017, 2, 3)


def test_a_year_naming_a_thing_below_the_event_is_not_its_date(coder):
    events = coder.code_text(
        "Kerry joined Zarif for a meeting with the powers backing the 2015 nuclear deal.", PUB
    )
    meetings = [(e.cameo[:2], e.target, e.date) for e in events if e.cameo[:2] == "04"]
    assert meetings == [("04", "IRNGOV", PUB)]
    assert all(e.date == PUB for e in events)


def test_open_actors_keep_their_phrase(coder):
    text = "Gunmen abducted two engineers."
    gunmen = coder.code_text(text, PUB)
    assert gunmen and gunmen[0].source == "" and gunmen[0].source_name == "Gunmen"
    assert text[gunmen[0].target_start : gunmen[0].target_end] == "two engineers"


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the Ukrainian city of Kharkiv overnight, killing two Ukrainian "
        "civilians, the regional governor said.",
        "Sudanese warplanes bombed the South Sudanese border town of Renk on Monday, killing "
        "three South Sudanese traders.",
    ],
)
def test_one_assault_on_one_country_is_one_event(coder, text):
    # the place struck and the people killed in it are one act's targets, not two acts
    roots = [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, PUB)
        if e.is_fact
    ]
    assert len(roots) == 1 and roots[0][2] in ("18", "19")


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Viktor Orban called Ukrainian President Volodymyr Zelensky "
        "on Tuesday and said Budapest was willing to mediate.",
        "Kenyan President William Ruto phoned Somali President Hassan Sheikh Mohamud on Friday "
        "and said Nairobi was willing to mediate.",
    ],
)
def test_no_targetless_side_remark_beside_an_act_on_someone(coder, text):
    events = [e for e in coder.code_text(text, PUB) if e.modality == "asserted"]
    assert events and all(e.target_start is not None for e in events)


# Real-news constructions: each row is (text, a fact that must be coded).
NEWS_CASES = [
    # "the two premiers" are the pair named before
    ("Abe met Li Keqiang on Thursday. On Friday the two premiers in the Great Hall of the "
     "People negotiations held.", ("CHN", "JPN", "04")),
    # "the two leaders", and a translated bare "the parties", are the pair named before; a
    # working dinner held is a meeting
    ("Modi met Sheikh Hasina on Monday. The two leaders held a working dinner in Delhi.",
     ("BGD", "IND", "04")),
    ("Modi and Sheikh Hasina held a working lunch in Delhi.", ("IND", "BGD", "04")),
    # (translated) a talk phrase the parser hung on the time phrase before it is the subject's
    ("Cavusoglu on the same day in a telephone conversation with Lavrov stated that the talks "
     "must go on.", ("TUR", "RUS", "04")),
    ("The head of the Turkish diplomacy Mevlut Cavusoglu on Monday in a telephone conversation "
     "with Lavrov stated that the talks must go on.", ("TUR", "RUS", "04")),
    ("Modi met Sheikh Hasina on Monday. The parties discussed the sharing of river water.",
     ("BGD", "IND", "04")),
    ("Peskov called the words of Haley unfriendly.", ("RUS", "USA", "11")),
    # (translated) a judging adjective after a long object, parsed inside it
    ("The Kremlin called the actions of the Israeli military hostile.", ("RUS", "ISR", "11")),
    ("The State Department called the trade curbs of China against Seoul unreasonable and "
     "inappropriate.", ("USA", "CHN", "11")),
    ("Lavrov called the talks with Wang Yi friendly.", ("RUS", "CHN", "05")),
    # readiness denied is a refusal: "not ready to", "unwilling to"
    ("Mattis said that the United States is not ready to cooperate with Russia.",
     ("USA", "RUS", "12")),
    ("Iran is unwilling to negotiate with the United States.", ("IRN", "USA", "12")),
    ("The Kremlin said Putin would not meet Trump.", ("RUS", "USA", "12")),
    # (translated) a place named by a name before a bare plural object: the name ends the
    # place phrase, the plural is the object
    ("Putin in the Great Hall of the People talks with Xi held.", ("RUS", "CHN", "04")),
    # a visit made on a journey is to the place gone to, also told verb-final (translated)
    ("Erdogan came to Tehran on a two-day visit.", ("TUR", "IRN", "04")),
    ("In March the Indian prime minister to Dhaka with an official visit came.",
     ("IND", "BGD", "04")),
    # a translated opening subject before a phrase and an adverb, read as an adverbial noun
    ("President Biden after the meeting with Macron however said that the talks were good.",
     ("USA", "FRA", "04")),
    # the level of relations lowered is the relations reduced, also told verb-final in the
    # present tense the model reads as a plural noun
    ("Poland lowered the level of diplomatic relations with Belarus.", ("POL", "BLR", "16")),
    ("The ministry announced that Hungary the level of the diplomatic relations with Ukraine "
     "to the level of charges d'affaires lowers.", ("HUN", "UKR", "16")),
    # a family name put first names its person again alone ("Xi Jinping … Xi")
    ("Abe met Xi Jinping in Beijing. Abe invited Xi to visit Japan next year.",
     ("JPN", "CHN", "03")),
    ("Lavrov met Li Keqiang on Monday. On Tuesday Li criticised the United States.",
     ("CHN", "USA", "11")),
    # (a war with no field named is still fought)
    ("Russia launched a war against Ukraine.", ("RUS", "UKR", "19")),
    # excluded from a programme or a body it took part in, also told verb-final in a passive
    # with the "from" phrase between the name and the verb (translated)
    ("The United States excluded India from the drone programme on Monday.", ("USA", "IND", "16")),
    ("The Pentagon announced that Greece from the joint programme is excluded.",
     ("USA", "GRC", "16")),
    # a decision called a unilateral step is criticised
    ("Athens called the Turkish decision a unilateral step.", ("GRC", "TUR", "11")),
    # the envoy a state recalls is its own, named or not: the post is the target
    ("On 5 May Oslo the ambassador Kari Nordheim for consultations from Riga recalled.",
     ("NOR", "LVA", "16")),
    ("Norway recalled ambassador Kari Nordheim from Riga on Friday.", ("NOR", "LVA", "16")),
    # translated "X with Y met": each met the other
    ("Lavrov with Wang Yi in Moscow met.", ("CHN", "RUS", "04")),
    # (review of session 25) a loan guarantee is aid; control handed over by an army is a
    # withdrawal; the timing of a strike questioned leaves the strike a fact
    ("The United States provided loan guarantees to Ukraine.", ("USA", "UKR", "07")),
    ("The Russian army handed over control of Kherson to Ukraine.", ("RUS", "UKR", "08")),
    ("Russia questioned the timing of the US strike on Syria.", ("USA", "SYR", "19")),
    # a capital a passive judgement is told "in" is the judge (translated); a condemned
    # attack on a place told before is aimed at its doer, also through an "of" phrase; a
    # translated name of an organisation
    ("In Washington the statements of Pyongyang were criticized.", ("USA", "PRK", "11")),
    ("Azerbaijani forces shelled Armenian towns. Washington condemned the attacks on the "
     "territory of Armenia.", ("USA", "AZE", "11")),
    ("Yerevan appealed to the Organization of the Collective Security Treaty for help.",
     ("ARM", "CSTO", "02")),
    # the fire people are killed by or in is the doing of the side it is named by
    ("Two Indian soldiers were killed by Pakistani fire along the Line of Control.",
     ("PAK", "IND", "19")),
    ("Three Azerbaijani soldiers were wounded in Armenian shelling on Tuesday.",
     ("ARM", "AZE", "19")),
    # words refuted are rejected; a past tense the lemmatizer cuts short ("dined") keeps its
    # verb; where one travels is no side; a name after "after" is a time, not a subject;
    # an office whose own phrase names its country does not look back
    ("Seoul rebutted Tokyo's claims about the radar incident.", ("KOR", "JPN", "12")),
    ("Macron dined with Merkel in Berlin on Sunday.", ("FRA", "DEU", "04")),
    ("Pompeo, on his way to Seoul, criticized the missile test by Pyongyang.",
     ("USA", "PRK", "11")),
    ("Erdogan spoke on Monday. The minister of foreign affairs of Iran Javad Zarif refuted the "
     "words of the Turkish president.", ("IRN", "TUR", "12")),
    # a meeting "of" two named parties is between them (translated wording); what else is
    # denied of a meeting (not its taking place) tells of one that happened
    ("The meeting of Lavrov and Cavusoglu, which took place in Sochi, did not bring a "
     "breakthrough.", ("RUS", "TUR", "04")),
    ("The talks of the foreign ministers of Armenia and Azerbaijan were held in Moscow.",
     ("AZE", "ARM", "04")),
    # countermeasures a side will take on a condition threaten whoever must meet it; a
    # condition opened by an inverted auxiliary is one too
    ("Moscow will take countermeasures if Tokyo expels Russian diplomats, the ministry said.",
     ("RUS", "JPN", "13")),
    ("Should Canberra ban Chinese firms, Beijing will respond with countermeasures.",
     ("CHN", "AUS", "13")),
    # the forces a threat would send are the speaker's own: it is aimed at whoever must meet
    # its condition
    ("Vucic threatened to deploy the army if Kosovo police moved into the north again.",
     ("SRB", "XKX", "13")),
    ("Turkey threatened to send troops if Syria did not withdraw.", ("TUR", "SYR", "13")),
    # what is said in a call or talk made for it is said to the one called or talked with
    ("Pompeo spoke with Saudi Crown Prince Mohammed bin Salman to demand answers over "
     "Khashoggi.", ("USA", "SAU", "10")),
    # an object put after the verb's place and time is still its object (the parser hangs it
    # on the time or place as an apposition)
    ("Erdogan hosted in Ankara on Friday the prime minister of Libya.", ("TUR", "LBY", "04")),
    ("Putin met on Monday in the Kremlin the president of Iran.", ("RUS", "IRN", "04")),
    ("Turkey expelled on Friday the ambassador of the Netherlands.", ("TUR", "NLD", "16")),
    # security coordination broken off reduces relations; every condemner in a list condemns
    ("The Palestinian Authority suspended security coordination with Israel on Thursday.",
     ("PSE", "ISR", "16")),
    ("North Korea launched a reconnaissance satellite, drawing condemnation from Seoul, Tokyo "
     "and Washington.", ("USA", "PRK", "11")),
    # a verb that names the kind of killing keeps it whatever the weapon
    ("Israel assassinated a senior Hamas leader in a drone strike in Beirut, Lebanese "
     "officials said.", ("ISR", "PSE", "18")),
    # revenues or transfers held back are aid cut (16), a massacre a mass killing (20), and
    # forces on alert along a border face the other side of it
    ("Israel halted the transfer of tax revenues to the Palestinian Authority.",
     ("ISR", "PSE", "16")),
    ("Islamist militants killed at least 150 civilians in a massacre in northern Burkina Faso.",
     ("BFA", "BFA", "20")),
    ("India placed its air force on alert along the frontier with China.", ("IND", "CHN", "15")),
    # a plant or a building occupied by troops is ground taken (19), not a sit-in (14)
    ("Israeli troops occupied the main hospital in Gaza City on Wednesday.",
     ("ISR", "PSE", "19")),
    # an attack told by its poison is one with weapons of mass destruction
    ("Syrian government forces carried out chemical attacks on rebel-held Douma.",
     ("SYR", "SYR", "20")),
    # a commission of inquiry established investigates
    ("The U.N. Human Rights Council voted to establish a commission of inquiry into abuses by "
     "Ethiopian forces in Tigray.", ("UNO", "ETH", "09")),
    # a killing told by the strike that did it is the weapon's force, not an assassination
    ("An Israeli air strike killed a senior Islamic Jihad commander in Gaza on Tuesday.",
     ("ISR", "PSE", "19")),
    # two forces of one country, one named by its own name, are two sides
    ("Sudan's army held indirect talks with the Rapid Support Forces in Jeddah on Saturday.",
     ("SDN", "SDN", "04")),
    # Brussels acting or acted on is the European Union
    ("Beijing accused Brussels on Tuesday of unfair trade practices.", ("CHN", "EU", "11")),
    # "the bloc" names again the organisation before it, with the charge hung on it
    ("Belarus expelled the European Union's envoy, accusing the bloc of interfering in its "
     "elections.", ("BLR", "EU", "11")),
    # a threat is aimed at whom the act threatened hits, before whoever must meet its
    # condition
    ("Turkey threatened to cut off water to northern Syria unless the United States withdrew "
     "its troops.", ("TUR", "SYR", "13")),
    # a protest note handed to an envoy is aimed at the envoy's side, not at whoever the
    # remarks protested were about
    ("Tokyo handed the Chinese ambassador a protest note over remarks by an official about "
     "Taiwan.", ("JPN", "CHN", "11")),
    # nor for the subject's person named in full before ("Austin" is Lloyd Austin)
    ("Israeli Defence Minister Yoav Gallant called U.S. Defense Secretary Lloyd Austin on "
     "Monday, and the Pentagon said Austin urged him to protect civilians in Rafah.",
     ("USA", "ISR", "02")),
    # an object pronoun stands for no name of its own clause's subject ("Kinshasa" is Congo)
    ("Rwanda recalled its ambassador from Kinshasa after Congo accused it of arming rebels.",
     ("COD", "RWA", "11")),
    # ending a tie of a named kind cuts it, whatever kind of cooperation the noun says
    ("Chad's junta ended its military cooperation with France on Thursday.",
     ("TCD", "FRA", "16")),
    # the object of a participle after the main verb is that verb's own object, not the
    # nearest name
    ("Ukraine took Russia to the International Court of Justice, accusing it of genocide.",
     ("UKR", "RUS", "11")),
    # sanctions listed with "including" whose last part the parser gave the "on" phrase
    ("Washington imposed new sanctions over the crackdown, including visa bans, on Belarusian "
     "officials.", ("USA", "BLR", "16")),
    # a vow to crush or hunt down a foe threatens force against it
    ("Somalia's president vowed to crush the Al-Shabaab militants behind the hotel siege.",
     ("SOM", "SOM", "13")),
    # the blame as a noun laid "on" someone, the "on" hung on the act blamed
    ("Kenya's interior minister laid the blame for the bus bombing on Somali militants.",
     ("KEN", "SOM", "11")),
    # a matter raised with someone is discussed with them; recognition switched is given
    ("The Canadian minister said she had raised the issue with her Chinese counterpart.",
     ("CAN", "CHN", "04")),
    ("The Solomon Islands switched diplomatic recognition to Beijing in 2019.",
     ("SLB", "CHN", "05")),
    # a threatened response to an act is aimed at whoever would do the act
    ("Caracas warned it would respond firmly to any provocation by Guyana.",
     ("VEN", "GUY", "13")),
    # a protest note given to an envoy, by a double object too
    ("Warsaw gave the Belarusian charge d'affaires a protest note on Friday.",
     ("POL", "BLR", "11")),
    # a participle with no comma, hung on the object it is told of, is the main subject's
    ("Ecuador expelled Colombian envoys accusing them of spying on its military.",
     ("ECU", "COL", "11")),
    # a surname a known person shares, after a given name none of that person's names has,
    # is someone else's ("Lars Lokke Rasmussen" is not Anders Fogh Rasmussen)
    ("Danish Prime Minister Lars Lokke Rasmussen criticised Turkey on Sunday.",
     ("DNK", "TUR", "11")),
    # an organisation's acronym the model does not know is parsed as one it knows
    ("IGAD called on both sides to resume dialogue.", ("IGAD", "", "02")),
    ("USAID suspended aid to Ethiopia after reports of looting.", ("USA", "ETH", "16")),
    # a noun set beside an act and judged in its own clause stands for that act; "the
    # junta" named again is the junta of the country it was told to rule
    ("Poland expelled 45 Russian diplomats, a step Moscow called unacceptable.",
     ("RUS", "POL", "11")),
    ("The junta that rules Niger ordered French troops to leave. On Friday the junta expelled "
     "the French ambassador.", ("NER", "FRA", "16")),
    # announced withdrawals are the withdrawal, a member leaves a force
    ("Chad announced the withdrawal of its soldiers from the G5 Sahel force.",
     ("TCD", "G5S", "08")),
    # regret told to someone is an apology to them
    ("Dutch Prime Minister Mark Rutte expressed regret to Indonesia over the colonial-era "
     "killings.", ("NLD", "IDN", "05")),
    # translated appeals naming the act asked for after "to"
    ("Beijing called the two sides to dialogue and restraint.", ("CHN", "", "02")),
    # a passive whose agent is a gerund: the gerund's modifier names the doer
    ("Four Armenian soldiers were killed by Azerbaijani shelling near the border on Tuesday.",
     ("AZE", "ARM", "19")),
    # "it" as the subject of a clause hung on the main one is the main clause's subject
    ("Canada suspended the licences of four Saudi airlines as it tightened pressure on Riyadh.",
     ("CAN", "SAU", "13")),
    # a person no table knows, named with title and nationality before the name, is the
    # title's side; named again by surname alone, still that side
    ("The Chilean foreign ministry summoned Bolivian envoy Rodrigo Alvarez on Monday.",
     ("CHL", "BOL", "11")),
    ("Lithuania expelled Belarusian military attache Pavel Orlov. Orlov left Vilnius on Friday "
     "after the Lithuanian government accused Orlov of espionage.", ("LTU", "BLR", "11")),
    # a verb-final clause whose irregular past the model took for a noun; a relative or a
    # list set off by commas between its object and its verb; a possessive in a phrase of
    # place; channels between governments cut; plans of a military act halted; the staff of
    # a mission told with "of", and an order to leave parted from its object by a time
    ("Three days later the Pakistani side all the communication lines with India cut off.",
     ("PAK", "IND", "16")),
    ("The Kremlin the visit of the Japanese premier, which for October was planned, cancelled.",
     ("RUS", "JPN", "12")),
    ("Beijing severed the military hotline with Washington after the visit.", ("CHN", "USA", "16")),
    ("Tehran called off the plans for an attack on Baku, state media said.", ("IRN", "AZE", "08")),
    ("Moscow halted the preparations for military exercises near the border with Finland.",
     ("RUS", "FIN", "08")),
    ("Erdogan at a meeting of the People's Alliance the plans of the offensive against Syria "
     "suspended.", ("TUR", "SYR", "08")),
    ("The Kremlin ordered the staff of the Polish consulate in Irkutsk to leave the country.",
     ("RUS", "POL", "16")),
    # a phone call told verb-final after a time phrase; "the sides" after a meeting of two;
    # two of one side who meet a third; a name after the subject's "of" phrase is the object
    ("On the same day Presidents Lula and Biden by telephone spoke.", ("BRA", "USA", "04")),
    ("On Monday Sergei Lavrov met John Kerry in Geneva. After the talks the sides agreed to "
     "expand the exchanges of students.", ("USA", "RUS", "03")),
    ("On Thursday Antony Blinken and Lloyd Austin with Yoshimasa Hayashi met in Tokyo.",
     ("USA", "JPN", "04")),
    ("The Foreign Ministry of Poland Lukashenko of the repression of the opposition accused.",
     ("POL", "BLR", "11")),
    # (but a name after a title's "of" phrase is the titled one)
    ("The foreign minister of Iran Javad Zarif the decision of Washington as illegal condemned.",
     ("IRN", "USA", "11")),
    ("Minsk ordered the staff of the Polish embassy within two days to leave Belarus.",
     ("BLR", "POL", "16")),
    # the halves of Korea as a story on both calls them; an object whose modifier only is
    # a name stays the object; a note's date is the day of the act done by it; a date ends
    # before a name after it; a list with commas of its own set off before the final verb
    ("Seoul protested on Monday. The next day the North side all the military hotlines with "
     "the South severed.", ("PRK", "KOR", "16")),
    ("In a note dated 3 March, the Chinese embassy asked Manila to withdraw the ship.",
     ("CHN", "PHL", "02")),
    ("On 4 May Erdogan at a rally of the Justice and Development Party the plans of the "
     "operation against Syria suspended.", ("TUR", "SYR", "08")),
    ("Beijing the communication channels with Taipei, including the hotline of the coast "
     "guards, the military line and the liaison office, cut off.", ("CHN", "TWN", "16")),
    # an appeal told verb-final: the one called and the act before "called" (no "on"), and
    # the act after a name stays in its phrase
    # (with "on Friday" after the capital the stand-in capital is misread: a known miss)
    ("Ankara Stockholm to hand over the activists called.", ("TUR", "SWE", "02")),
    # a feeling of disapproval told as a participle (the "by" phrase is what it is about),
    # also verb-final with "is" last; what "this decision" refers back to
    ("Seoul was deeply disappointed by the decision of Tokyo.", ("KOR", "JPN", "11")),
    ("Ottawa with the verdict of the Chinese court very unhappy was.", ("CAN", "CHN", "11")),
    ("Manila recalled its envoy from Beijing. The Chinese side by this decision deeply dismayed "
     "is.", ("CHN", "PHL", "11")),
    # a clause of condition told verb-final and closed by its comma; a threat aimed at the
    # side that must meet the condition
    ("Seoul warned on Tuesday that if the North side the tension further raises, the South "
     "will answer.", ("KOR", "PRK", "13")),
    # a guest told by a pronoun after the trip that brought him
    ("Aliyev flew to Ankara, where Erdogan him at the palace received.", ("TUR", "AZE", "04")),
    # a judgement told with "qualified … as" (the "as" phrase on the object); a participle read
    # as an adjective ends a verb-final clause; a pronoun subject is never the object
    ("The Belarusian ministry qualified the step of Latvia as a provocation.",
     ("BLR", "LVA", "11")),
    ("The Swedish government the decision of Ankara as unjustified qualified and the Turkish "
     "ambassador summoned.", ("SWE", "TUR", "11")),
    ("Lukashenko spoke on 26 May. In his speech before the parliament he the accusations of "
     "the European Union as lies rejected.", ("BLR", "EU", "01")),
    # a time phrase set off before a verb-final clause; a count with a noun before its plural;
    # a day told by a time noun and a place before the subject; relations said to be bad
    ("Two days later, the Israeli warships 40 cruise missiles on the Syrian airbase launched.",
     ("ISR", "SYR", "19")),
    ("On the same day in the Security Council China vetoed the draft resolution of Canada.",
     ("CHN", "CAN", "12")),
    ("Erdogan said relations with Berlin were at their lowest point.", ("TUR", "DEU", "01")),
    # a joint body set up; "the two countries" after two people named
    ("Modi and Albanese said the two countries would set up a joint commission on minerals.",
     ("IND", "AUS", "03")),
    # an envoy's title before the name still makes an order to leave an expulsion, and so
    # does time given an envoy to leave; a bloc agreeing or voting to widen sanctions imposes
    # them; a step called a folly or a blunder is condemned
    ("Ghana ordered Nigeria's envoy Musa Bello to leave within 48 hours.", ("GHA", "NGA", "16")),
    ("Algeria gave the French ambassador 72 hours to leave.", ("DZA", "FRA", "16")),
    ("Caracas gave the Peruvian diplomats 72 hours for leaving the country.", ("VEN", "PER", "16")),
    ("EU foreign ministers agreed to widen sanctions against Minsk.", ("EU", "BLR", "16")),
    ("The Security Council voted to extend the arms embargo on Libya.", ("UNO", "LBY", "16")),
    ("Iran called the step of the Emirates a strategic stupidity.", ("IRN", "ARE", "11")),
    ("Turkey called Sweden's decision a grave error.", ("TUR", "SWE", "11")),
    # agreeing to a normalisation or restoration of ties intends diplomatic cooperation;
    # translated text puts the object before the infinitive agreed to
    ("Saudi Arabia agreed on the restoration of diplomatic ties with Iran.", ("SAU", "IRN", "03")),
    ("Qatar and Egypt agreed to the full normalisation of their relations.", ("EGY", "QAT", "03")),
    ("Morocco in December agreed also the relations with Israel to restore.", ("MAR", "ISR", "03")),
    # a charge d'affaires is an envoy, whatever the tokenizer makes of the title
    ("The Emirates in their turn the Iranian charge d'affaires summoned.", ("ARE", "IRN", "11")),
    # two nouns before a final verb, the clause going on after a comma: doer, then done-to
    ("Qatar on Sunday in its turn the Egyptian charge d'affaires summoned, after the ministry "
     "of Cairo had protested.", ("QAT", "EGY", "11")),
    ("Bahrain expelled the Lebanese chargé d'affaires on Friday.", ("BHR", "LBN", "16")),
    # a translated verb-final trip: the place before "visited" is visited, the person named
    # earlier in the clause is the visitor
    ("On Monday the Turkish foreign minister Mevlut Cavusoglu as the first guest of the new "
     "government Baghdad visited and with the Iraqi leaders the water question discussed.",
     ("TUR", "IRQ", "04")),
    ("After the summit the Brazilian president Lula then Caracas visited.", ("BRA", "VEN", "04")),
    # … the object the parser hung on the subject as an apposition (no comma before it), and
    # a verb-final clause joined to the next by "and"
    ("The Saudi coalition the Yemeni port Hodeidah from the air struck and then the blockade "
     "of the coast tightened.", ("SAU", "YEM", "19")),
    ("The Saudi coalition the Yemeni port Hodeidah struck.", ("SAU", "YEM", "19")),
    # "the court", "the tribunal" name again an international court named before
    ("The International Court of Justice ordered Russia to halt its offensive. Moscow "
     "criticised the court.", ("RUS", "ICJ", "11")),
    ("The Permanent Court of Arbitration ruled on the dispute in July. Beijing criticised the "
     "tribunal.", ("CHN", "PCA", "11")),
    # relations brought back, told as a noun
    ("Saudi Arabia and Iran announced the restoration of diplomatic relations.",
     ("SAU", "IRN", "05")),
    ("The re-establishment of relations between Rabat and Tehran was announced on Monday.",
     ("MAR", "IRN", "05")),
    # strikes told by their weapon are attacks, whatever verb announces them
    ("Israel announced new air strikes on Gaza.", ("ISR", "PSE", "19")),
    ("Russia announced artillery strikes against Ukrainian positions.", ("RUS", "UKR", "19")),
    # a thing said to be off the table, not on the table, out of the question, not up for
    # negotiation or non-negotiable is ruled out (120)
    ("Kyiv said territorial concessions to Russia are off the table.", ("UKR", "RUS", "12")),
    ("Tehran said talks with Washington are out of the question.", ("IRN", "USA", "12")),
    ("Seoul said on Monday that a withdrawal of U.S. troops was not on the table.",
     ("KOR", "USA", "12")),
    # a side parting from another: "a break with", "a split with"
    ("Manila announced a break with Washington.", ("PHL", "USA", "16")),
    ("Armenia announced a split with Moscow.", ("ARM", "RUS", "16")),
    # a side that stands down with no one named does so toward the foe it last fought
    ("Russian jets bombed Georgian positions near Gori. Two days later Georgia declared a "
     "unilateral ceasefire.", ("GEO", "RUS", "08")),
    ("Turkish troops shelled Kurdish positions in Syria. Ankara later announced the end of its "
     "operation.", ("TUR", "SYR", "08")),
    # aid a carrier arrives with goes where its own phrase says, before where it lands
    ("A Turkish ship with 2,000 tonnes of aid for Gaza arrived at the port of Ashdod.",
     ("TUR", "PSE", "07")),
    ("The next day the first Japanese military aircraft with relief supplies for Tonga in "
     "Nuku'alofa landed.", ("JPN", "TON", "07")),
    # … with the venue first: "X in the hall with Y met"
    ("On Thursday Duterte in the Great Hall of the People with Xi Jinping met.",
     ("PHL", "CHN", "04")),
    ("The Iranian foreign minister on Monday in Vienna with the IAEA chief Rafael Grossi met.",
     ("IRN", "IAEA", "04")),
    # a named ship told again bare is the ship named with its flag; helping detain it is the
    # detention (no aid to the ship); a stand taken beside an act, past a "that" clause
    ("Dutch marines helped detain the Libyan tanker Sea Star 2. Malta freed the Sea Star 2 on "
     "Monday.", ("MLT", "LBY", "08")),
    ("Royal Marines helped detain the Iranian tanker Adrian Star.", ("GBR", "IRN", "17")),
    ("Malta freed the ship after receiving assurances from Libya that the fuel would not go to "
     "Syria, rejecting a request from Italy to hold it.", ("MLT", "ITA", "12")),
    # "the four countries" and a leading "They" name again the countries of a list named
    # before; a list of names is one subject of a translated verb-final clause; demands handed
    ("Japan, India, Australia and the United States held talks in Tokyo. The four countries "
     "later accused China of coercion.", ("AUS", "CHN", "11")),
    ("Poland, Lithuania and Latvia closed their borders with Belarus. They accused Minsk of "
     "using migrants as a weapon.", ("LVA", "BLR", "11")),
    ("On 3 May Norway, Denmark and Iceland the talks with Moscow suspended.", ("ISL", "RUS", "16")),
    ("Beijing handed the Australian embassy a list of fourteen demands.", ("CHN", "AUS", "10")),
    ("Saudi Arabia cut ties with Qatar. Riyadh closed the only land border of the emirate.",
     ("SAU", "QAT", "19")),
    # a claim or a demand dismissed as untrue or staged is denied or turned down, aimed at
    # whoever made it; "called X as Y" (translated) when Y judges
    ("Egypt accused Ethiopia of stalling. Addis Ababa called the charges a fabrication.",
     ("ETH", "EGY", "01")),
    ("Seoul demanded compensation from Tokyo. Tokyo called the demand a political stunt.",
     ("JPN", "KOR", "12")),
    ("Ankara gave Athens 48 hours to withdraw its ships. The Greek government this ultimatum "
     "as a provocation called.", ("GRC", "TUR", "12")),
    # a claim framed by how sure the speaker is; a day the time given runs out
    ("Canada said it was almost certain that Iran was behind the downing of the jet.",
     ("CAN", "IRN", "11")),
    ("Washington gave Ankara until Friday to cancel the purchase of the missiles.",
     ("USA", "TUR", "13")),
    # an offer or demand not accepted is turned down (not "not yet accepted": pending)
    ("Kyiv has not accepted the proposal of Moscow to hold talks in Minsk.", ("UKR", "RUS", "12")),
    # a country's mission cut; an envoy summoned to a named ministry
    ("Poland reduced the Russian mission in Warsaw by twelve diplomats.", ("POL", "RUS", "16")),
    ("The Iranian ambassador was summoned to the German Foreign Ministry on Monday.",
     ("DEU", "IRN", "11")),
    # the target a reporter means (own sentences): who the blame is laid "on" beside an act
    # with its own "on"; where a flow of goods an eased measure is on goes; a partner hung
    # inside a deal's topic; what is told to reporters is said; a ban from standing
    ("The Pakistani army blamed the attack on the Chinese convoy on Indian agents.",
     ("PAK", "IND", "11")),
    ("Canada lifted an embargo on arms sales to Colombia.", ("CAN", "COL", "08")),
    ("Chile reached an agreement over the sharing of river waters with Bolivia.",
     ("CHL", "BOL", "05")),
    ("The Iranian foreign minister told reporters in Tehran that Israel would face a crushing "
     "response if it attacked.", ("IRN", "ISR", "13")),
    ("The election commission in Kampala barred the former mayor from standing in the "
     "election.", ("UGA", "", "17")),
    # a state named again by what it is, and wire metonyms of a state
    ("Beijing sent warships toward Taiwan and warned the island against any move toward "
     "independence.", ("CHN", "TWN", "13")),
    ("Hamas fired rockets at the Jewish state overnight.", ("PSE", "ISR", "19")),
    ("Saudi Arabia and Iran restored ties in March, and Egypt praised the kingdom for its "
     "role.", ("EGY", "SAU", "05")),
    ("Riyadh agreed to reopen its embassy in the Islamic Republic.", ("SAU", "IRN", "03")),
    # an attack that targets a mission, a patrol or a hospital
    ("A suicide bomber targeted a police patrol in Kabul.", ("AFG", "AFG", "19")),
    # fire of a weapon is an attack ("came under heavy fire from"); an act's doer named by
    # "by" with a modifier that says whose they are
    ("Israeli border towns came under heavy rocket fire from Lebanon overnight.",
     ("LBN", "ISR", "19")),
    ("Kenya's president hailed the signing of the peace deal by the rival Sudanese generals.",
     ("KEN", "SDN", "05")),
    # wrongdoing said of a named party accuses it, told to an audience too
    ("The Ukrainian foreign minister told reporters in Kyiv that Moscow was stoking tensions "
     "on the border with Moldova.", ("UKR", "RUS", "11")),
    ("Seoul said Pyongyang had committed a grave provocation by launching the satellite.",
     ("KOR", "PRK", "11")),
    # the channel a protest goes through is not what it is at
    ("Tokyo protested to Pyongyang through its embassy in Beijing.", ("JPN", "PRK", "11")),
    # agreeing to someone's proposal accepts it; agreeing to their demands gives in
    ("Kyiv agreed to Ankara's proposal for a prisoner exchange.", ("UKR", "TUR", "03")),
    # setting out for a named capital is a trip there; a second country that follows suit
    # in a later clause is aimed at the first one's target; an appeal for a state of things
    # is aimed at the place it is wanted in
    ("Colombian Foreign Minister Alvaro Leyva left for Caracas on Tuesday for talks on the "
     "border crisis.", ("COL", "VEN", "04")),
    ("Kenyan President William Ruto set off for Addis Ababa on Friday for an African Union "
     "summit.", ("KEN", "ETH", "04")),
    ("Jordan cut diplomatic ties with Syria on Monday, and Bahrain recalled its ambassador.",
     ("BHR", "SYR", "16")),
    ("Pope Francis called for calm in Lebanon on Sunday.", ("VAT", "LBN", "02")),
    # a body suspending a named member from itself
    ("The Southern African Development Community suspended Madagascar from the bloc on "
     "Friday.", ("SADC", "MDG", "16")),
    # "coast guard ships fired": "ships" is the subject's head, not the verb
    ("Vietnamese coast guard ships detained a Chinese fishing boat near the Paracels.",
     ("VNM", "CHN", "17")),
    # a boat blocked at sea by another country's ships is a blockade of it
    ("Malaysian navy vessels blocked an Indonesian fishing boat off Borneo on Sunday.",
     ("MYS", "IDN", "19")),
    # the visitor named by the "of" phrase of a visit to a named place
    ("The visit of Vietnamese President Vo Van Thuong to Jakarta strengthened ties.",
     ("VNM", "IDN", "04")),
    # the broker named before a hyphen is no party to what two sides do with each other
    ("Eritrea and Ethiopia agreed to honour the AU-brokered peace accord.", ("ERI", "ETH", "03")),
    # a country split in two named as a pair by one plural: each state with the other
    ("Delegates from the two Koreas met at the truce village on Wednesday.", ("KOR", "PRK", "04")),
    ("The two Sudans agreed to reopen their border crossings.", ("SSD", "SDN", "03")),
    # a titled name after an opening phrase that ends in another titled name is the subject
    # the parser hung on that name ("After talks with <title name>, <title name> said")
    ("After talks with Indian Prime Minister Narendra Modi in New Delhi, Australian Prime "
     "Minister Anthony Albanese said trade would double.", ("AUS", "IND", "04")),
    ("Following a phone call with Turkish President Recep Tayyip Erdogan, Swedish Prime "
     "Minister Ulf Kristersson said the accession talks would continue.", ("SWE", "TUR", "04")),
    # (also when the name after the comma is read as the next of a list, and when the clause
    # is one a wire attribution at the end reports)
    # a phrase set beside the object says whom the thing acted on is aimed at
    ("Prosecutors in The Hague dropped their investigation into war crimes in Afghanistan, a "
     "probe aimed mainly at American soldiers and CIA officers, the court said.",
     ("", "USA", "08")),
    # refuge is asked of the place it is sought in or the seekers came to; its "from" phrase
    # is what they flee
    ("Hundreds of Sudanese crossed into Chad seeking refuge from the fighting in Darfur, the "
     "U.N. refugee agency said.", ("SDN", "TCD", "02")),
    # a span of time given to act, with the act's clause hung on the span ("a month to hand
    # power back"), is a deadline
    ("The African Union gave the junta in Mali a month to hand power back to civilians or face "
     "sanctions, the bloc said.", ("AU", "MLI", "13")),
    ("In a telephone conversation with his Iranian counterpart Masoud Pezeshkian, Iraqi Prime "
     "Minister Mohammed Shia al-Sudani expressed support for talks on the nuclear programme, "
     "his office said.", ("IRQ", "IRN", "04")),
    # ground taken back from a foe: the foe it was taken from is the target, not the place
    ("Azerbaijani forces regained control of several villages from Armenian separatists.",
     ("AZE", "ARM", "19")),
    ("Ethiopian troops reclaimed the border town of Humera from Eritrean forces on Saturday.",
     ("ETH", "ERI", "19")),
    # actor phrases (own sentences): a title that states the office over the person's dated
    # entries; a claimed attack's deaths told in a relative clause; people held in custody,
    # also on a court's order; the party a fine's sum was parsed around
    ("EU foreign policy chief Josep Borrell criticised Belarus on Monday.", ("EU", "BLR", "11")),
    ("The Pakistani Taliban claimed responsibility for the blast, which killed 12 Afghan "
     "soldiers.", ("PAK", "AFG", "19")),
    ("A Tehran court ordered the French tourist held in custody pending trial.",
     ("IRN", "FRA", "17")),
    ("Police in Lagos kept the Ghanaian traders in detention for a week.", ("NGA", "GHA", "17")),
    ("South Korea's antitrust regulator fined the Japanese chip maker Kioxia 1 trillion won.",
     ("KOR", "JPN", "11")),
    # a state-owned company acts for its country
    ("Sonatrach halted gas exports to Spain on Monday.", ("DZA", "ESP", "16")),
    # political parties (parties.tsv): one country's two parties are two actors; "India's
    # ruling BJP" is India's party
    ("The ANC accused the Democratic Alliance of stoking division.", ("ZAF", "ZAF", "11")),
    ("India's ruling BJP accused Pakistan of sheltering militants.", ("IND", "PAK", "11")),
    # cooperative speech (own sentences): a guest received in the passive; what is said in a
    # call or a meeting with someone is said to them; the partner the parser hangs on the topic
    # discussed; an offer with a time phrase before the act offered; wanting the other side to
    # act; photo captions with positions ("second left", "(R)")
    ("The Kuwaiti crown prince was received by the Saudi king at his palace in Riyadh.",
     ("SAU", "KWT", "04")),
    ("In a phone call with Japanese Prime Minister Fumio Kishida, President Yoon Suk Yeol urged "
     "closer cooperation on North Korea.", ("KOR", "JPN", "02")),
    ("During a meeting with Brazilian President Lula in Brasilia, the German chancellor "
     "discussed trade.", ("DEU", "BRA", "04")),
    ("The Nigerian president discussed the Sahel crisis with his Senegalese counterpart at the "
     "ECOWAS summit in Abuja.", ("NGA", "SEN", "04")),
    ("Norway offered on Thursday to mediate between Colombia and the ELN rebels.",
     ("NOR", "COL", "03")),
    ("Beijing wants Manila to withdraw its ships from the Second Thomas Shoal.",
     ("CHN", "PHL", "10")),
    ("Spanish Prime Minister Pedro Sanchez, left, and Moroccan Prime Minister Aziz Akhannouch, "
     "right, attend a meeting in Rabat, Morocco, Thursday, Feb. 2, 2023.", ("ESP", "MAR", "04")),
    ("Turkish President Recep Tayyip Erdogan (R) holds talks with Hungarian Prime Minister "
     "Viktor Orban in Ankara on Jan. 30, 2024.", ("TUR", "HUN", "04")),
    ("Ghana's president and Togo's president posed for photographers ahead of their talks in "
     "Lome.", ("GHA", "TGO", "04")),
    # "the government" in a quoted clause is the speaker's; a pact between two parties signed
    # in the passive; standing behind and speaking highly of someone; a call on someone
    ("The Egyptian foreign ministry said the government had asked Britain to help.",
     ("EGY", "GBR", "02")),
    ("A security pact between Japan and the Philippines was signed in Manila on Monday.",
     ("JPN", "PHL", "05")),
    ("The African Union said it stood firmly behind Somalia in its dispute with Ethiopia.",
     ("AU", "SOM", "05")),
    ("The Chinese premier spoke highly of Pakistan's role in the region.", ("CHN", "PAK", "05")),
    ("Nigeria's call on Niger to free the ousted president was ignored.", ("NGA", "NER", "02")),
    # "needs to" and "has to" said of another are demands, as "must" is; a request lodged
    ("The Chinese foreign ministry said Manila needs to stop its provocations at sea.",
     ("CHN", "PHL", "10")),
    ("Blinken said Israel has to do more to protect civilians in Gaza.", ("USA", "ISR", "10")),
    ("Japan has lodged a request with China for the release of its citizen.",
     ("JPN", "CHN", "02")),
    # a headline joins two parties with a comma: each acts with the other
    ("Thailand, Cambodia agree to reopen border crossings", ("KHM", "THA", "03")),
    ("Thailand, Cambodia agree to reopen border crossings", ("THA", "KHM", "03")),
    # forces withdrawn from ground that is no named place still give it up
    ("Sudan withdrew its soldiers from the disputed area on Monday.", ("SDN", "", "08")),
    # YIELD families of wire wording (own sentences): a nominal release whose "by" phrase is
    # the releaser; a thing given as a second object; taken off a list; visa rules eased;
    # let in to visit; given back to a recipient on the particle; repatriated artefacts;
    # frozen funds unblocked; an amnesty announced; services restored (coordinated modifiers)
    ("The release of an Australian journalist by China ended three years of detention.",
     ("CHN", "AUS", "08")),
    ("The freeing of two Thai soldiers by Cambodia was announced on Sunday.", ("KHM", "THA", "08")),
    ("Britain has given Kenyan investigators permission to question the soldiers.",
     ("GBR", "KEN", "08")),
    ("The European Union took Panama off its list of tax havens on Tuesday.", ("EU", "PAN", "08")),
    ("Japan scrapped visa requirements for Indian tourists on Monday.", ("JPN", "IND", "08")),
    ("Israel allowed U.N. investigators to enter the West Bank.", ("ISR", "UNO", "08")),
    ("A 17th-century painting was handed back to Poland by German police on Friday.",
     ("DEU", "POL", "08")),
    ("Spain repatriated 120 Mayan artefacts to Mexico on Wednesday.", ("ESP", "MEX", "08")),
    ("Qatar unblocked $2 billion in frozen funds belonging to Afghanistan.", ("QAT", "AFG", "08")),
    ("The Kenyan government announced an amnesty for 3,000 Somali prisoners.",
     ("KEN", "SOM", "08")),
    ("Pakistan restored phone and internet services to Afghan refugees on Friday.",
     ("PAK", "AFG", "08")),
    # a resignation's target is who pressed for it; a clause with its own subject on a noun
    # is no participle ("a statement that it had withdrawn"); troops leaving or withdrawn
    # with no one named; missions ended; measures stopped before they are carried out;
    # let in to deliver aid; a general strike called off
    ("Chile's interior minister resigned on Friday under pressure from student protesters.",
     ("CHL", "CHL", "08")),
    ("The Iraqi army said in a statement that it had withdrawn its forces from Syria.",
     ("IRQ", "SYR", "08")),
    ("Kenyan peacekeepers began leaving Haiti on Monday.", ("KEN", "HTI", "08")),
    ("About 2,000 Chadian soldiers were withdrawn from Niger last month.", ("TCD", "NER", "08")),
    ("The European Union ended its training mission in Mali on Friday.", ("EU", "MLI", "08")),
    ("A court in Ankara suspended the deportation of a Syrian journalist.", ("TUR", "SYR", "08")),
    ("Myanmar allowed the World Food Programme to deliver food to Rakhine State.",
     ("MMR", "WFP", "08")),
    ("Opposition parties in Nepal called off their general strike against the government.",
     ("NPL", "NPL", "08")),
    # "A wanted X surrendered": the article and participle the parser made a clause are no
    # wish (the surrender is asserted); troops disengaged from a front line
    ("A wanted Salvadoran gang leader surrendered to the police in San Salvador.",
     ("SLV", "SLV", "08")),
    ("Armenian forces disengaged from Azerbaijan's Lachin district.", ("ARM", "AZE", "08")),
    # what is given parsed as an apposition of who gets it; a pardon given; a state "of"
    # emergency lifted where it was imposed; independence granted
    ("President Mirziyoyev gave the head of the opposition party, Ali Karimov, a pardon on Monday.",
     ("UZB", "UZB", "08")),
    ("France granted independence to Algeria in 1962.", ("FRA", "DZA", "08")),
    ("An exchange of prisoners between Armenia and Azerbaijan took place on the border.",
     ("ARM", "AZE", "08")),
    # the place left hung on the particle; a ban lifted for those a gerund names
    ("Israel pulled its tanks back from the Lebanese border.", ("ISR", "LBN", "08")),
    ("Kuwait lifted its ban on Filipinos working in the country.", ("KWT", "PHL", "08")),
    # permission verbs alike, with what is permitted parsed on the object
    ("India allowed Nepalese pilgrims to visit the Pashupatinath temple.", ("IND", "NPL", "08")),
    ("The government of Uganda permitted the exiled opposition leader to return.",
     ("UGA", "UGA", "08")),
    # pressure bowed to is the pressers' (not the one who bows); a course reversed
    ("Pakistan bowed to pressure from Washington and released the doctor.", ("USA", "PAK", "13")),
    ("Pakistan bowed to pressure from Washington and released the doctor.", ("PAK", "USA", "08")),
    ("Washington reversed course on arms sales to Taiwan.", ("USA", "TWN", "08")),
    # YIELD and AID families found by probing (own sentences): people of any trade let go,
    # swapped with the other side; two-word prepositions; nominal withdrawals; releases
    # with no agent but a deciding act before them; aid announced is aid given
    ("Belarus handed back two Lithuanian border guards on Friday.", ("BLR", "LTU", "08")),
    # AID as wire services write it: aid unveiled, debt relief, scholarships, loan agreements,
    # goods of any kind given, the recipient in a purpose clause or a "worth" phrase, aid
    # carried by planes, ships and convoys, peacekeepers who deploy, aid nouns as subjects
    ("Qatar unveiled a 50 million dollar aid package for Sudan on Monday.", ("QAT", "SDN", "07")),
    ("China granted debt relief to Zambia on Tuesday.", ("CHN", "ZMB", "07")),
    ("Hungary awarded 200 scholarships to Laotian students.", ("HUN", "LAO", "07")),
    ("The World Bank signed a $90 million loan agreement with Malawi.", ("WB", "MWI", "07")),
    ("India gave 12 locomotives to Nepal on Monday.", ("IND", "NPL", "07")),
    ("Norway handed over 40 tonnes of relief cargo to Tonga.", ("NOR", "TON", "07")),
    ("Canada provided 20 million dollars to help Haiti rebuild its schools.", ("CAN", "HTI", "07")),
    ("Kuwait gave aid worth 5 million dollars to Jordan.", ("KWT", "JOR", "07")),
    ("Oman sent a plane loaded with medical supplies to Yemen.", ("OMN", "YEM", "07")),
    ("A batch of Indian vaccines arrived in Colombo on Sunday.", ("IND", "LKA", "07")),
    ("Nepalese peacekeepers deployed to South Sudan on Friday.", ("NPL", "SSD", "07")),
    ("Portugal's aid package for Mozambique included food and tents.", ("PRT", "MOZ", "07")),
    ("France announced an increase in funding to fight cholera in Haiti.", ("FRA", "HTI", "07")),
    ("The Thai navy evacuated hundreds of Cambodian and Lao workers.", ("THA", "KHM", "07")),
    ("Brazil said it stands with the people of Chile.", ("BRA", "CHL", "05")),
    # supported with aid, asylum seekers taken in, police cooperation, unity and commitment
    ("China is supporting Laos with a 300 million dollar loan.", ("CHN", "LAO", "07")),
    ("Sweden took in thousands of Iraqi asylum seekers in 2007.", ("SWE", "IRQ", "07")),
    ("Greek police are cooperating with Italian investigators.", ("GRC", "ITA", "06")),
    ("Gulf foreign ministers rallied behind Kuwait on Monday.", ("", "KWT", "05")),
    ("Tokyo reaffirmed its commitment to the defence of the Philippines.", ("JPN", "PHL", "05")),
    # aid as the subject of its clause: the giver "from" it, the recipient in the clause
    ("The assistance from Norway includes tents and blankets for flood victims in Pakistan.",
     ("NOR", "PAK", "07")),
    ("Britain's aid package consisted of food and medicine for families in Sudan.",
     ("GBR", "SDN", "07")),
    # passives that keep the thing given; sums obtained from someone
    ("Moldova was granted a 100 million euro loan by Romania.", ("ROU", "MDA", "07")),
    ("Tunisia was given 300 million dollars in aid by Italy.", ("ITA", "TUN", "07")),
    ("Jordan obtained 500 million dollars from Saudi Arabia.", ("SAU", "JOR", "07")),
    ("Norway granted debt relief worth 2 billion dollars to Somalia.", ("NOR", "SOM", "07")),
    ("A Kuwaiti aid plane landed in Amman on Sunday.", ("KWT", "JOR", "07")),
    ("Kuwait approved a 50 million dollar loan for Sudan to build schools.", ("KWT", "SDN", "07")),
    ("Greece deployed a mobile hospital to Albania after the quake.", ("GRC", "ALB", "07")),
    # money sanctioned, released or allotted in rupees and crores; cheques presented
    ("India sanctioned Rs 900 crore for relief work in Nepal.", ("IND", "NPL", "07")),
    ("India released Rs 50 crore to Sri Lanka on Monday.", ("IND", "LKA", "07")),
    ("Bangladesh allotted 5,000 tonnes of rice to Myanmar.", ("BGD", "MMR", "07")),
    ("The Omani envoy presented a cheque for $50,000 to Yemen's health ministry.",
     ("OMN", "YEM", "07")),
    ("Georgia swapped eight detainees with Russia on Sunday.", ("GEO", "RUS", "08")),
    ("Hezbollah handed over the remains of two Israeli soldiers to the Red Cross.",
     ("LBN", "ISR", "08")),
    ("France pulled its special forces out of Burkina Faso on Tuesday.", ("FRA", "BFA", "08")),
    ("The withdrawal of Kenyan troops from Somalia started on Monday.", ("KEN", "SOM", "08")),
    ("Three French aid workers were released after Mali's junta approved their pardon.",
     ("MLI", "FRA", "08")),
    ("Egypt reopened the Rafah crossing into Gaza on Saturday.", ("EGY", "PSE", "08")),
    ("Australia announced 20 million dollars in humanitarian aid for Tonga on Monday.",
     ("AUS", "TON", "07")),
    ("Sri Lanka received a 500 million dollar deposit from China on Friday.",
     ("CHN", "LKA", "07")),
    ("Spain dispatched search and rescue teams to Turkey after the quake.", ("ESP", "TUR", "07")),
    ("Two Russian warships left Danish waters on Monday.", ("RUS", "DNK", "08")),
    ("Four Thai fishermen, freed by Myanmar on Friday, flew home on Saturday.",
     ("MMR", "THA", "08")),
    ("Colombian guerrillas turned in their weapons to the army.", ("COL", "COL", "08")),
    ("KABUL (Pajhwok): President Ashraf Ghani met Pakistan's army chief on Monday.",
     ("AFG", "PAK", "04")),
    ("Harare, Zimbabwe - Zimbabwe's opposition leader rejected the election result.",
     ("ZWE", "", "12")),
    ("UK and EU negotiators have agreed a landmark free trade agreement.", ("GBR", "EU", "05")),
    ("The United States and South Korea failed to reach agreement on a free-trade deal.",
     ("USA", "KOR", "12")),
    ("Romania's president refused a request from the justice minister to dismiss him.",
     ("ROU", "", "12")),
    ("Putin called Trump a bright and talented person.", ("RUS", "USA", "05")),
    ("Kiev called the referendum in Crimea illegal.", ("UKR", "", "11")),
    ("Iran faces pressure from the European Union over its nuclear programme.",
     ("EU", "IRN", "13")),
    ("Russia supplied weapons to Syria.", ("RUS", "SYR", "07")),
    ("India cut trade with Pakistan, which it accused of sheltering militants.",
     ("IND", "PAK", "11")),
    ("Putin said Obama had called him.", ("USA", "RUS", "04")),
    # "X's independence" is "the independence of X"; the source's own thing is no target
    ("Syria said it would recognize Kosovo's independence from Serbia.", ("SYR", "XKX", "03")),
    ("Maduro closed Venezuela's land borders with Brazil.", ("VEN", "BRA", "19")),
    # "the group", "the country", "the alliance": the last of that kind named before
    ("Hamas fired rockets at Israel. The group said it would continue attacks on the country.",
     ("PSE", "ISR", "13")),
    ("NATO warned Russia. The alliance said it would defend Estonia.", ("NATO", "EST", "03")),
    ("Putin met Xi in Beijing. The Russian president praised the country for its support.",
     ("RUS", "CHN", "05")),
    # a reaction to a measure is aimed at who imposed it, as its own clause tells
    ("Qatar rejected the blockade that Saudi Arabia imposed on it.", ("QAT", "SAU", "12")),
    ("The US lifted the sanctions that the UN imposed on Iran.", ("USA", "IRN", "08")),
    # a government and its rebels are two sides; their own country is where, not with whom
    ("Government forces and rebels agreed to a truce in Yemen.", ("YEM", "YEM", "08")),
    ("The Philippine government and the rebels agreed to a ceasefire.", ("PHL", "", "08")),
    ("Russia and Turkey agreed to a ceasefire in Idlib.", ("RUS", "", "08")),
    # whom an attitude is toward is its addressee, not the topic after it
    ("China expressed anger toward Japan over the visit.", ("CHN", "JPN", "11")),
    # a refusal that holds until someone acts is aimed at who must act
    ("Moscow will not lift its ban on meat until Warsaw provides guarantees.",
     ("RUS", "POL", "12")),
    ("Iran refused to resume talks until Washington lifts sanctions.", ("IRN", "USA", "12")),
    ("Trump and Putin met in Helsinki on Monday. The two leaders spoke for two hours.",
     ("USA", "RUS", "04")),
    ("A Spanish judge ordered nine former Catalan ministers jailed.", ("ESP", "ESP", "17")),
    ("Putin and Medvedev attended a cabinet meeting in Moscow.", ("RUS", "RUS", "04")),
    ("Turkey refused to allow American jets to use its bases.", ("TUR", "USA", "12")),
    ("Lithuania was threatened with retaliation by Beijing.", ("CHN", "LTU", "13")),
    ("Thousands of Chinese demonstrators protested against Japan.", ("CHN", "JPN", "14")),
    # the signer of a decree banning something bans it
    ("Putin signed a decree banning imports of Turkish fruit.", ("RUS", "TUR", "16")),
    # an inquiry into claims that X did something is into X
    ("Britain opened an inquiry into claims that Iranian agents plotted attacks in France.",
     ("GBR", "IRN", "09")),
    # both participles of one passive have its subject and its agent
    ("Two Egyptian journalists were arrested and beaten by Syrian police.", ("SYR", "EGY", "17")),
    ("Two Egyptian journalists were arrested and beaten by Syrian police.", ("SYR", "EGY", "18")),
    # what is condemned is done by its "by" phrase
    ("London condemned the seizure of a British-flagged tanker by Iran.", ("GBR", "IRN", "11")),
    ("China condemned the attack on its embassy by NATO.", ("CHN", "NATO", "11")),
    ("Russian jets bombed a hospital in Syria near the border with Turkey.", ("RUS", "SYR", "19")),
    ("Islamic State fighters held Syrian villagers as human shields.", ("ISI", "SYR", "18")),
    # every member of a list of modifiers, though only one of them holds the "and"
    ("The African Union agreed to set up a force of Ethiopian, Kenyan and Ugandan troops.",
     ("AU", "KEN", "03")),
    ("The African Union agreed to set up a force of Ethiopian, Kenyan and Ugandan troops.",
     ("AU", "UGA", "03")),
    # offering to do what no pattern names is an intent to cooperate, with whom it lets act
    ("Norway offered to let Colombian negotiators use its embassy.", ("NOR", "COL", "03")),
    # "He" is the last sentence's main speaker, not the name in its "because" clause
    ("Merkel said she had hoped Putin would come because Putin knew Berlin well. She offered "
     "to let Russian experts join the inquiry.", ("DEU", "RUS", "03")),
    # a judgement's "by" phrase names who is judged
    ("Kiev called the vote a farce staged by Moscow.", ("UKR", "RUS", "11")),
    ("Iran vowed to take revenge on Israel.", ("IRN", "ISR", "13")),
    # the "if" of a threat is part of the threat
    ("Trump threatened on Saturday to hit 52 Iranian sites, some of them important to Iranian "
     "culture, if Tehran attacked Americans.", ("USA", "IRN", "13")),
    # a participial remark is made when the statement is, not when the announced act is
    ("Iraq said it would summon the Turkish ambassador, calling the raid a violation of its "
     "sovereignty by Turkey.", ("IRQ", "TUR", "11")),
    # "the sanctions", "the proposal": a reaction to an act named before is aimed at its doer
    ("The EU imposed sanctions on Belarus on Monday. Minsk rejected the sanctions as illegal.",
     ("BLR", "EU", "12")),
    ("Putin offered to let U.S. investigators attend the questioning. Trump called the "
     "proposal an incredible offer.", ("USA", "RUS", "05")),
    # "each other": each to the other, even with a known actor further on
    ("Turkish and Azerbaijani officials call each other brothers and strategic partners, and "
     "the foreign minister in recent weeks several times the ties with Azerbaijan as the "
     "closest in their history praised.", ("AZE", "TUR", "05")),
    # what is said to last until someone acts is a demand on them
    ("Berlin said the sanctions would remain in place until Moscow withdraws its troops from "
     "Georgia.", ("DEU", "RUS", "10")),
    # visas for another country's citizens cut relations with it
    ("Georgia said it would introduce visas for Russian citizens.", ("GEO", "RUS", "13")),
    # a hit on an aircraft or a warship is an attack
    ("A Ukrainian airliner was struck by a Russian missile over Donbas.", ("RUS", "UKR", "19")),
    # a relative clause is told as it stands, whatever the clause of its noun
    ("London would talk to Tehran if Iran freed the British sailors who were detained by "
     "Iranian forces last week.", ("IRN", "GBR", "17")),
    # a document acts for whoever issued it
    ("The Russian parliament passed a resolution condemning Georgia's president.",
     ("RUS", "GEO", "11")),
    ("Ukraine filed a lawsuit accusing Russia of violating the treaty.", ("UKR", "RUS", "11")),
    # a clause after a preposition has the subject of the word it hangs on
    ("Israel and Hamas are guilty of violating the truce.", ("ISR", "PSE", "19")),
    ("Israel and Hamas are guilty of violating the truce.", ("PSE", "ISR", "19")),
    ("After meeting Putin in Moscow, Erdogan flew home.", ("TUR", "RUS", "04")),
    ("Iran is open to talks with the United States.", ("IRN", "USA", "03")),
    ("Russia called out the United States for its hypocrisy.", ("RUS", "USA", "11")),
    # plans, pledges and decisions are acts of whoever states or has them
    ("Japan announced plans to send aid to Nepal.", ("JPN", "NPL", "03")),
    ("Ankara reaffirmed its commitment to supporting Baku.", ("TUR", "AZE", "03")),
    ("Iran announced its decision to expel the British ambassador.", ("IRN", "GBR", "16")),
    ("The minister welcomed Germany's decision to send troops to Mali.", ("DEU", "MLI", "15")),
    # an object the parser made the subject of an infinitive; "more" is no object
    ("Ecuador's president declared a state of emergency in Quito to take effect at midnight.",
     ("ECU", "ECU", "17")),
    ("Ghana is ready to contribute more to peacekeeping operations in Mali.",
     ("GHA", "MLI", "03")),
    # news_more.tsv
    ("Japan helped Indonesia to recover from the tsunami.", ("JPN", "IDN", "07")),
    ("Canada spent two billion dollars on helping to resettle Syrian refugees.",
     ("CAN", "SYR", "07")),
    ("The Qatari emir raised money for Gaza's hospitals.", ("QAT", "PSE", "07")),
    ("France delivered two frigates to Greece.", ("FRA", "GRC", "07")),
    ("Britain provided military training to Ukrainian soldiers.", ("GBR", "UKR", "07")),
    ("Turkish troops withdrew from the Syrian town.", ("TUR", "SYR", "08")),
    ("Russian troops pulled out of the Ukrainian city.", ("RUS", "UKR", "08")),
    ("Egypt refused to respond to a request from Ethiopia for talks.", ("EGY", "ETH", "12")),
    ("Indian police announced the arrest of three Pakistani nationals.", ("IND", "PAK", "17")),
    ("Pakistani police withdrew the case against the Indian fishermen.", ("PAK", "IND", "08")),
    # a purpose clause is addressed to whom the call or meeting reached
    ("Modi met Abbas in Ramallah to convey India's support.", ("IND", "PSE", "05")),
    # objects parsed as a gerund's subject or as an adverb
    ("Bangladesh says it will not accept any Rohingya refugees fleeing the violence.",
     ("BGD", "BGD", "12")),
    ("The U.S. returned to Iraq last week 300 stolen artifacts.", ("USA", "IRQ", "08")),
    # aid received "from" someone was given by them
    ("Ukraine has received 50 tanks from Poland.", ("POL", "UKR", "07")),
    ("Pakistan got a bailout from China.", ("CHN", "PAK", "07")),
    # the object of a reduced passive, an attack noun as a passive's agent, parties in talks
    ("The sanctions imposed by the U.S. on Iran have hurt its economy.", ("USA", "IRN", "16")),
    ("Kiev was struck by Russian missiles on Monday.", ("RUS", "UKR", "19")),
    ("Turkey and Russia are in talks over Syria.", ("TUR", "RUS", "04")),
    ("Israel and Hamas agreed to a ceasefire.", ("PSE", "ISR", "08")),
    # a crowd with no name protests where it is
    ("Thousands protested in Berlin against the Russian invasion.", ("DEU", "RUS", "14")),
    # a line the parser read as one noun phrase: the verb hung on its object
    ("Egyptian president cancels trip to Washington over aid cuts", ("EGY", "USA", "12")),
    ("The U.K. shared intelligence with Ukraine.", ("GBR", "UKR", "06")),
    # telling someone to act is a demand; "by" hung on the passive's object is its agent
    ("Macron told Erdogan to stop attacking the Kurds.", ("FRA", "TUR", "10")),
    ("Lithuania was threatened with retaliation by Beijing.", ("CHN", "LTU", "13")),
    ("Iran refused to hold talks with the United States.", ("IRN", "USA", "12")),
    ("The Pentagon deployed a carrier strike group to the Gulf.", ("USA", "", "15")),
    # a refusal noun's act is refused; first person in a quote is the speaker
    ("Iran's refusal to cooperate with the IAEA angered Western powers.", ("IRN", "IAEA", "12")),
    ('"We will never negotiate with the Taliban," the Afghan president said.',
     ("AFG", "AFG", "12")),
    # event nouns: an offer or threat is announced, "by" names the doer, "to" may hang on the
    # "of" object
    ("Kenya's offer to mediate between Ethiopia and Eritrea was accepted.", ("KEN", "ETH", "03")),
    ("Trump's threat to impose tariffs on Mexico rattled markets.", ("USA", "MEX", "13")),
    ("The expulsion of 40 Russian diplomats by Germany was announced on Monday.",
     ("DEU", "RUS", "16")),
    ("The Chinese donation of vaccines to Cambodia arrived on Sunday.", ("CHN", "KHM", "07")),
    ("Russia pulled out of the grain deal with Ukraine.", ("RUS", "UKR", "16")),
    ("Japan praised South Korea for its efforts to improve relations.", ("KOR", "", "03")),
    ("Kim Jong Un is expected to visit China to meet Putin.", ("PRK", "RUS", "03")),
    ("Syrian rebels used civilians as human shields in Aleppo.", ("SYR", "SYR", "18")),
    ("Putin called the downing of the jet a stab in the back.", ("RUS", "", "11")),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", ("SAU", "PAK", "07")),
    ("Turkey dispatched rescue teams to Syria.", ("TUR", "SYR", "07")),
    ("Washington has provided Kyiv with Javelin anti-tank missiles.", ("USA", "UKR", "07")),
    # an attempted hostile act is an act; an attempted call is none (see NOT_FACTS)
    ("North Korean hackers tried to break into South Korean bank networks.",
     ("PRK", "KOR", "17")),
    # a reaction to an act told before is aimed at whoever did it
    ("North Korea fired a missile into the sea. Japan condemned the launch.",
     ("JPN", "PRK", "11")),
    # "the attack" (190, any force) refers to shelling (194) or an air strike (195) told before
    ("Azerbaijani forces fired artillery shells at Armenian villages on Monday. Paris condemned "
     "the attack.", ("FRA", "AZE", "11")),
    ("Russian jets struck a market in Idlib. Ankara condemned the assault, saying civilians "
     "had been killed.", ("TUR", "RUS", "11")),
    # captives freed with no side named are the other side's of the last seizure or fight
    ("Iranian forces seized a British-flagged tanker in the Strait of Hormuz. Two months later "
     "Tehran released the detained crew members.", ("IRN", "GBR", "08")),
    ("Houthi fighters shot down a Saudi helicopter near the border. The rebels later freed the "
     "captured pilot.", ("YEM", "SAU", "08")),
    # ... the act of the reaction's day, not an older one the story recalls as its cause
    ("Iran fired missiles at U.S. bases in Iraq on Wednesday. The strikes were revenge for the "
     "killing of an Iranian general in a U.S. drone strike last week. Baghdad condemned the "
     "attack.", ("IRQ", "IRN", "11")),
    # drills with no partner are a show of force, not cooperation
    ("Iran staged military drills in defiance of new U.S. sanctions.", ("IRN", "USA", "15")),
    # protesters in the streets of a city protest there
    ("In the streets of Seoul the citizens protested against the policy of Abe.",
     ("KOR", "JPN", "14")),
    # a reaction to an attack on someone is aimed at the attacker the story named
    ("Iran launched missiles at U.S. bases in Iraq. Britain condemned the attack on the bases.",
     ("GBR", "IRN", "11")),
    # "the kingdom" in what a minister announced is the minister's country
    ("Foreign Minister Adel al-Jubeir announced that the kingdom breaks off relations with "
     "Iran.", ("SAU", "IRN", "16")),
    # "the two countries" as a target: the last two other countries named
    ("Tehran banned all imports from Saudi Arabia. Russia offered its mediation to the two "
     "countries.", ("RUS", "SAU", "03")),
    # what a speaker says they would do on a condition is a threat (at whoever must meet it) or a
    # promise made
    ("Beijing said it would retaliate if Washington raised tariffs again.", ("CHN", "USA", "13")),
    ("Moscow said it would lift the ban if Ankara apologised.", ("RUS", "", "03")),
    # praising "this delay of the response" praises who delayed it
    ("Putin refused to expel American diplomats. Trump praised this delay of the response.",
     ("USA", "RUS", "05")),
    # ordering diplomats to leave is expelling them (envoys sent home: relations cut, 16)
    ("Washington ordered 35 Russian diplomats to leave the country within 72 hours.",
     ("USA", "RUS", "16")),
    # what must be done by no one named is asked of the one told
    ("Erdogan told his Russian counterpart that a ceasefire in Idlib must be restored.",
     ("TUR", "RUS", "10")),
    # a disputed territory by its name; seizing what no pattern names
    ("Lavrov said Russia will not return the Kuril islands to Japan.", ("RUS", "JPN", "12")),
    ("Russia will not return Crimea to Ukraine.", ("RUS", "UKR", "12")),
    ("Iranian guards boarded the tanker and seized it.", ("IRN", "", "17")),
    # a day with no comma after it: the parser hangs the subject on "On"
    ("On Friday Treasury Secretary Steven Mnuchin and Secretary of State Mike Pompeo imposed "
     "sanctions on eight senior Iranian officials and on Iran's steel industry.",
     ("USA", "IRN", "16")),
    # every member of a list the parser broke up (apposition, adverbial noun, two subjects)
    ("Brazil, Argentina, and Chile condemned the coup in Peru.", ("ARG", "PER", "11")),
    ("Brazil, the new Argentina, and Chile condemned the coup in Peru.", ("BRA", "PER", "11")),
    ("Egypt, Jordan, and the United Arab Emirates condemned the raid on Gaza.",
     ("JOR", "PSE", "11")),
    # a hope or worry "that X ..." is about X
    ("Japan expressed hope that North Korea would return to the talks.", ("JPN", "PRK", "01")),
    ("China expressed anger that Britain had expelled three diplomats.", ("CHN", "GBR", "11")),
    # what two parties have together is between them: "their talks", "their meeting"
    ("Russia and Ukraine postponed their talks.", ("UKR", "RUS", "16")),
    ("India and Pakistan have delayed their meeting after a border clash.",
     ("PAK", "IND", "16")),
    # ties renewed, rebuilt or reset
    ("Egypt and Qatar have renewed diplomatic ties after a four-year break.",
     ("QAT", "EGY", "05")),
    ("China renewed ties with Nauru.", ("CHN", "NRU", "05")),
    ("Washington and Moscow reset their relationship.", ("USA", "RUS", "05")),
    ("Turkey agreed to rebuild relations with Israel.", ("TUR", "ISR", "03")),
    # "X and Y shook hands": each with the other
    ("The Israeli prime minister and the Palestinian president shook hands.",
     ("PSE", "ISR", "01")),
    # receiving a monarch is hosting a visit
    ("The Saudi king received the Emir of Kuwait.", ("SAU", "KWT", "04")),
    # a drill held jointly is military cooperation between its parties
    ("U.S. and South Korean troops held joint drills on Monday.", ("KOR", "USA", "06")),
    ("India and France began joint naval exercises off Goa.", ("IND", "FRA", "06")),
    # "X and Y accused each other / one another": each of the other
    ("Armenia and Azerbaijan accused each other of violating the ceasefire.",
     ("AZE", "ARM", "11")),
    ("Israel and Hamas accused one another of breaking the truce.", ("ISR", "PSE", "11")),
    # a state protesting a move complains officially; a crowd demonstrates
    ("Beijing protested the visit of the Taiwanese president to the United States.",
     ("CHN", "TWN", "11")),
    ("Thousands of students protested the decision in Seoul.", ("KOR", "KOR", "14")),
    # money given in any currency is economic aid
    ("Japan contributed a million rupees to Nepal.", ("JPN", "NPL", "07")),
    ("Saudi Arabia gave 2 billion riyals to Egypt.", ("SAU", "EGY", "07")),
    ("Switzerland contributed 5 million Swiss francs to Lebanon.", ("CHE", "LBN", "07")),
    ("Norway contributed a million euros to Jordan.", ("NOR", "JOR", "07")),
    # ties given up by any wire verb reduce relations
    ("Panama renounced its relations with Taiwan.", ("PAN", "TWN", "16")),
    ("The Solomon Islands dissolved diplomatic ties with Taipei.", ("SLB", "TWN", "16")),
    ("Egypt gave up its ties with Iran.", ("EGY", "IRN", "16")),
    # whom a deal's purpose supplies is a party to it
    ("Russia signed an accord on Thursday to supply Egypt with 50,000 tonnes of wheat.",
     ("RUS", "EGY", "05")),
    ("Russia signed an agreement to sell fighter jets to India.", ("RUS", "IND", "05")),
    # a sea named after a country is no party to an accord about it
    ("Vietnam and India agreed that disputes in the South China Sea should be settled by "
     "arbitration.", ("VNM", "IND", "03")),
    # a role noun's "in" phrase with two countries names both
    ("Officials in Russia and China welcomed the agreement with Japan.", ("CHN", "JPN", "05")),
    # an announced protest or boycott is a threat of dissent (133) made today; an act said
    # to follow on a condition is a threat or an offer made ("would … unless / if / until")
    ("Kenya's main opposition party said it would boycott the October election.",
     ("KEN", "", "13")),
    ("Egypt said it would expel the Sudanese envoy unless Khartoum apologised.",
     ("EGY", "SDN", "13")),
    ("U.S. senators drafted a bill that would sanction Turkish banks until Ankara withdraws.",
     ("USA", "TUR", "13")),
    ("Colombian rebels said they would free the soldiers if the army halted its raids.",
     ("COL", "COL", "03")),
    # a bond to a future act is an intent of the one bound
    ("Ghana is committed to withdrawing its troops from Mali.", ("GHA", "MLI", "03")),
    # a broken ceasefire accord is fighting (196), another broken accord a rejection
    ("Azerbaijani troops violated the ceasefire agreement with Armenia on Sunday.",
     ("AZE", "ARM", "19")),
    ("Indian and Pakistani troops breached the truce deal in Kashmir.", ("IND", "PAK", "19")),
    # respecting or upholding another state's sovereignty endorses it
    ("China upholds the sovereignty and independence of Laos.", ("CHN", "LAO", "05")),
    # a death from abuse in custody: the jailers (or the place) did it to the dead one
    ("A Kurdish activist died in a Turkish prison after torture, his lawyer said.",
     ("TUR", "TUR", "18")),
    ("A blogger died in custody in Vietnam due to beatings.", ("VNM", "VNM", "18")),
    ("A dissident was tortured to death in an Iranian prison.", ("IRN", "IRN", "18")),
    # the parties of fighting or talks may hang on the verb the noun happens by
    ("Clashes broke out between Armenian and Azerbaijani forces.", ("ARM", "AZE", "19")),
    ("A meeting took place between Putin and Erdogan in Sochi.", ("TUR", "RUS", "04")),
    # a weapon that hit a place people use was fired by its owner
    ("A Russian missile hit a residential building in Kyiv.", ("RUS", "UKR", "19")),
    # owning up to an attack says who attacked
    ("The Houthis claimed responsibility for the drone strike on Saudi oil facilities.",
     ("YEM", "SAU", "19")),
    # receiving or welcoming a person hosts a visit; "is mediating" misread as "is" + noun
    ("The Egyptian president received Abbas in Cairo on Sunday.", ("EGY", "PSE", "04")),
    ("Qatar is mediating between Israel and Hamas.", ("QAT", "ISR", "04")),
    # forces sent by order and weapons put on show are a force posture
    ("The Pentagon ordered an aircraft carrier to the Persian Gulf.", ("USA", "", "15")),
    ("Iran unveiled a new long-range ballistic missile.", ("IRN", "", "15")),
    # leaders who gathered for a summit met
    ("African leaders gathered in Addis Ababa for an emergency summit.", ("", "ETH", "04")),
    # the state someone is put in: under house arrest, under curfew, on lockdown
    ("Myanmar's military placed Aung San Suu Kyi under house arrest.", ("MMR", "MMR", "17")),
    ("Indian authorities put Srinagar under curfew.", ("IND", "IND", "17")),
    ("Pakistani police charged the protesters with batons.", ("PAK", "PAK", "17")),
    ("Iran blocked Instagram and WhatsApp.", ("IRN", "", "17")),
    # an authority that stops an organisation's work coerces it; workers stopping work strike
    ("Russia suspended the activities of Amnesty International.", ("RUS", "AMN", "17")),
    ("Hungarian dock workers stopped work on Monday.", ("HUN", "", "14")),
    ("Protesters rallied against Israel's siege of Gaza.", ("ISR", "PSE", "19")),
    # solidarity with a side supports it; condolences stay an empathetic comment (018)
    ("Turkey voiced solidarity with Azerbaijan.", ("TUR", "AZE", "05")),
    ("Poland stands in solidarity with Ukraine.", ("POL", "UKR", "05")),
    ("Egypt expressed its condolences to Turkey over the earthquake.", ("EGY", "TUR", "01")),
    # a coercive step weighed against someone, or a price they will pay, threatens them
    ("The EU is mulling new sanctions on Belarus.", ("EU", "BLR", "13")),
    ("The US is weighing military action against Syria.", ("USA", "SYR", "13")),
    ("Erdogan said Greece would pay a heavy price for its provocations.", ("TUR", "GRC", "13")),
    # force posture: alert raised (one's own forces are what is mobilized, no target),
    # patrols ordered, one's own forces strengthened somewhere
    ("India raised the alert level of its troops along the border.", ("IND", "", "15")),
    ("Turkey reinforced its troops near the Syrian border.", ("TUR", "SYR", "15")),
    ("The Security Council strengthened the UN peacekeeping force in Lebanon.",
     ("UNO", "LBN", "07")),
    # "called on" a person with no act asked of them, or only to talk, is a courtesy visit
    ("The Chinese ambassador called on Prime Minister Imran Khan on Monday.",
     ("CHN", "PAK", "04")),
    ("The minister called on Erdogan to exchange views on regional issues.", ("", "TUR", "04")),
    # ground taken by force, a place name as the object: fighting
    ("The Taliban seized Kandahar on Thursday.", ("AFG", "AFG", "19")),
    ("Houthi rebels seized control of the capital Sanaa.", ("YEM", "YEM", "19")),
    # news_recall.tsv: wire wording of yielding, protest and joint drills
    ("Ethiopian troops withdrew from Mekelle on Monday.", ("ETH", "ETH", "08")),
    ("Turkey pulled out of Syria.", ("TUR", "SYR", "08")),
    ("Pakistan's interior minister quit over the leaked tapes.", ("PAK", "", "08")),
    ("The Houthis announced a unilateral truce in Yemen.", ("YEM", "YEM", "08")),
    ("An Egyptian court granted bail to the Qatari journalist.", ("EGY", "QAT", "08")),
    ("Washington unfroze $6 billion in Iranian funds.", ("USA", "IRN", "08")),
    ("Myanmar permitted the opposition to hold a rally.", ("MMR", "MMR", "08")),
    ("Syria gave UN inspectors access to the site.", ("SYR", "UNO", "08")),
    ("Venezuelan opposition supporters rallied in Caracas on Saturday.", ("VEN", "VEN", "14")),
    ("Chilean students marched through Santiago.", ("CHL", "CHL", "14")),
    ("Belarusian opposition activists staged a sit-in outside the ministry.",
     ("BLR", "BLR", "14")),
    ("Greek dockworkers walked off the job on Tuesday.", ("GRC", "", "14")),
    ("India and the United States conducted joint military drills.", ("IND", "USA", "06")),
    ("The Russian and Chinese navies held joint exercises in the Sea of Japan.",
     ("RUS", "CHN", "06")),
    # a participle right after the verb describes its object ("returned looted artifacts")
    ("Germany returned looted artifacts to Nigeria.", ("DEU", "NGA", "08")),
    ("Turkey opened its borders to Afghan refugees.", ("TUR", "AFG", "07")),
    ("The Security Council failed to renew the arms embargo on Iran.", ("UNO", "IRN", "08")),
    ("A Kenyan court threw out the appeal by the opposition leader.", ("KEN", "KEN", "12")),
    ("Greece opposed Turkey's membership bid.", ("GRC", "TUR", "12")),
    ("Nepalese troops serve in the UN peacekeeping mission in Lebanon.", ("NPL", "LBN", "07")),
    ("China extended a $2 billion credit line to Sri Lanka.", ("CHN", "LKA", "07")),
    ("Kenya's high court opened a hearing into the killings.", ("KEN", "", "09")),
    ("Kenyan police set free 30 detained protesters.", ("KEN", "KEN", "08")),
    ("Italy handed over two looted statues to Greece.", ("ITA", "GRC", "08")),
    ("Israel scrapped its blockade of Gaza.", ("ISR", "PSE", "08")),
    # a state of emergency is eased on the state's own ground (as "put Srinagar under curfew")
    ("Egypt rolled back the state of emergency in Sinai.", ("EGY", "EGY", "08")),
    ("The EU rescinded its travel ban on Belarusian officials.", ("EU", "BLR", "08")),
    ("Uganda's opposition leader dismissed President Museveni's election victory.",
     ("UGA", "UGA", "12")),
    ("A Turkish court set free the Greek journalist after eight months in prison.",
     ("TUR", "GRC", "08")),
    ("Twenty Colombian rebels gave up to the army.", ("COL", "COL", "08")),
    ("Washington cut off food supplies to Somalia.", ("USA", "SOM", "16")),
    ("Sudan ordered out 20 humanitarian workers.", ("SDN", "SDN", "16")),
    ("Russia's Supreme Court rebuffed an appeal by Ukraine.", ("RUS", "UKR", "12")),
    # "$X in aid": the sum names what it is in
    ("Kenya received $400 million in budget support from the World Bank.",
     ("WB", "KEN", "07")),
    ("Japan provided $10 million in emergency assistance to the Philippines.",
     ("JPN", "PHL", "07")),
    ("A Turkish aid convoy arrived in Gaza.", ("TUR", "PSE", "07")),
    ("Russian arms deliveries to Syria continued.", ("RUS", "SYR", "07")),
    # reported blame: "said X was behind / responsible for / illegal"
    ("Kyiv said Moscow was behind the drone attack.", ("UKR", "RUS", "11")),
    ("Pakistan said India was responsible for the blast in Lahore.", ("PAK", "IND", "11")),
    ("Iran's foreign ministry said the US sanctions were illegal.", ("IRN", "USA", "11")),
    # a stance refused now, an intent denied, a result not accepted: rejections
    ("Serbia does not recognize Kosovo's independence.", ("SRB", "XKX", "12")),
    ("Moscow has no intention of withdrawing its troops from Crimea.", ("RUS", "UKR", "12")),
    ("The Kenyan opposition said it will not accept the election results.",
     ("KEN", "", "12")),
    ("Ethiopia restored internet services in the Tigray region.", ("ETH", "ETH", "08")),
    ("Israel allowed fuel into Gaza.", ("ISR", "PSE", "08")),
    ("Germany called the Turkish ruling a blow to democracy.", ("DEU", "TUR", "11")),
    ("Kenyan lawmakers voted down the government's budget.", ("KEN", "KEN", "12")),
    ("Odinga challenged Kenyatta's victory in the Supreme Court.", ("KEN", "KEN", "12")),
    # a crowd's storming, occupying or burning is protest
    ("Sri Lankan protesters stormed the presidential palace.", ("LKA", "LKA", "14")),
    ("Iraqi protesters set fire to the Iranian consulate in Najaf.", ("IRQ", "IRN", "14")),
    ("The Indian air force flew 20 tonnes of relief material to Turkey.", ("IND", "TUR", "07")),
    ("The United States suspended part of a military aid program for Bosnia.",
     ("USA", "BIH", "16")),
    ("Washington withheld military aid to Ukraine.", ("USA", "UKR", "16")),
    ("Japan approved a request from the Philippines for help.", ("JPN", "PHL", "08")),
    ("Germany approved the asylum application of the Saudi activist.", ("DEU", "SAU", "07")),
    ("Nepal is sending troops to the UN peacekeeping force in Lebanon.", ("NPL", "UNO", "07")),
    ("Japan announced a boost in aid to Ukraine.", ("JPN", "UKR", "07")),
    # a participial remark may open the text
    ("Blaming Russia for the blackout, Ukraine called for new sanctions.",
     ("UKR", "RUS", "11")),
    # frames of accusation, rejection and promise (tests/data/frame_probes.tsv has more)
    ("Serbia drew sharp criticism from Croatia over the border incident.", ("HRV", "SRB", "11")),
    ("Russia assured Armenia that it would keep its base in Gyumri.", ("RUS", "ARM", "01")),
    ("Kosovo denied Serbian claims that it had mistreated the detainees.", ("XKX", "SRB", "01")),
    ("The Tunisian president ruled out Algeria's call for a referendum.", ("TUN", "DZA", "12")),
    ("Bolivia said Chile was to blame for the collapse of the talks.", ("BOL", "CHL", "11")),
    ("Colombia shot down Venezuela's proposal for joint patrols.", ("COL", "VEN", "12")),
    ("Tehran waved off Saudi allegations of arms smuggling.", ("IRN", "SAU", "01")),
    ("The Kremlin poured cold water on France's peace initiative.", ("RUS", "FRA", "12")),
    ("The Nigerian president demanded that Niger's junta release the ousted leader.",
     ("NGA", "NER", "10")),
    ("Iranian state television called the Saudi crown prince a warmonger.", ("IRN", "SAU", "11")),
    ("Venezuela branded the Colombian president a coward.", ("VEN", "COL", "11")),
    # criticism rejected is a rejection aimed at the critic (CAMEO would say 052, a defence
    # of one's own policy, which reads as praise of the critic in a dyad)
    ("The Israeli prime minister rejected French criticism of the raid.", ("ISR", "FRA", "12")),
    ("Jordan's acceptance of the Egyptian plan opened the border crossing.", ("JOR", "EGY", "03")),
    # calling on others to boycott a party rallies opposition to it; the caller boycotts nothing
    ("Kuwait called for a boycott against Denmark.", ("KWT", "DNK", "11")),
    ("The Arab League urged a boycott of Israeli products.", ("ARL", "ISR", "11")),
    ("Bangladesh's parliament demanded a boycott of Myanmar goods.", ("BGD", "MMR", "11")),
    # soldiers marching show force; they do not demonstrate
    ("Armenian soldiers marched toward the Azerbaijani border.", ("ARM", "AZE", "15")),
    ("A Turkish court ordered the release of a German journalist.", ("TUR", "DEU", "08")),
    ("A Russian court ordered the detention of an American reporter.", ("RUS", "USA", "17")),
    # leaders clash in words; troops in arms
    ("The French president clashed with Trump over climate policy.", ("FRA", "USA", "11")),
    ("Trump clashed with China over trade.", ("USA", "CHN", "11")),
    ("Indian and Chinese troops clashed in the Galwan valley.", ("IND", "CHN", "19")),
    # attacks promised or vowed are threats made, not attacks done
    ("Hamas promised new attacks on Israel.", ("PSE", "ISR", "13")),
    ("The Houthis pledged further raids on Saudi oil facilities.", ("YEM", "SAU", "13")),
    # the target behind a thing given or returned, or where the act's purpose takes it: who
    # took it, who comes to hold it, the place a purpose clause works in; a dative the parser
    # read as a second object; "most of the drones" is drones
    ("Ghana approved a $40 million loan to rebuild flooded schools in Togo.",
     ("GHA", "TGO", "07")),
    ("Chad agreed to open its airspace for relief flights to reach Sudan.", ("TCD", "SDN", "03")),
    ("Chad agreed to open its border for aid convoys to enter Sudan.", ("TCD", "SDN", "03")),
    ("The Taliban agreed to return vehicles they had seized from Pakistani border guards.",
     ("AFG", "PAK", "03")),
    ("Belarus supplied many of the rifles Venezuela has bought since 2015.",
     ("BLR", "VEN", "07")),
    ("Kuwait handed Jordan's central bank a $500 million deposit on Monday.",
     ("KWT", "JOR", "07")),
    ("Norway announced $30 million in new funding to fight malaria in Kenya.",
     ("NOR", "KEN", "07")),
    # a definite noun whose owner the sentence named before is that owner's
    ("Hours after Serbia's offer was made public, Kosovo dismissed the offer as a trick.",
     ("XKX", "SRB", "12")),
    ("Japan announced a sharp increase in funding to fight malaria in Ghana.",
     ("JPN", "GHA", "07")),
    # the source's own troops withdrawn: where the clause on the withdrawal says
    ("Rwanda is willing to withdraw its soldiers once an African Union force has been "
     "deployed to Mozambique.", ("RWA", "MOZ", "03")),
    # a show of force aimed at someone by its purpose; "closer to" the border with someone
    ("France sent a frigate to the eastern Mediterranean to deter Turkey.",
     ("FRA", "TUR", "15")),
    ("Azerbaijan moved tanks closer to its border with Armenia.", ("AZE", "ARM", "15")),
    # the source's own envoy called home is no target, where it is called from is; trade
    # privileges taken away; the short name of a capital; a fighter aircraft is no rebel
    ("Kenya recalled its High Commissioner from Kampala on Monday.", ("KEN", "UGA", "16")),
    ("Washington revoked the special trade status it had granted to Hong Kong.",
     ("USA", "HKG", "16")),
    ("Delhi accused Beijing of building roads on Indian soil.", ("IND", "CHN", "11")),
    ("The Egyptian air force shot down a Libyan MiG-23 over the border.", ("EGY", "LBY", "19")),
    # a violation claimed by the other side is its accusation; a release announced is the
    # announcer's pledge; a threat is aimed at whoever must meet its condition; "the pilot"
    # is the pilot named a few sentences before
    ("Seoul said North Korean jets violated its airspace on Monday.", ("KOR", "PRK", "11")),
    ("Ankara announced that the detained Greek soldiers will be released.", ("TUR", "GRC", "03")),
    ("Armenia warned that its army would respond if Azerbaijan attacked.", ("ARM", "AZE", "13")),
    ("Syrian forces captured a Turkish pilot on Monday. The army said its units were searching "
     "the area. Damascus said on Tuesday that it had released the pilot.", ("SYR", "TUR", "08")),
    # ties broken told as a noun; pledges signed by two; the host of a signing ceremony hosts
    # its signers; "under the accord" is no object of the agreeing
    ("Bahrain announced the severing of diplomatic ties with Qatar.", ("BHR", "QAT", "16")),
    ("Rwanda and Burundi signed pledges to reopen their border.", ("RWA", "BDI", "05")),
    ("Japan and India signed the accord in a ceremony hosted by Thailand.", ("THA", "IND", "04")),
    ("Under the accord, Malawi agreed to open its embassy in Israel.", ("MWI", "ISR", "03")),
    # a deal declared void is rejected, aimed at those who made it; what a relative clause
    # says someone made is theirs
    ("Cyprus and Israel signed a gas accord on 3 August. Turkey declared the agreement null "
     "and void.", ("TUR", "CYP", "12")),
    ("Seoul rejected the demands that Tokyo had sent last month.", ("KOR", "JPN", "12")),
    # a leading date with no comma in a later clause; "named" as a translated "called";
    # insults traded by "the two capitals" of the last event between two countries
    ("On 1 February Putin met Erdogan in Moscow, and on 9 February Kim Jong Un and the "
     "President of South Korea Moon Jae-in met at Panmunjom.", ("PRK", "KOR", "04")),
    ("Kim Jong Un named Trump a mentally deranged old man.", ("PRK", "USA", "11")),
    ("Russia threatened Ukraine on Monday. The two capitals then traded insults.",
     ("UKR", "RUS", "11")),
    # a go-between brokers a deal between its signers, who sign it with each other; a phrase
    # set off on the verb frames the act; "the ministers of the two countries"
    ("Russia and Ukraine signed a grain deal brokered by Turkey.", ("TUR", "RUS", "04")),
    ("Russia and Ukraine signed a grain deal brokered by Turkey.", ("RUS", "UKR", "05")),
    ("The delegations of Serbia and Kosovo with the mediation of the European Union held "
     "talks in Brussels.", ("SRB", "XKX", "04")),
    ("Armenia held talks with Azerbaijan under the auspices of the OSCE.", ("ARM", "AZE", "04")),
    # the go-between whose mediation talks are held with or under mediates between the sides
    ("The delegations of Serbia and Kosovo with the mediation of the European Union held "
     "talks in Brussels.", ("EU", "XKX", "04")),
    ("Armenia and Azerbaijan met on Monday under Russian mediation.", ("RUS", "AZE", "04")),
    ("Kenya and Somalia agreed to reopen their embassies, in a deal brokered by Qatar.",
     ("KEN", "SOM", "03")),
    ("Kenya and Somalia agreed to reopen their embassies, in a deal brokered by Qatar.",
     ("QAT", "SOM", "04")),
    ("Serbia and Kosovo agreed to hold talks. The foreign ministers of the two countries met "
     "on Monday.", ("SRB", "XKX", "04")),
    # envoys sent home cut relations (16) in any wording; other people deported stay 17
    ("Peru announced the expulsion of two Venezuelan embassy officials on Friday.",
     ("PER", "VEN", "16")),
    ("Bolivia ordered the Chilean consul to leave La Paz within 48 hours.", ("BOL", "CHL", "16")),
    ("Peru asked the Bolivian ambassador to leave the country on Friday.", ("PER", "BOL", "16")),
    ("Chile expelled the Peruvian consul general in Arica.", ("CHL", "PER", "16")),
    ("Thailand deported 40 Cambodian workers on Monday.", ("THA", "KHM", "17")),
    # a handover named by its noun; aid approved by the donor (approving access stays 086);
    # troops put on alert near someone's border are shown to that country
    ("Azerbaijan completed the handover of 15 Armenian detainees on Tuesday.",
     ("AZE", "ARM", "08")),
    ("Japan approved 20 million dollars in aid for Malawi.", ("JPN", "MWI", "07")),
    ("Egypt approved aid convoys to Sudan.", ("EGY", "SDN", "08")),
    ("Greece put its troops near the Turkish border on high alert.", ("GRC", "TUR", "15")),
    # police, courts or armies working together cooperate materially (06), states in words (05)
    ("Nigerian police are cooperating with Interpol to trace the suspects.", ("NGA", "ITP", "06")),
    ("The Iraqi army cooperated with U.S. forces in the battle for Mosul.", ("IRQ", "USA", "06")),
    ("France worked with Germany on the proposal.", ("FRA", "DEU", "05")),
    # a gift of aid that arrives is aid given, not a visit (even when the lemmatizer misses
    # "doses")
    ("Japan's gift of 500,000 vaccine doses arrived in Hanoi on Sunday.", ("JPN", "VNM", "07")),
    # a veto lifted is a concession, as one dropped is
    ("Turkey lifted its veto on Sweden's NATO membership on Monday.", ("TUR", "SWE", "08")),
    # places of daily life hit by strikes
    ("Russian missiles hit a shopping mall in Kharkiv on Monday.", ("RUS", "UKR", "19")),
    # the object of "at"/"on" that the parser made the subject of a participle
    ("Kenyan police fired tear gas at protesters marching on parliament.", ("KEN", "KEN", "17")),
    # a headline's base-form verb after a group's name, which the tagger reads as an adjective
    ("Taliban free two Turkish engineers", ("AFG", "TUR", "08")),
    ("Houthis release Saudi soldiers in swap", ("YEM", "SAU", "08")),
    # aid or outsiders let in (the parser may make what is let in a clause of its own)
    ("Ethiopia let aid convoys into Tigray.", ("ETH", "ETH", "08")),
    ("Iran allowed IAEA inspectors into the Fordow site.", ("IRN", "IAEA", "08")),
    # troops sent to serve with or join a UN or AU mission keep the peace (074)
    ("Ghana deployed 800 soldiers to join the UN mission in Mali.", ("GHA", "UNO", "07")),
    ("Burundi sent 1,000 troops to serve with the African Union force in Somalia.",
     ("BDI", "AU", "07")),
    # conflictual speech (own sentences): people "at" a place still strike; a protest clause
    # on the strike noun, whose holders protest; a threat's "by" phrase is its owner; blame
    # as "held X responsible"; "ruled out" as a refusal of the act it rules out; a span of
    # time given to act is a deadline; who drafted the thing vetoed
    ("Workers at Chile's largest copper mine went on strike over the government's pension "
     "plan.", ("CHL", "", "14")),
    ("Palestinian prisoners began a hunger strike to protest against Israel's detention "
     "policy.", ("PSE", "ISR", "14")),
    ("A threat by the Taliban to attack U.S. troops drew a sharp response.",
     ("AFG", "USA", "13")),
    ("Kenya held Somalia responsible for the attack on the border town.", ("KEN", "SOM", "11")),
    ("Britain ruled out sending troops to Ukraine.", ("GBR", "UKR", "12")),
    ("The Sudanese army gave the rebels 48 hours to leave Khartoum.", ("SDN", "SDN", "13")),
    ("Russia vetoed a resolution drafted by France.", ("RUS", "FRA", "12")),
    # the author of the document a passive is told in; a text blocked is vetoed; a threat
    # told as what the speaker will do is aimed at whom that act is against; a protest's
    # "against" beats where it was held; a strike's demand names who must act
    ("The Ethiopian army was accused of killing civilians in a report by Amnesty "
     "International.", ("AMN", "ETH", "11")),
    ("Russia blocked a UN statement condemning Myanmar's crackdown on protesters.",
     ("RUS", "UNO", "12")),
    ("Beijing warned that it would take strong countermeasures against Washington if the sale "
     "went ahead.", ("CHN", "USA", "13")),
    ("Zambian nurses went on strike to demand the government pay salary arrears.",
     ("ZMB", "ZMB", "14")),
    # a government protesting "against" complains officially; taken to a court or tribunal,
    # a criminal case opened; war crimes committed; "what it called X by Y"
    ("Poland's foreign ministry protested against the Russian incursion into its airspace.",
     ("POL", "RUS", "11")),
    ("Australia took China to the World Trade Organization over its tariffs on barley.",
     ("AUS", "CHN", "11")),
    ("Ukrainian prosecutors opened a criminal case against the Russian commander.",
     ("UKR", "RUS", "11")),
    ("Russian troops committed war crimes against civilians in Bucha.", ("RUS", "UKR", "20")),
    ("Lithuania denounced what it called a smear campaign by Belarus.", ("LTU", "BLR", "11")),
    # kept from entering a country; a strike by workers is a labour strike; a nominal
    # accusation is about its clause's subject; "by" names who boycotts
    ("Serbia barred a Croatian minister from entering the country.", ("SRB", "HRV", "12")),
    ("The strike by Belgian dockworkers against the pension reform entered its third day.",
     ("BEL", "", "14")),
    ("The accusation by Armenia that Azerbaijan had shelled border villages came on Monday.",
     ("ARM", "AZE", "11")),
    ("The boycott of the Beijing Olympics by Western governments angered China.",
     ("", "CHN", "14")),
    ("A strike by Israeli jets killed 20 people in Rafah.", ("ISR", "PSE", "19")),
    # "sit-in" split by the tokenizer and read as a modifier of the place
    ("Kenyan protesters staged a sit-in outside parliament.", ("KEN", "KEN", "14")),
    # people of a trade who strike walk out
    ("Kenyan doctors strike over pay", ("KEN", "", "14")),
    ("Thousands of Nigerian teachers struck on Monday against the new pension law.",
     ("NGA", "", "14")),
    # another party's words dismissed or shrugged off; a proposal called a non-starter or a
    # text null and void is rejected
    ("Venezuela's foreign minister dismissed as interventionist a statement by the U.S. "
     "State Department.", ("VEN", "USA", "12")),
    ("Moscow shrugged off the warning from NATO.", ("RUS", "NATO", "12")),
    ("Baku called the Armenian proposal a non-starter.", ("AZE", "ARM", "12")),
    ("Ankara described the European Parliament's resolution as null and void.",
     ("TUR", "EU", "12")),
    # what another side decided or imposed, not accepted
    ("Seoul said it could not accept Tokyo's export curbs.", ("KOR", "JPN", "12")),
    # staying on strike
    ("Nigerian doctors remained on strike on Monday.", ("NGA", "", "14")),
    # an act told with the wire's attribution after it is the act (and the teller's charge);
    # "prompting/leading/forcing X to act": X acts; a possessive in the reason for a move
    # against someone is that one's ("cut ties with Israel over its war")
    ("Eritrean troops shelled Ethiopian border villages overnight, Addis Ababa said.",
     ("ERI", "ETH", "19")),
    ("Somali pirates hijacked a Liberian-flagged freighter, the Liberian government said.",
     ("SOM", "LBR", "18")),
    ("Chad seized Sudanese lorries on the border, prompting Khartoum to recall its envoy.",
     ("SDN", "TCD", "16")),
    ("The arrests led Azerbaijan to expel two Iranian diplomats.", ("AZE", "IRN", "16")),
    ("Belize broke off relations with Israel on Monday over its war in Gaza.",
     ("ISR", "PSE", "19")),
    # a participle set off after an order is the orderer's, and after an asking is no ask;
    # leaving a named organisation by any verb reduces relations with it
    ("Chad's junta told the Swiss consul to leave within a week, accusing Bern of spying.",
     ("TCD", "CHE", "11")),
    ("Poland urged Hungary to back the aid, saying Budapest was responsible for the delay.",
     ("POL", "HUN", "11")),
    ("The Philippines withdrew from the International Criminal Court in 2019.",
     ("PHL", "ICC", "16")),
    ("Indonesia quit OPEC in 2016 after becoming a net importer of oil.", ("IDN", "OPEC", "16")),
    # companies named by their name; an official complaint made by summoning an envoy
    ("China sanctioned Boeing and Northrop Grumman over arms sales to Taiwan.",
     ("CHN", "USA", "16")),
    ("Japan summoned the South Korean ambassador to protest the court ruling.",
     ("JPN", "KOR", "11")),
    # a participle told of a crowd happened where the crowd's own act did
    ("Hundreds of demonstrators rallied outside the Russian embassy in Tbilisi, demanding the"
     " withdrawal of Russian troops.", ("GEO", "RUS", "10")),
    # what one tells someone one is ready to do is offered to the one told
    ("Lavrov told Wang Yi that Moscow was ready to resume talks on the border.",
     ("RUS", "CHN", "03")),
    ("The Iranian president assured his Iraqi counterpart that Tehran was willing to cooperate"
     " on water.", ("IRN", "IRQ", "03")),
    # a second act joined by "and", with no one else named, is done to the first's target
    ("Germany withdrew its ambassador from Mali and began pulling out its troops.",
     ("DEU", "MLI", "08")),
    # a visit by someone, with no place named, is to the one whose act it is told beside
    ("Iran freed two French tourists on Monday during a visit by the Swiss foreign minister.",
     ("CHE", "IRN", "04")),
    # told "in a phone call" is a call with the one told, named by a modifier too
    ("Blinken told his Indian counterpart in a phone call that Washington backed the plan.",
     ("USA", "IND", "04")),
    # translated verb-final clauses: two joined by a bare "and", an intransitive one with
    # only a named place before its verb, a leading date with no comma before a nationality
    ("The president of Peru the raid on Bolivian smugglers blamed and the next day the "
     "bridge closed.", ("PER", "BOL", "11")),
    ("The Kenyan president the expulsions condemned and called for talks.",
     ("KEN", "", "11")),
    ("In March the president Tinubu to Accra travelled.", ("NGA", "GHA", "04")),
    ("The Uzbek foreign minister on Monday in Astana arrived.", ("UZB", "KAZ", "04")),
    ("The talks stalled on Tuesday. On Wednesday Sudanese troops shelled Ethiopian border "
     "villages.", ("SDN", "ETH", "19")),
    # a hyphenated title in the subject, a relative after its preposition, a time phrase
    # with "later" before the subject
    ("The Mexican vice-president the remarks of the Guatemalan minister sharply criticised.",
     ("MEX", "GTM", "11")),
    ("The presidents of Chad and Niger a security pact signed, under which the two armies "
     "the border jointly patrol.", ("TCD", "NER", "05")),
    ("Two days later the Kenyan president the Somali envoy in Nairobi received.",
     ("KEN", "SOM", "04")),
    # a rough count opening the object of a translated clause
    ("The Algerian police some 300 Malian migrants expelled.", ("DZA", "MLI", "17")),
    ("In the following days the Thai army more than two thousand Burmese refugees deported.",
     ("THA", "MMR", "17")),
    # a third side's word on a bare matter two sides share is aimed at both of them; "the
    # two sides" after it are still the two
    ("Armenian and Azerbaijani forces clashed overnight. Iran offered to mediate the "
     "dispute.", ("IRN", "ARM", "03")),
    ("Armenian and Azerbaijani forces clashed overnight. Iran offered to mediate the "
     "dispute.", ("IRN", "AZE", "03")),
    ("Sudan and South Sudan signed an oil accord in Addis Ababa. The African Union welcomed "
     "the agreement.", ("AU", "SSD", "05")),
    ("Sudan and South Sudan signed an oil accord. Egypt welcomed the agreement. The two sides "
     "will meet again next month.", ("SDN", "SSD", "03")),
    # wire idioms and predicate adjectives with no literal event verb (session 23): a
    # helping hand extended is aid; reaching out is contact; a door slammed on a proposal is
    # a rejection; being critical of, opposed to or at odds with someone; militias standing
    # down retreat; "let go" read as auxiliary + "go"; a memorandum "of understanding with";
    # plural objects the lemmatizer cut ("doses"); handing over a drug lord is extradition
    ("Qatar extended a helping hand to flood-stricken Pakistan on Sunday.", ("QAT", "PAK", "07")),
    ("Nepal's foreign minister reached out to India on Tuesday.", ("NPL", "IND", "04")),
    ("Tokyo slammed the door on Moscow's peace treaty proposal.", ("JPN", "RUS", "12")),
    ("The Dutch government was critical of Turkey's crackdown on journalists.",
     ("NLD", "TUR", "11")),
    ("Poland is opposed to Germany's gas pipeline plan.", ("POL", "DEU", "12")),
    ("Peru remains at loggerheads with Chile over the fishing quota.", ("PER", "CHL", "11")),
    ("Georgian troops stood down along the boundary with Russia on Sunday.", ("GEO", "RUS", "08")),
    ("The Taliban let go three Turkish engineers on Friday.", ("AFG", "TUR", "08")),
    ("Ghana signed a memorandum of understanding with Togo on border security.",
     ("GHA", "TGO", "05")),
    ("Britain shipped 400,000 vaccine doses to Kenya.", ("GBR", "KEN", "07")),
    ("Ecuador handed over a drug lord to Colombia on Monday.", ("ECU", "COL", "06")),
    # aid in deeds and through a beneficiary: the wounded treated, the rescue come to, a
    # school built for a country, backing "with" equipment; those who benefited from a
    # donation received it
    ("Hungarian doctors treated wounded Ukrainian soldiers in Budapest.", ("HUN", "UKR", "07")),
    ("Saudi Arabia came to the rescue of Bahrain with a $10 billion package.",
     ("SAU", "BHR", "07")),
    ("China built a new hospital for Laos in 2019.", ("CHN", "LAO", "07")),
    ("Britain supports the Kenyan army with training and equipment.", ("GBR", "KEN", "07")),
    ("Yemeni families benefited from a food donation by Kuwait.", ("KWT", "YEM", "07")),
    # troops leaving a place of a named town, police leaving unnamed municipalities, backing
    # off a threat
    ("Ethiopian troops left the Mekelle airport on Sunday.", ("ETH", "ETH", "08")),
    ("Serbian police withdrew from border municipalities in Kosovo.", ("SRB", "XKX", "08")),
    ("Ankara backed off from its threat to expel the Danish ambassador.", ("TUR", "DNK", "08")),
    # what a delivery or a gift carries is read from its "of" phrase
    ("The delivery of 30 tonnes of medical aid to Malawi by Zambia began on Monday.",
     ("ZMB", "MWI", "07")),
    ("India's gift of two helicopters to Sri Lanka was welcomed in Colombo.", ("IND", "LKA", "07")),
    # serving with a peacekeeping mission protects where it serves; tariffs cut ease a trade
    # measure; being let out of prison is a release
    ("Nepalese soldiers are serving in the UN mission in Lebanon.", ("NPL", "LBN", "07")),
    ("Vietnam slashed tariffs on Australian beef on Monday.", ("VNM", "AUS", "08")),
    ("Minsk allowed the Lithuanian journalist to leave prison on Friday.", ("BLR", "LTU", "08")),
    # staying committed to a deal with someone, as an adjective after a linking verb or as a
    # participle parsed as a passive; criticism after "remains"
    ("Caracas remains committed to its oil deal with Beijing, the minister said.",
     ("VEN", "CHN", "03")),
    ("Armenia is committed to the peace agreement with Azerbaijan.", ("ARM", "AZE", "03")),
    ("Oslo remains critical of Moscow's treatment of dissidents.", ("NOR", "RUS", "11")),
    # debts written off relieve the debtor: "owed by" it, or its own
    ("Japan wrote off the loans owed by Myanmar, the embassy said.", ("JPN", "MMR", "07")),
    ("Brazil forgave $900 million of Mozambique's debt.", ("BRA", "MOZ", "07")),
    # helping another side's police catch someone, joint investigations and coordinated
    # patrols are cooperation; training alongside another army is a joint exercise
    ("Interpol helped Spanish police arrest a Moroccan smuggler.", ("ITP", "ESP", "06")),
    ("Zambian and Malawian police began a joint investigation into the smuggling ring.",
     ("ZMB", "MWI", "06")),
    ("Thai soldiers trained alongside Indonesian troops in Java.", ("THA", "IDN", "06")),
    # translated verb-final clauses: a second clause after a bare "and" that opens with a
    # phrase of source and shares the subject; a time phrase then a dated phrase before the
    # subject; a visit's place in a phrase of its own; an infinitive completing the object
    ("On Friday the Dutch government its ambassador in Ankara for consultations recalled and "
     "from the Turkish side an apology demanded.", ("NLD", "TUR", "16")),
    ("On Friday the Dutch government its ambassador in Ankara for consultations recalled and "
     "from the Turkish side an apology demanded.", ("NLD", "TUR", "10")),
    ("A day earlier, on 3 May, the Indian defence minister during his visit to Moscow his worry "
     "about the deliveries of Russian arms to Pakistan expressed.", ("IND", "RUS", "04")),
    ("Manila on Tuesday the Chinese plan to build an outpost on the reef criticised.",
     ("PHL", "CHN", "11")),
    # the object of a phrasal verb parsed as its particle's; a predicate the model read as a
    # clause; "made X responsible" as "held X responsible"
    ("Lithuania said that it breaks off the diplomatic relations with Belarus.",
     ("LTU", "BLR", "16")),
    ("Chad declared the German ambassador persona non grata on Friday.", ("TCD", "DEU", "16")),
    ("Kyiv made Moscow responsible for the shelling of the plant.", ("UKR", "RUS", "11")),
    # inspectors' cameras switched off; the IAEA by its news names
    ("North Korea switched off the surveillance cameras of the IAEA at Yongbyon.",
     ("PRK", "IAEA", "16")),
    ("The U.N. atomic watchdog criticised Syria for blocking its inspectors.",
     ("IAEA", "SYR", "11")),
    # translated clauses ending in their verb before its infinitive; a list of names with
    # commas in the subject, a titled name as the party met
    ("The Kremlin the Ukrainian side urged to return to the talks.", ("RUS", "UKR", "02")),
    ("On Monday the ministers of Kenya, Uganda and Tanzania with the President Paul Kagame "
     "met.", ("KEN", "TZA", "04")),
    # a proposal, demand or statement referred to is aimed at whoever made it
    ("Seoul demanded that Tokyo withdraw its export curbs. Tokyo rejected the demand on "
     "Monday.", ("JPN", "KOR", "12")),
    ("North Korea criticised the drills of South Korea. Seoul rejected the statement.",
     ("KOR", "PRK", "12")),
    ("Qatar and Egypt proposed that the United Nations monitor the truce. Israel turned down "
     "the proposal.", ("ISR", "QAT", "12")),
    # said to lack the will or good faith: criticised; an entry prohibited; a translated
    # relative clause whose pronoun is the object
    ("Serbia said Kosovo lacks good faith.", ("SRB", "XKX", "11")),
    ("Hungary said that Ukraine lacked the political will to protect minorities.",
     ("HUN", "UKR", "11")),
    ("Jordan prohibited the entry of two Israeli ministers on Sunday.", ("JOR", "ISR", "17")),
    ("Belarus expelled two Polish diplomats, whom it of espionage accused.",
     ("BLR", "POL", "11")),
    # a time phrase is no object ("On the same day … declared": no day of mourning)
    ("On the same day the Malian foreign minister declared the French ambassador persona non "
     "grata.", ("MLI", "FRA", "16")),
    # fighting or coordinating strikes beside another side's forces is military cooperation;
    # help to another side's prosecutors is judicial cooperation, money set apart for someone
    # aid, refugee status given asylum and aid dropped over a place humanitarian aid
    ("Chadian soldiers fought alongside Nigerien troops near Lake Chad.", ("TCD", "NER", "06")),
    ("Moscow coordinated air raids with Syrian forces near Aleppo.", ("RUS", "SYR", "06")),
    ("Italian magistrates provided legal assistance to Albania in the fraud case.",
     ("ITA", "ALB", "06")),
    ("Kuwait set aside $500 million for Jordan's refugee camps.", ("KWT", "JOR", "07")),
    ("Norway allocated 40 million kroner to Lebanon after the blast.", ("NOR", "LBN", "07")),
    ("Brazil granted refugee status to a Venezuelan opposition mayor.", ("BRA", "VEN", "07")),
    ("Egyptian planes airdropped aid over Gaza on Tuesday.", ("EGY", "PSE", "07")),
    # an arrest made at another side's request, or a suspect sent over to face trial there,
    # is judicial cooperation with that side (besides the arrest)
    ("Bulgarian police detained a Turkish journalist at the request of Ankara.",
     ("BGR", "TUR", "06")),
    ("Georgian police arrested a Ukrainian businessman on a Russian extradition request.",
     ("GEO", "RUS", "06")),
    ("Romania deported a British influencer to the United States to face trial.",
     ("ROU", "USA", "06")),
    # a measure revoked or an amendment withdrawn is a policy given up; support of a material
    # kind given is aid; rescuers who arrive bring help; a joint operation's partner is named
    # after "with" on the noun
    ("Ghana's president revoked the decree that suspended the opposition party.",
     ("GHA", "", "08")),
    ("Kenya withdrew a proposed amendment to its media law after protests.", ("KEN", "", "08")),
    ("Britain gave Jordan $60 million in budget support on Monday.", ("GBR", "JOR", "07")),
    ("Search and rescue teams from Greece arrived in Turkey on Tuesday.", ("GRC", "TUR", "07")),
    ("Somali troops conducted a joint operation with Kenyan forces near the border.",
     ("SOM", "KEN", "06")),
    # the side said to be a donor or an arms supplier gives aid; forces sent into another
    # land to protect or help it give protection; a release with no agent told by a court or
    # ministry is theirs; another side's wages paid are aid
    ("Norway is the biggest donor of humanitarian aid to Somalia.", ("NOR", "SOM", "07")),
    ("France is the main supplier of arms to Egypt.", ("FRA", "EGY", "07")),
    ("Britain deployed fighter jets to Estonia to protect it from Russian incursions.",
     ("GBR", "EST", "07")),
    ("Three Kenyan fishermen were freed on bail, a court in Kampala said.", ("UGA", "KEN", "08")),
    ("Kuwait paid the salaries of Yemeni teachers for six months.", ("KWT", "YEM", "07")),
    # a truce a third side brokered is still the parties'; people allowed to leave; gains
    # from another side's help; aid trucks crossing over; forces deployed in another land to
    # support its government; air cover given; another side's training sponsored
    ("The ceasefire between Armenia and Azerbaijan, brokered by Russia, took effect.",
     ("ARM", "AZE", "08")),
    ("Iran allowed a jailed British journalist to leave the country.", ("IRN", "GBR", "08")),
    ("Flood victims in Malawi benefited from Japanese assistance.", ("JPN", "MWI", "07")),
    ("Jordanian aid trucks crossed into Syria on Sunday.", ("JOR", "SYR", "07")),
    ("Russian troops deployed in Mali to support the junta.", ("RUS", "MLI", "07")),
    ("French jets provided air cover for Malian troops.", ("FRA", "MLI", "07")),
    ("Norway sponsored the training of Somali coast guards.", ("NOR", "SOM", "07")),
    # ground evacuated or given back by name; acts done in cooperation with another side or
    # jointly by two sides; a suspect sent back to stand trial
    ("Russian troops evacuated Kherson on Friday.", ("RUS", "", "08")),
    ("Portugal returned Macau to China in 1999.", ("PRT", "CHN", "08")),
    ("In cooperation with Interpol, Thai police arrested three Chinese fugitives.",
     ("THA", "ITP", "06")),
    ("Iraqi troops, in coordination with Kurdish forces, launched an offensive on Mosul.",
     ("IRQ", "", "06")),
    ("Brazil and Argentina jointly developed a nuclear submarine.", ("BRA", "ARG", "06")),
    ("Algerian and Tunisian police jointly arrested a smuggling ring.", ("DZA", "TUN", "06")),
    ("Morocco sent the suspect back to Spain to stand trial.", ("MAR", "ESP", "06")),
    # weapons handed in: the object of "in" read as the particle's
    ("Congolese militiamen handed in their rifles to UN peacekeepers on Monday.",
     ("COD", "UNO", "08")),
    # a giver joined by a hyphen to a participle of giving
    ("A Turkish-funded hospital in Mogadishu opened on Monday.", ("TUR", "SOM", "07")),
    # permission given to the one named right after the verb, not to a place further on
    ("Turkey gave the United States permission to use Incirlik for flights to Syria.",
     ("TUR", "USA", "08")),
    # translated verb-final clauses: a leading date run into the titled name after it; a title
    # going on in a capitalised "for" phrase; auxiliaries after the participle; a condition
    # set off by a comma before the subject; a subject listing "the" names; a relative after
    # "in the course of which"
    ("On Monday Chancellor Olaf Scholz the Chinese ambassador for explanations summoned.",
     ("DEU", "CHN", "11")),
    ("The next day the Minister for Europe and Foreign Affairs of France Jean-Yves Le Drian in a "
     'radio interview the decision of Tehran as "a provocation" described.', ("FRA", "IRN", "11")),
    ("Vilnius declared that the Belarusian consul from the country expelled was.",
     ("LTU", "BLR", "16")),
    ("Beijing warned that if the vessels do not leave, China tough sanctions against Manila will "
     "impose.", ("CHN", "PHL", "13")),
    ("On 2 June the foreign ministers of the United States, the United Kingdom and Japan in a "
     "joint statement the missile launch of North Korea condemned, in the course of which "
     "Pyongyang two missiles into the sea had fired.", ("GBR", "PRK", "11")),
    ("On 10 March the leaders of Japan and Australia a new defence pact signed, in the framework "
     "of which Tokyo to Canberra radar systems will deliver.", ("JPN", "AUS", "05")),
    # a titled subject with the person's name after it: the person, not the last government
    ("The Polish government expelled three diplomats. The official representative of the "
     "ministry Maria Zakharova the step of Warsaw as a provocation described.",
     ("RUS", "POL", "11")),
    # a measure told in the passive with no agent is the announcer's
    ("The Estonian foreign ministry announced that two Russian diplomats had been declared "
     "persona non grata.", ("EST", "RUS", "16")),
    # a subject set off by a relative clause before its verb-final main clause
    ("Lavrov, who was in Ankara on a visit, the statement of Kyiv as a provocation described.",
     ("RUS", "UKR", "11")),
    ("The Czech minister, who since April the duties held, the Russian ambassador summoned.",
     ("CZE", "RUS", "11")),
    # envoys posted in two capitals recalled: each capital's country is a target
    ("Saudi Arabia recalled its ambassadors in Doha and Tehran.", ("SAU", "IRN", "16")),
    ("Peru recalled its ambassadors in Mexico City and in La Paz.", ("PER", "BOL", "16")),
    # grounds said to point to a side's part in an act accuse it
    ("The British prime minister said there was clear evidence of Iran's role in the attack on "
     "the tanker.", ("GBR", "IRN", "11")),
    # a side said to owe an apology or an explanation is asked for it
    ("The Dutch premier said Ankara owed the Netherlands an explanation.", ("NLD", "TUR", "10")),
    # an ultimatum ignored is rejected
    ("Minsk ignored the ultimatum of Vilnius.", ("BLR", "LTU", "12")),
    # an envoy sent back mends ties; no one is deported
    ("Seoul sent its ambassador back to Tokyo on Monday.", ("KOR", "JPN", "05")),
    # concern voiced about what a side does criticises it
    ("The Japanese foreign minister voiced deep concern about the military activities of China "
     "near the Senkaku islands.", ("JPN", "CHN", "11")),
    ("Berlin expressed alarm over Moscow's troop deployment on the border.", ("DEU", "RUS", "11")),
    # the staff of a mission sent home, whatever their title, is a diplomatic expulsion
    ("Sofia expelled two employees of the Russian consulate in Ruse.", ("BGR", "RUS", "16")),
    # (session 24, translated analyses) a party put on a list of the sanctioned; astonishment
    # at another's act; a will to do something with another side
    ("The European Union added four Belarusian officials to its blacklist.", ("EU", "BLR", "16")),
    ("Hanoi voiced its astonishment at the decision of Beijing to ban fishing.",
     ("VNM", "CHN", "11")),
    ("President Tokayev reaffirmed his wish to deepen cooperation with Uzbekistan.",
     ("KAZ", "UZB", "03")),
    # a clause cut off by a semicolon is no content of the verb after it, and "he" after it
    # takes up the office holder who was its subject
    ("On 4 May the deputy foreign minister of Indonesia the Malaysian ambassador summoned and a "
     "protest lodged; he warned Kuala Lumpur of consequences if the boats not withdrawn are.",
     ("IDN", "MYS", "11")),
    ("On 4 May the deputy foreign minister of Indonesia the Malaysian ambassador summoned and a "
     "protest lodged; he warned Kuala Lumpur of consequences if the boats not withdrawn are.",
     ("IDN", "MYS", "13")),
    ("The Iranian foreign minister received the French ambassador on Monday, and he warned Paris "
     "against new sanctions.", ("IRN", "FRA", "13")),
    # "him"/"her" after a name set beside a noun with a nationality ("the British aid worker
    # X", "the Australian writer Y")
    ("The British aid worker Nazanin Zaghari-Ratcliffe was arrested at the airport. Iranian "
     "prosecutors later accused her of plotting against the state.", ("IRN", "GBR", "11")),
    ("The Australian writer Yang Hengjun was detained in Guangzhou. Chinese prosecutors charged "
     "him with espionage.", ("CHN", "AUS", "11")),
    # an order naming no one to carry it out is its author's act
    ("President Tebboune ordered to freeze the assets of three French companies.",
     ("DZA", "FRA", "16")),
    # an "according to" of a later coordinated clause leaves the first one asserted
    ("On 9 June the customs of India the import licence of the Chinese firm Xiaomi for the sale "
     "of phones revoked, and according to Indian newspapers other firms face checks too.",
     ("IND", "CHN", "17")),
    # translated verb-final clauses: the doer hung on the opening date, the whole sentence
    # read as a noun phrase, a passive with its "by" phrase before the participle
    ("On 3 March the customs of India the shipments of the Chinese toys blocked, citing safety "
     "rules.", ("IND", "CHN", "16")),
    ("On 12 April the authorities of Kenya the licence of the largest Somali airline for the "
     "flights to Nairobi revoked, with the reference to security concerns.", ("KEN", "SOM", "17")),
    ("Two Estonian officers were on Friday by the Russian border guards arrested.",
     ("RUS", "EST", "17")),
    # one's own words are not called irresponsible: "his" is the other side's; a clause
    # joined after ", and" with its own subject is no part of the accusation before it;
    # "these remarks" as lemmatised name words said before; ties cut with no one named are
    # cut with the side of the last quarrel
    ("Trudeau criticised the trial. Hua Chunying called his remarks irresponsible.",
     ("CHN", "CAN", "11")),
    ("Kenya accused Somalia of meddling in its election, and Mogadishu called the charge "
     "absurd.", ("SOM", "KEN", "01")),
    ("On Monday the Japanese minister said that Seoul broke the agreement. On Tuesday South "
     "Korea rejected these remarks as groundless.", ("KOR", "JPN", "12")),
    ("Spain summoned the Moroccan ambassador, and Rabat recalled the ambassador for "
     "consultations.", ("MAR", "ESP", "16")),
    # a call to free one's own people goes to whoever seized them
    ("Iranian guards seized a British tanker in the Gulf. London demanded the release of its "
     "crew.", ("GBR", "IRN", "10")),
    # a sentence read as one noun phrase: what was done to is no doer, nor is a later
    # clause's subject hung on the first as a conjunct
    ("The Kenyan side did not wait long. On 12 April the customs of Kenya the licence of the "
     "largest Somali airline for the flights to Nairobi revoked, with the reference to "
     "security, and according to the Somali press other carriers the problems with the "
     "flights face.", ("KEN", "SOM", "17")),
    # pressure and threats not accepted are refused; a refusal naming no one is made to the
    # other side of the story's last quarrel
    ("Beijing will not accept pressure from the United States, the spokesman said.",
     ("CHN", "USA", "12")),
    ("On 3 January Saudi Arabia cut ties with Iran. Tehran said it will not accept the "
     "decision.", ("IRN", "SAU", "12")),
    # a capital opening a translated clause with its object first is parsed as a name, not a
    # verb ("Baku", "Asmara", "Lusaka" stand in for a capital the parser reads well)
    ("Baku the statement of Yerevan as a provocation rejected.", ("AZE", "ARM", "12")),
    ("Asmara the proposal of Addis Ababa on Tuesday welcomed.", ("ERI", "ETH", "03")),
    ("Lusaka on Monday the Zimbabwean envoy summoned.", ("ZMB", "ZWE", "11")),
    # duties and levies raised on another side's goods, like tariffs
    ("China raised the duties on American soybeans.", ("CHN", "USA", "16")),
    ("Turkey tripled the levies on American cars.", ("TUR", "USA", "16")),
    # pressure not given in to answers the side that asked; "the raid" condemned is the
    # attack told before
    ("Berlin urged Warsaw to drop the judicial reform. Warsaw replied that Poland will not "
     "bow to such pressure.", ("POL", "DEU", "12")),
    ("Israeli jets bombed a convoy near Damascus. Tehran condemned the raid.",
     ("IRN", "ISR", "11")),
    # a past verb hung on an infinitive ("to restraint and blamed") goes with the main verb:
    # the caller blames, and says so as a fact
    ("Paris called on both sides to restraint and blamed Moscow for the escalation.",
     ("FRA", "RUS", "11")),
    # joint drills named by a compound or a synonym of "joint" are cooperation, not a show of
    # force, also with a place named after them; drills that "kicked off" kick no one
    ("Egypt and Sudan staged joint air force drills near Port Sudan.", ("EGY", "SDN", "06")),
    ("Greek and Cypriot warships conducted joint naval exercises in the Aegean.",
     ("GRC", "CYP", "06")),
    ("Malaysian and Thai border police carried out coordinated patrols along the border.",
     ("MYS", "THA", "06")),
    ("Joint naval drills between Iran and Russia kicked off in the Gulf of Oman.",
     ("IRN", "RUS", "06")),
    # aid carried by boat, money let go or topped up, costs footed, gifts presented
    ("Greek coast guard vessels ferried blankets and food to flood-hit Libya.",
     ("GRC", "LBY", "07")),
    ("The World Bank unlocked a $300 million tranche for Sri Lanka on Friday.",
     ("WB", "LKA", "07")),
    ("Norway chipped in 10 million kroner for Moldova's power grid.", ("NOR", "MDA", "07")),
    ("Qatar footed the bill for the rebuilding of Gaza's hospitals.", ("QAT", "PSE", "07")),
    ("The South Korean ambassador presented 20 ambulances to the Ghanaian health ministry.",
     ("KOR", "GHA", "07")),
    ("Argentina issued humanitarian visas to hundreds of Syrians fleeing the war.",
     ("ARG", "SYR", "07")),
    # goods named by their measure and sums in the wire's short forms
    ("Egypt supplied Lebanon with 50,000 tonnes of fuel.", ("EGY", "LBN", "07")),
    ("Oman pledges $50 mln to Yemen", ("OMN", "YEM", "03")),
    # intelligence received from someone is shared by them; givers named by a noun
    ("The Kenyan army received intelligence from Britain on the militants' camps.",
     ("GBR", "KEN", "06")),
    ("Japan is the biggest provider of development assistance to Laos.", ("JPN", "LAO", "07")),
    # assurances given to someone are promises to them
    ("The Malian junta gave assurances to Algeria that it would respect the peace accord.",
     ("MLI", "DZA", "03")),
    # relief extended, bailouts agreed, loans rolled over, backers named by what they give
    ("Singapore extended emergency relief goods to Vanuatu.", ("SGP", "VUT", "07")),
    ("The IMF agreed a $3 billion bailout with Ghana.", ("IMF", "GHA", "03")),
    ("The UAE rolled over a $2 billion deposit for Egypt.", ("ARE", "EGY", "07")),
    ("Russia has been the main military backer of the Malian junta.", ("RUS", "MLI", "07")),
    # joint bodies set up together are cooperation; a plan signalled or confirmed is told
    ("Colombia and Ecuador launched a joint task force against drug trafficking.",
     ("COL", "ECU", "06")),
    ("Poland signalled it would send more tanks to Ukraine.", ("POL", "UKR", "03")),
    # money given, told by what it will pay for, is given now
    ("A $40 million grant from Canada to Haiti will pay for new schools, officials said.",
     ("CAN", "HTI", "07")),
    # a deal's parties named through its "of" phrase signed it
    ("The memorandum of understanding between Chile and Peru on fisheries was signed in Lima.",
     ("CHL", "PER", "05")),
    # investigations opened together, stakes taken and plants opened in another country
    ("Dutch and German prosecutors opened a joint investigation into the arms deal.",
     ("NLD", "DEU", "06")),
    ("Qatar's wealth fund took a stake in Britain's largest airport.", ("QAT", "GBR", "06")),
    ("South Korea's Hyundai opened a plant in Indonesia.", ("KOR", "IDN", "06")),
    # words sent or said that carry solidarity or support are support for the side named
    ("Kuwait and Oman sent messages of solidarity to Amman after the attack.",
     ("KWT", "JOR", "05")),
    ("The Arab League issued a statement of support for Beirut.", ("ARL", "LBN", "05")),
    # stopping links, trade and purchases told by a noun or its gerund
    ("Ankara announced the halting of all flights to Tehran.", ("TUR", "IRN", "16")),
    ("Russia announced the suspension of wheat exports to Georgia.", ("RUS", "GEO", "16")),
    ("Moscow ordered the freezing of all new investment deals with Kyiv.", ("RUS", "UKR", "16")),
    # a state named again by its form written as a title, alone or in a ministry's phrase
    ("Jordan rejected the plan. The Kingdom recalled its ambassador from Tel Aviv on Monday.",
     ("JOR", "ISR", "16")),
    ("Morocco denied the report. The Ministry of Foreign Affairs of the Kingdom summoned the "
     "Algerian ambassador.", ("MAR", "DZA", "11")),
    # an envoy declared unwelcome or undesired is expelled
    ("Minsk declared the Polish consul unwelcome on Friday.", ("BLR", "POL", "16")),
    ("The Dutch envoy was declared an undesirable person by Ankara.", ("TUR", "NLD", "16")),
    # a translated relative with no comma before it: "a statement in which it … described"
    ("Manila issued a statement in which it the Chinese manoeuvres as a provocation "
     "described.", ("PHL", "CHN", "11")),
    # a call or talks hung on the subject ("X in a phone call with Y said") are the subject's
    # own; an adverb before a leading date with no comma ("Already on 3 February Erdogan …")
    ("Macron in a phone call with Erdogan expressed concern about the fighting.",
     ("FRA", "TUR", "04")),
    ("Already on 3 February Erdogan in a telephone conversation with Putin proposed a joint "
     "summit.", ("TUR", "RUS", "04")),
    # stopping the way another country's people come or go reduces relations with it
    ("Pakistan halted the transit of Afghan trucks at Torkham on Monday.", ("PAK", "AFG", "16")),
    ("Uzbekistan closed the crossing to Tajik traders.", ("UZB", "TJK", "16")),
    # a refusal to do something to or with someone is aimed at them
    ("Trudeau refused to apologise to Saudi Arabia.", ("CAN", "SAU", "12")),
    ("Ottawa declined to negotiate with the Taliban.", ("CAN", "AFG", "12")),
    # a second verbless pair after "and": "called the talks useful and X a wise man"
    ("Putin called the talks useful and Merkel a wise woman.", ("RUS", "DEU", "05")),
    # attacks said to come from a place are that place's, and the speaker's charge
    ("Ankara said the rocket attacks on its posts came from Syrian territory.",
     ("TUR", "SYR", "11")),
    ("The drone attacks on Riyadh came from Yemen.", ("YEM", "SAU", "19")),
    # "it" in a relative telling a writing ("a statement, in which it …") is its writer
    ("Moscow issued a statement, in which it the Ukrainian strikes on Belgorod condemned.",
     ("RUS", "UKR", "11")),
    # "the Kingdom" written as a title is the kingdom the text names most, not the last one
    ("Saudi Arabia cut ties with Ottawa, and Saudi Arabia recalled its envoy. Bahrain and "
     "Jordan voiced solidarity. The Gulf Cooperation Council backed the measures of the "
     "Kingdom.", ("GCC", "SAU", "05")),
    # what one agrees (with someone) that another is, one says of them
    ("Merkel agreed with the interviewer that Assad is a criminal.", ("DEU", "SYR", "11")),
    ("Erdogan agreed that Assad was a murderer.", ("TUR", "SYR", "11")),
]  # fmt: skip


def test_a_bare_role_noun_in_a_list_shares_the_first_member_s_country(coder):
    """ "French media and government": the French government; "lawmakers and officials in
    Poland": Polish officials."""
    for text, codes in (
        ("French media and government criticized Italy.", {"FRAMED", "FRAGOV"}),
        ("Lawmakers and officials in Poland criticized Hungary.", {"POLLEG", "POLGOV"}),
    ):
        assert {e.source for e in coder.code_text(text, PUB) if e.is_fact} >= codes


def test_a_participle_clause_with_an_agent_is_done_by_the_agent(coder):
    """ "vowed to retaliate if attacked by India": India would attack Pakistan; "when asked by
    reporters" is a question, no request."""
    events = coder.code_text("Pakistan vowed to retaliate if attacked by India.", PUB)
    attacks = {(e.source_country, e.target_country) for e in events if e.cameo_root == "19"}
    assert attacks == {("IND", "PAK")}
    events = coder.code_text("When asked by reporters, Putin denied the claims.", PUB)
    assert not [e for e in events if e.cameo_root == "02"]


def test_the_subject_next_to_the_verb_wins():
    """ "…, Rouhani, to the U.S., the Iranian authorities freed …": the parser made both
    subjects of "freed"; the one next to the verb is its own."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from detente.events.grammar import subject_of

    words = ["Rouhani", ",", "the", "authorities", "freed", "prisoners", "."]
    heads = [4, 0, 3, 4, 4, 4, 4]
    deps = ["nsubj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[4]).text == "authorities"
    # "A court in the capital Ankara ordered": a name right after a noun is inside the first
    words = ["A", "court", "in", "the", "capital", "Ankara", "ordered", "it", "."]
    heads = [1, 6, 1, 4, 2, 6, 6, 6, 6]
    deps = ["det", "nsubj", "prep", "det", "pobj", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[6]).text == "court"
    # "The rebel Free Syrian Army threatened": the first "subject" is a modifier of the second
    words = ["The", "rebel", "Free", "Syrian", "Army", "threatened", "Lebanon", "."]
    heads = [1, 5, 4, 4, 5, 5, 5, 5]
    deps = ["det", "nsubj", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[5]).text == "Army"


def test_a_verbless_headline_names_the_coming_day_not_last_year_s(coder):
    """ "Summit in Vienna on 3 March" in a story of 27 February: the coming 3 March, told as
    ahead; a day told with a past verb or a year stays in the past."""
    ahead = coder.code_text("Lavrov-Blinken meeting in Vienna on 3 March", dt.date(2021, 2, 27))
    talks = [e for e in ahead if e.cameo_root == "04"]
    assert talks and all(e.date == dt.date(2021, 3, 3) and e.modality == "future" for e in talks)
    past = coder.code_text("Lavrov and Blinken met in Vienna on 3 March.", dt.date(2021, 2, 27))
    assert past and all(e.date == dt.date(2020, 3, 3) for e in past if e.cameo_root == "04")


@pytest.mark.parametrize(("text", "fact"), NEWS_CASES)
def test_real_news_constructions(coder, text, fact):
    assert fact in _facts(coder, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a source that names its own side is not the speaker's ("…, the ministry in Bern said")
        ("The Dutch government froze the assets of two Iranian banks on Monday, the foreign "
         "ministry in The Hague said.", "The Dutch government", "two Iranian banks"),
        # a company named as the object, not the country in the reason after it
        ("China sanctioned Raytheon over arms sales to Taiwan.", "China", "Raytheon"),
        # a group of states named by a place and a plural the headline reparse must not
        # read as a verb ("Gulf stated (that) condemned")
        ("Gulf states denounced Iran on Monday over the seizure of the tanker.", "Gulf states",
         "Iran"),
        # a protest against someone's decision or plan is aimed at its owner, not at a party
        # named inside it
        ("Thousands of Serbs rallied in Belgrade against the government's plan to open a "
         "lithium mine with a firm from Britain.", "Serbs", "the government"),
        # a strike at an employer's workplace is aimed at the employer, not what it is over
        ("The union called a strike at Renault's plant in Douai over job cuts.", "The union",
         "Renault"),
        # a thing boycotted, not whom clauses inside its relative clause name
        ("The Kenyan government said it would boycott a regional summit that opened in Kigali "
         "after accusing Rwanda of failing to respond to the crisis.", "The Kenyan government",
         "a regional summit"),
        # the one held, not a party in the act a participle charges them with
        ("Dutch police detained two men accused of spying for China.", "Dutch police",
         "two men"),
        # forces ordered to arrest are the means: whom they are to arrest is the target
        ("The junta ordered police to arrest the leaders of the banned opposition party.",
         "The junta", "the leaders"),
        # a blow by a border strikes the place named, not the side across the border
        ("Islamist fighters seized the town of Boni on the border with Mali.", "Islamist fighters",
         "the town of Boni"),
        # a threat to strike a place named by its owner's modifier is aimed at that place, not
        # at whoever must meet the condition
        ("Putin threatened to strike Western capitals if NATO sent troops to Ukraine.", "Putin",
         "Western capitals"),
        # a fine's sum parsed as the object: the one fined is the target
        ("Regulators fined the ride-sharing company Grab 5 million dollars.", "Regulators",
         "the ride-sharing company Grab"),
    ],
)  # fmt: skip
def test_material_act_phrases(coder, text, source, target):
    spans = [
        (text[e.source_start : e.source_end], text[e.target_start : e.target_end])
        for e in coder.code_text(text, PUB)
        if e.source_start is not None and e.target_start is not None
    ]
    assert any(s == source and t.startswith(target.split()[0]) for s, t in spans), spans


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # an object pronoun takes up the people of the act before it
        ("Police detained the two bloggers and charged them with sedition.", "11",
         "the two bloggers"),
        # the charge after "accused X of" is no part of X's name ("the regime", not Douma)
        ("The Syrian opposition accused the regime of shelling a hospital in the town of "
         "Douma.", "11", "the regime"),
        # a told clause hung on the letter it was told in is no relative clause of it
        ("Ethiopia said in a letter to the Security Council that Eritrea had sent troops into "
         "Tigray.", "15", "Tigray"),
    ],
)  # fmt: skip
def test_target_phrase_of_root(coder, text, root, target):
    spans = [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.cameo_root == root and e.target_start is not None
    ]
    assert target in spans, spans


# Wire wordings of AGREE, ACCUSE, REJECT, THREATEN and PROTEST (session 24 audit): the root
# and the start of the target phrase an asserted event gives.
WIRE_ROOT_CASES = [
    # "in protest at X": what the protest is at; staying away from a vote boycotts it;
    # crowds pouring into the streets against someone rally
    ("Miners in Rustenburg went on strike in protest at Lonmin's wage offer.", "14", "Lonmin"),
    ("Opposition lawmakers in Kampala stayed away from the budget vote in protest over the "
     "arrests.", "14", "the budget vote"),
    ("Tens of thousands of Armenians poured into the streets of Yerevan against Prime "
     "Minister Nikol Pashinyan.", "14", "Prime Minister Nikol Pashinyan"),
    # declining to renew, turning away, saying no, a refusal named by a noun
    ("Mali declined to renew the mandate of the UN peacekeeping mission.", "12", "UN"),
    ("Malta turned away a charity ship carrying 200 migrants.", "12", "a charity ship"),
    ("Norwegian voters said no to the European Union.", "12", "the European Union"),
    ("Belgrade's refusal to cooperate with the tribunal in The Hague angered Brussels.", "12",
     "the tribunal"),
    ("Serbia and Kosovo failed to agree on the status of the northern municipalities.", "12",
     "Kosovo"),
    # threats: pulling out of a body, punishing, put on notice, what a warner says it
    # would or could do
    ("The Greens threatened to pull out of the governing coalition.", "13",
     "the governing coalition"),
    ("Pakistan's army chief vowed to punish the militants behind the school attack.", "13",
     "the militants"),
    ("Washington put Turkish banks on notice over their dealings with Russia.", "13", "Turkish"),
    ("Hamas warned it would fire rockets at Tel Aviv.", "13", "Tel Aviv"),
    ("Algeria warned it could cut gas supplies to Spain.", "13", "Spain"),
    # criticism: taken to task, taken "to court", come in for
    ("Kenya's president took the central bank to task over the fall of the shilling.", "11",
     "the central bank"),
    ("Greenpeace took the Norwegian government to court.", "11", "Norwegian"),
    ("Warsaw came in for criticism from the European Commission.", "11", "Warsaw"),
    # intents: light-verb pledges, offers' clauses, consent to a deployment, a passive "by"
    # hung as a plain preposition, headline infinitives, unnamed officials
    ("Qatar gave a commitment to fund the Lebanese army.", "03", "the Lebanese army"),
    ("The Ethiopian government accepted a proposal to hold talks with the Tigrayan rebels.",
     "03", "the Tigrayan rebels"),
    ("Juba consented to the deployment of Kenyan peacekeepers.", "03", "Kenyan"),
    ("Moldova was promised new gas supplies by Romania.", "03", "Moldova"),
    ("Japan to send medical teams to Turkey", "03", "Turkey"),
    ("The IMF will approve a loan for Pakistan next week, officials said.", "03", "Pakistan"),
    # a demand that someone act is made of them, also when the bare verb is read as a noun
    ("Protesters in Khartoum demanded that the government resign.", "10", "the government"),
    ("Sudanese protesters demanded that the army hand power to civilians.", "10", "army"),
    # a hostile act not ruled out, or what a bill would do, is threatened
    ("The Pentagon did not rule out military action against Iran.", "13", "military action"),
    ("Warsaw refused to rule out sanctions on Minsk.", "13", "Minsk"),
    ("The Senate passed a bill that would sanction Nicaraguan officials.", "13", "Nicaraguan"),
    # a complaint is against the one it names, not the body it is filed with; a strike is
    # at the strikers' workplace
    ("Serbia filed a complaint with the Council of Europe against Kosovo.", "11", "Kosovo"),
    ("Nurses at the Kenyatta hospital went on strike on Monday.", "14", "the Kenyatta hospital"),
    # what a speaker calls someone's act ("was a violation"), or a proposal ("a non-starter")
    ("Tehran said Israel's actions were a violation of international law.", "11", "Israel"),
    ("Moscow said the Western proposal was a non-starter.", "12", "the Western proposal"),
    # a span of time given beside the one given it is a deadline; a complaint over what
    # someone did is against them
    ("The African Union gave the Sudanese generals one week to hand power to civilians.", "13",
     "Sudanese"),
    ("Cyprus lodged a complaint with the UN over airspace violations by Turkish jets.", "11",
     "Turkish"),
    # force used, and force one "would not hesitate" to use (an act announced, not denied)
    ("Tehran said it would not hesitate to strike US bases if attacked.", "13", "US"),
    ("Pyongyang will use force against Seoul.", "13", "Seoul"),
    # money earmarked, infrastructure built in another country, scuffles with police
    ("The World Bank will earmark 200 million dollars for Malawi.", "03", "Malawi"),
    ("China will build a new railway in Laos.", "03", "a new railway in Laos"),
    ("Demonstrators scuffled with police outside the parliament in Tbilisi.", "14", "police"),
    # YIELD round 3: a climb-down is toward whom the decision undone was to act on, or whoever
    # pressed for it; captors named inside the freed people's phrase are not the target; an
    # exchange between conjoined sides with a broker; smaller presences, arms handed over,
    # mandates renewed, curbs relaxed, designations revoked, visas and furloughs granted,
    # force or protest ended, stepping down "as" an office holder
    ("The junta reversed its decision to expel the French ambassador.", "08", "French"),
    ("The Serbian government scrapped the mining law after weeks of protests by farmers.", "08",
     "farmers"),
    ("Armenia and Azerbaijan swapped prisoners in a deal mediated by the United States.", "08",
     "Azerbaijan"),
    ("Nigerian troops freed 60 hostages held by bandits.", "08", "60 hostages"),
    ("The Pentagon drew down its forces in Somalia.", "08", "its forces in Somalia"),
    ("The FARC rebels handed over their weapons to the army.", "08", "the army"),
    ("The Security Council extended the mandate of the UN mission in South Sudan.", "08",
     "the UN mission in South Sudan"),
    ("Japan loosened export controls on South Korea on Friday.", "08", "South Korea"),
    ("Washington revoked the designation of the Cuban group as a terrorist organisation.", "08",
     "Cuban"),
    ("Canada issued visas to the Afghan journalists.", "08", "the Afghan journalists"),
    ("The Iranian judiciary granted furlough to the French academic.", "08", "French"),
    ("Rwanda ended its military operation in eastern Congo.", "08", "its military operation"),
    ("The Mexican government eased its travel advisory for Guatemala.", "08", "Guatemala"),
    ("The president let the jailed blogger out of prison.", "08", "the jailed blogger"),
    ("The prime minister stepped down as leader of Japan's ruling party.", "08", "leader of Japan"),
    ("The UN removed the Somali militia leader from its sanctions list.", "08", "Somali"),
    ("India restored the statehood of Jammu and Kashmir.", "08", "Jammu"),
    ("Rebels free abducted Indian engineers", "08", "Indian"),
    ("Russia allowed Georgian airlines to resume flights to Moscow.", "08", "Georgian"),
    ("The rebels freed her in exchange for ten prisoners.", "08", "her"),
    ("The court released from detention the two Reuters journalists.", "08", "the two Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "root", "target"), WIRE_ROOT_CASES)
def test_wire_wording_of_root(coder, text, root, target):
    spans = [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.cameo_root == root and e.target_start is not None and e.is_fact
    ]
    assert any(target in s for s in spans), spans


def test_listed_member_names_its_side(coder):
    # "Nigerian and British armed forces": the listed member's event is named by its own word
    text = "Nigerian and British armed forces signed a training pact."
    named = {
        e.source_country: text[e.source_start : e.source_end]
        for e in coder.code_text(text, PUB)
        if e.source_start is not None
    }
    assert named.get("NGA") == "Nigerian", named


# Wordings that must not produce these facts.
NOT_FACTS = [
    # a plan a side denies was made is a claim denied, no refusal ("would not meet" said by
    # the side itself is one: NEWS_CASES)
    ("The Kremlin on Friday denied reports that Putin would meet Trump in Slovenia.",
     ("RUS", "USA", "12")),
    ("Moscow dismissed claims that Putin would travel to Washington.", ("RUS", "USA", "12")),
    # an office holder only guessed to serve the story's one country is not of the country a
    # hostile act is aimed at
    ("Senators demanded tougher sanctions on Iran.", ("IRN", "IRN", "11")),
    ("Lawmakers urged new sanctions against China.", ("CHN", "CHN", "11")),
    # a judging adjective in "-ly" read as an adverb is still the judgement, not a call
    ("Peskov called the words of Haley unfriendly.", ("RUS", "USA", "04")),
    # what a proposal spelled out after a colon wants done is not done (a past verb is)
    ("Wang Yi proposed a double freeze: Pyongyang suspends its missile tests against Japan "
     "and Washington halts its drills with Seoul.", ("USA", "KOR", "08")),
    ("Erdogan put forward a plan: Russia withdraws its troops from Syria.", ("RUS", "SYR", "08")),
    # a hostile act in the claim of a speaker we cannot place is his charge, not a fact
    ("The official representative of the commission stated that Azerbaijani troops shelled "
     "Armenian villages.", ("AZE", "ARM", "19")),
    # parties named by more than "the" are others than the two just told
    ("Modi met Sheikh Hasina on Monday. The opposition parties discussed the sharing of "
     "river water.", ("BGD", "IND", "04")),
    ("The Kremlin called the actions of the Israeli military hostile.", ("RUS", "ISR", "04")),
    ("The State Department called the trade curbs of China against Seoul unreasonable and "
     "inappropriate.", ("USA", "CHN", "04")),
    # a newspaper's view of what a side will not do is a forecast, no refusal made
    ("Erdogan, in the opinion of the newspaper, will not make concessions on Cyprus.",
     ("TUR", "CYP", "12")),
    # what is not excluded, or only a possibility, is neither done nor refused
    ("It is not excluded that Macron and Xi will meet in June in Paris.", ("FRA", "CHN", "12")),
    ("The Elysee did not rule out that Macron will meet Xi in June.", ("FRA", "CHN", "12")),
    ("The possibility of a meeting between Macron and Xi was discussed in Paris.",
     ("FRA", "CHN", "04")),
    # (and no offer or act: the copula's "not" reaches the act)
    ("Mattis said that the United States is not ready to cooperate with Russia.",
     ("USA", "RUS", "03")),
    ("Iran is unwilling to negotiate with the United States.", ("IRN", "USA", "04")),
    # (relations lowered are no military de-escalation)
    ("Poland lowered the level of diplomatic relations with Belarus.", ("POL", "BLR", "08")),
    # a fight in a field that is no battlefield uses no force
    ("The trade war between Washington and Beijing escalated on Friday.", ("USA", "CHN", "19")),
    ("Trump launched a trade war against China last year.", ("USA", "CHN", "19")),
    ("The diplomatic conflict between Lithuania and China deepened in November.",
     ("LTU", "CHN", "19")),
    ("Israel waged a war of words with Iran.", ("ISR", "IRN", "19")),
    # a step called unilateral is no praise of it
    ("Athens called the Turkish decision a unilateral step.", ("GRC", "TUR", "05")),
    # a city that opens a person's name is his first name, neither his side nor whom "his"
    # refers to
    ("Milan Radoicic attacked the Kosovo police.", ("ITA", "XKX", "19")),
    ("Kosovo police said Milan Radoicic led the group. He later admitted his participation.",
     ("ITA", "", "01")),
    # (review of session 25) an ultimatum after a curfew is no expulsion; one side's
    # coordinated raids are no joint drill; talks that did not get under way did not happen
    ("The Malian army declared a curfew and gave protesters 24 hours to leave the square.",
     ("MLI", "MLI", "16")),
    ("Al-Shabaab militants carried out coordinated raids on Kenyan police stations.",
     ("SOM", "KEN", "06")),
    ("The talks between Lavrov and Blinken did not get under way.", ("RUS", "USA", "04")),
    ("Azerbaijani forces shelled Armenian towns. Washington condemned the attacks on the "
     "territory of Armenia.", ("USA", "ARM", "11")),
    # a meeting a date or venue is sought for has not taken place
    ("A date for a meeting of Lavrov and Blinken has not yet been agreed.", ("RUS", "USA", "04")),
    ("A date for a meeting of Lavrov and Blinken has not yet been agreed.", ("RUS", "USA", "03")),
    ("Pompeo, on his way to Seoul, criticized the missile test by Pyongyang.",
     ("USA", "KOR", "11")),
    ("The envoy said that the leader of the DPRK after Hanoi lost interest in dialogue with "
     "Washington.", ("VNM", "USA", "04")),
    ("The envoy said that the leader of the DPRK after Hanoi lost interest in dialogue with "
     "Washington.", ("PRK", "USA", "04")),
    ("The talks of the foreign ministers of Armenia and Azerbaijan did not take place.",
     ("ARM", "AZE", "04")),
    # what unnamed sources report is a rumour, not a side's stated intent
    ("Ankara, as reported by sources in the government, is ready to restore diplomatic ties "
     "with Cairo.", ("TUR", "EGY", "03")),
    ("Should Canberra ban Chinese firms, Beijing will respond with countermeasures.",
     ("AUS", "CHN", "17")),
    # what a side fails to do in a condition clause is a supposition, not its refusal
    ("Ankara warned it would act if Syrian forces did not withdraw from the Turkish border.",
     ("SYR", "TUR", "12")),
    # an act told by a participle on an "alleged" noun is only alleged
    ("The International Criminal Court opened an investigation into alleged war crimes "
     "committed by Russian forces in Ukraine.", ("RUS", "UKR", "20")),
    ("Islamist militants killed at least 150 civilians in a massacre in northern Burkina Faso.",
     ("BFA", "BFA", "19")),
    # voting to do something is doing it, no praise or veto beside it
    ("The U.N. General Assembly voted to condemn Russia's annexation of four Ukrainian "
     "regions.", ("UNO", "RUS", "05")),
    ("The U.N. General Assembly voted to condemn Russia's annexation of four Ukrainian "
     "regions.", ("UNO", "RUS", "12")),
    ("Israeli troops occupied the main hospital in Gaza City on Wednesday.",
     ("ISR", "PSE", "14")),
    # an accident kills; no one attacks
    ("A bus collision in Kenya's Rift Valley killed 24 people on Sunday, police said.",
     ("KEN", "KEN", "19")),
    # "in what X called …" is the name X gives the act, no statement of its own
    ("Iran test-fired a ballistic missile in what Tehran called a message to its enemies.",
     ("IRN", "", "01")),
    ("Turkish forces killed a senior PKK commander in a drone strike in northern Iraq.",
     ("TUR", "TUR", "18")),
    # the victims counted or the means used are part of the act on the country
    ("Russian artillery shelled the Ukrainian town of Kupiansk on Monday, killing two people, "
     "the governor said.", ("RUS", "", "19")),
    ("Police fired tear gas to disperse protesters in the Kenyan capital Nairobi.",
     ("KEN", "", "17")),
    # the words a move is made over, and what they are about, are no events of their own
    ("Poland summoned Hungary's ambassador over remarks by Prime Minister Viktor Orban about "
     "the war.", ("HUN", "", "01")),
    ("Algeria recalled its ambassador over remarks by a French minister about a militant "
     "attack in southern Algeria.", ("DZA", "DZA", "19")),
    ("Algeria recalled its ambassador over remarks by a French minister about a militant "
     "attack in southern Algeria.", ("FRA", "DZA", "01")),
    # what a meeting is held to discuss is its subject, no 014 beside it
    ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo "
     "to discuss a proposal for joint infrastructure projects.", ("IND", "JPN", "01")),
    # organising or lobbying rallies no one against anyone without its "against"
    ("Beijing declined to take part in the peace summit organised by Switzerland.",
     ("CHE", "CHN", "11")),
    ("Seoul said there is no evidence of North Korea's involvement in the hacking.",
     ("KOR", "PRK", "11")),
    # a plant opened in another country allows no one in
    ("Japan's Toyota opened a plant in Kenya.", ("JPN", "KEN", "08")),
    # a visit planned or upcoming is not yet made
    ("The upcoming visit of Erdogan to Athens was discussed by the cabinet.",
     ("TUR", "GRC", "04")),
    ("Iran said two of its diplomats had been expelled.", ("IRN", "IRN", "16")),
    ("Seoul sent its ambassador back to Tokyo on Monday.", ("KOR", "JPN", "17")),
    # concern about a situation in a place criticises no one
    ("Canada expressed concern about the humanitarian situation in Sudan.", ("CAN", "SDN", "11")),
    # days given to the staff just expelled are part of the expulsion, no ultimatum
    ("Estonia expelled a staff member of the Russian embassy and gave him three days for the "
     "departure.", ("EST", "RUS", "13")),
    # talks that end without agreement end no agreement
    ("Talks between Serbia and Kosovo ended without agreement.", ("SRB", "XKX", "16")),
    # what flies somewhere is the aircraft, not whoever bans it or owns it
    ("The airliner of the Polish carrier LOT, which from Warsaw to Tbilisi was flying, over "
     "Ukraine to Kyiv was diverted.", ("POL", "GEO", "04")),
    ("The government of Latvia banned all aircraft flying to Minsk from using its airspace.",
     ("LVA", "BLR", "04")),
    # who is disappointed by someone disapproves of them, not the reverse
    ("Seoul was deeply disappointed by the decision of Tokyo.", ("JPN", "KOR", "11")),
    # the one called on to hand someone over does it, not the caller
    ("Ankara Stockholm to hand over the activists called.", ("TUR", "", "08")),
    # two of one side who meet a third do not meet each other
    ("Sergei Lavrov and Sergei Shoigu with John Kerry and Chuck Hagel met.", ("RUS", "RUS", "04")),
    # what unnamed outlets write is a rumour, not a fact
    ("Some Kenyan media write that Nairobi is considering a rupture of relations with Kampala.",
     ("KEN", "UGA", "01")),
    # sanctions agreed within a bloc are no agreement with the one sanctioned; time given an
    # envoy to leave is an expulsion, not an ultimatum
    ("EU foreign ministers agreed to widen sanctions against Minsk.", ("EU", "BLR", "03")),
    ("Algeria gave the French ambassador 72 hours to leave.", ("DZA", "FRA", "13")),
    # a pause in talks is no break with anyone
    ("Talks between Serbia and Kosovo resumed after a break of two months.",
     ("SRB", "XKX", "16")),
    # a thing said to be off the table is ruled out, not done
    ("Kyiv said territorial concessions to Russia are off the table.", ("UKR", "RUS", "08")),
    ("Tehran said talks with Washington are out of the question.", ("IRN", "USA", "04")),
    ("Washington said all options remain on the table.", ("USA", "", "12")),
    ("Royal Marines helped detain the Iranian tanker Adrian Star.", ("GBR", "IRN", "07")),
    # a number of countries that matches no list named before names no one
    ("Japan, India, Australia and the United States held talks. The three countries accused "
     "China of coercion.", ("JPN", "CHN", "11")),
    # an offer not yet accepted is still pending
    ("Iran has not yet accepted the offer of the European Union.", ("IRN", "EU", "12")),
    # a cause said to fuel unrest is no party accused
    ("Analysts said high food prices were fuelling unrest in the region.", ("", "", "11")),
    # leaving a named country for somewhere is giving up ground, not a trip; a country that
    # follows suit borrows no target from a clause of another root
    ("U.S. troops began leaving Iraq for bases in Kuwait.", ("USA", "IRQ", "04")),
    ("Kenya's police suspended two officers from duty over the shooting.", ("KEN", "", "16")),
    ("The two leaders met in Jakarta, and Malaysia recalled its ambassador.", ("MYS", "IDN", "16")),
    # a date opening the sentence is no party
    ("Monday, Putin met Erdogan in Sochi.", ("", "TUR", "04")),
    # appeals made around an act are not its doer's
    ("Despite calls for restraint, Israel struck Iran on Friday.", ("ISR", "", "02")),
    ("Despite calls for restraint, Israel struck Iran on Friday.", ("ISR", "IRN", "02")),
    # wanting to act oneself is an intent, no demand on anyone; a letter received is no guest
    ("Iran wants to resume talks with the United States.", ("IRN", "USA", "10")),
    ("The letter from Kim was received by the South Korean embassy.", ("KOR", "PRK", "04")),
    # a deployment of things is no show of force; aid given is never its own recipient; aid
    # already given that will help announces no intent; a pledge's purpose is no aid of its own
    ("The grant, funded by Japan, will help farmers in Laos build canals.", ("JPN", "LAO", "03")),
    ("Britain pledged 100 million pounds to help Ukraine rebuild its grid.", ("GBR", "UKR", "07")),
    ("Kenya deployed new voting machines in Nairobi.", ("KEN", "KEN", "15")),
    ("Britain provided 15 million pounds for flood relief in Pakistan.", ("GBR", "", "07")),
    # a traveller leaving a city gives no ground (troops leaving a place do)
    ("Putin left Moscow for Beijing on Monday.", ("RUS", "RUS", "08")),
    # an exchange of fire (or of views) frees no one; one of prisoners does
    ("An exchange of fire between Indian and Pakistani troops killed two soldiers.",
     ("IND", "PAK", "08")),
    ("The exchange of views between Modi and Xi was frank.", ("IND", "CHN", "08")),
    ("Pakistan bowed to pressure from Washington and released the doctor.", ("PAK", "USA", "13")),
    ("A wanted Salvadoran gang leader surrendered to the police in San Salvador.",
     ("SLV", "SLV", "03")),
    # "was to blame" is the speaker's accusation, not the blamed one's
    ("Bolivia said Chile was to blame for the collapse of the talks.", ("CHL", "", "11")),
    # the pronoun in what is promised is the one promising, not the one told
    ("Russia assured Armenia that it would keep its base in Gyumri.", ("RUS", "RUS", "01")),
    # a hedged "will not" is the author's forecast, not a refusal announced; so is what an
    # author believes will be
    ("Ankara will probably not lift the ban on Russian wheat.", ("TUR", "RUS", "12")),
    ("The author believes that Baku will not return the prisoners to Armenia.",
     ("AZE", "ARM", "12")),
    # "their" in the Emirates' own clause is the Emirates', not Bahrain's
    ("Bahrain cut relations with Tehran, and the Emirates their level downgraded.",
     ("ARE", "BHR", "08")),
    # declining a hostile act is restraint, no rejection of the side spared
    ("Putin refused to expel American diplomats in answer.", ("RUS", "USA", "12")),
    # an announced refusal of joint talks is the speaker's side's only
    ("Lavrov said that Russian-U.S. consultations planned for this week would not take place.",
     ("USA", "RUS", "12")),
    # the failure is the parties', not the host's
    ("Serbia and Kosovo failed to reach agreement at talks hosted by the EU.", ("EU", "", "12")),
    # what is punished is someone else's act
    ("Police in Pakistan arrested a suspect in the killing of a Chinese engineer.",
     ("PAK", "CHN", "19")),
    ("Germany expelled two Russian diplomats over the poisoning of a Georgian exile.",
     ("DEU", "GEO", "18")),
    # what a rally supports is the rally's act, not that of whoever breaks it up
    ("Police dispersed a march supporting the opposition in Belarus.", ("BLR", "BLR", "05")),
    # a subject none of whom acts
    ("Neither Russia nor China vetoed the resolution.", ("RUS", "", "12")),
    ("No country has recognized the referendum in Crimea.", ("", "", "05")),
    # whom a subject is aimed at does not act
    ("Moscow said that sanctions against Russia would not work.", ("RUS", "", "12")),
    # a sea named after a country names no actor of it
    ("Iran seized a tanker in the Gulf of Oman.", ("IRN", "OMN", "18")),
    ("Vietnam and India agreed that disputes in the South China Sea should be settled by "
     "arbitration.", ("VNM", "CHN", "03")),
    ("Germany returned looted artifacts to Nigeria.", ("DEU", "NGA", "17")),
    ("Egypt opened the Rafah crossing to trucks.", ("EGY", "", "07")),
    ("Hungary opposed the sanctions on Russia.", ("HUN", "RUS", "12")),
    ("Trump gave up on the talks with North Korea.", ("USA", "PRK", "08")),
    ("The Turkish foreign minister arrived in Syria.", ("TUR", "SYR", "07")),
    ("China invested $2 billion in Ethiopia.", ("CHN", "ETH", "07")),
    ("Russia said Ukraine was not behind the attack.", ("RUS", "UKR", "11")),
    ("Putin did not meet Biden.", ("RUS", "USA", "12")),
    ("Trump contested the election in Georgia.", ("USA", "", "12")),
    ("Israeli troops stormed the hospital in Gaza.", ("ISR", "PSE", "14")),
    ("Russia deployed troops to the border with Ukraine.", ("RUS", "UKR", "07")),
    ("Egyptian protesters rallied behind the army.", ("EGY", "EGY", "14")),
    ("Putin called Trump a bright and talented person.", ("RUS", "USA", "04")),
    ("Moscow and Beijing demonstrate their rapprochement.", ("RUS", "", "14")),
    ("The two presidents agreed to coordinate their actions against the Islamic State.",
     ("RUS", "ISI", "05")),
    ("The leaders said they had discussed the war in Syria.", ("", "SYR", "04")),
    ("Reports appeared that Trump was planning a summit with Putin.", ("USA", "RUS", "04")),
    ("Trump asked whether Obama had been too soft on Russia.", ("USA", "USA", "02")),
    ("Trump's office released a holiday letter from Putin.", ("USA", "RUS", "08")),
    ("The two leaders met for two hours in the Finnish capital.", ("", "FIN", "04")),
    ("London condemned the seizure of a British-flagged tanker by Iran.", ("GBR", "GBR", "11")),
    # a surname alias followed by another name is someone else ("Gul Rahman" is not Gul)
    ("Gul Rahman was killed by Afghan police.", ("AFG", "TUR", "19")),
    # what claims say is only claimed
    ("Britain opened an inquiry into claims that Iranian agents plotted attacks in France.",
     ("IRN", "FRA", "19")),
    ("Putin left for talks with Erdogan.", ("RUS", "TUR", "16")),
    # what someone only tried to do, or what media say, is not an asserted fact
    ("Erdogan tried several times to call Putin.", ("TUR", "RUS", "04")),
    ("According to Turkish media, Erdogan called Putin.", ("TUR", "RUS", "04")),
    # the doers of what a resignation follows are not the one who resigned
    ("The Peruvian president resigned after protests against his government.",
     ("PER", "", "14")),
    # the thing attacked is in Mali; the border further on is not the target
    ("Gunmen attacked an army camp in Mali near the border with Mauritania.", ("MLI", "MRT", "19")),
    # a critic of someone, named in apposition, is not that someone
    ("Nigerian police arrested John Mwangi, a critic of President Uhuru Kenyatta.",
     ("NGA", "KEN", "17")),
    ("Police in Lagos arrested John Mwangi, Kenyatta's fiercest critic.", ("NGA", "KEN", "17")),
    # "both sides should …": the speaker's own side, no demand on the other
    ("Lavrov met Tillerson in Bonn. Lavrov said the two sides should keep working together "
     "on Syria.", ("RUS", "USA", "10")),
    # a cooperation's "on" phrase is its topic
    ("Japan agreed to cooperate on North Korea.", ("JPN", "PRK", "03")),
    ("China pledged to work together on Iran.", ("CHN", "IRN", "03")),
    # "blamed years of U.S. foolishness": blame of one's own side, not of the next actor named
    ("Trump blamed years of U.S. foolishness for the poor state of relations with Moscow.",
     ("USA", "RUS", "11")),
    ("Obama blamed years of U.S. neglect for the crisis with Cuba.", ("USA", "CUB", "11")),
    # every complement of one agreement is agreed, not done
    ("Trump and Putin spoke on Saturday. The two presidents agreed to coordinate their actions "
     "against the Islamic State and to establish regular contacts.", ("USA", "RUS", "05")),
    # the one accused, not a place inside the charge
    ("Putin gave a speech in which he accused the West of crossing a line in Ukraine.",
     ("RUS", "UKR", "11")),
    # "Iran … announced sanctions on Tehran" (a misread subject) is no one's accusation
    ("Trump said that Iran appeared to be standing down and announced new sanctions on "
     "Tehran.", ("USA", "IRN", "11")),
    # a relative clause under a denial is denied with it
    ("Putin denied that Russia had sent troops who attacked the Ukrainian base.",
     ("", "UKR", "19")),
    # calling a killing provocative judges the killer, not the one killed
    ("Senator Bernie Sanders called the killing of Soleimani provocative and dangerous.",
     ("USA", "IRN", "11")),
    # revenge for a killing: the killing is someone else's act
    ("Hamas vowed to take revenge for the killing of its commander.", ("PSE", "", "19")),
    # "…, a claim Ankara denied": one side's claim, not a fact
    ("Syrian state media said the army had killed 50 Turkish soldiers, a claim Ankara denied.",
     ("", "TUR", "19")),
    # the object of "accused … of" / "thanked … for" did it; "refrained from" is not done
    ("Russia accused Ukraine of shelling Donetsk.", ("RUS", "UKR", "19")),
    ("The minister thanked Japan for attacking Syria.", ("", "SYR", "19")),
    ("Iran refrained from attacking Israel.", ("IRN", "ISR", "19")),
    ("Iran is open to talks with the United States.", ("IRN", "USA", "04")),
    ("Japan announced plans to send aid to Nepal.", ("JPN", "NPL", "07")),
    ("Ukraine has received 50 tanks from Poland.", ("UKR", "POL", "07")),
    ("Macron told Erdogan to stop attacking the Kurds.", ("TUR", "", "19")),
    ("Biden told Putin to withdraw his troops from Ukraine.", ("RUS", "UKR", "08")),
    ("The U.S. sent warships to the Gulf.", ("USA", "", "07")),
    ("Iran's refusal to cooperate with the IAEA angered Western powers.", ("IRN", "IAEA", "05")),
    ("Trump's threat to impose tariffs on Mexico rattled markets.", ("USA", "MEX", "16")),
    # fighting a disease or corruption attacks no one; a name for an act is no act
    ("Kenya is committed to fighting corruption.", ("KEN", "", "19")),
    ("Nigeria fought the Ebola epidemic.", ("NGA", "", "19")),
    # ("used civilians as human shields" stays an act: "as" names only after condemning)
    ("Russia sent doctors to Italy to help fight the coronavirus outbreak.", ("RUS", "", "19")),
    # "its" in "praised X for its efforts" is X; an act with its own counterpart keeps it
    ("Japan praised South Korea for its efforts to improve relations.", ("JPN", "", "05")),

    ("Abdullah condemned India's decision as an aggression against the Kashmiri people.",
     ("IND", "", "19")),
    # a negation in the main clause does not reach into its condition
    ("Trump will not visit Moscow if Putin reneges on his promise to visit Washington.",
     ("RUS", "USA", "12")),
    ("Turkey received refugees from Syria.", ("SYR", "TUR", "07")),
    # a measure lifted needs its object: prices and candidates are no sanctions
    ("Oil prices dropped sharply.", ("", "", "08")),
    ("The candidate withdrew from the race.", ("", "", "08")),
    ("The minister welcomed Germany's decision to send troops to Mali.", ("", "MLI", "15")),
    # proposed, rumoured or planned according to the press is no fact, nor an intent
    ("The Chinese side proposed a withdrawal of troops from the border with India.",
     ("CHN", "IND", "08")),
    ("It is reported that China proposed talks with India.", ("CHN", "IND", "03")),
    ("Ghana is committed to withdrawing its troops from Mali.", ("GHA", "MLI", "08")),
    # fighting terrorism is policy, and two partners against it do not fight each other
    ("India and Japan will cooperate to fight terrorism.", ("IND", "JPN", "13")),
    ("Kenya vowed to fight terrorism.", ("KEN", "", "19")),
    # "even if" is no condition: a hypothetical stays one, no intent is made of it
    ("Serbia would respect Kosovo's borders even if the talks failed.", ("SRB", "XKX", "03")),
    # a death from illness is no one's act
    ("The former king died in a Madrid hospital after a long illness.", ("ESP", "ESP", "18")),
    # welcoming what someone did is praise, not a visit; an order to troops to act is none
    ("The EU welcomed Biden's victory.", ("EU", "USA", "04")),
    ("The Pentagon ordered troops to withdraw from Syria.", ("USA", "", "15")),
    # what a protest is against is someone else's act, not the protesters'
    ("Thousands of Indians marched against the arrest of the opposition leader.",
     ("IND", "IND", "17")),
    # migrants or refugees who arrive pay no visit
    ("Hundreds of Syrian refugees arrived in Greece on Monday.", ("SYR", "GRC", "04")),
    # the price the speakers pay themselves is no threat
    ("Kenyan farmers said they would pay a higher price for fuel.", ("KEN", "", "13")),
    # "called on X to resign / to release" stays an appeal
    ("The opposition called on the president to resign.", ("", "", "04")),
    ("The Kenyan opposition called on President Ruto to resign.", ("KEN", "KEN", "04")),
    ("Trump took Moscow by surprise.", ("USA", "RUS", "19")),
    # a charge laid is no baton charge
    ("Kenyan police charged three activists with sedition.", ("KEN", "KEN", "17")),
    # nature is no one's force
    ("An earthquake hit the city of Izmir.", ("", "TUR", "19")),
    # a guess on a condition is no one's threat
    ("Analysts say Russia could invade Ukraine if the talks collapse.", ("RUS", "UKR", "13")),
    ("According to Indian newspapers, New Delhi plans new curbs on Chinese investment.",
     ("IND", "CHN", "13")),
    # a pronoun in a relative clause is not the noun the clause is about
    ("India cut trade with Pakistan, which it accused of sheltering militants.",
     ("PAK", "PAK", "11")),
    ("Putin said Obama had called him.", ("USA", "", "04")),
    ("Maduro closed Venezuela's land borders with Brazil.", ("VEN", "VEN", "19")),
    ("Government forces and rebels agreed to a truce in Yemen.", ("YEM", "", "08")),
    # a bare past participle beside the main clause is done to something, not by the subject
    ("Germany returned the bronze statues, looted in 1897, to Nigeria.", ("DEU", "NGA", "17")),
    # a phrase of motive says why, not to whom
    ("Turkey expelled ten diplomats in response to Dutch sanctions.", ("TUR", "NLD", "16")),
    ("Gunmen attacked a police station in Kabul in retaliation for American airstrikes.",
     ("AFG", "USA", "19")),
    # a bare role noun is the last of its kind named before it, not one named after it
    ("Troops who had fought Russian soldiers attacked the village near the Ukrainian border.",
     ("RUS", "UKR", "19")),
    # the act a comment names is the commenter's account, not the story's own telling
    ("France condemned the Russian airstrikes on Idlib.", ("RUS", "SYR", "19")),
    ("Saudi Arabia deplored the attack by Houthi rebels on an Emirati tanker.",
     ("YEM", "ARE", "19")),
    ("Jordan denounced the arrest of Palestinian activists by Israeli police.",
     ("ISR", "PSE", "17")),
    ("Japan welcomed the talks between Washington and Pyongyang.", ("USA", "PRK", "04")),
    ("Canada praised the Taliban's release of the hostages.", ("AFG", "CAN", "08")),
    # a thing that "will not work" refuses nothing, nor does the actor it is aimed at
    ("Egypt said an arms embargo against the Libyan police would not work.", ("LBY", "", "12")),
    ("A blockade of the Qatari coast would not work, the minister said.", ("QAT", "", "12")),
    ("Armenian soldiers marched toward the Azerbaijani border.", ("ARM", "AZE", "14")),
    ("Thousands of Ukrainian soldiers paraded through Kyiv.", ("UKR", "UKR", "15")),
    # an order for an act coded of its own is that act, not a demand besides it
    ("A Turkish court ordered the release of a German journalist.", ("TUR", "DEU", "10")),
    ("A Russian court ordered the detention of an American reporter.", ("RUS", "USA", "10")),
    ("The French president clashed with Trump over climate policy.", ("FRA", "USA", "19")),
    ("Hamas promised new attacks on Israel.", ("PSE", "ISR", "19")),
    ("The Taliban vowed more attacks against Afghan forces.", ("AFG", "AFG", "19")),
    ("Hezbollah swore to strike Israeli towns.", ("LBN", "ISR", "19")),
    # an attack planned or prepared is still to come, even when the press reports it
    ("Greece is planning an offensive against Turkey.", ("GRC", "TUR", "19")),
    ("Serbian television channels report that Belgrade is preparing a strike on Kosovo.",
     ("SRB", "XKX", "19")),
    # what will be "according to the author" is a forecast, no refusal
    ("According to the author, Seoul will not resume the talks with Tokyo.", ("KOR", "JPN", "12")),
    # naming someone to an office is no comment on them
    ("Putin named Lavrov foreign minister.", ("RUS", "RUS", "01")),
    # a storm or sanctions that hit someone are no attack
    ("Sanctions hit the Russian economy hard.", ("", "RUS", "19")),
    # a participle that describes someone in another clause reports no act by the place
    ("Russia returned the bodies of soldiers killed near Bakhmut.", ("UKR", "UKR", "19")),
    ("Rebels released 20 soldiers captured in Darfur.", ("SDN", "SDN", "17")),
    # a measure that runs out by itself is no sanction imposed
    ("The UN arms embargo on Iran expired on Sunday.", ("UNO", "IRN", "16")),
    # people released into someone's custody are not arrested by the one releasing them
    ("Hamas released 24 hostages into the custody of the Red Cross.", ("PSE", "", "17")),
    # conflictual speech: the maker of an appeal rejected is its target, not a party in what
    # it asks; finding or ruling is no verdict without "guilty" or "against"; an acquittal is
    # none; "demonstrates that" shows; what a deadline demands is not done by who sets it
    ("Britain's High Court rejected an appeal by Julian Assange against extradition to the "
     "United States.", ("GBR", "USA", "12")),
    ("Rescuers found the bodies of 12 migrants off the Libyan coast.", ("", "LBY", "11")),
    ("The Taliban ruled Afghanistan from 1996 to 2001.", ("AFG", "AFG", "11")),
    ("A court in Lima found former President Toledo not guilty.", ("PER", "", "11")),
    ("Cuba's refusal to engage with Colombia demonstrates that it is not serious.",
     ("CUB", "COL", "14")),
    ("The Sudanese army gave the rebels 48 hours to leave Khartoum.", ("SDN", "SDN", "08")),
    # a document condemns for whoever issued it, not for whoever blocks or vetoes it
    ("Russia blocked a UN statement condemning Myanmar's crackdown on protesters.",
     ("RUS", "MMR", "11")),
    ("Russia vetoed a resolution condemning the annexation of Crimea by Moscow.",
     ("RUS", "UKR", "11")),
    # a country taken to a tribunal is not seized
    ("Australia took China to the World Trade Organization over its tariffs on barley.",
     ("AUS", "CHN", "19")),
    # the attribution before the claim keeps it a claim; a reason's possessive is not the
    # mover's; the caused act is not the causer's; a warning to act does not act
    ("Bolivia cut ties with Israel over its war in Gaza.", ("BOL", "PSE", "19")),
    ("Chad seized Sudanese lorries on the border, prompting Khartoum to recall its envoy.",
     ("TCD", "SDN", "16")),
    ("Washington warned Tehran to halt attacks on shipping in the Gulf.", ("IRN", "", "08")),
    # a participle describing a thing, done to no one named, is background; co-mediators do
    # not mediate with each other
    ("Sudan and South Sudan reopened the border under an accord brokered by Ethiopia.",
     ("ETH", "", "04")),
    ("Qatar and Egypt mediated between Israel and Hamas.", ("QAT", "EGY", "04")),
    # a state (not an envoy) asked to leave a place is asked, not sent home
    ("Washington asked Moscow to leave Syria.", ("USA", "RUS", "16")),
    # a mediator whose mediation or auspices talks are held under is not met as a party
    ("The delegations of Serbia and Kosovo with the mediation of the European Union held "
     "talks in Brussels.", ("SRB", "EU", "04")),
    ("Armenia held talks with Azerbaijan under the auspices of the OSCE.", ("ARM", "OSCE", "04")),
    # "summoned the envoy to protest": the summons is the complaint, no demonstration
    ("Japan summoned the South Korean ambassador to protest the court ruling.",
     ("JPN", "KOR", "14")),
    # an author's forecast of what a side will do is no intent it announced, past a colon
    ("According to the author, the real test will be the port: Nairobi will delay the "
     "withdrawal of its troops from Somalia.", ("KEN", "SOM", "03")),
    ("In the opinion of analysts, Bogota will probably recall its ambassador from Caracas.",
     ("COL", "VEN", "03")),
    # the session-23 idioms and adjectives keep to their wording: a situation "critical" is
    # no criticism, a door slammed into a house no rejection, a firm letting workers go no
    # release, a race withdrawn from no ground given up, words of support no aid
    ("The situation in Gaza is critical, Egypt said.", ("EGY", "", "11")),
    ("Turkey was critical, Greece said.", ("TUR", "GRC", "11")),
    ("Turkish Airlines let go 300 workers in Germany.", ("TUR", "DEU", "08")),
    ("The Kenyan candidate withdrew from the race in Nairobi.", ("KEN", "KEN", "08")),
    ("Germany backed Kyiv with strong words.", ("DEU", "UKR", "07")),
    ("The odds of a deal between Iran and Israel are slim.", ("IRN", "ISR", "11")),
    ("Erdogan's gift to Putin was a carpet.", ("TUR", "RUS", "07")),
    ("The French diplomat served in the Moscow mission for ten years.", ("FRA", "RUS", "07")),
    # an arrest at a place is no arrest for anyone; a warrant of one's own courts no request
    ("Austrian police arrested a Serbian man at Vienna airport.", ("AUT", "AUT", "06")),
    ("French police arrested a Moroccan suspect on a warrant from a Paris judge.",
     ("FRA", "FRA", "06")),
    # troops sent to one's own border to protect one's towns give no one protection
    ("India deployed troops to the Chinese border to protect its villages.",
     ("IND", "CHN", "07")),
    # a donor named as another's possession is no giver to the possessor's target
    ("Germany became Ukraine's second-largest donor last year.", ("DEU", "UKR", "03")),
    # refugees crossing over bring no aid; a resolution sponsored is no aid
    ("Afghan refugees crossed into Iran on Monday.", ("AFG", "IRN", "07")),
    ("Russia sponsored a UN resolution on Syria.", ("RUS", "SYR", "07")),
    # a side backing forces with a hyphen gives no aid
    ("Iranian-backed militias attacked a base in Syria.", ("IRN", "SYR", "07")),
    # (session 24) a list of friends is no blacklist; the author's opinion of what a side will
    # not do is a forecast, no refusal; an order no one is told to obey is no demand
    ("Japan added India to its list of trusted partners.", ("JPN", "IND", "16")),
    ("In our opinion, Baku will not release the Armenian prisoners before the spring.",
     ("AZE", "ARM", "12")),
    ("President Tebboune ordered to freeze the assets of three French companies.",
     ("DZA", "FRA", "10")),
    ("Kenya raised the duty of care for its citizens.", ("KEN", "KEN", "16")),
    # the imports a measure stops are no trade of their own
    ("China announced the suspension of coal imports from Australia.", ("AUS", "CHN", "06")),
    ("China announced the suspension of coal imports from Australia.", ("CHN", "AUS", "06")),
    # a surname the story gives someone else ("Raif Badawi") names that person when alone
    ("Ottawa urged Riyadh to free Raif Badawi. Canada stands with the Badawi family, the "
     "minister said.", ("CAN", "MYS", "05")),
    # (what a speaker says came from another's land is the speaker's charge, no fact)
    ("Ankara said the rocket attacks on its posts came from Syrian territory.",
     ("SYR", "TUR", "19")),
    ("Ankara said the rocket attacks on its posts came from Syrian territory.",
     ("TUR", "TUR", "19")),
    # time to leave given to an envoy just declared unwelcome is part of the expulsion
    ("Baku declared the French envoy persona non grata and gave him three days to leave the "
     "country.", ("AZE", "FRA", "13")),
    # what traders or witnesses say someone did is hearsay, no fact
    ("Traders said the Egyptian state buyer stopped purchases of French wheat.",
     ("EGY", "FRA", "16")),
    ("Witnesses said Ethiopian troops shelled the Eritrean town of Zalambessa.",
     ("ETH", "ERI", "19")),
    # the occasion an act is told at names no one it is done to
    ("On the sidelines of the summit of the African Union, Ethiopia rejected the proposal.",
     ("ETH", "AU", "12")),
    ("On 6 July, on the eve of the summit of the Group of Twenty, China ruled out a bilateral "
     "meeting.", ("CHN", "G20", "12")),
]  # fmt: skip


def test_a_warning_is_not_aimed_at_the_speaker_s_own_side(coder):
    # "warned the West that Moscow would retaliate": the West is warned, not Moscow
    text = "Putin warned the West that Moscow would retaliate if NATO sent troops."
    warning = next(e for e in coder.code_text(text, PUB) if e.cameo == "130")
    assert warning.target_name == "the West"


def test_a_maker_is_named_with_the_thing_done_to_it(coder):
    # "vetoed a resolution drafted by Algeria": the target phrase is the resolution and its
    # maker (a reader may name either)
    text = "The United States vetoed a resolution drafted by Algeria on Gaza."
    veto = next(e for e in coder.code_text(text, PUB) if e.cameo_root == "12")
    assert veto.target_country == "DZA"
    assert text[veto.target_start : veto.target_end] == "a resolution drafted by Algeria"


# A target no code names keeps its whole phrase; an event that needs no target still takes
# the phrase its verb governs.
OPEN_TARGETS = [
    ("The FBI opened an inquiry into the certification process for the jets.",
     "the certification process for the jets"),
    ("The opposition boycotted the vote.", "the vote"),
    ("The prime minister resigned from his post on Sunday.", "his post"),
    ("Border troops remained on high alert in the eastern district.", "the eastern district"),
]  # fmt: skip


# The words that name the target: a person described by an apposition is named by the name,
# a place that coded a thing by the thing placed there.
TARGET_PHRASES = [
    ("Rebels said they would free Maria Lopez, a former Peruvian minister.", "Maria Lopez"),
    ("Government troops seized two gas fields near Homs.", "two gas fields near Homs"),
    ("The Dutch government agreed to set up a new research company in Rotterdam.",
     "a new research company in Rotterdam"),
    # whom a measure was imposed on, told in its own clause; who is awarded what
    ("Al-Shabaab refuses to lift the ban it imposed on aid agencies.", "aid agencies"),
    ("A Canadian court awarded the families $50 million from the Iranian government.",
     "families"),
    # a measure imposed is no target when where it is imposed is named
    ("Authorities imposed blockades in the flooded districts.", "the flooded districts"),
    ("The government imposed a lockdown in several provinces.", "several provinces"),
    # a recipient hung on a participle that describes what is given
    ("The FBI returned a painting, missing since 1943, to Italy.", "Italy"),
    # a group names the members it lists
    ("Sudan expelled foreign aid workers, including staff from Oxfam.", "foreign aid workers"),
    # an "on" phrase the parser hung on the doer of an act noun names whom the act is aimed
    # at, not the place told after it
    ("The EU condemned the attack by armed Serbs on Kosovo police in Banjska.", "Kosovo police"),
    # an object pronoun is never its own clause's subject (nor the controller's): it takes
    # up the ones the act before it was done to
    ("Moscow expelled three Estonian diplomats, accusing them of spying.",
     "three Estonian diplomats"),
    ("The French government agreed to open a new training centre in Lyon.",
     "a new training centre in Lyon"),
    # a place that names a province it is in ("in Nigeria's Borno state") still places the
    # thing attacked, which a role noun names by itself ("rights groups in Zimbabwe")
    ("Gunmen stormed a village school in Nigeria's Zamfara state on Friday.",
     "a village school"),
    # a facility set up is no target where the place it is set up in is named
    ("The Bavarian government agreed to build a new research institute for rare diseases in "
     "Munich.", "Munich"),
    # whom a thing is given to is someone, though we have no code for them
    ("A federal jury awarded the Mendozas $12 million from the Venezuelan government.",
     "the Mendozas"),
    # someone the verb takes with a preposition of parties, before a thing with no actor
    ("The junta refused to lift the travel ban, in force since March, on opposition "
     "politicians.", "opposition politicians"),
    ("Canada announced a threefold increase in funding to fight hunger in East Africa.",
     "East Africa"),
    # a thing returned is returned to whom it was taken from, named with no code too
    ("The militia agreed to hand back the rifles it had seized from the police.", "the police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase"), TARGET_PHRASES)
def test_target_phrases(coder, text, phrase):
    spans = [text[e.target_start : e.target_end] for e in coder.code_text(text, PUB)]
    assert any(phrase in span for span in spans if span)


# Who acts: for "their assault" the subject of the verb that carries it; a group with the
# members it lists.
SOURCE_PHRASES = [
    ("Meanwhile, Iraqi armed forces have begun their assault on the old city of Mosul.",
     "Iraqi"),
    ("Several student groups including the Jadavpur Students Union marched against the law.",
     "Several student groups including the Jadavpur Students Union"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase"), SOURCE_PHRASES)
def test_source_phrases(coder, text, phrase):
    assert [e.source_name for e in coder.code_text(text, PUB)] == [phrase]


@pytest.mark.parametrize(("text", "phrase"), OPEN_TARGETS)
def test_open_target_phrases(coder, text, phrase):
    names = [e.target_name for e in coder.code_text(text, PUB) if not e.target]
    assert phrase in names


def test_drills_that_kicked_off_kick_no_one(coder):
    """ "kicked off" begins what it names; the bare verb's assault is not read."""
    events = coder.code_text("Drills involving Indian and French troops kicked off on Monday.", PUB)
    assert not [e for e in events if e.cameo_root == "18"]


@pytest.mark.parametrize(("text", "fact"), NOT_FACTS)
def test_wordings_that_are_not_these_facts(coder, text, fact):
    assert fact not in _facts(coder, text)


def test_the_saying_s_date_before_the_reported_clause_is_not_the_act_s(coder):
    text = "Iran said on Saturday it had shot down the American drone on Wednesday."
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert event.date == dt.date(2017, 2, 15)


def test_the_same_day_is_the_day_named_last(coder):
    text = "Putin met Erdogan on Monday. Lavrov praised Turkey on the same day."
    (event,) = [e for e in coder.code_text(text, PUB) if e.cameo_root == "05"]
    assert event.date == dt.date(2017, 2, 13)


def test_a_relative_clause_date_is_not_the_story_day(coder):
    text = (
        "Trump and Putin met in Helsinki on Monday. Putin said the officers who were indicted "
        "last Friday would not be handed over. Senator John McCain criticised Trump. Putin "
        "handed Trump a football from the World Cup, which Russia hosted and which ended on "
        "Sunday."
    )
    events = coder.code_text(text, PUB)
    (mccain,) = [e for e in events if e.cameo_root == "11"]
    assert mccain.date == dt.date(2017, 2, 13)
    assert all(e.date != dt.date(2017, 2, 12) for e in events)


def test_the_leaders_and_they_are_the_pair_named_before(coder):
    text = "Modi and Xi met in Wuhan on Friday. The leaders said they had discussed the border."
    second = [e for e in coder.code_text(text, PUB) if e.sentence_id == 1 and e.is_fact]
    assert {(e.source_country, e.target_country) for e in second} == {
        ("IND", "CHN"),
        ("CHN", "IND"),
    }


def test_a_day_earlier_counts_from_the_sentence_s_date_or_the_story_s(coder):
    text = (
        "Tokyo protested on Tuesday to China, which had sent warships near the islands a day "
        "earlier. Two days earlier Japan had summoned the Chinese ambassador."
    )
    dates = {e.cameo: e.date for e in coder.code_text(text, PUB) if e.is_fact}
    assert dates["114"] == dt.date(2017, 2, 14)  # the protest, on Tuesday
    assert dates["150"] == dt.date(2017, 2, 13)  # the warships, a day before Tuesday
    assert dates["110"] == dt.date(2017, 2, 12)  # the summons, two days before the story's day


def test_a_possessive_pronoun_points_at_the_phrase_it_stands_for(coder):
    text = "Iraqi armed forces have begun their assault on Mosul."
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert events and text[events[0].source_start : events[0].source_end] == "Iraqi armed forces"


def test_warplanes_are_the_military(coder):
    (event,) = coder.code_text("Turkish F-16 fighters shot down a Russian bomber.", PUB)
    assert (event.source, event.cameo_root) == ("TURMIL", "19")


def test_a_year_naming_a_treaty_does_not_date_the_event(coder):
    text = "On Monday Tokyo rejected the claims of Seoul as a violation of the treaty of 1965."
    (event,) = [e for e in coder.code_text(text, PUB) if e.plover == "REJECT"]
    assert event.date == dt.date(2017, 2, 13)
    late = "At the end of June 2016 Erdogan apologised to Putin."
    assert {e.date for e in coder.code_text(late, PUB)} == {dt.date(2016, 6, 1)}


def test_a_word_of_a_name_written_alone_later_is_that_person(coder):
    text = (
        "Prime Minister Theresa May met Chancellor Angela Merkel in Berlin. "
        "May urged Russia to withdraw its troops."
    )
    urged = [e for e in coder.code_text(text, dt.date(2018, 4, 9)) if e.plover == "REQUEST"]
    assert [(e.source, e.source_name, e.target_country) for e in urged] == [
        ("GBRGOV", "Theresa May", "RUS")
    ]


def test_an_undated_reaction_takes_the_story_s_day_months_back(coder):
    text = (
        "On 1 July 2019 Japan announced restrictions on exports to South Korea. "
        "Seoul called these measures an economic retaliation."
    )
    accused = [e for e in coder.code_text(text, dt.date(2019, 12, 26)) if e.plover == "ACCUSE"]
    assert [(e.source_country, e.target_country, e.date) for e in accused] == [
        ("KOR", "JPN", dt.date(2019, 7, 1))
    ]


def test_a_dated_sentence_without_an_event_moves_the_story_s_day(coder):
    text = (
        "On 25 November Russian ships fired on Ukrainian boats. "
        "On 26 November the parliament in Kyiv introduced martial law. "
        "The American ambassador called the actions of Russia an outrageous violation."
    )
    accused = [e for e in coder.code_text(text, dt.date(2018, 12, 3)) if e.plover == "ACCUSE"]
    assert {(e.target_country, e.date) for e in accused} == {("RUS", dt.date(2018, 11, 26))}


def test_a_rejected_version_is_the_accuser_s(coder):
    text = (
        "Moscow accused Kyiv of a provocation. "
        "The Ukrainian side this version categorically rejected and said nothing more."
    )
    rejected = [e for e in coder.code_text(text, PUB) if e.plover == "REJECT"]
    assert [(e.source_country, e.target_country) for e in rejected] == [("UKR", "RUS")]


def test_the_next_day_is_a_day_after_the_story_s(coder):
    text = (
        "On 3 January Saudi Arabia cut ties with Iran. "
        "Bahrain on the next day also cut the relations with Tehran."
    )
    days = {e.source_country: e.date for e in coder.code_text(text, dt.date(2016, 1, 15))}
    assert days == {"SAU": dt.date(2016, 1, 3), "BHR": dt.date(2016, 1, 4)}


def test_a_date_without_a_comma_before_a_country_dates_the_act(coder):
    text = "On 2 January Saudi Arabia executed 47 people."
    assert {e.date for e in coder.code_text(text, dt.date(2016, 1, 15))} == {dt.date(2016, 1, 2)}


def test_a_sentence_s_opening_date_dates_each_of_its_clauses(coder):
    text = (
        "On 8 November Azerbaijan took the town. The next day its forces shot down a Russian "
        "helicopter; Baku apologised to Moscow."
    )
    events = coder.code_text(text, dt.date(2020, 11, 20))
    assert {e.date for e in events if e.plover == "SUPPORT"} == {dt.date(2020, 11, 9)}


def test_one_event_per_dyad_and_root_in_a_sentence(coder):
    """ "summoned the envoy to protest": one disapproval, not a 110 and a 114 besides."""
    for text in (
        "Pakistan summoned the Indian envoy to protest the killing of civilians.",
        "Russia launched a bombing and shelling offensive against Ukrainian cities.",
    ):
        roots = [
            (e.source, e.target, e.cameo_root) for e in coder.code_text(text, PUB) if e.is_fact
        ]
        assert roots and len(roots) == len(set(roots))


# Translated-review wordings (session 21, own sentences): a pair named as one acts each with
# the other; a quoted name after the object is a name, not a call; measures by another name;
# what is said in a message is said to its addressee; a place phrase between subject and
# object in a verb-final clause; an act of will hung on a reported clause is the speaker's.
REVIEW_CASES = [
    ("Merkel met Macron in Aachen. The two leaders agreed to revive the Franco-German "
     "fund.", ("FRA", "DEU", "03")),
    ("Modi thanked Abe for the support and called him \"my good friend\".", ("IND", "JPN", "05")),
    ("Japan announced retaliatory measures against South Korea.", ("JPN", "KOR", "16")),
    ("The president of Russia signed a decree on economic measures against Ukraine.",
     ("RUS", "UKR", "16")),
    ("China announced countermeasures against Lithuania.", ("CHN", "LTU", "16")),
    ("In a letter to Macron, Erdogan expressed regret for the remarks.", ("TUR", "FRA", "05")),
    ("The Turkish jets near the border the Syrian helicopter shot down.", ("TUR", "SYR", "19")),
    # (the refusal is aimed at whom the apology would be made to)
    ("Greece said the vessel had entered its waters and refused to apologise to Turkey.",
     ("GRC", "TUR", "12")),
    # a date the parser put inside the subject; "the night of"; the soldiers of the two
    # countries; a clause set against an accusation is no allegation; "they" after a talk
    ("On 15 June Indian and Chinese soldiers clashed with stones.", ("IND", "CHN", "19")),
    ("Talks between Peru and Chile. On the night of 3 May the soldiers of the two countries "
     "clashed.", ("PER", "CHL", "19")),
    ("Egypt accused Sudan of provocation, while Khartoum blamed Cairo for the clash.",
     ("SDN", "EGY", "11")),
    ("Lavrov talked with Wang Yi on Monday. They agreed on a roadmap.", ("RUS", "CHN", "03")),
    ("Vietnam and China agreed on the complete disengagement of their ships.",
     ("VNM", "CHN", "03")),
    ("Treasury Secretary Janet Yellen and Antony Blinken imposed sanctions on Iran.",
     ("USA", "IRN", "16")),
    # a wire wrap-up: the call one was told in; a setting parsed with the subject in it;
    # criticism dismissed is rejected; troops crossing into a country
    ("Biden told Netanyahu in a phone call that the aid would continue.", ("USA", "ISR", "04")),
    ("On Monday in Beijing, Lula and Xi Jinping signed a memorandum.", ("BRA", "CHN", "05")),
    ("Erdogan dismissed the criticism from the European Union.", ("TUR", "EU", "12")),
    ("Turkish troops crossed into northern Iraq on Sunday.", ("TUR", "IRQ", "19")),
    # a translated analysis: an agreement left, as a noun; an adverb or a count before the
    # object of a verb-final clause; regret over another's act
    ("Trump announced the withdrawal of the United States from the treaty with Russia.",
     ("USA", "RUS", "16")),
    ("Tokyo and Seoul also the American decision criticised.", ("KOR", "USA", "11")),
    ("The Turkish aviation dozens of Kurdish positions in Iraq attacked.", ("TUR", "IRQ", "19")),
    ("Canada expressed regret over the Indian decision.", ("CAN", "IND", "11")),
    # the deal that someone signed is the pattern's object; a rejected thing was still done
    ("Russia rejected the deal that Ukraine signed with Turkey.", ("UKR", "TUR", "05")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), REVIEW_CASES)
def test_translated_review_wordings(coder, text, fact):
    assert fact in _facts(coder, text)


def test_quoted_name_is_no_phone_call(coder):
    facts = _facts(coder, 'Modi thanked Abe for the support and called him "my good friend".')
    assert ("IND", "JPN", "04") not in facts


def test_a_participle_after_the_clause_speaks_for_its_subject(coder):
    # "…, saying it was …": the one who says is the main clause's subject, so "it" is Iran,
    # not the nearer Israel
    text = (
        "Iran fired missiles at Israel in an attack on Israeli territory, saying it was "
        "retaliating for a strike on its consulate."
    )
    events = coder.code_text(text, PUB)
    assert events and not any(e.source_country == "ISR" for e in events)


def test_informing_targets_the_one_told(coder):
    facts = _facts(coder, "The Kremlin informed that Erdogan had sent a letter to Putin.")
    assert not any(f[1] == "TUR" and f[0] == "RUS" for f in facts)


def test_dates_inside_the_subject_and_at_night(coder):
    for text, day in [
        ("On 15 June Indian and Chinese soldiers clashed with stones.", dt.date(2016, 6, 15)),
        ("On the night of 3 May Chinese soldiers attacked Indian posts.", dt.date(2016, 5, 3)),
        ("Troops clashed on the night of June 15-16.", dt.date(2016, 6, 15)),
        (
            "In the early hours of 26 July Russian jets struck a camp in Syria.",
            dt.date(2016, 7, 26),
        ),
        ("In August of the last year Russian jets struck a camp.", dt.date(2015, 8, 1)),
        # a weekday with its part of the day, which the model tags as a time
        (
            "Brazil condemned the vote in the sharpest words on Saturday night.",
            dt.date(2016, 7, 30),
        ),
        ("Merkel spoke with Hollande by phone on Thursday evening.", dt.date(2016, 7, 28)),
    ]:
        events = coder.code_text(text, dt.date(2016, 8, 1))
        assert events and all(e.date == day for e in events), text


def test_the_story_clock_moves_on_with_a_sentence_that_codes_nothing(coder):
    text = (
        "On 20 July Russian jets struck a camp in Syria. Four days later a research ship "
        "sailed. Greece condemned the move."
    )
    events = coder.code_text(text, dt.date(2016, 8, 1))
    assert [e.date for e in events if e.source_country == "GRC"] == [dt.date(2016, 7, 24)]


def test_a_past_perfect_act_does_not_move_the_story_clock(coder):
    # what "had" happened is a step back to what led to the story, whose next acts are of
    # its own day; a second verb shares the first one's "had"
    text = (
        "Greece and Turkey agreed on Wednesday to hold talks. Officials in Athens said Turkish "
        "jets had bombed Greek positions and killed two soldiers on Monday. Athens summoned "
        "the Turkish ambassador."
    )
    events = coder.code_text(text, dt.date(2016, 8, 3))
    assert {e.date for e in events if e.cameo_root == "19"} == {dt.date(2016, 8, 1)}
    assert [e.date for e in events if e.cameo_root == "11"] == [dt.date(2016, 8, 3)]


def test_the_press_announces_nothing_for_a_government(coder):
    text = "Indian media report that the government will impose new curbs on Chinese firms."
    assert not [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "13"]


def test_troops_withdraw_from_any_ground(coder):
    facts = _facts(coder, "The Chinese troops withdrew from the site of the clash.")
    assert ("CHN", "", "08") in facts
    assert not _facts(coder, "The senator withdrew from the race.")


def test_what_is_told_and_who_moves_in(coder):
    # what one is told is no demand on its subject; numbers of people are no money; refugees
    # crossing a border attack no one; the terms of a deal are no one's threat
    told = _facts(coder, "Putin told Macron that French troops would leave Mali.")
    assert not any(f[2] == "10" for f in told)
    sent = _facts(coder, "Turkey threatened to send millions of refugees to Greece.")
    assert not any(f[2] in ("03", "07") for f in sent)
    assert not _facts(coder, "Thousands of refugees crossed into Turkey.")
    deal = "Armenia and Azerbaijan signed a deal under which Russian troops will guard the road."
    assert not any(f[2] == "13" for f in _facts(coder, deal))


def test_analysts_warn_of_no_threat(coder):
    text = "Some analysts warn that the detainees held by the militia could escape."
    assert not [f for f in _facts(coder, text) if f[2] == "13"]
    assert ("IRN", "ISR", "13") in _facts(coder, "Iran warned that Israel would pay a heavy price.")


def test_regret_of_several_is_no_exchange_of_apologies(coder):
    text = "On 9 May the leaders of France, Germany and Britain expressed regret."
    facts = _facts(coder, text)
    assert not any(f[2] == "05" for f in facts)
    events = coder.code_text(
        "On 8 May Trump quit the deal. The next day France regretted it.", dt.date(2018, 5, 20)
    )
    assert any(e.date == dt.date(2018, 5, 9) for e in events if e.sentence_id == 1)


def _pair_texts(coder, text, root):
    """(source phrase, target phrase) of each asserted event of ``root`` (CAMEO root)."""
    return [
        (
            text[e.source_start : e.source_end] if e.source_start is not None else "",
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == root
    ]


def test_people_named_by_where_they_are_keep_their_own_phrase(coder):
    """ "rights groups in Zimbabwe", "nurses in Lagos": the people act, not the place."""
    text = "Opposition parties and rights groups in Zimbabwe accused the ruling party of fraud."
    assert any("groups" in s for s, _ in _pair_texts(coder, text, "11"))
    text = "Nurses in Lagos went on strike against the state government on Monday."
    assert any(s.startswith("Nurses") for s, _ in _pair_texts(coder, text, "14"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # whom a protest is against comes before where it is held
        ("Thousands of Armenians rallied outside parliament in Yerevan on Friday against "
         "the prime minister's peace plan.", "prime minister"),
        ("Hundreds of Kenyans protested in Nairobi against the government.", "government"),
        # or what a clause beside it says it protests
        ("Teachers in Accra staged a sit-in outside the education ministry, protesting "
         "the government's new pension rules.", "government"),
        ("Dock workers in Durban went on strike on Monday to press the port authority to "
         "raise wages.", "port authority"),
    ],
)  # fmt: skip
def test_a_protest_is_aimed_at_whom_it_is_against(coder, text, target):
    assert any(target in t for _, t in _pair_texts(coder, text, "14"))


def test_people_of_a_country_protesting_is_no_official_complaint(coder):
    text = "Thousands of Georgians protested the new media law."
    assert "14" in {root for *_, root in _facts(coder, text)}
    assert "11" in {root for *_, root in _facts(coder, "Japan protested the Chinese drills.")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a refusal is aimed at who made the offer, not at what the offer is of
        ("Nurses rejected the health ministry's offer of a pay rise.", "ministry"),
        ("Dock workers turned down the port authority's offer of a bonus.", "authority"),
        # or at who proposed what is blocked
        ("China blocked a draft Security Council resolution proposed by France on Myanmar.",
         "France"),
    ],
)  # fmt: skip
def test_a_refusal_is_aimed_at_who_made_the_offer(coder, text, target):
    assert any(target in t for _, t in _pair_texts(coder, text, "12"))


def test_a_speaker_s_own_side_is_named_by_the_speaker(coder):
    """ "the spokesman said the group would not accept …": the spokesman's phrase names the
    group that refuses; "his government" is the speaker's."""
    text = "A Taliban spokesman said the group would not accept the Pakistani proposal."
    assert any(s.startswith("A Taliban spokesman") for s, _ in _pair_texts(coder, text, "12"))
    text = "Serbian President Aleksandar Vucic said his government would never recognise Kosovo."
    assert any("Vucic" in s for s, _ in _pair_texts(coder, text, "12"))


def test_a_proposal_said_to_be_unacceptable_is_rejected(coder):
    text = "Israel's proposal for a buffer zone is unacceptable, the Lebanese prime minister said."
    assert ("LBN", "ISR", "12") in _facts(coder, text)


def test_an_act_told_according_to_the_other_side_is_its_accusation(coder):
    """ "according to Moscow, Ukrainian drones attacked …" is Moscow's accusation; "according
    to state media" or "according to officials" is how news attributes, no one's claim."""
    text = "According to Baku, Armenian troops shelled a village in Nakhchivan."
    assert ("AZE", "ARM", "11") in _facts(coder, text)
    text = "According to state media, Armenian troops shelled a village in Nakhchivan."
    assert "11" not in {root for *_, root in _facts(coder, text)}


def test_police_using_deadly_force_on_a_crowd_is_repression(coder):
    text = "Police in Lagos used live ammunition against demonstrators on Tuesday."
    assert ("NGA", "NGA", "17") in _facts(coder, text)


def test_a_threat_names_whoever_must_meet_its_condition(coder):
    text = "Dock workers threatened to strike if the port authority did not raise their pay."
    assert any("port authority" in t for _, t in _pair_texts(coder, text, "13"))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # stopping an act of violence de-escalates; promising to stop it is an intent
        ("Turkish troops stopped shelling Kurdish villages on Monday.", ("TUR", "", "08")),
        ("The Nigerian army pledged to stop bombing villages in Zamfara.", ("NGA", "NGA", "03")),
    ],
)
def test_stopping_an_attack_is_no_attack(coder, text, fact):
    facts = _facts(coder, text)
    assert fact in facts
    assert not any(root in ("18", "19") for *_, root in facts)


def test_a_relative_clause_s_perfect_is_not_a_verb_final_clause(coder):
    """ "X, who has been on hunger strike, appealed to Y": no translated verb-final clause."""
    text = (
        "The wife of the jailed reporter, who has been on hunger strike since May, appealed "
        "to the Egyptian president to free her husband."
    )
    assert any(
        s.startswith("The wife") and "president" in t for s, t in _pair_texts(coder, text, "02")
    )


def test_calling_for_someone_to_act_asks_them(coder):
    """ "called for the authorities to investigate": an appeal to the authorities, and what
    they are asked to do is not done."""
    text = "Amnesty called for the Kenyan authorities to release the detained bloggers."
    assert any("authorities" in t for _, t in _pair_texts(coder, text, "02"))
    text = "The opposition called for the Peruvian president to resign."
    events = coder.code_text(text, PUB)
    assert any(e.cameo_root == "02" for e in events if e.is_fact)
    assert not any(e.cameo_root == "08" for e in events if e.is_fact)


def test_a_clause_two_days_after_is_dated_before(coder):
    # "…, two days after X": X two days before; a clause of time is told, not asked for; a
    # clause with a date of its own keeps it; pressing ahead presses no one
    text = "Ukraine pressed ahead on Monday, two days after Russian missiles hit the port of Odesa."
    events = coder.code_text(text, dt.date(2022, 7, 25))
    hits = [e for e in events if e.cameo_root == "19"]
    assert hits and hits[0].date == dt.date(2022, 7, 23) and hits[0].is_fact
    assert not [e for e in events if e.cameo_root == "02"]
    text = "Russia shelled Kharkiv a week before Ukraine attacked Belgorod on 3 March."
    attack = [e for e in coder.code_text(text, dt.date(2022, 7, 25)) if e.source == "UKR"]
    assert attack and attack[0].date == dt.date(2022, 3, 3)


def test_islands_commentary_wordings(coder):
    # an adjective after a noun starts the object of a verb-final clause; a verb with an
    # object of its own shares none; "both sides" as a target are the two last named; "the
    # ships" are the ships named before
    text = "In Busan the protesters Chinese shops attacked."
    assert any(f[1] == "CHN" and f[2] in ("18", "19") for f in _facts(coder, text))
    text = "Lula met Biden in Brasilia and criticised the farce of the vote."
    assert not [f for f in _facts(coder, text) if f[2] == "11" and f[1] == "USA"]
    text = "Hanoi accused Beijing of provocation. Blinken called on both sides to show restraint."
    facts = _facts(coder, text)
    assert ("USA", "CHN", "02") in facts and ("USA", "VNM", "02") in facts
    text = (
        "On 3 May six Chinese coast guard ships entered the waters around the shoal. Manila "
        "demanded that the ships immediately leave."
    )
    assert ("PHL", "CHN", "10") in _facts(coder, text)


def test_an_opening_with_phrase_is_no_partner(coder):
    """ "With the approval of the cabinet, X agreed …": the opening "with" phrase is a
    circumstance, not whom X agreed with."""
    text = "With the approval of the cabinet, the Kenyan government agreed to the Chinese offer."
    events = coder.code_text(text, PUB)
    assert not [e for e in events if "approval" in e.target_name or "cabinet" in e.target_name]


def test_the_day_a_deadline_runs_out_dates_nothing(coder):
    """ "until Friday" says when the time given ends, not when it was given."""
    (event,) = [
        e
        for e in coder.code_text(
            "Washington gave Ankara until Friday to cancel the purchase.", dt.date(2019, 6, 4)
        )
        if e.cameo == "139"
    ]
    assert (event.date, event.date_source) == (dt.date(2019, 6, 4), "publication")


def test_a_reason_told_with_over_is_no_target(coder):
    """ "imposed sanctions over the crisis": why, not on whom."""
    (event,) = coder.code_text("Canada imposed sanctions over the crisis.", PUB)
    assert not event.target_name.startswith("the crisis")


def test_a_comma_between_a_named_subject_and_its_verb(coder):
    """ "Prime Minister X, called President Y …": a stray comma, not "X, named Y"."""
    text = "Prime Minister Imran Khan, called President Recep Tayyip Erdogan on Friday."
    facts = {(e.source_country, e.target_country) for e in coder.code_text(text, PUB)}
    assert ("PAK", "TUR") in facts


def test_a_sentence_opened_by_a_date_moves_the_story_s_day_whatever_its_parse(coder):
    # a translated clause with its verb last, parsed with no past main verb, still tells
    # its act on the day it opens with
    text = (
        "On 3 May the court in Minsk the journalist from the prison to the house arrest "
        "transferred, for the reasons of her health. For the opposition this step insufficient "
        "was. The next day the European Union condemned Belarus."
    )
    accused = [e for e in coder.code_text(text, dt.date(2021, 5, 20)) if e.plover == "ACCUSE"]
    assert [(e.source_country, e.target_country, e.date) for e in accused] == [
        ("EU", "BLR", dt.date(2021, 5, 4))
    ]


def test_a_shift_told_beside_its_day_is_that_day(coder):
    # "three days later, on 4 May": the named day, not three days after it
    text = (
        "On 1 May the United States sanctioned two Iranian banks. Tehran the sanctions as "
        "illegal condemned, and the next day, 2 May, President Hassan Rouhani the assets of "
        "American companies froze."
    )
    days = {
        e.cameo: e.date
        for e in coder.code_text(text, dt.date(2019, 5, 20))
        if e.source_country == "IRN"
    }
    assert days.get("163") == dt.date(2019, 5, 2), days


def test_an_act_read_as_the_subject_of_a_second_verb_final_clause(coder):
    # "X the arrests condemned and the release of … demanded": X demanded it, not the release
    text = (
        "On 2 May the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis the "
        "arrests as arbitrary condemned and the immediate release of the two journalists "
        "demanded."
    )
    demands = [e for e in coder.code_text(text, dt.date(2021, 5, 20)) if e.cameo_root == "10"]
    assert demands and all(e.source_name == "Lithuania" for e in demands), demands


def test_a_refusal_said_in_the_past_is_dated_by_the_story(coder):
    # "Tehran said it will not accept …": the refusal is made when it was said, the day the
    # story last named, not the publication day
    text = (
        "On 3 January Saudi Arabia cut ties with Iran. Tehran said it will not accept the decision."
    )
    refused = [e for e in coder.code_text(text, dt.date(2016, 1, 15)) if e.cameo_root == "12"]
    assert [(e.source_country, e.target_country, e.date) for e in refused] == [
        ("IRN", "SAU", dt.date(2016, 1, 3))
    ]


def test_an_answer_is_said_and_dated_like_a_statement(coder):
    # "answered that …" tells what was said on that day; threats not accepted are refused
    # to the side that made them
    text = (
        "On 26 July Trump threatened Turkey with large sanctions. The next day Ankara answered "
        "that Turkey will never accept such threats."
    )
    refused = [e for e in coder.code_text(text, dt.date(2018, 10, 15)) if e.cameo_root == "12"]
    assert [(e.source_country, e.target_country, e.date) for e in refused] == [
        ("TUR", "USA", dt.date(2018, 7, 27))
    ]


def test_a_day_ahead_told_on_a_named_day_is_counted_from_that_day(coder):
    """ "On 25 May the Kremlin said that Putin will meet Biden on 16 June", in a story of 25
    June: the 16 June after the day it was said, not the next year's."""
    text = "On 25 May the Kremlin said that Putin will meet Biden on 16 June."
    met = [e for e in coder.code_text(text, dt.date(2021, 6, 25)) if e.cameo_root == "04"]
    assert met and all(e.date == dt.date(2021, 6, 16) for e in met)


def test_a_bomb_that_kills_is_no_aerial_strike(coder):
    # (review of session 25) "bomb" names a bombing, not an aircraft's weapon
    codes = [e.cameo for e in coder.code_text("A Taliban car bomb killed 10 Afghan soldiers.", PUB)]
    assert codes and "195" not in codes


def _visits(coder, text, day=PUB):
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, day)
        if e.is_fact and e.cameo_root == "04"
    ]


@pytest.mark.parametrize(
    ("text", "visit", "host"),
    [
        # CAMEO codes a visit with its linked event: the visited side hosts the visitor
        (
            "The Kenyan president arrived in Berlin on Tuesday for a three-day state visit.",
            ("KEN", "DEU", "042"),
            ("DEU", "KEN", "043"),
        ),
        (
            "Japan's foreign minister left for Canberra on Sunday for talks on maritime security.",
            ("JPN", "AUS", "042"),
            ("AUS", "JPN", "043"),
        ),
    ],
)
def test_visit_is_hosted_by_the_visited_side(coder, text, visit, host):
    found = _visits(coder, text)
    assert visit in found and host in found


@pytest.mark.parametrize(
    ("text", "visit", "host"),
    [
        # a visit told from the host's side is the guest's visit too (session 32: one
        # convention, both sides however the visit is told)
        (
            "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed in "
            "Nairobi on Monday.",
            ("ETH", "KEN", "042"),
            ("KEN", "ETH", "043"),
        ),
        ("Egypt hosted the Qatari emir on Sunday.", ("QAT", "EGY", "042"), ("EGY", "QAT", "043")),
        (
            "Chancellor Olaf Scholz welcomed the Italian prime minister to Berlin on Tuesday.",
            ("ITA", "DEU", "042"),
            ("DEU", "ITA", "043"),
        ),
        (
            "The Indian foreign minister was received by President Erdogan in Ankara.",
            ("IND", "TUR", "042"),
            ("TUR", "IND", "043"),
        ),
        (
            "Putin hosted Erdogan in Sochi and the two leaders held talks.",
            ("TUR", "RUS", "042"),
            ("RUS", "TUR", "043"),
        ),
    ],
)
def test_hosting_is_the_guests_visit(coder, text, visit, host):
    found = _visits(coder, text)
    assert visit in found and host in found
    assert found.count(visit) == 1 and found.count(host) == 1


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # coming, going or heading to a named place for talks or on a visit is a trip there
        (
            "The Greek prime minister came to Ankara for talks with President Erdogan.",
            ("GRC", "TUR", "042"),
        ),
        (
            "The Hungarian foreign minister went to Beijing for talks on trade.",
            ("HUN", "CHN", "042"),
        ),
        ("The Indian prime minister went to Moscow on a two-day visit.", ("IND", "RUS", "042")),
        (
            "The Saudi foreign minister headed to Tehran for a meeting with his counterpart.",
            ("SAU", "IRN", "042"),
        ),
    ],
)
def test_coming_to_a_place_for_talks_is_a_visit(coder, text, visit):
    found = _visits(coder, text)
    assert visit in found and (visit[1], visit[0], "043") in found


@pytest.mark.parametrize(
    "text",
    [
        # no trip without its purpose named: courts, power, conclusions, goods
        "Ukraine will go to court in London over the seizure of its assets.",
        "The Turkish investigators came to the conclusion that the journalist was killed.",
        "The Iranian oil will go to Syria next month.",
        "Netanyahu came to power in Israel in 2009.",
    ],
)
def test_coming_or_going_without_talks_is_no_visit(coder, text):
    assert not [v for v in _visits(coder, text) if v[2] in ("042", "043")]


def test_a_visit_on_a_journey_told_in_the_past_is_past(coder):
    # "came to Dhaka on a visit" in March, told in a story of February: last March's visit,
    # not the coming one (the event word is the noun, its tense the journey's)
    text = "In March the Indian prime minister came to Dhaka on a visit."
    visits = [e for e in coder.code_text(text, PUB) if e.cameo == "042"]
    assert [(e.source_country, e.target_country, e.date, e.modality) for e in visits] == [
        ("IND", "BGD", dt.date(2016, 3, 1), "asserted")
    ]


def test_a_relative_clause_saying_when_an_act_happened_dates_it(coder):
    # "the visit …, which from 25 to 27 October lasted": the visit's own days (the first);
    # a sentence that tells so of an act we do not code still names the day "the same day"
    # after it means
    text = "The visit of Abe to China, which from 25 to 27 October lasted, was historic."
    visits = [e for e in coder.code_text(text, dt.date(2018, 10, 29)) if e.cameo == "042"]
    assert visits and all(e.date == dt.date(2018, 10, 25) for e in visits)
    text = (
        "On 21 November China recalled its ambassador from Vilnius. The reason was the opening "
        "of the office, which on Thursday, 18 November, took place. Zhao Lijian on the same day "
        "urged Vilnius to correct the decision."
    )
    asked = [e for e in coder.code_text(text, dt.date(2021, 11, 23)) if e.cameo_root == "10"]
    asked += [e for e in coder.code_text(text, dt.date(2021, 11, 23)) if e.cameo_root == "02"]
    assert asked and all(e.date == dt.date(2021, 11, 18) for e in asked)


@pytest.mark.parametrize(
    "text",
    [
        # the host's part told already: one hosting, no second one derived
        "The Kenyan president visited Berlin and was received by the German chancellor.",
        # the guest's part told already: one visit, no second one derived
        "The Kenyan president visited Berlin, where the German chancellor received him.",
        # a trip's starting point hosts no one
        "A Maltese ferry departed from Tripoli on Monday.",
    ],
)
def test_no_second_or_false_host(coder, text):
    found = _visits(coder, text)
    hosts = [v for v in found if v[2] == "043"]
    assert len(hosts) <= 1 and all(h[0] != "LBY" for h in hosts)
    assert len([v for v in found if v[2] == "042"]) <= 1


def test_rescheduled_visit_is_no_visit(coder):
    facts = _facts(coder, "The Polish president rescheduled his trip to Lithuania.")
    assert ("POL", "LTU", "16") in facts and ("POL", "LTU", "04") not in facts


def test_credentials_presented_are_a_meeting(coder):
    # an envoy presenting credentials meets the head of state: no recognition granted
    text = "Norway's new ambassador presented her credentials to the Indonesian president."
    assert ("NOR", "IDN", "04") in _facts(coder, text)
    assert ("NOR", "IDN", "05") not in _facts(coder, text)


@pytest.mark.parametrize(
    ("text", "met", "apart"),
    [
        # several sides who sit down with a third meet it as well as each other
        (
            "The foreign ministers of Spain and Italy held talks with Egypt's president.",
            {("ESP", "EGY", "04"), ("ITA", "EGY", "04"), ("ESP", "ITA", "04")},
            set(),
        ),
        # envoys who each present something to a third side do not meet each other
        (
            "The envoys of Chile and Peru presented their credentials to the Indian president.",
            {("CHL", "IND", "04"), ("PER", "IND", "04")},
            {("CHL", "PER", "04"), ("PER", "CHL", "04")},
        ),
    ],
)
def test_compound_subject_meets_the_third_side(coder, text, met, apart):
    facts = set(_facts(coder, text))
    assert met <= facts and not apart & facts


@pytest.mark.parametrize("verb", ["condemned", "rebuked", "castigated", "lambasted"])
def test_criticised_act_is_the_critics_account(coder, verb):
    # the critic's act is a fact; the act criticised is told as the critic tells it
    text = f"Germany {verb} the shelling of Odesa by Russian forces on Sunday."
    events = coder.code_text(text, PUB)
    assert ("DEU", "RUS", "11") in _facts(coder, text)
    assert all(e.modality != "asserted" for e in events if e.source_country == "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "It is not excluded that Macron and Xi will meet in June in Paris.",
        "The Elysee did not rule out that Macron will meet Xi in June.",
        "The possibility of a meeting between Macron and Xi was discussed in Paris.",
    ],
)
def test_a_meeting_not_excluded_or_possible_is_hypothetical(coder, text):
    met = [e for e in coder.code_text(text, PUB) if e.cameo_root == "04"]
    assert met and all(e.modality == "hypothetical" for e in met), met


# A place hung on a noun inside the object's phrase (or named as "the city of X" inside it)
# still places the object: the target phrase is the object with its place, not a word inside.
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Suspected ADF rebels killed at least 50 villagers with machetes in Congo's Ituri "
         "province on Tuesday, a local civil society leader said, as Ugandan and Congolese "
         "troops pursued the group.", "50 villagers"),
        ("Kurdish security forces arrested the leader of a small opposition party in the city "
         "of Kirkuk, the party said in a statement.", "opposition party in the city of Kirkuk"),
    ],
)  # fmt: skip
def test_a_place_inside_the_object_keeps_the_object_in_the_target(coder, text, target):
    spans = [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.target_start is not None and e.cameo_root in ("17", "18", "19")
    ]
    assert spans and all(target in span for span in spans), spans


def test_a_result_after_the_attribution_is_the_reported_acts(coder):
    # "…, his lawyer said, drawing criticism from X": X criticises the police, not the lawyer
    text = (
        "Police in Karachi detained a prominent blogger on Monday, his lawyer said, drawing "
        "criticism from rights groups in Lahore."
    )
    critics = [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.cameo_root == "11" and text[e.source_start : e.source_end] == "rights groups"
    ]
    assert critics and all(t.startswith("Police") for t in critics), critics


def test_a_clause_after_the_attribution_is_not_the_speakers_word(coder):
    # "…, the State Department said, as the group kept up attacks": the writer tells the
    # attacks; the State Department accuses no one of them
    text = (
        "The United States offered a reward of 5 million dollars for information on Houthi "
        "financial networks, the State Department said, as the group kept up attacks on ships "
        "in the Red Sea."
    )
    events = coder.code_text(text, PUB)
    assert not [e for e in events if e.source_sector == "GOV" and e.cameo_root == "11"], events
    assert any(e.cameo_root == "19" and e.modality == "asserted" for e in events), events


def test_what_people_feel_about_is_not_who_they_are(coder):
    # "traders angry over Ruto's tax increases" are the traders, not Ruto
    text = (
        "Police in Nairobi fired tear gas at traders angry over President William Ruto's tax "
        "increases, witnesses said."
    )
    fired = [e for e in coder.code_text(text, PUB) if e.cameo_root in ("17", "18", "19")]
    assert fired and all(text[e.target_start :].startswith("traders") for e in fired), fired
    assert all(e.target_sector != "GOV" for e in fired), fired


def test_an_object_pronoun_takes_up_the_one_acted_on(coder):
    # "expelled the head of …, accusing him of bias, the ministry said": "him" is the head
    text = (
        "The Malian junta expelled the head of the U.N. mission's human rights division, "
        "Guillaume Ngefa, accusing him of bias, the foreign ministry said."
    )
    accused = [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.cameo_root == "11" and e.target_start is not None
    ]
    assert accused and all(t.startswith("the head") for t in accused), accused


def test_a_thing_named_with_its_owner_spans_both(coder):
    # the code comes from the owner named after the thing ("TikTok, owned by China's
    # ByteDance"); the target phrase is the thing with it, as for a maker ("drafted by")
    text = (
        "Pakistan lifted its ban on the popular video app TikTok, owned by China's ByteDance, "
        "after the company promised to remove immoral content."
    )
    spans = [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.source == "PAK" and e.target_start is not None
    ]
    assert spans and all("TikTok" in span for span in spans), spans


def test_those_who_react_to_a_move_are_not_its_target(coder):
    # "…, in a move condemned by ECOWAS and France": the critics are not what the move is
    text = (
        "The army seized power in Niger, detaining President Mohamed Bazoum and closing the "
        "borders, in a move condemned by ECOWAS and France."
    )
    events = coder.code_text(text, PUB)
    by_army = [e for e in events if text[e.source_start : e.source_end] == "The army"]
    assert by_army and not [e for e in by_army if e.target in ("ECOWAS", "FRA")], by_army


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Beijing said it would take resolute measures to defend its sovereignty.", "CHN"),
        ("The council voted to set up a commission to investigate Iran's crackdown.", None),
        ("Bahrain adopted measures to lift its boycott of Israel.", "BHR"),
    ],
)
def test_the_purpose_of_a_thing_taken_is_the_taker_s(coder, text, source):
    """An infinitive the parser hung on the object as a relative clause ("took measures to
    defend", "set up a commission to investigate") is the purpose of whoever takes or sets
    it up: the thing never acts."""
    events = coder.code_text(text, PUB)
    assert events
    for e in events:
        assert text[e.source_start : e.source_end] not in ("measures", "resolute measures")
        assert "commission" not in text[e.source_start : e.source_end]
        if source is not None:
            assert e.source_country == source


def test_an_obligation_a_speaker_puts_on_itself_is_no_demand(coder):
    # "said it must …": "it" is the speaker; a demand needs someone else to act
    for text in (
        "Norway said it must reduce its oil output next year.",
        "The Chilean minister said he should have resigned sooner.",
        "The striking miners said they must return to work.",
    ):
        demands = [e for e in coder.code_text(text, PUB) if e.cameo_root == "10"]
        assert not demands, (text, demands)
    # the obligation put on another side stays a demand
    events = coder.code_text("Norway said Sweden must reduce its oil output.", PUB)
    assert [(e.source, e.target, e.cameo_root) for e in events] == [("NOR", "SWE", "10")]


def test_it_in_the_words_of_a_second_verb_of_saying_is_the_speaker(coder):
    # "criticised Japan and said it would …": "it" is China, who says, not Japan, the
    # nearer name
    text = "China criticised Japan on Monday and said it would impose sanctions on Tokyo."
    sanctions = [e for e in coder.code_text(text, PUB) if e.cameo_root in ("13", "16")]
    assert sanctions, sanctions
    assert {(e.source, e.target) for e in sanctions} == {("CHN", "JPN")}, sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched a bombing campaign against Ukraine.", ("RUS", "UKR", "195")),
        ("Saudi Arabia began an air campaign against Yemen.", ("SAU", "YEM", "195")),
        ("Turkey stepped up its shelling campaign on Syria.", ("TUR", "SYR", "194")),
        ("Nigeria intensified its military campaign against Niger.", ("NGA", "NER", "190")),
    ],
)
def test_a_campaign_waged_with_arms_is_fighting(coder, text, expected):
    # the campaign's modifier says the arms ("a bombing campaign"); a campaign with none
    # is no fighting ("a campaign against corruption")
    events = coder.code_text(text, PUB)
    assert expected in [(e.source, e.target, e.cameo) for e in events], events


def test_a_campaign_without_arms_is_no_fighting(coder):
    events = coder.code_text("Kenya launched a campaign against Uganda's sugar imports.", PUB)
    assert not [e for e in events if e.cameo_root in ("18", "19", "20")], events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India celebrated Independence Day with Bangladesh.", ("IND", "BGD", "017")),
        ("Kenya celebrated its national day with the Ugandan president.", ("KEN", "UGA", "017")),
    ],
)
def test_an_occasion_celebrated_with_another_side_is_a_symbolic_act(coder, text, expected):
    events = coder.code_text(text, PUB)
    assert expected in [(e.source, e.target_country, e.cameo) for e in events], events


def test_a_win_celebrated_with_fans_is_no_symbolic_act_toward_anyone(coder):
    # only an occasion (a holiday, an anniversary) celebrated with a side is
    events = coder.code_text("Argentina celebrated its World Cup win with fans in Qatar.", PUB)
    assert not [e for e in events if e.cameo == "017"], events


# Translated agency news reports (session 27): constructions met in such copy, with the fact
# each must give.
# fmt: off
REPORT_CASES = [
    # the fight a side is taken in is the scene; troops who fight in a war fight it
    ("Turkey sided with Azerbaijan in the conflict with Armenia.", ("TUR", "AZE", "05")),
    ("Russian troops fought in the war in Syria.", ("RUS", "SYR", "19")),
    # "of" repeated in a list of whose the subject is: each country is a side
    ("The foreign ministers of Chile and of Peru met in Lima on Monday.", ("PER", "CHL", "04")),
    # the talk a criticism is told in is the critic's talk
    ("The Chilean minister criticised La Paz during talks with his Peruvian counterpart.",
     ("CHL", "PER", "04")),
    # responsibility a side is said to bear is blame, also in the second of two "that"
    # clauses
    ("Lima said that Bolivia bears the full responsibility for the attack.",
     ("PER", "BOL", "11")),
    ("The Peruvian minister said that two guards were wounded, and that Bolivia as a state "
     "bears the responsibility for the attack.", ("PER", "BOL", "11")),
    ("The Peruvian minister said that five employees stayed in La Paz, that the decision does "
     "not apply to the consulate in Arica, and that Bolivia bears the responsibility for the "
     "attack.", ("PER", "BOL", "11")),
    # relations raised a level, told as a noun, are diplomatic cooperation
    ("Chile and Peru announced on Tuesday the raising of the level of the diplomatic relations "
     "between them to the level of ambassadors.", ("PER", "CHL", "05")),
    ("Chile announced the upgrading of its relations with Peru.", ("CHL", "PER", "05")),
    # a telephone call made to someone is a conversation with them
    ("The Chilean president made a telephone call to the Bolivian president on Monday.",
     ("CHL", "BOL", "04")),
    ("The presidents of Chile, Gabriel Boric, and of Bolivia, Luis Arce, agreed on Monday to "
     "settle the dispute peacefully.", ("BOL", "CHL", "03")),
]
# Translated agency news reports (session 27): wordings that must not give these facts.
REPORT_NOT_FACTS = [
    # a minister at a meeting with citizens addresses them; they meet no one
    ("The Chilean minister spoke at a meeting with Peruvian citizens in Lima.",
     ("PER", "CHL", "04")),
    # the fight a side is taken in is not the side's own fighting
    ("Turkey sided with Azerbaijan in the conflict with Armenia.", ("TUR", "ARM", "19")),
    ("Egypt and Turkey took opposite sides in the conflict in Libya.", ("EGY", "LBY", "19")),
    ("Egypt and Turkey had stood on opposite sides in the war in Libya.", ("TUR", "LBY", "19")),
    # (responsibility denied is no blame)
    ("Lima said that Bolivia does not bear responsibility for the attack.", ("PER", "BOL", "11")),
    # (a telephone call made to someone is no appeal)
    ("The Chilean president made a telephone call to the Bolivian president on Monday.",
     ("CHL", "BOL", "02")),
    # a part of the Americas names no American (US) actor
    ("The Latin American leaders criticised Washington.", ("USA", "USA", "11")),
    ("The South American countries condemned the strike on Caracas.", ("USA", "VEN", "11")),
]
# fmt: on


@pytest.mark.parametrize(("text", "fact"), REPORT_CASES)
def test_translated_report_constructions(coder, text, fact):
    assert fact in _facts(coder, text)


@pytest.mark.parametrize(("text", "fact"), REPORT_NOT_FACTS)
def test_translated_report_wordings_that_are_not_these_facts(coder, text, fact):
    assert fact not in _facts(coder, text)


def test_the_two_countries_in_what_two_sides_agree_are_theirs(coder):
    """ "The presidents of X and of Y agreed …, on the island of Z, that the two countries will
    not use force": the two countries are X and Y, not the last two named (Y and the venue)."""
    text = (
        "The presidents of Chile, Gabriel Boric, and of Bolivia, Luis Arce, agreed on Monday, at "
        "a meeting held in Oranjestad, on the island of Aruba, that the two countries will not "
        "use force against one another."
    )
    events = coder.code_text(text, dt.date(2023, 2, 16))
    sides = {(e.source_country, e.target_country) for e in events}
    assert ("CHL", "BOL") in sides and ("BOL", "CHL") in sides
    assert not [e for e in events if "ABW" in (e.source_country, e.target_country)]


def test_the_day_after_counts_from_the_sentence_s_day_of_a_thing(coder):
    """ "After the storm which hit on 3 March, Egypt sent aid the next day": the day after
    counts from the day the sentence names (though it dates the storm), not from the day the
    story had reached (Monday)."""
    text = (
        "Sisi met Erdogan on Monday. After the storm which hit Turkey on 3 March, Egypt sent "
        "aid to Turkey the next day."
    )
    aid = [e for e in coder.code_text(text, dt.date(2023, 7, 5)) if e.cameo_root == "07"]
    assert aid and {e.date for e in aid} == {dt.date(2023, 3, 4)}


def test_a_list_of_verbs_goes_on_the_adverbial_clause_it_starts_in(coder):
    # "after A boarded …, seized … and detained …": A seized and detained, not the subject
    # of the main clause, whichever verb the parser hung the list on
    for text in (
        "Japan protested to Beijing after Chinese ships entered Japanese waters, seized a "
        "fishing boat and detained its crew.",
        "Manila accused Beijing of piracy after Chinese coast guard personnel boarded two "
        "boats, seized seven rifles and injured a sailor.",
        # (the clause hung on a verb below the main one, the list's second verb loose)
        "Vietnam accused Chinese sailors of acting like bandits after they rammed a "
        "Vietnamese trawler near the Paracels on Sunday, seized its catch and injured two "
        "fishermen.",
    ):
        events = coder.code_text(text, PUB)
        acts = [e for e in events if e.cameo_root in ("17", "18")]
        assert acts and all(e.source_country == "CHN" for e in acts), text


def test_injuring_seafarers_is_an_assault(coder):
    for text in (
        "Chinese sailors injured two Vietnamese fishermen.",
        "Chinese coast guard officers injured a Philippine sailor.",
    ):
        assert ("CHN", "VNM" if "Vietnam" in text else "PHL", "19") in _facts(coder, text), text


def test_an_act_paid_back_or_linked_to_others_is_not_the_subjects(coder):
    # what one retaliates for, and the act others are linked to, is not one's own act
    text = "Iran fired missiles at Israel, saying it was retaliating for a strike on its consulate."
    assert not [
        e for e in coder.code_text(text, PUB) if e.source_country == "IRN" and e.cameo == "195"
    ]
    for text in (
        "Canadian police linked Indian agents to the killing of a Sikh activist.",
        "Trudeau said Canadian agencies were pursuing allegations linking agents of the Indian "
        "government to the murder of a Sikh activist.",
    ):
        assert not [e for e in coder.code_text(text, PUB) if e.source_country == "CAN"], text


def test_the_subject_of_a_time_clause_taken_for_the_prepositions_object(coder):
    # "…, a day after Azerbaijan had launched": Azerbaijan launched it, the day before
    text = (
        "Armenian forces agreed on Wednesday to lay down their arms under a truce brokered "
        "by Russian troops, a day after Azerbaijan had launched an offensive to seize the region."
    )
    events = coder.code_text(text, dt.date(2016, 8, 3))
    assaults = [e for e in events if e.cameo_root == "19"]
    assert assaults and all(e.source_country == "AZE" for e in assaults)
    assert all(e.date == dt.date(2016, 8, 2) for e in assaults)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan signed an accord on Friday to supply Kyrgyzstan with 40,000 tonnes of wheat.",
        "Norway struck a deal with Iceland on Monday to sell fishing rights to Icelandic fleets.",
        "Serbia and Hungary agreed a deal to swap detained border guards.",
    ],
)
def test_a_deals_purpose_is_its_term_not_an_act_done(coder, text):
    """ "signed an accord to supply Kyrgyzstan with wheat": the deal is the event (057); the
    supply it provides for is not done yet, nor a second pledge of the signer."""
    roots = [e.cameo_root for e in coder.code_text(text, PUB) if e.is_fact]
    assert "05" in roots and set(roots) == {"05"}, roots


@pytest.mark.parametrize(
    "phrase, future, expected",
    [
        ("later in September", True, dt.date(2017, 9, 1)),
        ("in September", True, dt.date(2017, 9, 1)),
        ("in September", False, dt.date(2017, 9, 1)),
        ("in October", True, dt.date(2017, 10, 1)),
        ("in August", False, dt.date(2017, 8, 1)),
    ],
)
def test_the_publication_month_named_alone_is_this_month(phrase, future, expected):
    """ "The ministers are to meet later in September" in a paper of 6 September 2017 means
    this September; asked for a future date, dateparser skipped it to September 2018."""
    assert resolve_date(phrase, dt.date(2017, 9, 6), future) == (expected, "text_month")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "it" opening a clause joined by "and" keeps the first clause's subject, a body named
        # by its nationality, not the last country named in that clause's objects
        (
            "The Georgian police began to fine the Turkish lorries which carry fruit to "
            "Russia, and in May it detained three Turkish drivers.",
            ("GEO", "TUR"),
        ),
        (
            "The Kenyan government raised the fees on Ugandan traders who sell maize in "
            "Tanzania, and on Monday it expelled two Ugandan officials.",
            ("KEN", "UGA"),
        ),
    ],
)
def test_it_in_a_joined_clause_keeps_the_first_clauses_subject(coder, text, pair):
    acts = [e for e in coder.code_text(text, PUB) if e.cameo_root in ("16", "17")]
    assert acts and all((e.source_country, e.target_country) == pair for e in acts[-1:])
    assert not [e for e in acts if e.source_country in ("RUS", "TZA")]


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian army began a large exercise near the border with Azerbaijan.",
        "Pakistani troops started drills in the south, close to the frontier with India.",
    ],
)
def test_a_border_s_with_names_the_neighbour_not_a_partner(coder, text):
    """ "the border with X" names the neighbour, wherever the parser hangs "with": drills
    held near it are no joint exercise with X."""
    assert not [e for e in coder.code_text(text, PUB) if e.cameo_root == "06"]


def test_a_partner_named_beside_a_border_is_still_a_partner(coder):
    text = "Russia started an exercise with Belarus near the border with Poland."
    joint = [e for e in coder.code_text(text, PUB) if e.cameo_root == "06"]
    assert [(e.source_country, e.target_country) for e in joint] == [("RUS", "BLR")]


def test_arms_taking_part_in_a_drill_are_no_partner(coder):
    """ "with the participation of tanks and drones" names what took part, no partner: the
    drill near a neighbour's border is a show of force toward it; "with the participation of
    Egyptian warships" names a partner."""
    alone = (
        "The Armenian army began a large exercise in the south, near the border with "
        "Azerbaijan, with the participation of tanks, artillery and drones."
    )
    events = coder.code_text(alone, PUB)
    assert not [e for e in events if e.cameo_root == "06"]
    assert [(e.source_country, e.target_country) for e in events if e.cameo_root == "15"] == [
        ("ARM", "AZE")
    ]
    joint = (
        "The Saudi navy began an exercise in the Red Sea with the participation of Egyptian "
        "warships."
    )
    assert [
        (e.source_country, e.target_country)
        for e in coder.code_text(joint, PUB)
        if e.cameo_root == "06"
    ] == [("SAU", "EGY")]


@pytest.mark.parametrize(
    "reaction",
    [
        "Germany rejected such sanctions.",
        "The German government stated that it rejects such extraterritorial sanctions.",
    ],
)
def test_such_refers_back_as_these_does(coder, reaction):
    """ "such sanctions" (the parser reads "such" as an adjective, not a determiner) stands
    for the sanctions told before, as "these sanctions" does: the rejection is aimed at
    their maker."""
    text = "On Friday the United States imposed sanctions on Gazprom. " + reaction
    rejected = [e for e in coder.code_text(text, dt.date(2019, 12, 31)) if e.cameo_root == "12"]
    assert [(e.source_country, e.target_country) for e in rejected] == [("DEU", "USA")]
