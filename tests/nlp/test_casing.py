"""Casing restoration (detente.nlp.casing) and what ``ActorTagger.prepare`` makes of it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from detente.nlp.casing import (
    LOWER,
    MIXED,
    TITLE,
    UPPER,
    Lexicon,
    case_style,
    line_style,
    recase,
)
from detente.nlp.pipeline import blank_caption_positions, blank_datelines

DATA = Path(__file__).resolve().parents[1] / "data"
LEXICON = Lexicon.of(
    "and discuss in first phone call agree to fight report of plan summit with the said on "
    "impose new sanction after missile test recall ambassador from air strike warplane "
    "leader trump putin meet at white house is who near nothing reject planned lawmaker".split(),
    [("s", ""), ("ed", ""), ("ing", "")],
)


def names(text: str, *spellings: str) -> list[tuple[int, int, str]]:
    """(start, end, spelling) of each name in ``text``, found case-insensitively."""
    found = []
    for spelling in spellings:
        at = text.lower().find(spelling.lower())
        assert at >= 0, spelling
        found.append((at, at + len(spelling), spelling))
    return found


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("trump and putin discuss syria in first phone call", LOWER),
        ("russia invades ukraine", LOWER),
        ("Russia invaded Ukraine on Thursday.", MIXED),
        ("The European Union imposed new sanctions on Russia over Crimea.", MIXED),
        ("", MIXED),
        ("ok", MIXED),
    ],
)
def test_case_style(text, style):
    assert case_style(text) == style


@pytest.mark.parametrize(
    ("line", "style"),
    [
        ("TRUMP AND PUTIN DISCUSS SYRIA IN FIRST PHONE CALL", UPPER),
        ("U.S. IMPOSES SANCTIONS ON IRAN OVER MISSILE TEST", UPPER),
        ("Russia Rejects Report Of Planned Summit With U.S.", TITLE),
        ("Russia Rejects Report of Planned Summit with U.S.", TITLE),
        ("Russia rejected a report of a planned summit with the U.S.", MIXED),
        ("NEW YORK", MIXED),
        ("Syria Talks", MIXED),
        ("NATO AND EU", UPPER),
    ],
)
def test_line_style(line, style):
    assert line_style(line) == style


@pytest.mark.parametrize(
    ("text", "spellings", "expected"),
    [
        (
            "trump and putin discuss syria in first phone call",
            ("Trump", "Putin", "Syria"),
            "Trump and Putin discuss Syria in first phone call",
        ),
        # "u.s." is an abbreviation: the word after it starts no sentence.
        (
            "u.s. imposes new sanctions on iran after missile test",
            ("U.S.", "Iran"),
            "U.S. imposes new sanctions on Iran after missile test",
        ),
        # Abbreviations of single letters are capitals (but "a.m.").
        (
            "g.o.p. lawmakers meet at 9 a.m. in the white house",
            (),
            "G.O.P. lawmakers meet at 9 a.m. in the white house",
        ),
        # Unknown words are mostly names; days of the week are always capitalised.
        (
            "fighting near avdiivka, ukraine said on friday. putin said nothing.",
            ("Ukraine", "Putin"),
            "Fighting near Avdiivka, Ukraine said on Friday. Putin said nothing.",
        ),
        (
            "TRUMP AND PUTIN DISCUSS SYRIA IN FIRST PHONE CALL",
            ("Trump", "Putin", "Syria"),
            "Trump and Putin discuss Syria in first phone call",
        ),
        (
            "U.S. IMPOSES SANCTIONS ON IRAN AFTER MISSILE TEST",
            ("U.S.", "Iran"),
            "U.S. imposes sanctions on Iran after missile test",
        ),
        # In capitals, "US" stays the country; short unknown words stay acronyms.
        ("US AND IAEA MEET AT WHITE HOUSE", (), "US and IAEA meet at white house"),
        (
            "Russia Rejects Report Of Planned Summit With U.S.",
            ("Russia", "U.S."),
            "Russia rejects report of planned summit with U.S.",
        ),
        # Title Case keeps acronyms and words it does not know ("Avdiivka").
        (
            "Trump And Putin Agree To Fight ISIS Near Avdiivka",
            ("Trump", "Putin"),
            "Trump and Putin agree to fight ISIS near Avdiivka",
        ),
        # Compounds of known words and possessives are words ("airstrike", "leader's").
        (
            "Russian Airstrike Hits Leader's Warplanes",
            ("Russian",),
            "Russian airstrike Hits leader's warplanes",
        ),
    ],
)
def test_recase(text, spellings, expected):
    out = recase(text, names(text, *spellings), LEXICON)
    assert out == expected
    assert len(out) == len(text)


def test_recase_leaves_mixed_text_alone():
    text = "Russia and China said on Friday they would meet in Geneva. The U.S. was silent."
    assert recase(text, names(text, "Russia", "China"), LEXICON) is text


def test_recase_only_recases_shouting_lines():
    text = "RUSSIA AND CHINA AGREE TO MEET\nThe talks, officials said, will be held in Geneva."
    out = recase(text, names(text, "Russia", "China", "Geneva"), LEXICON)
    assert out == (
        "Russia and China agree to meet\nThe talks, officials said, will be held in Geneva."
    )


def test_names_of_another_length_are_not_written():
    text = "trump and putin discuss syria in first phone call"
    assert recase(text, [(10, 15, "Putin!")], LEXICON)[10:15] == "putin"


def _normal_texts() -> list[str]:
    texts = [
        "MOSCOW, Feb 2 (Reuters) - Russian President Vladimir Putin spoke with Trump.",
        "WASHINGTON — The United States imposed sanctions on Iran on Friday.",
        "NATO: Russia must leave Ukraine, Stoltenberg said.",
        "Mexico's president cancelled a trip to Washington.\nHe was due to meet Trump.",
    ]
    for name, column in (("coder_cases.tsv", "sentence"), ("modality.tsv", "sentence")):
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            texts += [row[column] for row in csv.DictReader(handle, delimiter="\t")]
    return [t for t in texts if case_style(t) == MIXED]


def test_prepare_keeps_normal_text(coder):
    """Normal mixed-case text is parsed as written: only datelines and photo positions are
    blanked and people's names masked (the same masks as before casing restoration
    existed)."""
    tagger = coder.tagger
    texts = _normal_texts()
    assert len(texts) > 100
    for text in texts:
        blanked = blank_caption_positions(blank_datelines(text, tagger._is_place))
        assert recase(blanked, [], tagger.lexicon) is blanked
        prepared = tagger.prepare(text)
        masked = {
            i
            for start, end, _, original in prepared.user_data["detente_actor_chars"]
            if original.lower() in tagger.people
            for i in range(start, end)
        }
        assert len(prepared.text) == len(text)
        for i, (was, now) in enumerate(zip(blanked, prepared.text, strict=True)):
            assert was == now or i in masked, (text, prepared.text)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        (
            "russia denies report of planned summit with u.s.",
            "Russia denies report of planned summit with U.S.",
        ),
        ("RUSSIA INVADES UKRAINE", "Russia invades Ukraine"),
        (
            "Iraqi Forces Drive ISIS Out Of Eastern Mosul",
            "Iraqi forces drive ISIS out of eastern Mosul",
        ),
    ],
)
def test_prepare_recases_headlines(coder, text, parsed):
    assert coder.tagger.prepare(text).text == parsed


def test_title_case_only_where_a_headline_stands():
    wrapped = (
        "On Friday, the two leaders met at the chancellery, where\n"
        "President Vladimir Putin Of Russia Thanked Chancellor Angela Merkel\n"
        "for the invitation."
    )
    assert recase(wrapped, [], LEXICON) is wrapped
    runs_on = "Putin Meets Leader At White House And\nsaid nothing."
    assert recase(runs_on, [], LEXICON) is runs_on
    listed = "Putin Meets Leader At White House\nTrump Meets Leader At White House\n"
    assert recase(listed, [], LEXICON) == (
        "Putin meets leader at white house\nTrump meets leader at white house\n"
    )


def test_names_keep_the_dictionary_spelling(coder):
    prepared = coder.tagger.prepare("h.r. mcmaster and tony blinken meet the e.u. envoy")
    found = {original for *_, original in prepared.user_data["detente_actor_chars"]}
    assert {"H.R. McMaster", "Tony Blinken"} <= found


def test_no_sentence_begins_right_after_a_word_on_its_line(coder):
    """A translated clause may put its object between a titled name and the verb ("the
    spokesman Ahmed Saleh the rebel side warned"): the model may end a sentence after the
    name, but no sentence starts right after a word on the same line; a blank line still
    ends one (a title has no full stop)."""
    text = (
        "Talks in Doha\n\nOn 9 April the spokesman of the army Ahmed Saleh the rebel side "
        "warned not to have any illusions. The rebels said nothing."
    )
    doc = coder.nlp(coder.tagger.prepare(text))
    starts = [s.start for s in doc.sents]
    for start in starts[1:]:
        before = doc[start - 1]
        assert not (before.is_alpha and "\n" not in before.whitespace_), doc[start:].text
    assert doc[starts[1]].text == "On"
