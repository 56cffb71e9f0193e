"""Rules found on a machine-translated Russian-press analysis (the Moldova-Russia row of
2017): an ordinal that ranks a thing is no day, a relative pronoun in a phrase is no object
gap, and the office holders the piece names. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import ranks_a_thing, resolve_date

DAY = dt.date(2017, 8, 4)


@pytest.mark.parametrize(
    "phrase", ["the 25th anniversary", "the 12th round", "on the 3rd summit of the bloc"]
)
def test_an_ordinal_that_ranks_a_thing_is_no_day(phrase):
    """ "on the 25th anniversary of the ceasefire" counts anniversaries, not days."""
    assert ranks_a_thing(phrase)
    assert resolve_date(phrase, DAY) is None


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the 29th of May", dt.date(2017, 5, 29)),
        ("3rd March", dt.date(2017, 3, 3)),
        ("Saturday the 29th", dt.date(2017, 7, 29)),
        ("the 5th and 6th of June", dt.date(2017, 6, 5)),
    ],
)
def test_an_ordinal_day_still_names_its_day(phrase, day):
    assert not ranks_a_thing(phrase)
    assert resolve_date(phrase, DAY)[0] == day


def test_an_anniversary_beside_a_date_leaves_the_date(coder):
    """The act is of the day named beside the anniversary, not of the anniversary's number."""
    text = (
        "On Friday, 14 July, on the 25th anniversary of the treaty, the Georgian parliament "
        "demanded from Russia to withdraw its troops from Abkhazia."
    )
    found = [e for e in coder.code_text(text, DAY) if e.cameo_root == "10"]
    assert found and all(e.date == dt.date(2017, 7, 14) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Moldovan parliament adopted a declaration, in which it demanded from Russia to "
        "withdraw its troops.",
        "The Georgian government issued a statement, in which it urged Moscow to free the "
        "detained border guards.",
    ],
)
def test_a_relative_pronoun_in_a_phrase_is_no_object_gap(coder, text):
    """ "a declaration, in which it demanded from Russia …": the declaration is where the
    demand was made; Russia, not the declaration, is asked."""
    found = [e for e in coder.code_text(text, DAY) if e.plover == "REQUEST"]
    assert found and all(e.target_country == "RUS" for e in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Grigory Karasin condemned the decision of Chisinau.", ("RUS", "MDA")),
        ("Rogozin criticised the Romanian authorities.", ("RUS", "ROU")),
        ("Andrei Galbur criticised Moscow.", ("MDA", "RUS")),
        ("Pavel Filip met Angela Merkel in Berlin.", ("MDA", "DEU")),
    ],
)
def test_russian_and_moldovan_office_holders_are_known(coder, text, pair):
    """A Russian deputy premier and deputy foreign minister, and Moldova's premiers and
    foreign ministers, are their countries' government on the days they held office."""
    assert any((e.source_country, e.target_country) == pair for e in coder.code_text(text, DAY))


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        (
            "On 12 June the Latvian foreign ministry handed to the Russian ambassador a note, "
            "by which two employees of the Russian embassy were declared persona non grata.",
            ("LVA", "RUS"),
            "16",
        ),
        (
            "The Georgian government adopted a decree, under which the flights of Russian "
            "airlines were suspended.",
            ("GEO", "RUS"),
            "16",
        ),
    ],
)
def test_a_passive_done_through_a_document_is_its_issuers_act(coder, text, pair, root):
    """ "handed a note, by which two diplomats were declared persona non grata": whoever
    handed the note declared them."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo_root == root
        for e in coder.code_text(text, DAY)
    )


def test_a_documents_of_phrase_names_its_author(coder):
    """Translated "in the statement of the MFA the step was called irresponsible": the
    ministry judged it."""
    text = "In the statement of the Russian MFA the decision of Riga was called irresponsible."
    assert any(
        (e.source_country, e.target_country) == ("RUS", "LVA") and e.cameo_root == "11"
        for e in coder.code_text(text, DAY)
    )


def test_a_report_of_a_crime_is_no_author(coder):
    """ "of" names the author only when it names someone: "a report of torture" does not."""
    text = "The Syrian army was accused in a report of torture."
    assert not [e for e in coder.code_text(text, DAY) if e.source_country == "SYR"]


def test_a_title_with_its_country_in_an_of_phrase_gives_the_name_that_country(coder):
    """ "received the ambassador of Latvia Maris Riekstins and expressed to him a protest":
    him is the Latvian envoy, named with the title's country."""
    text = (
        "Lavrov received the ambassador of Latvia Maris Riekstins and expressed to him a "
        "decisive protest."
    )
    assert any(
        (e.source_country, e.target_country) == ("RUS", "LVA") and e.cameo_root == "11"
        for e in coder.code_text(text, DAY)
    )


