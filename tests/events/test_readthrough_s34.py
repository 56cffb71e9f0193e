"""Wrong events found by the session-34 read-through of a wire story (the expulsions after the
Salisbury poisoning, March 2018) and a translated analysis (India and China after the Galwan
clash, July 2020), each a general class checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import resolve_date

SATURDAY = dt.date(2018, 3, 17)


def _codes(coder, text, day=SATURDAY):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("on Saturday morning", SATURDAY),
        ("early on Saturday", SATURDAY),
        ("late Saturday night", SATURDAY),
        ("on Friday evening", dt.date(2018, 3, 16)),
        ("on Sunday afternoon", dt.date(2018, 3, 11)),
    ],
)
def test_a_part_of_a_day_keeps_its_weekday(phrase, day):
    # "on Saturday morning" in a Saturday story is that Saturday, not the one before
    assert resolve_date(phrase, SATURDAY)[0] == day


def test_a_weekday_with_a_part_of_the_day_before_its_date_is_that_date(coder):
    # "On Monday evening, 15 October" in a Monday story of the week after: 15 October
    text = (
        "On Monday evening, 15 October, Turkish investigators searched the consulate. "
        "On the same day Trump spoke by telephone with King Salman."
    )
    events = coder.code_text(text, dt.date(2018, 10, 22))
    calls = [e for e in events if e.cameo.startswith("04")]
    assert calls and all(e.date == dt.date(2018, 10, 15) for e in calls), calls


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "The United States, France and Germany joined Britain in a joint statement "
            "blaming Russia for the attack.",
            {"USA", "FRA", "DEU"},
        ),
        ("Japan joined Australia in a statement condemning China for the drills.", {"JPN"}),
    ],
)
def test_a_statement_joined_is_its_issuers_charge(coder, text, authors):
    # the statement's issuers blame; the one blamed is no source
    codes = _codes(coder, text)
    blamers = {c[0] for c in codes if c[2][:2] == "11"}
    assert blamers and blamers <= authors | {"GBR", "AUS"}, codes
    assert not any(c[0] in ("RUS", "CHN") for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "It is obvious that New Delhi will now look for closer partnership with Washington.",
        "It is clear that Moscow will expand its cooperation with Beijing.",
        "It seems likely that Ankara will restore full ties with Cairo.",
    ],
)
def test_an_impersonal_judgement_of_what_will_be_is_the_writers_forecast(coder, text):
    # no intent announced by anyone, and no act ahead: the writer's forecast
    codes = _codes(coder, text, dt.date(2020, 7, 4))
    assert codes, codes
    assert all(c[3] == "hypothetical" for c in codes), codes


def test_an_announced_intent_stays_asserted(coder):
    codes = _codes(coder, "New Delhi said it will look for closer partnership with Washington.")
    assert any(c[2].startswith("03") and c[3] == "asserted" for c in codes), codes


@pytest.mark.parametrize(
    ("text", "demander", "asked"),
    [
        (
            "Jaishankar spoke with Wang Yi on Wednesday. The Indian minister said that the "
            "Chinese side had carried out a planned action, and Wang Yi, in his turn, "
            "demanded from New Delhi to punish those responsible.",
            "CHN",
            "IND",
        ),
        (
            "Blinken met Wang Yi in Rome. The American side said that Beijing had sent a "
            "balloon over its territory, and Wang Yi, for his part, demanded from Washington "
            "to stop the hype.",
            "CHN",
            "USA",
        ),
    ],
)
def test_a_name_after_and_set_off_by_an_aside_is_the_next_verbs_subject(
    coder, text, demander, asked
):
    # "…, and Wang Yi, in his turn, demanded …": the parser had made the name a conjunct of
    # the clause before and left "demanded" without a subject
    codes = _codes(coder, text, dt.date(2020, 7, 4))
    assert any(c[:2] == (demander, asked) and c[2][:2] in ("02", "10") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Theresa May on Wednesday ordered the expulsions.", "17"),
        ("The president ordered the arrests.", "17"),
    ],
)
def test_an_act_ordered_is_the_orderers_act_not_a_demand(coder, text, root):
    # "ordered the expulsions": the expulsions are hers; no demand made of anyone
    codes = _codes(coder, text)
    assert any(c[2][:2] == root for c in codes), codes
    assert not any(c[2][:2] == "10" for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan, Armenia agree ceasefire after worst clashes since 2020 war\n\n"
        "YEREVAN/BAKU (Reuters) - Armenia and Azerbaijan agreed a ceasefire on Wednesday "
        "evening.",
        "Serbia, Kosovo sign deal on car plates\n\nBRUSSELS (Reuters) - Serbia and Kosovo "
        "signed an agreement on car plates on Tuesday.",
    ],
)
def test_a_title_read_again_leaves_the_sentences_after_it_whole(coder, text):
    # the title's comma read as "and" had its new parse cut the first body sentence after
    # its first name ("Armenia" alone, then "and Azerbaijan agreed …")
    events = [e for e in coder.code_text(text, dt.date(2022, 9, 15)) if e.sentence_id == 1]
    pairs = {(e.source_country, e.target_country) for e in events}
    assert len(pairs) == 2 and all(a != b for a, b in pairs), pairs


# a translated analysis of the Japan-South Korea trade row (August 2019)
AUGUST = dt.date(2019, 8, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Japan and South Korea have fallen to the lowest point since the "
        "normalisation of 1965.",
        "Exports to China are at their lowest since the trade agreement of 2020.",
    ],
)
def test_an_act_a_span_of_time_runs_from_is_no_event(coder, text):
    # "the lowest point since the normalisation of 1965": a point of time, not news told
    assert _codes(coder, text, AUGUST) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan tightened exports to South Korea of three chemicals.", "163"),
        ("Japan excluded South Korea from its white list of trusted trade partners.", "163"),
        ("Tokyo removed Seoul from its whitelist of trusted trading partners.", "163"),
        # a list that marks out, whose removal eases a sanction, keeps its reading
        ("The US removed Cuba from its list of state sponsors of terrorism.", "081"),
    ],
)
def test_trade_tightened_or_a_partner_struck_off_a_trusted_list_is_a_sanction(coder, text, code):
    codes = _codes(coder, text, AUGUST)
    assert [c[2] for c in codes] == [code], codes


@pytest.mark.parametrize(
    "text",
    [
        "Wang presented the idea on 8 March and called it a way out of the crisis.",
        "Macron called the plan a way out of the impasse.",
        "Erdogan called the deal the only way out of the war.",
    ],
)
def test_a_way_out_is_a_noun_not_a_call_out(coder, text):
    # the parser split "a way out" into the phrasal verb "call out" (criticism) and a noun
    codes = _codes(coder, text, dt.date(2017, 3, 10))
    assert not any(c[2][:2] == "11" for c in codes), codes


def test_calling_out_a_side_stays_criticism(coder):
    codes = _codes(coder, "The minister called out Russia for its aggression.")
    assert any(c[1] == "RUS" and c[2] == "111" for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Trump said it was very early to talk about lifting sanctions on Russia.",
        "Peskov said it is premature to speak about a date for a meeting with Trump.",
    ],
)
def test_an_act_whose_time_has_not_come_is_neither_done_nor_planned(coder, text):
    # "it was very early to talk about …": no talks held, none announced
    codes = _codes(coder, text, dt.date(2017, 1, 27))
    assert codes and all(c[3] == "hypothetical" for c in codes), codes
