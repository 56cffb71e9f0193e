"""Wrong events found by the session-42 lead read-through of fourteen wire stories (the Gaza
flotilla raid, May 2010; the Salala border posts, November 2011; Scarborough Shoal, April
2012; the loudspeakers after North Korea's fourth nuclear test, January 2016; the Stena
Impero, July 2019; the U.S. embassy opening in Jerusalem, May 2018; Heglig, April 2012; the
gas cut of January 2009; the Su-24 sanctions, November 2015; the Shayrat strike, April 2017;
the Mandela memorial handshake, December 2013; the Fujairah tankers, May 2019; the Beirut
airport strike, July 2006; the Kaesong liaison office, June 2020), each a general class
checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _events(coder, text, day):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality, str(e.date))
        for e in coder.code_text(text, day)
    ]


def test_an_attack_a_speaker_calls_unprovoked_is_not_the_speaker_s_own(coder):
    # the army condemns the attack on its own post; it made no attack (the judging is coded)
    events = _events(
        coder,
        "Pakistan's army said the attack on the Salala checkpoint was unprovoked.",
        dt.date(2011, 11, 27),
    )
    assert not [e for e in events if e[0] == "PAK" and e[2].startswith("19")], events


def test_a_side_s_own_act_told_in_its_words_stays_its_own(coder):
    # control: what will go on is still the speaker's side's
    events = _events(
        coder, "Haley said the sanctions against Russia will remain.", dt.date(2017, 2, 2)
    )
    assert any(e[:2] == ("USA", "RUS") and e[2].startswith("16") for e in events), events


def test_joint_exercises_called_off_with_a_partner_cut_a_tie(coder):
    # cancelling drills held with Israel reduces relations with it; no step back from a fight
    events = _events(
        coder,
        "Turkey recalled its ambassador and cancelled three joint military exercises with Israel.",
        dt.date(2010, 6, 1),
    )
    assert ("TUR", "ISR", "160", "asserted", "2010-06-01") in events, events
    assert not [e for e in events if e[2].startswith("08")], events


def test_drills_halted_with_no_partner_still_step_back(coder):
    # control: halting one's own exercises near a rival de-escalates
    events = _events(
        coder, "North Korea halted its military exercises near the border.", dt.date(2018, 6, 1)
    )
    assert any(e[0] == "PRK" and e[2] == "087" for e in events), events


def test_a_verb_with_an_object_joined_to_a_passive_condition_is_the_warner_s(coder):
    # "was not released and summoned Iran's charge d'affaires": the vessel summons no one
    events = _events(
        coder,
        "Britain's foreign secretary, Jeremy Hunt, warned of serious consequences if the "
        "vessel was not released and summoned Iran's charge d'affaires.",
        dt.date(2019, 7, 20),
    )
    assert any(e[:2] == ("GBR", "IRN") and e[2] == "110" and e[3] == "asserted" for e in events), (
        events
    )


def test_a_clause_opened_by_after_is_no_second_thing_told_to_do(coder):
    # the killing is when Turkey told the envoy to leave, dated a day before it
    events = _events(
        coder,
        "Turkey told Israel's ambassador to leave the country temporarily on Tuesday, a day "
        "after Israeli troops killed dozens of Palestinians on the Gaza border.",
        dt.date(2018, 5, 16),
    )
    killed = [e for e in events if e[:2] == ("ISR", "PSE") and e[2].startswith("19")]
    assert killed and all(e[4] == "2018-05-14" for e in killed), events


def test_the_north_s_army_is_north_korea_s_in_a_korean_story(coder):
    # the threat is the North's, not a South Korean threat against Kaesong
    text = (
        "North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday. Seoul's "
        "unification minister offered to resign. The North's army said it would send troops "
        "back into the Kaesong industrial zone."
    )
    events = _events(coder, text, dt.date(2020, 6, 17))
    assert not [e for e in events if e[0] == "KOR" and e[2][:2] in ("13", "17")], events


def test_a_warning_after_a_feeling_is_aimed_at_the_one_its_condition_names(coder):
    # "expressed strong regret and warned …": no regret is warned; the North must not act
    text = (
        "North Korea blew up the liaison office on Tuesday. South Korea's presidential office "
        "expressed strong regret and warned that it would respond sternly if the North took "
        "further steps."
    )
    events = _events(coder, text, dt.date(2020, 6, 17))
    assert any(e[:2] == ("KOR", "PRK") and e[2].startswith("13") for e in events), events


def test_a_pronoun_for_the_said_clause_s_subject_makes_the_next_verb_the_speaker_s(coder):
    # Israel did not urge itself: the United States urged Israel
    events = _events(
        coder,
        "The United States said Israel had the right to defend itself but urged it to avoid "
        "civilian casualties.",
        dt.date(2006, 7, 14),
    )
    assert any(e[:2] == ("USA", "ISR") and e[2].startswith("02") for e in events), events


def test_the_speaker_named_by_the_same_pronoun_keeps_the_verb_in_the_clause(coder):
    # control: "him" is Obama in both verbs; Putin thanked him
    events = _events(
        coder, "Obama said Putin had called him and thanked him for the talks.", dt.date(2016, 9, 5)
    )
    assert not [e for e in events if e[:2] == ("USA", "RUS")], events


def test_a_charge_set_off_as_denied_is_still_a_charge_made(coder):
    # "…, a charge the Kremlin has repeatedly denied": NATO's accusation itself is a fact;
    # what it charges stays one side's word
    events = _events(
        coder,
        "NATO also accused Russia of sending troops and weapons across the border, a charge "
        "the Kremlin has repeatedly denied.",
        dt.date(2014, 9, 5),
    )
    assert ("NATO", "RUS", "112", "asserted", "2014-09-05") in events, events


def test_a_promise_to_end_joint_drills_with_a_partner_is_a_tie_to_be_cut(coder):
    events = _events(
        coder,
        "Philippine President Rodrigo Duterte said on Friday he would end joint military "
        "exercises with the United States.",
        dt.date(2016, 9, 30),
    )
    assert ("PHL", "USA", "160", "future", "2016-09-30") in events, events
    assert not [e for e in events if e[2].startswith("08")], events


def test_a_charge_joined_to_what_a_move_did_is_the_speaker_s(coder):
    # the move accuses no one: the State Department accuses Ortega
    events = _events(
        coder,
        "The U.S. State Department said the move deprived Taiwan's people of a partner and "
        "accused President Daniel Ortega of serving Beijing's interests.",
        dt.date(2021, 12, 10),
    )
    assert any(e[:2] == ("USA", "NIC") and e[2].startswith("11") for e in events), events
    assert not [e for e in events if e[0] == "TWN"], events


def test_him_may_be_the_one_a_relative_clause_on_the_subject_names(coder):
    # "Arreaza, whose government Trump also criticised, accused him": Trump, not Macron
    text = (
        "French President Emmanuel Macron defended the deal. Venezuelan Foreign Minister "
        "Jorge Arreaza, whose government Trump also criticised, accused him of racism."
    )
    events = _events(coder, text, dt.date(2017, 9, 20))
    assert any(e[:2] == ("VEN", "USA") and e[2] == "112" for e in events), events
    assert not [e for e in events if e[:2] == ("VEN", "FRA")], events


def test_a_call_joined_to_a_policy_said_to_have_failed_is_the_speaker_s(coder):
    # translated: "affirmed that the policy … has failed and called the free nations to …":
    # the policy calls no one, and Beijing (named inside it) least of all
    events = _events(
        coder,
        "The secretary of State Mike Pompeo, in a speech in the Nixon library, affirmed that "
        "the policy of engagement with Beijing has failed and called the free nations to "
        "change the Communist Party.",
        dt.date(2020, 7, 29),
    )
    assert any(e[0] == "USA" and e[2].startswith("02") for e in events), events
    assert not [e for e in events if e[0] == "CHN"], events


def test_the_junta_is_the_one_the_story_named_with_its_country(coder):
    # Mali and Burkina Faso named in between have no junta in this story
    text = (
        "West African leaders gave Niger's junta one week to reinstate President Mohamed "
        "Bazoum. Mali and Burkina Faso said any intervention in Niger would be considered a "
        "declaration of war against them. Thousands of junta supporters rallied outside the "
        "French embassy in Niamey on Sunday. France said it would respond immediately to any "
        "attack on its citizens. The junta accused France of planning to intervene "
        "militarily to free Bazoum, which Paris denied."
    )
    events = _events(coder, text, dt.date(2023, 7, 31))
    assert any(e[:2] == ("NER", "FRA") and e[2] == "112" for e in events), events
    assert not [e for e in events if "MLI" in e[:2]], events


def test_a_plan_laid_at_a_side_s_door_by_its_accuser_is_no_intent_it_stated(coder):
    # France stated no intent to free Bazoum: the junta says it planned to
    events = _events(
        coder,
        "The junta in Niger accused France of planning to intervene militarily to free Bazoum.",
        dt.date(2023, 7, 31),
    )
    assert not [e for e in events if e[0] == "FRA" and e[3] == "asserted"], events


def test_a_plot_to_kill_kills_no_one(coder):
    events = _events(
        coder, "The men plotted to kill the president of Ecuador.", dt.date(2023, 7, 31)
    )
    assert not [e for e in events if e[3] == "asserted"], events


def test_an_armed_craft_loaded_with_relief_is_aid(coder):
    # merge review: "military convoys" sent to a border are a show of force, but military
    # aircraft told to carry rescue teams, food and medicine bring aid
    events = _events(
        coder,
        "India sent military aircraft loaded with rescue teams, food and medicine to Nepal on "
        "Sunday, a day after a powerful earthquake killed more than 2,000 people.",
        dt.date(2015, 4, 27),
    )
    assert any(e[:2] == ("IND", "NPL") and e[2].startswith("07") for e in events), events


def test_an_attache_named_with_his_country_is_not_of_the_city_he_serves_in(coder):
    # read in the demo corpus: the U.S. attache "in Moscow" is American (the Brazilian
    # Congress, a seat with its modifier's country, stays Brazil's)
    events = _events(
        coder,
        "Russia's Defence Ministry summoned the U.S. military attache in Moscow on Friday in "
        "response to the missile strike.",
        dt.date(2017, 4, 8),
    )
    assert any(e[:2] == ("RUS", "USA") and e[2] == "110" for e in events), events
