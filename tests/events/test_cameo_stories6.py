"""Wire-story rules found on the sixth CAMEO wire-sentence study set (session 36, h6:
tests/data/cameo_stories6_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2003, 5, 10)


def _keys(coder, text, day=DAY, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_a_leaders_own_security_council_is_not_the_uns(coder):
    text = "The Kyrgyz president called an emergency session of his security council on Monday."
    keys = _keys(coder, text)
    assert not any("UNO" in k[1] or k[1] == "IGO" for k in keys), keys
    text = "Armenia's prime minister convened her security council after the shelling."
    keys = _keys(coder, text)
    assert not any("UNO" in k[1] or k[1] == "IGO" for k in keys), keys
    # the UN's council named as such is still the UN's
    keys = _keys(coder, "Russia vetoed the draft in the Security Council on Friday.")
    assert any(k[0] == "RUS" and k[1] in ("UNO", "IGO", "IGOUNO") for k in keys), keys


def test_a_price_charged_is_no_charge_brought(coder):
    text = (
        "Belarus put a duty on Russian oil in retaliation for Moscow's decision to charge "
        "export duties on oil sold to Belarus."
    )
    keys = _keys(coder, text)
    assert not any(k[2] == "11" for k in keys), keys
    keys = _keys(coder, "Gazprom charged Ukraine $450 per 1,000 cubic metres last year.")
    assert not any(k[2] == "11" for k in keys), keys
    # a suspect charged with a crime is still accused
    keys = _keys(coder, "Uganda charged three Kenyan activists with treason.")
    assert ("UGA", "KEN", "11") in keys, keys


def test_the_audience_a_judgement_is_told_to_is_not_judged(coder):
    text = "Kazakhstan's envoy told reporters the agreement was a great victory for his country."
    keys = _keys(coder, text)
    assert not any(k[:2] == ("KAZ", "KAZ") for k in keys), keys
    keys = _keys(coder, "Lavrov told journalists that the Americans had been constructive.")
    assert ("RUS", "USA", "05") in keys, keys
    assert not any(k[:2] == ("RUS", "RUS") for k in keys), keys
    # a leader told is still the one the judgement is addressed to
    keys = _keys(coder, "Erdogan told Putin that the Russian proposal was unacceptable.")
    assert any(k[:2] == ("TUR", "RUS") for k in keys), keys


def test_armed_men_driven_out_are_fought_not_expelled(coder):
    text = "Nigerian troops drove Sierra Leone's military junta out of Freetown on Friday."
    keys = _keys(coder, text)
    assert ("NGA", "SLE", "19") in keys, keys
    assert not any(k[2] == "20" for k in keys), keys
    # civilians driven out are still a population expelled
    keys = _keys(coder, "Serb forces drove ethnic Albanians out of their villages.")
    assert any(k[2] == "20" for k in keys), keys


def test_a_verb_after_an_aside_on_the_subject_is_the_subjects(coder):
    text = (
        "Brazil and Chile, two of the guarantors of the 1942 treaty, called on Peru to pull "
        "back its troops."
    )
    keys = _keys(coder, text)
    assert ("BRA", "PER", "02") in keys and ("CHL", "PER", "02") in keys, keys
    text = (
        "Norway and Egypt, two of the sponsors of the 1993 peace accord, called on Israel to "
        "freeze settlement building."
    )
    keys = _keys(coder, text)
    assert ("NOR", "ISR", "02") in keys and ("EGY", "ISR", "02") in keys, keys


def test_people_held_hostage_are_taken_hostage_by_their_holders(coder):
    text = "A Filipino truck driver was held hostage by Iraqi militants."
    assert ("IRQ", "PHL", "18") in _keys(coder, text)
    text = "Iraqi militants held a Filipino truck driver hostage for two weeks."
    assert ("IRQ", "PHL", "18") in _keys(coder, text)
    text = (
        "Manila pulled its troops out of Iraq to save the life of a Filipino truck driver "
        "held hostage by Iraqi militants."
    )
    assert ("IRQ", "PHL", "18") in _keys(coder, text)
    # the ones held never hold their holders
    text = "Two Italian aid workers held hostage by Iraqi insurgents were freed on Tuesday."
    keys = _keys(coder, text)
    assert not any(k[:2] == ("ITA", "IRQ") for k in keys), keys


def test_a_claim_to_land_turned_down_is_rejected_not_denied(coder):
    keys = _keys(coder, "China rejected the Philippines' claims to the islands.")
    assert ("CHN", "PHL", "12") in keys, keys
    assert not any(k[2] == "01" for k in keys), keys
    keys = _keys(coder, "Beijing dismissed Manila's claims over the shoal.")
    assert ("CHN", "PHL", "12") in keys, keys
    # a claim of what someone did is still denied
    text = "Russia rejected Ukraine's claim that its troops had shelled the town."
    assert ("RUS", "UKR", "01") in _keys(coder, text)


def test_shots_fired_on_protesters_repress_them(coder):
    text = "Guinean soldiers opened fire on tens of thousands of demonstrators in the stadium."
    keys = _keys(coder, text)
    assert ("GIN", "GIN", "17") in keys, keys
    assert not any(k[2] == "19" for k in keys), keys
    text = "Uzbek troops opened fire on thousands of protesters in Andijan on Friday."
    assert ("UZB", "UZB", "17") in _keys(coder, text)
    # shots at fighters are still a fight
    keys = _keys(coder, "Israeli troops opened fire on Hamas fighters near the border on Monday.")
    assert ("ISR", "PSE", "19") in keys, keys
