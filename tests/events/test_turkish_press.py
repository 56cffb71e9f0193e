"""Wording of analyses machine-translated from the Turkish press: an act's chances judged
with a linking verb ("a meeting ... does not seem possible"), "martyred" for killed, a thing
likened to the Nazis, a surname the tagger reads as a plural noun, a second verb set after
its object. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2020, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "The trust has been damaged so much that a meeting of Erdoğan and Mitsotakis in the "
        "near future does not seem possible.",
        "A new round of talks between Moscow and Kyiv appears unlikely before the summer.",
        "A summit of Putin and Biden looks likely this year.",
    ],
)
def test_an_act_whose_chances_are_judged_is_no_fact(coder, text):
    """A linking verb with a word of chances ("seems possible", "appears unlikely", "looks
    likely") judges what may come; the meeting it is said of is not told as held."""
    events = [e for e in coder.code_text(text, DAY) if e.cameo_root == "04"]
    assert events
    assert not [e for e in events if e.is_fact]


def test_a_held_act_judged_by_a_linking_verb_stays_told(coder):
    """Only words of chances leave the act open: "did not seem productive" judges talks
    that were held."""
    text = "The talks between Moscow and Kyiv in Istanbul did not seem productive."
    assert any(e.cameo_root == "04" and e.is_fact for e in coder.code_text(text, DAY))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # translated Turkish "şehit etti", verb last
        (
            "On Tuesday the Syrian regime forces in an artillery attack five Turkish soldiers "
            "martyred.",
            ("SYR", "TUR"),
        ),
        ("Israeli soldiers martyred three Palestinians in Jenin on Monday.", ("ISR", "PSE")),
    ],
)
def test_martyring_someone_kills_him(coder, text, pair):
    """ "martyred five soldiers" (the Turkish and Arabic press' word for killed) is an
    attack on them."""
    assert any(
        (e.source_country, e.target_country) == pair and e.plover == "ASSAULT" and e.is_fact
        for e in coder.code_text(text, DAY)
    )


def test_likening_a_thing_to_the_nazis_condemns_its_owner(coder):
    """ "compared the treatment of the migrants at the Greek border to the practices of the
    Nazis": the thing likened is called what it is likened to, a criticism of Greece."""
    text = (
        "On Wednesday Erdoğan compared the treatment of the migrants at the Greek border to "
        "the practices of the Nazis."
    )
    assert any(
        (e.source_country, e.target_country) == ("TUR", "GRC") and e.cameo_root == "11"
        for e in coder.code_text(text, DAY)
    )


def test_a_neutral_likening_judges_nothing(coder):
    text = "The Turkish minister compared the Greek growth figures with those of Italy."
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root in ("01", "05", "11")]


def test_a_surname_read_as_a_plural_noun_is_the_person_named_before(coder):
    """ "Petsas on the same day the Turkish claim denied": the tagger reads the sentence's
    first word "Petsas" as a plural noun; it is the Greek spokesman named in full before."""
    text = (
        "The Greek government spokesman Stelios Petsas met the press. "
        "Petsas on the same day the Turkish claim denied."
    )
    assert any(
        (e.source_country, e.target_country) == ("GRC", "TUR") and e.plover == "REJECT"
        for e in coder.code_text(text, DAY)
    )


@pytest.mark.parametrize(
    ("text", "thing", "target"),
    [
        (
            "On Friday the Greek Prime Minister went to Ankara and at a dinner with Erdoğan "
            "the future of the refugee deal discussed.",
            "future",
            "TUR",
        ),
        (
            "On Monday the President went to Brussels and at a dinner with Michel and von der "
            "Leyen the implementation of the 2016 statement discussed.",
            "implementation",
            "EU",
        ),
    ],
)
def test_a_second_verb_after_its_object_shares_the_first_subject(coder, text, thing, target):
    """ "… went to Ankara and at a dinner with Erdoğan the future of the deal discussed": a
    translated second clause ends in its verb after its object; the one who went discussed
    it with the one he dined with, and the thing discussed is no doer."""
    events = [
        e for e in coder.code_text(text, DAY) if e.cameo_root == "04" and e.target_country == target
    ]
    assert events
    assert not [e for e in events if thing in e.source_name]


