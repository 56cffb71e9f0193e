"""Session 43's lead rules, from a study of the first-contact misses of twenty-four fresh
translated articles (each coded by the commit that added it): a third of the missed events
had their source right and no target country. Sentences written for detente about real
episodes (Japan and South Korea's radar row, 2018; Ukraine's education law, 2017; the
Turkish rallies in Germany, 2017; Russia and Turkey after the Karlov murder, 2016; the
Táchira border, 2015)."""

from __future__ import annotations

import datetime as dt

from detente.events.dyad import story_pair
from detente.models import Event


def _events(coder, text, day):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    ]


def test_a_counterpart_met_in_a_foreign_capital_is_of_that_country(coder):
    events = _events(
        coder,
        "Kenji Kanasugi, a Japanese diplomat, held talks with his counterpart Kim Yong-kil in "
        "Seoul on Monday.",
        dt.date(2018, 12, 25),
    )
    assert ("JPN", "KOR", "040", "asserted") in events, events


def test_a_counterpart_met_at_home_stays_unnamed(coder):
    # control: Moscow is Lavrov's own capital, so the place tells nothing of his guest
    events = _events(coder, "Lavrov met his counterpart in Moscow on Monday.", dt.date(2019, 1, 8))
    assert [e for e in events if e[2] == "040" and not e[1]], events


def test_a_counterpart_with_a_nationality_keeps_it(coder):
    # control: the nationality names him, wherever he is met
    events = _events(coder, "Wang Yi met his Russian counterpart in Beijing.", dt.date(2019, 1, 8))
    assert ("CHN", "RUS", "040", "asserted") in events, events


def test_a_law_judged_is_aimed_at_whoever_made_it(coder):
    text = (
        "Ukraine's parliament adopted a new education law on Tuesday. "
        "Hungary called the law a stab in the back."
    )
    events = _events(coder, text, dt.date(2017, 9, 7))
    assert ("HUN", "UKR", "111", "asserted") in events, events


def test_a_law_passed_by_an_agent_is_the_agent_s(coder):
    text = (
        "A new education law was passed by Ukraine's parliament on Tuesday. "
        "Hungary condemned the law."
    )
    events = _events(coder, text, dt.date(2017, 9, 7))
    assert ("HUN", "UKR", "111", "asserted") in events, events


def test_a_law_is_not_made_by_adopting_something_else(coder):
    # control: a resolution adopted is no law made
    text = "Hungary adopted a resolution on Tuesday. Kyiv criticised the law on minorities."
    events = _events(coder, text, dt.date(2017, 9, 7))
    assert not [e for e in events if e[0] == "UKR" and e[1] == "HUN"], events


def test_a_comparison_judged_is_aimed_at_whoever_made_it(coder):
    text = (
        "Erdogan compared German officials to the Nazis. "
        "The German government rejected the comparison."
    )
    events = _events(coder, text, dt.date(2017, 3, 6))
    assert [e for e in events if e[:2] == ("DEU", "TUR") and e[2][:2] == "12"], events


_KARLOV = (
    "Russia accused Turkey of failing to protect its ambassador. "
    "Moscow demanded that Ankara find the organisers of the killing. "
    "Turkey rejected the charge. "
    "Russia warned Turkey of consequences. "
)


def test_a_charge_with_no_target_in_a_bilateral_story_is_aimed_at_the_other_side(coder):
    text = _KARLOV + "Lavrov condemned the lax security at the gallery."
    events = coder.code_text(text, dt.date(2016, 12, 22))
    last = [e for e in events if e.sentence_id == 4 and e.cameo_root == "11"]
    assert last and all(e.target_country == "TUR" for e in last), last
    assert all(e.confidence <= 0.6 for e in last), last


def test_an_act_judged_with_no_doer_is_not_given_to_the_other_side(coder):
    # control: the murder was done by a gunman, whom the story does not tie to Ankara
    text = _KARLOV + "Putin called the murder a provocation."
    events = coder.code_text(text, dt.date(2016, 12, 22))
    assert not [e for e in events if e.sentence_id == 4 and e.target_country], events


