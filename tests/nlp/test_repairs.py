"""Parse repairs every text gets (detente.nlp.pipeline.repair_parse): sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2020, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Medical supplies were sent to Lebanon by Cyprus.",
        "Military supplies were flown to Armenia by Iran.",
    ],
)
def test_a_plural_subject_read_as_a_verb_is_the_subject(coder, text):
    """ "Medical supplies were sent": "supplies" is the noun the passive is about, not a
    verb whose complement is "were sent"."""
    doc = coder.nlp(text)
    supplies = next(t for t in doc if t.lower_ == "supplies")
    assert supplies.dep_ == "nsubjpass" and supplies.head.tag_ == "VBN", [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    assert any(e.cameo_root == "07" for e in coder.code_text(text, DAY))


def test_a_verb_in_s_with_its_own_subject_stays_a_verb(coder):
    """ "Kenya supplies maize to Uganda": a verb with a named subject and no auxiliary after
    it is left alone."""
    doc = coder.nlp("Kenya supplies maize to Uganda.")
    assert next(t for t in doc if t.lower_ == "supplies").pos_ == "VERB"


def test_data_keeps_its_lemma(coder):
    """The lemmatizer's "datum" matches no pattern; news means data."""
    doc = coder.nlp("Kenya shared data with Tanzania.")
    assert next(t for t in doc if t.lower_ == "data").lemma_ == "data"


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch envoy did not even ever criticise the efforts of Belgium to curb smuggling.",
        "Seoul has not once openly condemned the missile tests of Pyongyang.",
    ],
)
def test_a_negation_hung_on_an_adverb_negates_the_verb(coder, text):
    """ "did not even ever criticise": the parser may hang "not" on "ever"; it still denies
    the verb, so no criticism is told as done."""
    events = [e for e in coder.code_text(text, DAY) if e.cameo_root == "11"]
    assert events and all(e.modality == "negated" for e in events), [
        (e.cameo, e.modality) for e in events
    ]


def test_not_only_does_not_negate(coder):
    """ "not only condemned … but also …": both acts are done."""
    text = "Chile not only condemned Peru but also recalled its ambassador from Lima."
    events = coder.code_text(text, DAY)
    assert any(e.cameo_root == "11" and e.modality == "asserted" for e in events), [
        (e.cameo, e.modality) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Diplomats from Kenya and envoys from Ethiopia met in Nairobi.", {"KEN", "ETH"}),
        ("Officials from Peru and generals from Bolivia held talks in La Paz.", {"PER", "BOL"}),
    ],
)
def test_a_group_with_its_own_owner_is_a_second_side(coder, text, pair):
    """ "Diplomats from Kenya and envoys from Ethiopia": "envoys" is a second group beside
    "diplomats" (the parser joins it to "Kenya"), so the two sides meet each other."""
    found = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    a, b = sorted(pair)
    assert (a, b) in found and (b, a) in found, found


def test_the_owner_after_the_second_group_is_its_own(coder):
    """ "Mali's soldiers and police of Niger": Mali owns the soldiers, Niger the police."""
    text = "Mali's soldiers and police of Niger attacked the militants near the border."
    sources = {e.source_country for e in coder.code_text(text, DAY) if e.cameo_root == "19"}
    assert sources == {"MLI", "NER"}, sources


def test_a_counterpart_owned_by_a_pronoun_is_a_second_guest(coder):
    """ "received the head of the Turkish Foreign Ministry Cavusoglu and his Iranian
    counterpart Zarif": the counterpart is received too, not a second owner of the head."""
    text = (
        "On Tuesday Lavrov received the head of the Turkish Foreign Ministry Mevlut Cavusoglu "
        "and his Iranian counterpart Mohammad Javad Zarif."
    )
    hosted = {e.target_country for e in coder.code_text(text, DAY) if e.cameo == "043"}
    assert hosted == {"TUR", "IRN"}, hosted


