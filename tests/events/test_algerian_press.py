"""Rules from a machine-translated Algerian daily's analysis of the Algeria-Spain crisis of
spring 2022 (tests/data/articles/2022-06-12-algiers-madrid-treaty.txt), each checked on
sentences written for detente."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ARTICLE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "articles"
    / "2022-06-12-algiers-madrid-treaty.txt"
)
DAY = dt.date(2022, 6, 12)


def _facts(coder, text, day=DAY):
    return [
        (e.source, e.target_country, e.cameo, e.date)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


def test_office_holders_of_the_crisis_are_in_the_tables(coder):
    # the Algerian energy minister, the Spanish minister for the ecological transition and
    # the Commission's executive vice-president had been guessed from the last side named
    got = _facts(
        coder, "Spain bought less gas this year. Mohamed Arkab criticised Madrid on Friday."
    )
    assert ("DZAGOV", "ESP") in [p[:2] for p in got], got
    got = _facts(coder, "Algeria raised its prices. Teresa Ribera criticised Algiers on Friday.")
    assert ("ESPGOV", "DZA") in [p[:2] for p in got], got
    got = _facts(coder, "Valdis Dombrovskis criticised Algeria on Friday.")
    assert [p[:2] for p in got] == [("EUGOV", "DZA")], got


BACK_AND_FORTH = (
    "The presidency announced on Wednesday that Algeria suspends the treaty with Spain. "
    "The crisis began on Friday, 18 March, when Morocco praised Spain. On 27 April Algeria "
    "warned Spain. As for the decision of Wednesday, Spain criticised Algeria on the same "
    "evening. On Thursday Algeria froze the trade with Spain."
)


def test_a_weekday_named_bare_again_is_the_same_day(coder):
    # the opening's "on Wednesday" is of the week of publication; the analysis goes back to
    # March and April and comes back to it: not the Wednesday after 27 April (nor is the
    # Thursday that follows counted from there)
    got = _facts(coder, BACK_AND_FORTH)
    days = {(p[0][:3], p[1]): p[3] for p in got}
    assert days.get(("ESP", "DZA")) == dt.date(2022, 6, 8), got
    assert days.get(("DZA", "ESP")) != dt.date(2022, 4, 28), got
    freeze = [p for p in got if p[2] == "163"]
    assert freeze and freeze[0][3] == dt.date(2022, 6, 9), got


def test_a_power_holding_a_land_is_not_that_land(coder):
    # "the former administering power of Western Sahara" is Spain, not Western Sahara; the
    # land named in its "of" phrase had been made the target of Algeria's astonishment
    for text in (
        "Algeria expressed its great astonishment at the sudden turn of the former "
        "administering power of Western Sahara.",
        "Morocco condemned the statement of the administering power of Western Sahara.",
    ):
        got = [(e.source_country, e.target_country) for e in coder.code_text(text, DAY)]
        assert got and all(target != "ESH" for _, target in got), (text, got)


def test_a_treaty_suspended_told_as_a_noun_reduces_relations(coder):
    # "announced the suspension of the treaty … with Spain" had no event, though "suspended
    # the treaty with Spain" was coded 160
    for text in (
        "Algeria announced the suspension of the treaty of friendship with Spain.",
        "Moscow announced on Tuesday the freezing of the arms control agreement with Washington.",
    ):
        got = [(p[0][:3], p[1], p[2]) for p in _facts(coder, text)]
        assert got and got[0][2] == "160" and got[0][1] in ("ESP", "USA"), (text, got)


MOROCCO_FIRST = "The Moroccan Ministry of Foreign Affairs welcomed the position of Spain on Friday."


def test_whoever_recalls_the_envoy_of_a_state_is_that_state(coder):
    # "the Ministry of Foreign Affairs" after a paragraph on Morocco's had been Morocco's,
    # recalling Algeria's envoy; the envoy's own state named in his phrase recalls him
    for recall in (
        "On Saturday the Ministry of Foreign Affairs recalled the ambassador of Algeria in "
        "Madrid for consultations.",
        "On Saturday the ministry recalled the Algerian ambassador in Madrid for consultations.",
    ):
        got = [p[:3] for p in _facts(coder, f"{MOROCCO_FIRST} {recall}") if p[2] == "161"]
        assert got and all((s[:3], t) == ("DZA", "ESP") for s, t, _ in got), (recall, got)


def test_a_clause_opened_by_its_verb_has_its_subject_after_it(coder):
    # a translation from Arabic puts the verb first ("recalled the Ministry … the
    # ambassador"): the model had read the subject as the object and coded no recall
    for text in (
        "On the next day, Saturday 19 March, recalled the Algerian Ministry of Foreign Affairs "
        "the ambassador in Madrid for consultations.",
        "The crisis deepened, after announced the Algerian presidency on Wednesday the "
        "suspension of the treaty of friendship with Spain.",
    ):
        got = [p[:3] for p in _facts(coder, text)]
        assert any(s[:3] == "DZA" and t == "ESP" and c[:2] == "16" for s, t, c in got), (
            text,
            got,
        )


def test_a_name_after_a_titles_of_phrase_holds_the_title(coder):
    # "the Minister of Energy and Mines Mohamed Arkab": the model joined the name (and
    # "Mines" in it) to "Energy" by the "and"; the title alone had been the last
    # government named (Spain's), telling Spain (whether the model does so depends on the
    # stand-in names the text before brings, so the analysis is read up to that sentence)
    text = ARTICLE.read_text(encoding="utf-8").split("The message came after")[0]
    got = [p[:2] for p in _facts(coder, text) if p[3] == dt.date(2022, 4, 27)]
    assert got and all(source[:3] == "DZA" for source, _ in got), got


def test_considering_a_thing_something_judges_it(coder):
    # translated Arabic "considered X the most credible basis" / "considered it a deviation"
    # had been 014 (considering a policy option); a neutral predicate still judges nothing
    praise = (
        "Spain considered the Moroccan autonomy initiative the most realistic and credible "
        "basis for a settlement."
    )
    assert [p[1:3] for p in _facts(coder, praise)] == [("MAR", "051")], _facts(coder, praise)
    blame = "Moscow considered the decision of Prague unfriendly."
    assert [p[1:3] for p in _facts(coder, blame)] == [("CZE", "111")], _facts(coder, blame)
    plain = "The EU considered Ukraine a candidate for membership."
    assert all(p[2][:2] != "05" and p[2][:2] != "11" for p in _facts(coder, plain))


def test_a_hyphened_title_split_by_the_model_is_one_word(coder):
    # "met the Executive Vice-President of the European Commission": "Vice", "-" and
    # "President" had been three objects, the met side "the Executive Vice" with no code
    text = "Albares met the Executive Vice-President of the European Commission on Friday."
    got = [p[:2] for p in _facts(coder, text)]
    assert ("ESPGOV", "EU") in got, got
