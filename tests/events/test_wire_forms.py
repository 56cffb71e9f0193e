"""Wire-story forms of session 30 (sentences written for detente, not the probe files'):
troops sent to a host that asked for them, threats told as conditions, fire "from" a place,
two acts of force against different sides, and agentless passives of force."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2024, 3, 1)


def _facts(coder, text):
    """(source country, target country, CAMEO root) of each asserted event."""
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, PUB)
        if e.is_fact
    ]


def test_troops_sent_at_the_hosts_request_are_protection_given(coder):
    # the year of the sending is no place, and the request is the host's consent
    text = "Nigeria sent 700 soldiers to Sierra Leone in 1998 at the request of President Kabbah."
    assert ("NGA", "SLE", "07") in _facts(coder, text)
    assert ("NGA", "SLE", "15") not in _facts(coder, text)


def test_troops_sent_under_an_agreement_with_the_host_are_protection_given(coder):
    text = "Turkey deployed troops to Libya under a security agreement with the Tripoli government."
    assert ("TUR", "LBY", "07") in _facts(coder, text)


def test_troops_sent_to_a_border_stay_a_show_of_force(coder):
    text = "India deployed troops to the Ladakh border at the request of its army commanders."
    assert ("IND", "IND", "07") not in _facts(coder, text)
    assert not any(root == "07" for _, _, root in _facts(coder, text))


def test_fire_launched_from_a_place_that_hits_another_is_that_sides_blow(coder):
    # "fired" is a participle on the rockets, not the main verb; the launch place fires
    text = "Rockets fired from Syria hit the Turkish town of Reyhanli on Friday."
    assert ("SYR", "TUR", "19") in _facts(coder, text)


def test_shells_that_fall_on_a_town_are_a_blow_on_its_country(coder):
    text = "Mortar rounds fired from Lebanon fell on the Israeli town of Shlomi."
    assert ("LBN", "ISR", "19") in _facts(coder, text)


def test_a_launch_place_with_an_object_keeps_its_firing_subject(coder):
    # a projectile never fires; a side that fires "from" a place is still the doer
    text = "Hezbollah fired rockets from Lebanon at the Israeli town of Shlomi."
    assert ("LBN", "ISR", "19") in _facts(coder, text)


def test_a_penalty_said_to_await_a_side_on_a_condition_is_a_threat_to_it(coder):
    text = "Washington said Nicaragua would face new sanctions unless it freed its opponents."
    assert ("USA", "NIC", "13") in _facts(coder, text)


def test_a_penalty_told_in_the_passive_on_a_condition_is_a_threat(coder):
    text = (
        "Berlin told Warsaw that Poland would be excluded from EU funds if it ignored the ruling."
    )
    assert ("DEU", "POL", "13") in _facts(coder, text)


def test_a_forecast_on_a_condition_threatens_no_one(coder):
    text = "The IMF said Argentina would face a deep recession if inflation kept rising."
    assert not any(root == "13" for _, _, root in _facts(coder, text))


def test_a_warning_and_the_cut_it_threatens_are_one_threat(coder):
    text = "Moscow warned Chisinau that it would cut off gas supplies unless Moldova paid its debt."
    threats = [f for f in _facts(coder, text) if f[2] == "13"]
    assert threats == [("RUS", "MDA", "13")]


def test_what_troops_are_sent_to_help_do_is_no_act_of_its_own(coder):
    # the purpose of a sending is part of it: the army's fight is not told as done
    text = "Tanzania sent 500 soldiers to Congo to help the Congolese army fight the rebels."
    facts = _facts(coder, text)
    assert ("TZA", "COD", "07") in facts
    assert not any(root == "19" for _, _, root in facts)


def test_a_name_read_as_an_adverb_before_its_verb_is_the_subject(coder):
    text = "Azerbaijan massed troops near its border with Armenia, the Armenian army said."
    assert ("AZE", "ARM", "15") in _facts(coder, text)


def test_troops_sent_into_a_land_launching_an_invasion_are_the_assault(coder):
    text = (
        "Ethiopia sent troops into Somalia in December 2006, launching an offensive on Mogadishu."
    )
    facts = _facts(coder, text)
    assert ("ETH", "SOM", "19") in facts
    assert not any(root == "15" for _, _, root in facts)


def test_tanks_sent_to_a_side_to_repel_an_invasion_stay_aid(coder):
    text = "Poland sent tanks to Ukraine to help it repel the Russian invasion."
    assert ("POL", "UKR", "07") in _facts(coder, text)


def test_two_blows_at_two_sides_are_two_events(coder):
    text = "Israeli jets struck Hamas posts in Gaza and hit Hezbollah fighters in Lebanon."
    facts = _facts(coder, text)
    assert ("ISR", "PSE", "19") in facts
    assert ("ISR", "LBN", "19") in facts


def test_what_police_are_sent_to_lead_is_part_of_the_sending(coder):
    text = "Benin sent 500 police officers to Haiti to lead a regional mission against the gangs."
    facts = _facts(coder, text)
    assert ("BEN", "HTI", "07") in facts
    assert all(tgt == "HTI" for _, tgt, _ in facts)


def test_a_thing_that_would_suffer_on_a_condition_is_no_side_threatened(coder):
    text = "Moldova said its power supplies would be cut if the transit deal lapsed."
    assert not any(root == "13" for _, _, root in _facts(coder, text))


def test_a_threat_at_what_the_condition_names_is_the_threat_to_the_one_warned(coder):
    # the debt in the "unless" clause is no one threatened
    text = "Moscow warned Minsk it would cut oil supplies unless the debt is paid."
    threats = [f for f in _facts(coder, text) if f[2] == "13"]
    assert threats == [("RUS", "BLR", "13")]