def test_a_second_place_noun_stays_an_owner(coder):
    """ "from Syria and other countries of the region": the countries are where the
    migrants come from, not a second group."""
    doc = coder.nlp("Migrants from Syria and other countries of the region reached Greece.")
    countries = next(t for t in doc if t.lower_ == "countries")
    assert countries.head.lower_ == "syria", [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan launched a fresh shelling and bombing campaign against Armenian villages.",
        "Sudan launched a new bombing and shelling offensive against Chad.",
    ],
)
def test_two_gerunds_before_a_noun_name_its_kind(coder, text):
    """ "a shelling and bombing campaign against X": one assault on X, the campaign the
    phrase's head (not "launched a shelling" with no one hit, and a "bombing campaign")."""
    events = [e for e in coder.code_text(text, DAY) if e.is_fact]
    assert events and all(e.target_country for e in events), [
        (e.cameo, e.target_name) for e in events
    ]
    assert len({e.cameo_root for e in events}) == 1, [e.cameo for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkish jets struck what Ankara called terrorist camps in northern Iraq.", "IRQ"),
        ("Israel bombed what it said were Iranian weapons depots in Syria.", "IRN"),
        ("Russia hit what Moscow described as militant positions in Idlib.", "SYR"),
    ],
)
def test_the_thing_a_hedge_names_is_what_was_hit(coder, text, target):
    """ "struck what Ankara called terrorist camps": the camps are the verb's object, and the
    one whose word the writer keeps at arm's length is not the one struck."""
    doc = coder.nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert any(c.dep_ == "dobj" and c.lower_ != "what" for c in verb.children)
    blows = [e for e in coder.code_text(text, DAY) if e.cameo_root in ("18", "19")]
    assert blows and all(e.target_country == target for e in blows), blows


def _marked_root_doc(comma: bool):
    """ "Iran accused Israel of the attack, a spokesman said, as donors paused aid." parsed
    with the closing "as" clause as the root and the accusation its complement (as the model
    parses such wire sentences)."""
    import spacy
    from spacy.tokens import Doc

    words = ["Iran", "accused", "Israel", "of", "the", "attack", ",", "a", "spokesman", "said"]
    heads = [1, 13, 1, 1, 5, 3, 9, 8, 9, 13]
    deps = ["nsubj", "ccomp", "dobj", "prep", "det", "pobj", "punct", "det", "nsubj"]
    deps.append("parataxis")
    pos = ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB"]
    words.append("," if comma else "then")
    heads.append(9 if comma else 13)
    deps.append("punct" if comma else "advmod")
    pos.append("PUNCT" if comma else "ADV")
    words += ["as", "donors", "paused", "aid", "."]
    heads += [13, 13, 13, 13, 13]
    deps += ["mark", "nsubj", "ROOT", "dobj", "punct"]
    pos += ["SCONJ", "NOUN", "VERB", "NOUN", "PUNCT"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_closing_adverbial_clause_read_as_the_root_goes_under_the_act():
    """ "…, a spokesman said, as donors paused aid": the clause after "as" tells when; the
    act told first is the sentence's main clause, and its attribution hangs on it."""
    from detente.nlp.pipeline import marked_roots

    doc = _marked_root_doc(comma=True)
    marked_roots(doc)
    assert doc[1].dep_ == "ROOT"
    assert (doc[13].dep_, doc[13].head.i) == ("advcl", 1)
    assert doc[9].head.i == 1
    doc = _marked_root_doc(comma=False)  # no comma before the mark: left as parsed
    marked_roots(doc)
    assert doc[13].dep_ == "ROOT"


def test_the_act_before_a_closing_as_clause_is_the_main_event(coder):
    """The same on the model's own parse: the accusation, not the pause in funding, is the
    act a reader takes first."""
    from detente.evaluate.plv import main_event

    text = (
        "Serbia accused the NATO mission in Kosovo of letting ethnic Albanian police enter "
        "Serb villages, a government spokesman said, as several European states suspended "
        "their funding to Pristina."
    )
    main = main_event(coder.code_text(text, DAY))
    assert main is not None and main.source_country == "SRB" and main.plover == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police fired tear gas and warning shots at protesters in Nairobi.",
        "Troops fired rubber bullets and warning shots at the crowd.",
    ],
)
def test_an_ing_word_before_the_last_noun_of_an_object_list_is_no_verb(coder, text):
    """ "fired tear gas and warning shots at X": "warning" describes "shots", the last thing
    fired, and warns no one."""
    doc = coder.nlp(text)
    warning = next(t for t in doc if t.lower_ == "warning")
    assert warning.dep_ == "amod" and warning.head.lower_ == "shots"
    assert warning.head.dep_ == "conj"
    assert not any(e.cameo_root == "13" for e in coder.code_text(text, DAY))


