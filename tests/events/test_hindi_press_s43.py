"""Rules found on a machine-translated Delhi analysis (session 43: India and Nepal over the
Lipulekh road and Nepal's new map, November 2019 to June 2020): sentences invented for detente
about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_the_external_affairs_ministry_is_indias(coder):
    # India's foreign ministry named with its words turned round; "the ministry" after it is
    # the same one, not the Chinese foreign ministry named before
    text = (
        "On 7 August 2019 the Chinese Foreign Ministry criticised the decision on Ladakh. "
        "The next day the External Affairs Ministry rejected the statement of Pakistan. The "
        "ministry urged Pakistan to review its steps."
    )
    events = coder.code_text(text, dt.date(2019, 8, 10))
    assert ("IND", "PAK") in _facts(events, "12"), events
    assert ("IND", "PAK") in _facts(events, "02"), events
    assert ("CHN", "PAK") not in _facts(events, "02"), events


def test_a_lone_against_phrase_before_a_final_verb(coder):
    # "X against Y protested": the phrase is the verb's, the state complains officially
    text = "In November 2019 the ministry of Pakistan against the new map of India protested."
    events = coder.code_text(text, dt.date(2019, 11, 10))
    assert ("PAK", "IND") in _facts(events, "11"), events


def test_a_thing_named_again_is_its_makers(coder):
    text = (
        "On 20 May 2020 the government of Nepal released a new map. On the same day India "
        "rejected the map."
    )
    rejected = _facts(coder.code_text(text, dt.date(2020, 5, 22)), "12")
    assert ("IND", "NPL") in rejected, rejected


def test_a_thing_with_its_own_owner_keeps_it(coder):
    # control: "the map of Pakistan" names whose it is
    text = (
        "On 4 August 2020 Pakistan released a new map. On 5 August India rejected the new map "
        "of Pakistan."
    )
    rejected = _facts(coder.code_text(text, dt.date(2020, 8, 6)), "12")
    assert ("IND", "PAK") in rejected, rejected


def test_the_country_of_an_approved_map_is_the_approvers_own(coder):
    # "the country" a new map is of is the cabinet's own, not Delhi named before
    text = (
        "Delhi did not expect this step. On 18 May 2020 the cabinet of Prime Minister Oli "
        "approved a new political map of the country."
    )
    events = coder.code_text(text, dt.date(2020, 5, 20))
    assert not [e for e in events if e.is_fact and e.target_country == "IND"], events


def test_a_day_opening_a_later_conjunct_is_that_acts_own(coder):
    # (the detention's own sentence names no day: the story's day is its)
    text = (
        "On 12 June 2020 Nepali border guards fired on Indian villagers near Sitamarhi. The "
        "guards detained the Indian farmer Lagan Kishor Yadav at their post and the next day "
        "released him."
    )
    events = coder.code_text(text, dt.date(2020, 6, 20))
    held = [e.date for e in events if e.cameo_root == "17" and e.source_country == "NPL"]
    freed = [e.date for e in events if e.cameo.startswith("084") and e.source_country == "NPL"]
    assert held == [dt.date(2020, 6, 12)], events
    assert freed == [dt.date(2020, 6, 13)], events


def test_a_day_after_both_conjuncts_dates_both(coder):
    # control: a day after the second act is not one that opens it
    text = "Nepali police detained and questioned an Indian farmer on 12 June 2020."
    events = coder.code_text(text, dt.date(2020, 6, 20))
    held = [e.date for e in events if e.cameo_root == "17" and e.source_country == "NPL"]
    assert held and set(held) == {dt.date(2020, 6, 12)}, events


def test_a_state_protesting_a_thing_named_again_protests_its_maker(coder):
    text = (
        "On 2 November 2019 India issued a new political map. Four days later the foreign "
        "ministry of Nepal protested against this map."
    )
    events = coder.code_text(text, dt.date(2019, 11, 10))
    assert ("NPL", "IND") in _facts(events, "11"), events


def test_a_crowd_protesting_a_thing_is_no_state_complaint(coder):
    # control: people in the street protest; their protest stays one, aimed at no one named
    text = (
        "On 2 November 2019 India issued a new political map. Students in Kathmandu "
        "protested against this map."
    )
    events = coder.code_text(text, dt.date(2019, 11, 10))
    assert ("NPL", "IND") not in _facts(events, "11"), events


def test_a_sides_claim_of_an_attack_charges_the_doer(coder):
    text = "On 27 September 2020 Azerbaijan claimed that Armenian forces had shelled Tartar."
    events = coder.code_text(text, dt.date(2020, 9, 28))
    assert ("AZE", "ARM") in _facts(events, "11"), events


def test_a_sides_claim_of_its_own_act_charges_no_one(coder):
    # control: Tehran's claim of its own shooting is no charge against anyone
    text = "On 20 June 2019 Iran claimed that it had shot down an American drone."
    events = coder.code_text(text, dt.date(2019, 6, 21))
    assert _facts(events, "11") == [], events
