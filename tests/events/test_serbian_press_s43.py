"""Rules found on a machine-translated Belgrade analysis (session 43: Montenegro and Serbia
expel each other's ambassadors and Serbia withdraws, November 2020): sentences invented for
detente about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


ENVOY_NAMED = (
    "The relations were already cold. On Friday the ambassador of Serbia in Podgorica "
    "Vladimir Bozovic said that the union of 1918 was a liberation."
)
ENVOY_EXPELLED = (
    " On Saturday the Ministry of Foreign Affairs of Montenegro declared the ambassador "
    "Bozovic persona non grata and asked him to leave within 72 hours."
)


def _parse(coder, text):
    return coder.nlp(coder.tagger.prepare(text))


def _arcs(doc):
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_name_after_the_titles_place_is_the_titles_holder(coder):
    # "in Podgorica Vladimir Bozovic" is no place: the name holds the title
    doc = _parse(coder, ENVOY_NAMED)
    name = next(t for t in doc if t.text == "Bozovic")
    place = next(t for t in doc if t.text == "Podgorica")
    assert name.dep_ == "appos" and name.head.lower_ == "ambassador", _arcs(doc)
    assert place.dep_ == "pobj" and place.head.lower_ == "in", _arcs(doc)


def test_a_name_after_a_commissioners_brief_is_the_commissioner(coder):
    text = (
        "Late on Sunday evening also the European commissioner for enlargement Oliver "
        "Varhelyi on Twitter welcomed the decision of the government of Serbia."
    )
    assert ("EU", "SRB") in _facts(coder.code_text(text, dt.date(2020, 12, 1)), "05")


def test_a_place_without_a_name_after_it_stays_a_place(coder):
    # control: nothing to split
    doc = _parse(coder, "On Monday the ambassador of Serbia in Podgorica met the president.")
    place = next(t for t in doc if t.text == "Podgorica")
    assert place.dep_ == "pobj" and place.head.lower_ == "in", _arcs(doc)


def test_the_envoys_name_before_persona_non_grata_is_the_envoys(coder):
    doc = _parse(coder, ENVOY_EXPELLED.strip())
    name = next(t for t in doc if t.text == "Bozovic")
    persona = next(t for t in doc if t.lower_ == "persona")
    assert name.dep_ == "appos" and name.head.lower_ == "ambassador", _arcs(doc)
    assert persona.dep_ == "oprd" and persona.head.lower_ == "declared", _arcs(doc)


def test_an_envoy_named_again_by_surname_is_the_one_of_the_of_phrase(coder):
    events = coder.code_text(ENVOY_NAMED + ENVOY_EXPELLED, dt.date(2020, 11, 30))
    assert ("MNE", "SRB") in _facts(events, "16")
    assert ("MNE", "SRB") in _facts(events, "02")  # "asked him to leave"


def test_a_charge_naming_the_accusers_country_does_not_make_it_the_target(coder):
    # "of interference in the internal affairs of Peru" is the charge, not whose envoy
    text = (
        "On Tuesday the foreign ministry of Peru declared the Mexican ambassador persona non "
        "grata. In the statement the ministry accused the ambassador of repeated interference "
        "in the internal affairs of Peru."
    )
    accused = _facts(coder.code_text(text, dt.date(2022, 12, 22)), "11")
    assert ("PER", "MEX") in accused, accused
    assert ("PER", "PER") not in accused, accused


def test_a_subject_before_an_ing_aside_is_the_verbs(coder):
    text = (
        "Already a few days later the Ministry of Foreign Affairs of Slovakia, acting as it "
        "said out of solidarity with Prague, expelled three Russian diplomats."
    )
    assert ("SVK", "RUS") in _facts(coder.code_text(text, dt.date(2021, 4, 23)), "16")


def test_a_namesake_out_of_office_does_not_outweigh_the_titles_of_phrase(coder):
    # Slobodan Milosevic, out of office in 2020, shares the envoy's surname (the subject
    # before the "-ing" aside is the verb's, as above)
    text = (
        "Already a few hours later the Ministry of Foreign Affairs of Serbia, acting as it "
        "said in a reciprocal manner, declared the ambassador of Montenegro in Belgrade Tarzan "
        "Milosevic persona non grata."
    )
    expelled = _facts(coder.code_text(text, dt.date(2020, 11, 30)), "16")
    assert ("SRB", "MNE") in expelled, expelled
    assert ("SRB", "SRB") not in expelled, expelled


def test_montenegros_foreign_minister_of_2020(coder):
    text = "On Monday Srdjan Darmanovic welcomed the decision of Belgrade."
    assert ("MNE", "SRB") in _facts(coder.code_text(text, dt.date(2020, 12, 1)), "05")


def test_the_same_statement_speaks_for_the_one_who_issued_it(coder):
    # not the last person named (the EU commissioner)
    text = (
        "On Sunday the European commissioner Olivér Várhelyi welcomed the decision of "
        "Belgrade. On Monday (30) the outgoing Ministry of Foreign Affairs of Montenegro "
        "answered. In the statement the ministry again accused the Serbian ambassador of "
        "meddling. The same statement complained that the ambassador of Montenegro was "
        "treated without respect."
    )
    events = [e for e in coder.code_text(text, dt.date(2020, 12, 1)) if "same" in e.sentence]
    assert events and all(e.source_country == "MNE" for e in events), [
        (e.source_name, e.source) for e in events
    ]


def test_a_that_clause_announced_to_the_journalists_is_what_was_announced(coder):
    text = (
        "On Sunday (29) Ana Brnabic announced to the journalists that Serbia withdraws the "
        "decision on the expulsion of the Montenegrin ambassador."
    )
    eased = _facts(coder.code_text(text, dt.date(2020, 12, 1)), "08")
    assert ("SRB", "MNE") in eased, eased


def test_a_surname_told_alone_paragraphs_later_is_the_envoy_named_in_full(coder):
    # the full mention lies more than 400 tokens back; the titled mentions in between
    # ("the ambassador Bozovic") carry no first name
    filler = " The streets of the capital were quiet and the cafes were full of people." * 40
    text = (
        ENVOY_NAMED
        + filler
        + " On Monday (30) the Ministry of Foreign Affairs of Montenegro again accused "
        "Bozovic of meddling."
    )
    accused = _facts(coder.code_text(text, dt.date(2020, 12, 1)), "11")
    assert ("MNE", "SRB") in accused, accused
