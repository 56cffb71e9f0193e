"""Translated verb-final sentences and leading dates with no comma are parsed again."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors.dictionary import actor_tokens
from detente.nlp.word_order import dated_lead, new_order

DAY = dt.date(2019, 12, 26)


def _reordered(coder, text: str) -> str | None:
    doc = coder.nlp(text)
    found = new_order(next(iter(doc.sents)), actor_tokens(doc))
    return " ".join(doc[i].text for i in found[0]) if found else None


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Ankara this proposal as unacceptable rejected.",
         "Ankara rejected this proposal as unacceptable ."),
        ("The ministry the claims of Kyiv did not accept.",
         "The ministry did not accept the claims of Kyiv ."),
        ("Berlin has the decision of Warsaw sharply criticised.",
         "Berlin has sharply criticised the decision of Warsaw ."),
        ("In Hanoi this visit as a turning point was described.",
         "In Hanoi this visit was described as a turning point ."),
        # the object first, when only the second phrase names an actor
        ("This plan the Iranian government did not accept.",
         "the Iranian government did not accept This plan ."),
        # the verb-final clause after ", and"
        ("The court fined the company, and Tokyo this ruling rejected.",
         "The court fined the company , and Tokyo rejected this ruling ."),
        # every verb-final clause; a verb-final clause after "that"; a present tense
        ("Paris these claims rejected, and Rome the proposal as unrealistic described.",
         "Paris rejected these claims , and Rome described the proposal as unrealistic ."),
        ("The ministry said that the village by the army was shelled.",
         "The ministry said that the village was shelled by the army ."),
        ("Hanoi and Vientiane each other brothers call.",
         "Hanoi and Vientiane call each other brothers ."),
        # a particle ends the verb group; a lead adverb is no subject; two names side by side
        ("Serbian forces over Kosovo a NATO drone shot down.",
         "Serbian forces shot down a NATO drone over Kosovo ."),
        ("Already in a few hours the two sides each other of violations accused.",
         "Already in a few hours the two sides accused each other of violations ."),
        ("Yerevan Baku of an attack accused.", "Yerevan accused Baku of an attack ."),
        # a named party before the object goes after it
        ("Berlin to Kyiv additional aid allocated.", "Berlin allocated additional aid to Kyiv ."),
        # a noun after a determiner, tagged as a verb, is still a noun
        ("The Kremlin these reports about a summit refuted.",
         "The Kremlin refuted these reports about a summit ."),
        # a phrase of why ("in response") stays before the verb; a "to" phrase alone before
        # the verb goes after it; an object with no article after a party's phrase
        ("Tehran in retaliation the British envoy expelled.",
         "Tehran in retaliation expelled the British envoy ."),
        ("The rebels to the demands of the army yielded.",
         "The rebels yielded to the demands of the army ."),
        ("Cairo with the Sudanese side urgent consultations held.",
         "Cairo held urgent consultations with the Sudanese side ."),
        # a bare "and" before an adverb and a clause that shares the subject
        ("Minsk the note of Vilnius rejected and once again the return of the diplomats "
         "demanded.",
         "Minsk rejected the note of Vilnius and demanded the return of the diplomats once "
         "again ."),
        # a clause ended by its verb before a participle's phrase
        ("Ankara the visit of the Dutch minister cancelled, saying that it was unwelcome.",
         "Ankara cancelled the visit of the Dutch minister , saying that it was unwelcome ."),
        # a relative opened by its object ends in its verb at a comma; the main clause after
        # it keeps its order; a party's phrase comes right after the verb there
        ("The embargo, which Ottawa in March against Minsk imposed, was lifted a year later.",
         "The embargo , which Ottawa imposed in March against Minsk , was lifted a year later ."),
        ("The accord, which Norway with Vietnam in June after long talks signed, cut tariffs.",
         "The accord , which Norway in June signed with Vietnam after long talks , cut tariffs ."),
        # phrases of time and purpose, then the place the verb goes to, which comes first
        ("Tbilisi on Sunday for a summit of the alliance to Vilnius travelled.",
         "Tbilisi travelled to Vilnius on Sunday for a summit of the alliance ."),
        # (nor a verb of saying before its "that": its own clause keeps its order)
        ("The minister at a press conference in Ankara announced that Turkey the talks with "
         "Athens from today suspends.",
         "The minister at a press conference in Ankara announced that Turkey suspends the "
         "talks with Athens from today ."),
        # a relative clause on the object's noun is no second verb of the clause
        ("Tokyo on Monday new curbs against firms that sell chips to Moscow announced.",
         "Tokyo on Monday announced new curbs against firms that sell chips to Moscow ."),
        # (not when an object stands before the place)
        ("Kyiv with drones the refinery in Ryazan attacked.",
         "Kyiv attacked the refinery in Ryazan with drones ."),
    ],
)  # fmt: skip
def test_verb_final_clauses_in_english_order(coder, text, english):
    assert _reordered(coder, text) == english


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed, the army said.",
        "The head of the Russian delegation resigned.",
        "The talks between Russia and Ukraine in Minsk collapsed.",
        "Russia rejected the proposal.",
        "The spokesman said.",
        # a list before the verb; a passive with a phrase on its noun
        "Bolivia voted against, and Egypt, Ethiopia and Kazakhstan abstained.",
        "The ministry said that the operation in northern Syria had been completed.",
    ],
)
def test_english_sentences_keep_their_order(coder, text):
    assert _reordered(coder, text) is None


def test_a_comma_belongs_after_a_leading_date(coder):
    doc = coder.nlp("On 24 December Moon and Abe held talks in Chengdu.")
    assert doc[dated_lead(next(iter(doc.sents)))].text == "Moon"
    parsed = coder.nlp("On Friday, Russia expelled two diplomats.")
    assert dated_lead(next(iter(parsed.sents))) is None
    # the place said after the date is not part of the subject
    placed = coder.nlp("On 9 May in Hanoi Biden and Xi met.")
    assert placed[dated_lead(next(iter(placed.sents)))].text == "Biden"
    # after an opening connective and its comma (translated "In a related context, …")
    related = coder.nlp("In a related context, on 24 December Moon and Abe held talks.")
    assert related[dated_lead(next(iter(related.sents)))].text == "Moon"
    plain = coder.nlp("In a related context, on Friday, Russia expelled two diplomats.")
    assert dated_lead(next(iter(plain.sents))) is None


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Ankara this proposal of Athens as unacceptable rejected.", ("TUR", "GRC", "12")),
        ("The Kremlin these reports of Kyiv denied, and the spokesman said nothing more.",
         ("RUS", "UKR", "01")),
        ("On 3 March Erdogan and Putin held in Moscow their first talks in a year.",
         ("TUR", "RUS", "04")),
        ("On 14 June in Minsk Lukashenko and Putin met.", ("BLR", "RUS", "04")),
        # a clause after ", where"; a named party and a date before the object
        ("Abe in Moscow arrived, where he with Putin negotiations conducted.",
         ("JPN", "RUS", "04")),
        ("Washington on Monday new sanctions against Iran introduced.", ("USA", "IRN", "16")),
        # "the two sides" of a reciprocal act: the last dyad told
        ("On 10 October Armenia and Azerbaijan agreed to a ceasefire. Already in a few hours "
         "the two sides each other of violations accused.", ("AZE", "ARM", "11")),
        # a date between subject and object stays before the verb
        ("Tokyo in March 2019 Seoul a reliable partner called.", ("JPN", "KOR", "05")),
        # a quoted act, verb-final after "that", is the speaker's accusation
        ("On Tuesday Erdogan in a speech declared that the Turkish posts by Syrian troops were "
         "shelled.",
         ("TUR", "SYR", "11")),
        ("Moscow and Beijing each other partners call.", ("CHN", "RUS", "05")),
        ("Erdogan expects from Moscow the release of the Turkish sailors.", ("TUR", "RUS", "10")),
        # a past form with its own object and recipient is no participle of its noun
        ("The Iranian side several times offered to Riyadh the dialogue, but this proposal "
         "remained without an answer.", ("IRN", "SAU", "03")),
        # a reaction to an act told earlier in the same sentence is aimed at whoever did it
        ("A Polish court ordered the Russian bank to pay damages, and Moscow rejected this "
         "ruling.", ("RUS", "POL", "12")),
        # a bare "and" before a "to" phrase and its verb: the subject's second act
        ("Hanoi and Beijing on Monday the hotline reopened and to a ceasefire along the "
         "border of the two provinces agreed.", ("VNM", "CHN", "08")),
        ("Baku on the same day in answer four Iranian diplomats expelled.", ("AZE", "IRN", "16")),
        # a verb-final clause before a denied infinitive ("warned not to …")
        ("Ankara the Greek side warned not to repeat the provocation.", ("TUR", "GRC", "13")),
        # a count after a bare "and" is the object of the subject's second act
        ("Prague on Saturday the findings of the police published and eighteen Russian "
         "diplomats from the country expelled.", ("CZE", "RUS", "16")),
        # a relative clause that ends in its verb before the main clause goes on
        ("The embargo, which Ottawa in March against Minsk imposed, was lifted a year later.",
         ("CAN", "BLR", "16")),
        ("Ottawa has on Friday new sanctions against Belarusian banks that fund the army "
         "imposed.", ("CAN", "BLR", "16")),
        # a verb of going after phrases of time and purpose and before its place
        ("Tbilisi on Sunday for a summit of the alliance to Vilnius travelled.",
         ("GEO", "LTU", "04")),
    ],
)  # fmt: skip
def test_translated_sentences_are_coded(coder, text, fact):
    events = coder.code_text(text, DAY)
    assert fact in [(e.source_country, e.target_country, e.cameo_root) for e in events]


def test_the_leading_date_dates_the_talks(coder):
    text = "On 3 March Erdogan and Putin held in Moscow their first talks in a year."
    dates = {e.date for e in coder.code_text(text, DAY) if e.cameo_root == "04"}
    assert dates == {dt.date(2019, 3, 3)}


def test_offsets_stay_on_the_original_text(coder):
    text = "Ankara this proposal of Athens as unacceptable rejected."
    (event,) = [e for e in coder.code_text(text, DAY) if e.cameo_root == "12"]
    assert text[event.source_start : event.source_end] == "Ankara"
    assert text[event.target_start : event.target_end] == "Athens"


def test_a_final_verb_tagged_as_a_noun_after_a_relative_is_moved():
    """ "Lavrov, who to Metz flew, the use of the air space forbade.": the model may tag the
    final irregular past as a noun; the rest after the relative is still put in English
    order (this once raised StopIteration in the coder)."""
    import spacy
    from spacy.tokens import Doc

    words = ["Lavrov", ",", "who", "to", "Metz", "flew", ",", "the", "use", "of", "the", "air",
             "space", "forbade", "."]  # fmt: skip
    pos = ["PROPN", "PUNCT", "PRON", "ADP", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "ADP",
           "DET", "NOUN", "NOUN", "NOUN", "PUNCT"]  # fmt: skip
    tags = ["NNP", ",", "WP", "IN", "NNP", "VBD", ",", "DT", "NN", "IN", "DT", "NN", "NN", "NN",
            "."]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags,
              sent_starts=[True] + [False] * 14)  # fmt: skip
    found = new_order(doc[:], set())
    assert found is not None and found[1] == [13]