def test_a_bare_title_after_a_foreign_holder_is_the_story_own_leader(coder):
    """A Turkish story names its own leader "President Recep Tayyip Erdoğan" and a guest
    "Russian President Vladimir Putin"; its later bare "the President" is Erdoğan, not the
    guest named last."""
    text = (
        "President Recep Tayyip Erdoğan spoke in Istanbul on Saturday. "
        "On Thursday in Moscow Erdoğan held talks with Russian President Vladimir Putin. "
        "On Monday the President criticised Greece."
    )
    events = [e for e in coder.code_text(text, DAY) if e.target_country == "GRC"]
    assert events
    assert all(e.source_country == "TUR" for e in events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "At the border the European Union promised to Athens 700 million euros of "
            "financial assistance.",
            ("EU", "GRC"),
        ),
        ("The German government sent to Kyiv new air defence systems.", ("DEU", "UKR")),
    ],
)
def test_a_recipient_set_before_the_thing_given_receives_it(coder, text, pair):
    """ "promised to Athens 700 million euros": the translated order puts the recipient
    first; the parser reads "Athens 700 million euros" as one phrase, and no one gets
    anything."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo_root in ("03", "07")
        for e in coder.code_text(text, DAY)
    )


def test_a_name_before_a_noun_after_to_stays_one_phrase(coder):
    text = "The Turkish minister talked to Kremlin officials on Monday."
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root in ("03", "07")]


@pytest.mark.parametrize(
    ("text", "pair", "outsider"),
    [
        (
            "On the eve of the summit of NATO, Macron and Scholz in a telephone conversation "
            "agreed to coordinate their positions.",
            ("FRA", "DEU"),
            "NATO",
        ),
        (
            "On 3 March, after the meeting of the European Council, Putin and Erdogan in a "
            "phone call discussed the situation in Idlib.",
            ("RUS", "TUR"),
            "EU",
        ),
    ],
)
def test_the_subjects_after_an_opening_phrase_are_not_part_of_it(coder, text, pair, outsider):
    """Translated order sets a phrase between the subjects and the verb ("…, Putin and Erdogan
    in a phone call discussed"); the model hangs the subjects on the opening phrase's last
    name as the rest of its list, and the summit's body joins the call."""
    events = [e for e in coder.code_text(text, DAY) if e.cameo_root == "04"]
    pairs = {(e.source_country, e.target_country) for e in events}
    assert pair in pairs and pair[::-1] in pairs
    assert not [e for e in events if outsider in (e.source_country, e.target_country)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan in his turn on 14 February went to Abu Dhabi.", ("TUR", "ARE")),
        ("The Israeli foreign minister on 23 June came to Ankara.", ("ISR", "TUR")),
    ],
)
def test_a_person_going_to_a_named_place_visits_it(coder, text, pair):
    """Translated "went to Abu Dhabi", "came to Ankara": a person's trip to a capital is a
    visit (042), as "travelled to" is, with no purpose told."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo == "042" and e.is_fact
        for e in coder.code_text(text, DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Putin came to power in 2000.",
        "Russia went to the UN Security Council over the attack.",
        "Most of the Ukrainian grain goes to Egypt.",
        "He went to court to challenge the decision.",
    ],
)
def test_going_to_a_place_is_no_visit_for_things_or_states(coder, text):
    assert not [e for e in coder.code_text(text, DAY) if e.cameo == "042"]


def test_reviewing_matters_with_someone_is_talking_with_him(coder):
    """Translated "değerlendirdi": "evaluated with Lavrov the situation in Syria", "reviewed
    with the guest the ways …" is a meeting (040) with the one named after "with"."""
    text = "Cavusoglu evaluated with Lavrov the situation in Syria on Monday."
    assert any(
        (e.source_country, e.target_country) == ("TUR", "RUS") and e.cameo == "040"
        for e in coder.code_text(text, DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The King reviewed with Erdogan the ways of developing the cooperation between Saudi "
        "Arabia and Turkey in all fields.",
        "The ministers discussed ways to strengthen cooperation between Russia and India.",
    ],
)
def test_the_tie_that_ways_are_sought_to_grow_is_a_goal(coder, text):
    """ "the ways of developing the cooperation between the two countries": the cooperation
    is what the talks are about, no support given (050) as a fact."""
    events = [e for e in coder.code_text(text, DAY) if e.cameo_root == "05"]
    assert not [e for e in events if e.is_fact]


def test_a_tie_sought_by_ending_something_is_no_goal(coder):
    text = "They talked about the means of ending the war between Russia and Ukraine."
    assert any(e.cameo_root == "19" and e.is_fact for e in coder.code_text(text, DAY))
