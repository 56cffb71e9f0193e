"""Root conventions of a found pair, round 7 (tests/data/roots_h7_*.tsv): talks that end with
no deal, a verdict told with its penalty, a prison term handed over, a clause a trailing wire
attribution reports, concern over a side's act, and a state's protest. Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

from detente.evaluate.plv import main_event
from detente.events.grammar import told_aside

PUB = dt.date(2023, 5, 15)


def _events(coder, text):
    return coder.code_text(text, PUB)


def _asserted(coder, text):
    """(source country, target country, CAMEO code) of each asserted event."""
    return {
        (e.source_country, e.target_country, e.cameo)
        for e in _events(coder, text)
        if e.modality == "asserted"
    }


def _main(coder, text, source, target):
    """The event a reader takes first between two countries (as the PLV scorer does)."""
    pair = [
        e for e in _events(coder, text) if (e.source_country, e.target_country) == (source, target)
    ]
    return main_event(pair)


def test_talks_that_break_down_are_a_rejection_between_the_parties(coder):
    text = "Talks between Egypt and Ethiopia on the Nile dam collapsed in Cairo on Tuesday."
    facts = _asserted(coder, text)
    assert ("EGY", "ETH", "120") in facts
    assert not any(code.startswith("04") for _, _, code in facts)


def test_a_summit_that_ends_without_a_deal_is_a_rejection(coder):
    text = "The summit between Serbia and Kosovo in Brussels ended without an agreement."
    assert ("SRB", "XKX", "120") in _asserted(coder, text)


def test_talks_ended_by_the_parties_without_a_deal_are_a_rejection(coder):
    text = "Israel and Hamas ended their talks in Doha without a breakthrough."
    assert ("ISR", "PSE", "120") in _asserted(coder, text)


def test_talks_that_end_with_a_statement_stay_a_meeting(coder):
    # an ending with no word of failure is the meeting told
    text = "Russia and China ended their talks in Moscow with a joint statement."
    facts = _asserted(coder, text)
    assert ("RUS", "CHN", "040") in facts
    assert not any(code == "120" for _, _, code in facts)


def test_a_conviction_with_its_sentence_is_read_as_the_penalty(coder):
    text = "A Tehran court convicted the French teacher of spying and jailed him for ten years."
    main = _main(coder, text, "IRN", "FRA")
    assert main is not None and main.cameo_root == "17"


def test_a_conviction_alone_stays_a_finding_of_guilt(coder):
    text = "A Tehran court convicted the French teacher of spying on Monday."
    main = _main(coder, text, "IRN", "FRA")
    assert main is not None and main.cameo == "116"


def test_a_prison_term_handed_to_someone_is_a_sentence(coder):
    text = "A Minsk court handed the Polish journalist an eight-year prison term."
    assert ("BLR", "POL", "173") in _asserted(coder, text)


def test_a_clause_reported_by_a_trailing_attribution_is_no_aside(coder):
    # the parser hangs the reported clause on "announced" as an adverbial clause; with a
    # subject and a finite verb and no "after"/"as" of its own it is the news, not an aside
    doc = coder.nlp(
        "After weeks of negotiations, Ghana and the IMF have reached an agreement on a new "
        "loan that the fund's board would approve, announced the finance minister on state "
        "television."
    )
    reached = next(t for t in doc if t.lemma_ == "reach")
    assert reached.dep_ == "advcl" and reached.head.lemma_ == "announce"
    assert not told_aside(reached)


def test_an_adverbial_clause_with_its_conjunction_stays_an_aside(coder):
    doc = coder.nlp(
        "After Ghana and the IMF reached an agreement, the minister announced new taxes."
    )
    reached = next(t for t in doc if t.lemma_ == "reach")
    assert told_aside(reached)


def test_concern_over_a_sides_drills_is_criticism(coder):
    text = "Seoul voiced concern over North Korea's artillery drills near the border."
    assert ("KOR", "PRK", "111") in _asserted(coder, text)


def test_concern_over_a_sides_economy_stays_a_comment(coder):
    text = "Seoul voiced concern over China's slowing economy."
    assert not any(code == "111" for _, _, code in _asserted(coder, text))


def test_a_state_protesting_against_a_move_complains_officially(coder):
    text = "Athens protested against Turkey's plan to drill in disputed waters."
    assert ("GRC", "TUR", "114") in _asserted(coder, text)


def test_crowds_protesting_against_a_bill_still_demonstrate(coder):
    text = "Thousands of Kenyans protested against the finance bill in Nairobi."
    assert any(code.startswith("14") for _, _, code in _asserted(coder, text))


def test_soldiers_who_fly_to_a_country_are_deployed_there(coder):
    text = "Hundreds of German soldiers flew to Lithuania on Monday."
    facts = _asserted(coder, text)
    assert ("DEU", "LTU", "150") in facts
    assert not any(code.startswith("04") for _, _, code in facts)


def test_peacekeepers_who_arrive_come_to_keep_the_peace(coder):
    text = "Bangladeshi peacekeepers flew to Mali on Tuesday."
    assert ("BGD", "MLI", "074") in _asserted(coder, text)


def test_soldiers_visiting_a_place_still_visit(coder):
    text = "German soldiers visited the war memorial in Vilnius."
    assert not any(code == "150" for _, _, code in _asserted(coder, text))


def test_a_finding_of_guilt_with_its_sentence_is_read_as_the_penalty(coder):
    text = (
        "A Cairo court found the Italian student guilty of spreading false news and "
        "sentenced him to three years."
    )
    main = _main(coder, text, "EGY", "ITA")
    assert main is not None and main.cameo_root == "17"