def test_acts_of_force_are_not_given_to_the_other_side(coder):
    # control: force a state uses at home is no act on the other side of its story
    text = _KARLOV + "Russian police detained dozens of protesters in Moscow."
    events = coder.code_text(text, dt.date(2016, 12, 22))
    assert not [e for e in events if e.sentence_id == 4 and e.target_country == "TUR"], events


def test_a_charge_in_a_story_of_many_sides_stays_untargeted(coder):
    # control: no pair dominates, so no side is the other
    text = (
        "France accused Russia of meddling. Germany criticised China over trade. "
        "Japan protested to South Korea. Lavrov accused the security services of negligence."
    )
    events = coder.code_text(text, dt.date(2016, 12, 22))
    assert not [e for e in events if e.sentence_id == 3 and e.target_country], events


_RADAR = (
    "Japan accused South Korea of locking its radar on a patrol plane. "
    "Seoul rejected the charge. Tokyo demanded an apology from Seoul. "
)


def test_an_unnamed_official_s_charge_in_a_bilateral_story_is_the_other_side_s(coder):
    events = coder.code_text(
        _RADAR + "The ministry spokesman accused Japan of distorting the facts.",
        dt.date(2019, 1, 4),
    )
    last = [e for e in events if e.sentence_id == 3]
    assert [(e.source_country, e.target_country, e.cameo) for e in last] == [
        ("KOR", "JPN", "112")
    ], last


def test_an_unnamed_official_alone_stays_unnamed(coder):
    # control: with no story around it, the spokesman is no one's
    events = coder.code_text(
        "The ministry spokesman accused Japan of distorting the facts.", dt.date(2019, 1, 4)
    )
    assert [e for e in events if not e.source_country and e.target_country == "JPN"], events


def test_a_crowd_s_act_in_a_bilateral_story_is_not_given_a_side(coder):
    # control: protesters speak for no state
    events = coder.code_text(
        _RADAR + "Protesters demanded an apology from Japan.", dt.date(2019, 1, 4)
    )
    assert not [e for e in events if e.sentence_id == 3 and e.source_country == "KOR"], events


def _event(source, target, sentence_id=0):
    return Event(
        doc_id="d", sentence_id=sentence_id, sentence="", start=0, end=0,
        date=dt.date(2020, 1, 1), date_source="text", source=source, source_country=source,
        source_sector="", source_name=source, target=target, target_country=target,
        target_sector="", target_name=target, cameo="111", cameo_root="11",
        plover="ACCUSE", quad_class=3, goldstein=-2.0,
    )  # fmt: skip


def test_story_pair_needs_a_clear_majority():
    told = [_event("RUS", "TUR"), _event("TUR", "RUS"), _event("RUS", "TUR")]
    assert story_pair(told) == frozenset({"RUS", "TUR"})
    # two pairs told as often as each other: neither is the story's
    tied = told + [_event("FRA", "DEU")] * 3
    assert story_pair(tied) is None
    # told too seldom
    assert story_pair(told[:2]) is None
    # one side's acts on itself are no pair
    assert story_pair([_event("RUS", "RUS")] * 4) is None


def test_a_refusal_the_press_passes_on_is_reported(coder):
    events = _events(
        coder,
        "Some media in Bogota write that Maduro will not reopen the border before the elections.",
        dt.date(2015, 9, 22),
    )
    refusals = [e for e in events if e[2].startswith("12")]
    assert refusals and all(e[3] == "reported" for e in refusals), events


def test_a_refusal_the_side_announces_is_asserted(coder):
    # control: Maduro's own word
    events = _events(
        coder,
        "Maduro said he will not reopen the border before the elections.",
        dt.date(2015, 9, 22),
    )
    assert [e for e in events if e[2].startswith("12") and e[3] == "asserted"], events
