"""Rules found on a machine-translated analysis of a Warsaw daily (the Poland-Israel row of
February 2019 over Netanyahu's and Katz's words on the Holocaust, and the cancelled summit of
the Visegrad Group in Jerusalem). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2019, 2, 20)


def _pairs(coder, text, root):
    return {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.is_fact and e.cameo_root == root
    }


def test_a_statement_judged_is_the_one_told_earlier_in_its_sentence(coder):
    """ "Morawiecki said that …, and Netanyahu described this statement as outrageous": the
    statement is the one the sentence has just told, not the last one coded before it
    (the State Department's concern about the law, a sentence earlier)."""
    text = (
        "On 31 January the Department of State of the USA expressed its concern about the "
        "law. In February, at the security conference in Munich, Morawiecki said that there "
        "were also Jewish perpetrators, and Netanyahu described this statement as outrageous."
    )
    pairs = _pairs(coder, text, "11")
    assert ("ISR", "POL") in pairs
    assert ("ISR", "USA") not in pairs


def test_what_commentators_expect_a_side_to_do_is_no_demand(coder):
    """ "Some Israeli commentators expect that Netanyahu will not apologise", "analysts
    expect Iran to release the tanker": those who foresee act for no side, so their
    expectation is a forecast; a side's own expectation of another stays a demand."""
    guessed = (
        "Some Israeli commentators expect that Netanyahu will not apologise to Poland "
        "before the elections."
    )
    assert not _pairs(coder, guessed, "10")
    foreseen = "Analysts in London expect Tehran to release the British tanker."
    assert not _pairs(coder, foreseen, "10")
    demanded = "The United States expects Russia to return Crimea to Ukraine."
    assert ("USA", "RUS") in _pairs(coder, demanded, "10")


def test_a_passive_subject_set_after_an_opening_day_is_the_one_acted_on(coder):
    """ "On Friday the ambassador of Israel Anna Azari, who was already on the way to the
    airport, was summoned to the foreign ministry in Warsaw": the parser hangs the envoy on
    "On" beside the day; given back to the verb, she is its passive subject (the one
    summoned), not its doer."""
    text = (
        "On Friday the ambassador of Israel Anna Azari, who was already on the way to the "
        "airport, was summoned to the foreign ministry in Warsaw."
    )
    assert ("POL", "ISR") in _pairs(coder, text, "11")


def test_an_envoy_summoned_to_a_ministry_named_without_its_country_is_summoned_by_the_host(
    coder,
):
    """ "The reaction of Warsaw was quick. On Friday the ambassador of Israel Anna Azari, who
    was already on the way to the airport, was summoned to the Ministry of Foreign Affairs":
    a ministry summons foreign envoys, so it is the country named last before it other than
    the envoy's (after sentences on Netanyahu, the last government named was Israel's own);
    the envoy set after the day, with a clause of her own, is the one summoned."""
    text = (
        "On Thursday Netanyahu said in Warsaw that Poles cooperated with the Nazis. The "
        "reaction of Warsaw was quick. On Friday the ambassador of Israel Anna Azari, who was "
        "already on the way to the airport, was summoned to the Ministry of Foreign Affairs."
    )
    assert ("POL", "ISR") in _pairs(coder, text, "11")
    plain = (
        "On Thursday Netanyahu said in Warsaw that Poles cooperated with the Nazis. The "
        "reaction of Warsaw was quick. On Friday the ambassador of Israel was summoned to "
        "the Ministry of Foreign Affairs."
    )
    pairs = _pairs(coder, plain, "11")
    assert ("POL", "ISR") in pairs
    assert ("ISR", "ISR") not in pairs and ("ISR", "") not in pairs


def test_days_without_a_year_after_a_flashback_day_are_of_its_year(coder):
    """ "On 26 January 2018 the Sejm passed the amendment. … On 28 January the Israeli
    foreign ministry summoned the Polish charge d'affaires": in a piece of 2019 the
    paragraph goes on in 2018, day by day ("In February" too); a paragraph of this year's
    news keeps its own year."""
    text = (
        "To understand the reaction, one must return to the last year. On 26 January 2018 "
        "the Sejm passed the amendment to the law. On 28 January the Israeli foreign "
        "ministry summoned the Polish charge d'affaires. In February Netanyahu called the "
        "words of Morawiecki outrageous.\n\n"
        "On 15 February the Polish foreign ministry summoned the Israeli ambassador."
    )
    days = {
        (e.source_country, e.target_country, e.date)
        for e in coder.code_text(text, DAY)
        if e.is_fact and e.cameo_root == "11"
    }
    assert ("ISR", "POL", dt.date(2018, 1, 28)) in days
    assert ("ISR", "POL", dt.date(2018, 2, 1)) in days
    assert ("POL", "ISR", dt.date(2019, 2, 15)) in days


def test_a_clause_with_its_own_subject_is_not_denied_by_the_clause_before_it(coder):
    """ "Iran was not invited, and in January the Iranian foreign ministry summoned the
    Polish charge d'affaires": the denial belongs to the first clause; the second has its
    own subject and tells its own act. A shared subject stays denied ("did not summon the
    envoy and protest")."""
    own = (
        "Iran was not invited, and in January the Iranian foreign ministry summoned the "
        "Polish charge d'affaires."
    )
    moods = {
        (e.source_country, e.target_country, e.modality)
        for e in coder.code_text(own, DAY)
        if e.cameo_root == "11"
    }
    assert ("IRN", "POL", "asserted") in moods
    shared = "The Iranian foreign ministry did not summon the Polish envoy and protest."
    assert ("IRN", "POL") not in _pairs(coder, shared, "11")


def test_a_translated_clause_ends_in_its_verb_before_a_phrase_of_why(coder):
    """ "In January the Ministry of Foreign Affairs of Iran the Polish charge d'affaires in
    Tehran summoned, in protest against the conference": the clause ends at its final
    verb; the phrase after the comma tells why, and is no part of what was summoned."""
    text = (
        "In January the Ministry of Foreign Affairs of Iran the Polish charge d'affaires in "
        "Tehran summoned, in protest against the organisation of the conference."
    )
    assert ("IRN", "POL") in _pairs(coder, text, "11")


def test_work_with_the_nazis_told_by_another_side_is_a_charge_of_complicity(coder):
    """ "Katz said that Poles cooperated with the Nazis": told by an Israeli minister, a
    charge against Poland (112), and the cooperation only his claim; cooperation with a
    country told by another ("Poland cooperated with Germany on energy, Merkel said") stays
    cooperation, no charge."""
    text = "On Sunday Katz said that Poles cooperated with the Nazis."
    assert ("ISR", "POL") in _pairs(coder, text, "11")
    plain = "Poland cooperated with Germany on energy, Merkel said."
    assert not _pairs(coder, plain, "11")


def test_words_judged_offensive_are_criticised(coder):
    """ "The Polish ministry said that the statements of Israel Katz are offensive": words
    judged to wound a people are criticised (111), as words called unacceptable are."""
    judged = "The Polish ministry said that the statements of Israel Katz are offensive."
    assert ("POL", "ISR") in _pairs(coder, judged, "11")


def test_a_reaction_expected_of_a_side_is_asked_of_it(coder):
    """ "Warsaw expects an adequate reaction of the Israeli side" (a translated genitive, or
    "from the Israeli side") asks that side for it (100)."""
    expected = "Warsaw expects an adequate reaction of the Israeli side."
    assert ("POL", "ISR") in _pairs(coder, expected, "10")
