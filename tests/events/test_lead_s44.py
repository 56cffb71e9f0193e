"""Session 44's lead rules, from the misses left on the article bench. Sentences written for
detente about real episodes (Crimea, 2014; the Stena Impero, 2019)."""

from __future__ import annotations

import datetime as dt


def _events(coder, text, day):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    ]


def test_a_by_phrase_after_an_active_verbs_object_names_the_objects_doer(coder):
    # the parser hangs "by Russia" on "called" as if it were passive
    events = _events(
        coder,
        "The NATO chief called the annexation of Crimea by Russia illegal.",
        dt.date(2014, 3, 19),
    )
    assert ("NATO", "RUS", "111", "asserted") in events, events


def test_a_by_phrase_of_means_after_a_named_object_stays_with_the_verb(coder):
    # control: "by phone" is how Russia warned, and Ukraine did nothing
    events = _events(coder, "Russia warned Ukraine by phone.", dt.date(2014, 3, 19))
    assert ("RUS", "UKR", "130", "asserted") in events, events
    assert not [e for e in events if e[0] == "UKR" and e[2] == "130"], events


def test_a_passive_agent_is_left_alone(coder):
    # control: a passive verb's "by" phrase is its doer
    events = _events(
        coder, "The tanker was seized by Iran in the Strait of Hormuz.", dt.date(2019, 7, 20)
    )
    assert any(e[0] == "IRN" and e[3] == "asserted" for e in events), events


def test_a_plural_subject_before_a_past_verb_is_no_headline_verb(coder):
    # "NATO allies backed …" is no verbless headline "NATO allies (= allied) …"
    events = _events(coder, "NATO allies backed the U.S. decision.", dt.date(2019, 2, 2))
    assert ("NATO", "USA", "051", "asserted") in events, events


def test_a_present_verb_read_as_a_subject_is_still_found(coder):
    # control: the headline's -s verb before its object noun
    events = _events(coder, "Mexican president cancels visit to Washington", dt.date(2017, 1, 26))
    assert ("MEX", "USA", "125", "asserted") in events, events


def test_a_harm_called_a_crime_by_name_is_criticism(coder):
    events = _events(
        coder,
        "Chancellor Angela Merkel called the poisoning of the opposition leader an attempted "
        "murder by the Russian state.",
        dt.date(2020, 9, 2),
    )
    assert any(e[0] == "DEU" and e[2] == "111" for e in events), events


def test_a_name_after_after_and_before_its_time_phrase_is_the_clauses_subject(coder):
    # translated order: "after <doer> on <day> <verb>"; the recognition is Podgorica's, not
    # Belgrade's
    events = _events(
        coder,
        "One day after Podgorica on 9 October recognised Kosovo, Belgrade expelled the "
        "ambassador of Montenegro.",
        dt.date(2008, 10, 20),
    )
    assert ("MNE", "XKX", "054", "asserted") in events, events
    assert not [e for e in events if e[0] == "SRB" and e[2] == "054"], events


def test_a_name_after_a_fronted_clause_and_a_time_phrase_is_the_main_subject(coder):
    for text, expected in [
        (
            "After Podgorica recognised Kosovo, Belgrade on 10 October expelled the ambassador "
            "of Montenegro.",
            ("SRB", "MNE", "161"),
        ),
        (
            "Before Moscow recognised Abkhazia, Tbilisi on 29 August broke off relations with "
            "Russia.",
            ("GEO", "RUS", "161"),
        ),
    ]:
        events = _events(coder, text, dt.date(2008, 11, 1))
        assert any(e[:3] == expected and e[3] == "asserted" for e in events), (text, events)


def test_a_fronted_clause_with_its_own_subject_is_left_alone(coder):
    # control: the main clause has its subject; nothing moves
    events = _events(
        coder,
        "After Podgorica recognised Kosovo, the Serbian government expelled the ambassador of "
        "Montenegro on 10 October.",
        dt.date(2008, 11, 1),
    )
    assert any(e[0] == "SRB" and e[2] == "161" for e in events), events
    assert not [e for e in events if e[0] == "SRB" and e[2] == "054"], events


def test_a_month_with_its_year_opens_a_flashback_for_the_days_after_it(coder):
    day = dt.date(2020, 11, 29)
    events = coder.code_text(
        "In October 2008, Belgrade on 10 October expelled the ambassador of Montenegro.", day
    )
    assert [e.date for e in events if e.cameo == "161"] == [dt.date(2008, 10, 10)], events


def test_a_month_of_the_publication_year_opens_no_flashback(coder):
    # control: "in March" of this year, then "on 10 October": both this year's
    day = dt.date(2020, 11, 29)
    events = coder.code_text(
        "Relations had been tense since March 2020. On 10 October Belgrade expelled the "
        "ambassador of Montenegro.",
        day,
    )
    assert [e.date for e in events if e.cameo == "161"] == [dt.date(2020, 10, 10)], events


def test_what_a_thing_is_called_after_a_name_with_no_comma_is_its_predicate(coder):
    # read as "Meng Wanzhou, a political persecution", the call was a phone call
    events = _events(
        coder,
        "Beijing called the arrest of Meng Wanzhou by Canada a political persecution.",
        dt.date(2018, 12, 7),
    )
    assert any(e[0] == "CHN" and e[2] == "111" for e in events), events
    assert not [e for e in events if e[2].startswith("04")], events


def test_a_campaign_of_words_is_criticism(coder):
    events = _events(
        coder,
        "Maria Zakharova called the statements of the German side an information campaign.",
        dt.date(2020, 9, 2),
    )
    assert ("RUS", "DEU", "111", "asserted") in events, events
    events = _events(
        coder,
        "Prime Minister Orpo called the arrival of the asylum seekers an influence operation "
        "by Russia.",
        dt.date(2023, 11, 20),
    )
    assert ("FIN", "RUS", "111", "asserted") in events, events


def test_an_exchange_of_information_judges_nothing(coder):
    # control: "information" alone condemns nothing
    events = _events(
        coder, "Lavrov called the meeting with Maas an information exchange.", dt.date(2020, 9, 2)
    )
    assert not [e for e in events if e[2] == "111"], events


def test_an_act_said_not_to_go_unanswered_is_a_threat_to_its_doer(coder):
    day = dt.date(2018, 7, 12)
    for text in [
        "Moscow said the expulsion of its diplomats by Athens would not go unanswered.",
        "The Russian foreign ministry warned that such actions of Athens will not remain "
        "without consequences.",
    ]:
        events = _events(coder, text, day)
        assert ("RUS", "GRC", "130", "asserted") in events, (text, events)
    # the act answered happened: "not" is said of its answer
    events = _events(
        coder, "Moscow said the expulsion of its diplomats by Athens would not go unanswered.", day
    )
    assert not [e for e in events if e[2] == "161" and e[3] == "negated"], events


def test_a_meeting_that_will_not_go_ahead_stays_negated(coder):
    # control: "go ahead" tells whether the meeting comes about
    events = _events(
        coder, "Lavrov said the summit with Greece will not go ahead.", dt.date(2018, 7, 12)
    )
    assert ("RUS", "GRC", "040", "negated") in events, events


def test_a_question_not_left_without_an_answer_is_no_threat(coder):
    # control: what is asked waits for a reply
    events = _events(
        coder,
        "Lavrov said the question of the Greek request will not remain without an answer.",
        dt.date(2018, 7, 12),
    )
    assert not [e for e in events if e[2].startswith("13")], events