def test_may_after_a_days_number_is_the_month_not_the_modal(coder):
    """ "On 29 May the ministry handed a note": the parser's modal "may" is the month, and
    the act is asserted."""
    text = (
        "On 29 May the Ministry of Foreign Affairs of Latvia handed to the Russian ambassador "
        "a note."
    )
    found = [e for e in coder.code_text(text, DAY) if e.source_country == "LVA"]
    assert found and all(e.modality == "asserted" for e in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Latvia expelled two Russian diplomats. Lavrov called the expulsion a provocation.",
            ("RUS", "LVA"),
        ),
        (
            "Police arrested two Turkish journalists in Athens. Ankara called the arrest "
            "unacceptable.",
            ("TUR", "GRC"),
        ),
    ],
)
def test_a_bare_act_judged_is_aimed_at_its_doer_told_before(coder, text, pair):
    """ "called the expulsion a provocation", no doer named with it: the one the story told
    did it."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo_root == "11"
        for e in coder.code_text(text, DAY)
    )


def test_a_name_after_a_dative_to_is_no_infinitive(coder):
    """Translated order "promised to Bucharest an answer": Bucharest is whom the answer is
    promised to (a threat), not a verb "to Bucharest"."""
    text = "Lavrov on Friday promised to Bucharest a tough response."
    assert any(
        (e.source_country, e.target_country) == ("RUS", "ROU") and e.cameo_root == "13"
        for e in coder.code_text(text, DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov promised an answer to Riga.",
        "Moscow vowed a tough answer to Vilnius.",
    ],
)
def test_an_answer_promised_to_a_side_is_a_threat(coder, text):
    """ "promised an answer", as "promised a response": retaliation announced."""
    assert any(e.cameo_root == "13" for e in coder.code_text(text, DAY))


def test_officials_likened_to_vermin_are_condemned(coder):
    """ "called the Romanian authorities reptiles": an insult, not a comment."""
    text = "Rogozin called the Romanian authorities reptiles."
    assert any(
        (e.source_country, e.target_country) == ("RUS", "ROU") and e.cameo_root == "11"
        for e in coder.code_text(text, DAY)
    )


def test_a_destination_set_before_the_subject_is_the_verbs(coder):
    """Translated "On the same day to the Latvian MFA the Russian ambassador was summoned":
    the ministry summoned him (the "to" phrase is no part of the day)."""
    text = "On the same day to the Latvian foreign ministry the Russian ambassador was summoned."
    assert any(
        (e.source_country, e.target_country) == ("LVA", "RUS") and e.cameo_root == "11"
        for e in coder.code_text(text, DAY)
    )


def test_it_taking_up_a_thing_judged_names_no_other_side(coder):
    """ "criticised the plan of the cabinet and called it a shameful gesture": "it" is the
    plan, not the side named in the sentence before."""
    text = (
        "Russian troops entered the village. The Latvian opposition leader criticised the "
        "plan of the cabinet and called it a shameful gesture."
    )
    assert not [
        e
        for e in coder.code_text(text, DAY)
        if e.source_country == "LVA" and e.target_country == "RUS" and e.cameo_root == "11"
    ]