def test_a_second_act_in_ing_keeps_its_auxiliary_and_stays_a_verb(coder):
    doc = coder.nlp("Rebels were shelling the town and firing rockets at the airport.")
    firing = next(t for t in doc if t.lower_ == "firing")
    assert firing.pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("u.s. fires missiles at a syrian air base", ("USA", "SYR", "19")),
        ("u.k. fires missiles at a yemeni radar site", ("GBR", "YEM", "19")),
    ],
)
def test_a_headline_verb_read_as_a_compound_is_the_verb(coder, text, want):
    """ "u.s. fires missiles at …", parsed as a noun "u.s. fires" modifying a verb
    "missiles": the plural between the name and the verb in -s is the verb, the name its
    subject ("u.s. arms sales to taiwan" has no verb in -s and stays a noun phrase)."""
    facts = coder.code_text(text, DAY)
    assert want in {(e.source_country, e.target_country, e.cameo_root) for e in facts}


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed in Geneva, where after three days of closed talks the "
        "delegations of Serbia and Kosovo on Friday signed the final agreement.",
        "After two days of talks the ministers of Serbia and Kosovo signed a statement on Friday.",
    ],
)
def test_a_second_phrase_after_an_opening_preposition_is_the_subject(coder, text):
    """Translated word order puts the subject after an opening "after" phrase; the parser
    hangs it on the preposition (a second object, or an apposition with no comma) and the
    verb has no subject. The phrase is who signed."""
    doc = coder.nlp(text)
    signed = [t for t in doc if t.lemma_ == "sign" and t.tag_ == "VBD"][-1]
    subject = next((c for c in signed.children if c.dep_ == "nsubj"), None)
    assert subject is not None and subject.lemma_ in ("delegation", "minister"), [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    pairs = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert {("SRB", "XKX"), ("XKX", "SRB")} <= pairs


def test_an_apposition_after_a_comma_stays_an_apposition(coder):
    """ "After talks with Lavrov, the Russian foreign minister, Blinken …": the phrase after
    the comma names Lavrov again, and Blinken stays the subject."""
    doc = coder.nlp(
        "After talks with Lavrov, the Russian foreign minister, Blinken criticized Iran."
    )
    minister = next(t for t in doc if t.lower_ == "minister")
    assert minister.dep_ != "nsubj"


@pytest.mark.parametrize(
    ("text", "joined", "to"),
    [
        ("Pashinyan accused Russia of failing to protect his country and blamed Moscow for the "
         "loss of the region.", "blamed", "accused"),
        ("Azerbaijan accused Armenia of shelling its positions and retaliated against Armenian "
         "troops.", "retaliated", "accused"),
    ],
)  # fmt: skip
def test_a_past_verb_joined_to_an_infinitive_or_gerund_is_joined_to_the_past_verb(
    coder, text, joined, to
):
    """A past verb cannot be joined to "to defend" or "shelling": it is the second act of the
    past verb whose complement they are."""
    doc = coder.nlp(text)
    verb = next(t for t in doc if t.text == joined)
    parse = [(t.text, t.dep_, t.head.text) for t in doc]
    assert verb.dep_ == "conj" and verb.head.text == to, parse


def test_a_past_verb_joins_the_past_participle_of_its_own_clause(coder):
    """ "said Russia had tried to protect Armenia and failed": Russia failed, after trying;
    the speaker did not."""
    doc = coder.nlp("Pashinyan said Russia had tried to protect Armenia and failed.")
    failed = next(t for t in doc if t.text == "failed")
    assert failed.head.text != "said", [(t.text, t.dep_, t.head.text) for t in doc]
