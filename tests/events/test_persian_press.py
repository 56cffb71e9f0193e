"""Rules found on a machine-translated Persian-press analysis (the Iran-US crisis of June
2019: the tankers, the downed drone, the sanctions on the Leader). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 26)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The secretary of the Security Council of Russia Nikolai Patrushev on Tuesday "
            "the American version rejected.",
            "RUS",
        ),
        ("The Security Council of Ukraine accused Russia of shelling Kharkiv.", "UKR"),
        ("The Ukrainian Security Council accused Russia of shelling Kharkiv.", "UKR"),
        ("The Security Council of the United Nations condemned the shelling by Russia.", "UNO"),
    ],
)
def test_a_security_council_with_a_country_of_its_own_is_that_countrys(coder, text, country):
    """The UN's "Security Council" shares its title with the councils of states: one whose
    own phrase names a country is that country's (Russia's, Ukraine's), not the UN's."""
    sources = {e.source_country for e in coder.code_text(text, DAY) if e.cameo_root in ("11", "12")}
    assert sources == {country}


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry on the same day summoned the Swiss ambassador in Tehran.",
        "The Foreign Ministry on the same day the ambassador of Switzerland, who the interests "
        "of America in Tehran represents, summoned and a strong protest through him delivered.",
    ],
)
def test_a_ministry_summoning_an_envoy_is_the_hosts(coder, text):
    """A ministry that names no country and summons an envoy posted in Tehran is Iran's, not
    the last government the story named (here Britain's)."""
    story = "The British Foreign Secretary Jeremy Hunt said that Iran was behind the attacks. "
    found = {
        e.source_country for e in coder.code_text(story + text, DAY) if "summoned" in e.sentence
    }
    assert found == {"IRN"}


def test_a_thing_of_a_named_owner_before_the_final_verb_is_its_object(coder):
    """ "the drone the airspace of Iran had violated": of two phrases before a translated
    final verb, the second names its owner only in its "of" phrase, so it is the object
    and the drone the doer; Iran is not the one that violated (or rejected) anything."""
    text = "The Revolutionary Guard stated that the drone the airspace of Iran had violated."
    found = [e for e in coder.code_text(text, DAY) if e.cameo_root == "12"]
    assert found and all(e.source_country != "IRN" and e.target_country == "IRN" for e in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The permanent representative of our country at the United Nations Majid "
            "Takht-Ravanchi the action of America as a dangerous provocation condemned.",
            "IRN",
        ),
        ("UN envoy Vassily Nebenzia accused Ukraine of shelling Donetsk.", "RUS"),
    ],
)
def test_the_un_named_before_a_countrys_envoy_there_is_his_post(coder, text, country):
    """A country's ambassador to the UN, named with the UN before his name, speaks for his
    country: the UN is where he serves, not whose he is."""
    sources = {e.source_country for e in coder.code_text(text, DAY) if e.cameo_root == "11"}
    assert sources == {country}


def test_a_weapon_named_again_keeps_the_side_it_was_first_named_with(coder):
    """ "the drone" taking up "an American Global Hawk drone" is told with its side, so the
    Guard that says the drone violated Iran's airspace charges America (and the violation is
    only its claim), as it does when the drone is "the American drone" again."""
    text = (
        "The Guard shot down an American Global Hawk drone over Hormozgan. The Revolutionary "
        "Guard stated that the drone the airspace of Iran had violated."
    )
    found = {
        (e.source_country, e.target_country, e.cameo_root, e.modality)
        for e in coder.code_text(text, DAY)
        if "stated" in e.sentence
    }
    assert ("IRN", "USA", "11", "asserted") in found
    assert ("USA", "IRN", "12", "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Pompeo the Islamic Republic as responsible for these attacks introduced.",
        "Pompeo identified Iran as the culprit of the attacks on the tankers.",
        "Pompeo described Iran as responsible for the attacks on the tankers.",
    ],
)
def test_naming_a_side_as_the_one_responsible_accuses_it(coder, text):
    """A side introduced, identified or described as responsible, as the culprit or the
    perpetrator of a wrong is accused of it (translated Persian "introduced … as
    responsible")."""
    found = {(e.source_country, e.target_country, e.cameo) for e in coder.code_text(text, DAY)}
    assert ("USA", "IRN", "112") in found


@pytest.mark.parametrize(
    "text",
    [
        "Putin introduced Lavrov as a friend of the Iranian people.",
        "The court declared the Russian officer guilty.",
    ],
)
def test_presenting_or_a_verdict_is_no_accusation(coder, text):
    """Presenting someone as anything but the one to blame judges no one; a court that
    declares someone guilty gives a verdict, no side's charge."""
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root == "11"]


def test_an_armys_blow_judged_bare_is_aimed_at_who_struck_it(coder):
    """ "Iran shot down an American drone. The Central Command of America called the attack
    unprovoked": the attack the story told is Iran's, so America's judgement blames Iran
    (a bare murder judged still blames no one: its killer belongs to no state)."""
    text = (
        "The Revolutionary Guard shot down an American drone on Thursday. The Central Command of "
        "America called the attack unprovoked."
    )
    found = {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if "unprovoked" in e.sentence
    }
    assert ("USA", "IRN", "11") in found


def test_an_act_whose_own_phrase_names_its_target_skips_the_letters_addressee(coder):
    """ "in a letter to the Secretary-General … condemned the action of America": the act
    condemned names its doer in its "of" phrase, so the letter's addressee (the UN) is not
    the one condemned."""
    text = (
        "Majid Takht-Ravanchi in a letter to the Secretary-General Antonio Guterres condemned "
        "the action of America."
    )
    found = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert found == {("IRN", "USA")}


def test_the_leader_of_the_islamic_revolution_is_irans(coder):
    """Iranian press names Iran's Supreme Leader by his office, "the Leader of the Islamic
    Revolution": a seat of Iran's government."""
    text = "Trump placed the Leader of the Islamic Revolution under sanctions."
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert ("USA", "IRN", "16") in found


@pytest.mark.parametrize(
    "text",
    [
        "Trump on Twitter answered that any attack of Iran on anything American with great "
        "and overwhelming force will be answered.",
        "Trump wrote that any attack by Iran on anything American will be met with "
        "overwhelming force.",
    ],
)
def test_a_rule_of_answer_threatens_the_side_whose_act_it_names(coder, text):
    """ "any attack of Iran … will be answered with overwhelming force", told to no one:
    a threat to Iran, whose attack it answers in advance."""
    found = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, DAY)}
    assert ("USA", "IRN", "13") in found


def test_any_act_answered_in_advance_is_no_act_told(coder):
    """ "any attack by Iran … will be met with overwhelming force": no attack is told, so
    none is reported and the speaker accuses no one of it (the rule is only a threat)."""
    text = (
        "Trump wrote that any attack by Iran on anything American will be met with "
        "overwhelming force."
    )
    events = coder.code_text(text, DAY)
    assert not [e for e in events if e.cameo_root == "11"]
    assert all(e.modality == "hypothetical" for e in events if e.cameo_root == "19")
