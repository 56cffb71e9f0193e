"""Wire-story rules found on the thirteenth CAMEO wire-sentence study set (session 43, h6:
tests/data/cameo_stories13_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_a_second_act_before_a_closing_attribution_is_the_doer_s(coder):
    # pipeline.acts_joined_before_attributions, bound_pronoun_conjuncts: "seized them" is
    # the ships' act, not the navy's that reports it
    day = dt.date(2018, 11, 26)
    text = "Russian ships fired on three Ukrainian boats on Sunday and seized them, the navy said."
    keys = _keys(coder, text, day)
    assert ("RUS", "UKR", "17") in keys, keys
    # a speaker named first still urges the one "it" stands for
    text = "The United States said Israel had the right to defend itself but urged it to stop."
    assert ("USA", "ISR", "02") in _keys(coder, text, day)


def test_an_embassy_told_as_its_belongs_to_the_state_not_its_city(coder):
    # resolve._owned_post: "its embassy in Tehran" is the subject's, Tehran only its seat
    day = dt.date(2016, 1, 4)
    text = (
        "Saudi Arabia cut relations with Iran on Sunday after Iranian protesters stormed its "
        "embassy in Tehran."
    )
    keys = _keys(coder, text, day)
    assert ("IRN", "SAU", "14") in keys and ("IRN", "IRN", "14") not in keys, keys
    # an embassy with no owner named is still placed by its city
    keys = _keys(coder, "Iranian protesters stormed the embassy in Tehran.", day)
    assert ("IRN", "IRN", "14") in keys, keys


def test_staff_at_a_state_s_mission_are_its_people(coder):
    # resolve._staff_at_post: "staff at Russia's mission"
    day = dt.date(2018, 3, 27)
    text = "NATO withdrew the accreditation of seven staff at Russia's mission to the alliance."
    assert ("NATO", "RUS", "16") in _keys(coder, text, day)
    # crowds at an embassy are not its people
    keys = _keys(coder, "Police arrested protesters at the US embassy in Cairo.", day)
    assert not any(k[1] == "USA" for k in keys), keys


def test_objects_thrown_at_an_embassy_are_a_violent_protest(coder):
    # verbs_09_20: flares, firecrackers, paint beside stones and eggs
    day = dt.date(2018, 11, 27)
    text = "About 150 Ukrainian protesters threw flares at the Russian embassy in Kiev on Monday."
    assert ("UKR", "RUS", "14") in _keys(coder, text, day)
    text = "Protesters threw paint at the Russian embassy in Kiev on Monday."
    assert ("UKR", "RUS", "14") in _keys(coder, text, day)


def test_curbs_tightened_on_exports_cut_trade(coder):
    # verbs_09_20: "curb" beside "restriction" among the measures of 163
    day = dt.date(2019, 7, 5)
    text = "Japan tightened curbs on exports to South Korea of three materials on Thursday."
    assert ("JPN", "KOR", "16") in _keys(coder, text, day)
    text = "China imposed curbs on Australian coal."
    assert ("CHN", "AUS", "16") in _keys(coder, text, day)


def test_visa_free_travel_ended_cuts_relations(coder):
    # news_roots: "end" beside "halt" and "suspend" of travel and crossings
    day = dt.date(2015, 12, 1)
    keys = _keys(coder, "Russia ended visa-free travel for Turks on Monday.", day)
    assert ("RUS", "TUR", "16") in keys, keys


def test_a_side_said_to_face_revenge_is_threatened(coder):
    # news_roots: "revenge", "vengeance", "punishment" beside "consequences"
    day = dt.date(2016, 1, 4)
    text = (
        "Iran's Supreme Leader Ayatollah Ali Khamenei said on Sunday that Saudi politicians "
        "would face divine revenge for the execution."
    )
    assert ("IRN", "SAU", "13") in _keys(coder, text, day)
    text = "Khamenei said Saudi Arabia would face harsh punishment."
    assert ("IRN", "SAU", "13") in _keys(coder, text, day)


def test_the_side_a_fighter_fights_on_is_no_target(coder):
    # targets.fought_on_side: "on Haftar's side", "on the side of the army"
    day = dt.date(2020, 1, 3)
    keys = _keys(coder, "Russian mercenaries have been fighting on Haftar's side.", day)
    assert not any(k[1] == "LBY" for k in keys), keys
    text = "Russian troops fought on the side of the Syrian army."
    keys = _keys(coder, text, day)
    assert not any(k[1] == "SYR" for k in keys), keys
    # whom one fights against is still the target
    keys = _keys(coder, "Russian troops fought Turkish forces near Idlib.", day)
    assert ("RUS", "TUR", "19") in keys, keys


def test_a_stance_told_in_a_relative_clause_is_no_act(coder):
    # modality.standing_stance: "Egypt, which backs Haftar, condemned ..."
    day = dt.date(2020, 1, 3)
    keys = _keys(coder, "Egypt, which backs Haftar, condemned the Turkish vote.", day)
    assert ("EGY", "TUR", "11") in keys and ("EGY", "LBY", "05") not in keys, keys
    # a stance told as the sentence's act is asserted
    keys = _keys(coder, "Egypt backs Haftar.", day)
    assert ("EGY", "LBY", "05") in keys, keys


def test_who_a_withdrawn_consent_let_act_is_its_target(coder):
    # targets.permitted: the "for ... to" clause may hang on the withdrawing verb
    day = dt.date(2018, 3, 18)
    text = (
        "Moscow also withdrew its consent for Britain to reopen its consulate-general in "
        "St Petersburg."
    )
    assert ("RUS", "GBR", "16") in _keys(coder, text, day)
    # troops withdrawn for something to happen are no permit
    keys = _keys(coder, "Turkey withdrew its troops for the talks to go ahead.", day)
    assert not any(k[2] == "16" for k in keys), keys


def test_regret_in_a_letter_written_to_someone_is_an_apology(coder):
    # readings.written_to: regret told in a letter is said to whom it is written to
    day = dt.date(2016, 6, 28)
    text = "Erdogan has written to Putin to express regret over the downing of a Russian jet."
    keys = _keys(coder, text, day)
    assert ("TUR", "RUS", "05") in keys and ("TUR", "RUS", "11") not in keys, keys
    # regret over another side's choice stays disapproval
    text = "Erdogan wrote to Putin to express regret over the decision of Washington."
    keys = _keys(coder, text, day)
    assert ("TUR", "RUS", "05") not in keys, keys
