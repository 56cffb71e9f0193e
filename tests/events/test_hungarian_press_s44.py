"""Rules found on a machine-translated Budapest analysis (session 44: Hungary hands the
Azerbaijani officer Ramil Safarov to Baku, 31 August 2012, Aliyev pardons him and Armenia
suspends its ties with Hungary): sentences invented for detente about real episodes, in the
word order such translations use."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2012, 9, 4)


def _pairs(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_a_side_pardoning_its_own_jailed_officer_frees_no_one_of_the_jailer(coder):
    # the court held the Azerbaijani; Baku's pardon is done at home, not to Hungary
    text = (
        "A Budapest court in 2006 sentenced the Azerbaijani officer to life imprisonment. "
        "On Friday Ilham Aliyev pardoned the officer at the airport."
    )
    freed = _pairs(coder.code_text(text, PUB), "08")
    assert ("AZE", "HUN") not in freed, freed


def test_a_captor_freeing_its_captive_still_frees_the_other_side(coder):
    # control: the one who held the pilot lets him go, toward the pilot's side
    text = (
        "Pakistan captured an Indian pilot on Wednesday. Pakistan released the captured pilot "
        "on Friday."
    )
    assert ("PAK", "IND") in _pairs(coder.code_text(text, dt.date(2019, 3, 2)), "08")


def test_contacts_joined_to_suspended_relations_are_not_held(coder):
    # "contacts" is the second thing suspended: no talks with Hungary took place
    text = (
        "President Sargsyan on Friday announced that Armenia suspends the diplomatic relations "
        "and all official contacts with Hungary."
    )
    events = coder.code_text(text, PUB)
    assert ("ARM", "HUN") not in _pairs(events, "04"), _pairs(events, "04")
    assert ("ARM", "HUN") in _pairs(events, "16")


def test_contacts_joined_to_resumed_relations_are_held(coder):
    # control: what is resumed is held
    text = (
        "Saudi Arabia and Iran resumed the diplomatic relations and the official contacts "
        "with each other."
    )
    assert ("SAU", "IRN") in _pairs(coder.code_text(text, dt.date(2023, 4, 6)), "04")


def test_talks_joined_to_other_talks_are_both_held(coder):
    # control: a conjunct of a held meeting stays held
    text = "Seoul held talks with Tokyo and consultations with Washington."
    assert ("KOR", "USA") in _pairs(coder.code_text(text, dt.date(2015, 11, 2)), "04")


def test_commentators_speaking_about_a_side_hold_no_talks_with_it(coder):
    text = "Ukrainian analysts speak about a new Russian offensive in the east."
    events = coder.code_text(text, dt.date(2023, 1, 20))
    assert ("UKR", "RUS") not in _pairs(events, "04"), _pairs(events, "04")


def test_commentators_speaking_about_it_that_report_no_talks(coder):
    # the calque "speak about it that …" announces what they say
    text = "Armenian commentators speak about it that Baku to Budapest cheap gas promised."
    events = coder.code_text(text, PUB)
    assert not [p for p in _pairs(events, "04") if p[0] == "ARM"], _pairs(events, "04")


def test_experts_talking_with_officials_still_talk(coder):
    # control: someone is named beside them
    text = "Russian experts talked with American officials about the treaty in Geneva."
    assert ("RUS", "USA") in _pairs(coder.code_text(text, dt.date(2019, 7, 17)), "04")


def test_a_person_handed_over_by_name_is_a_captive_given_up(coder):
    text = "On Friday (31) the Hungarian authorities handed over Safarov to the Azerbaijani side."
    assert ("HUN", "AZE") in _pairs(coder.code_text(text, PUB), "08")


def test_a_letter_handed_over_is_no_captive(coder):
    # control: a thing handed over between two people is not a person freed
    text = "The Russian ambassador on Monday handed over a letter from Putin to Erdogan."
    assert not _pairs(coder.code_text(text, dt.date(2016, 6, 27)), "08")


def test_the_doer_after_a_bracketed_day_is_the_subject(coder):
    # "Saturday (15)" with no comma after it: the crowd is no second name of the day
    text = (
        "In Beijing on Saturday (15) thousands of Chinese in front of the Japanese embassy "
        "protested."
    )
    assert ("CHN", "JPN") in _pairs(coder.code_text(text, dt.date(2012, 9, 18)), "14")


def test_a_subject_after_a_bracketed_day_with_a_comma_stays(coder):
    # control: the parser already finds this subject
    text = (
        "On Friday (31), the Hungarian authorities handed over the officer to the Azerbaijani side."
    )
    assert ("HUN", "AZE") in _pairs(coder.code_text(text, PUB), "08")


def test_a_person_handed_over_to_no_one_named_is_no_captive_given_up(coder):
    # control: "to anyone" names no side the captive could go to
    text = "A Greek government spokesman said Greece had not handed Ocalan over to anyone."
    assert not _pairs(coder.code_text(text, dt.date(1999, 2, 17)), "12")
