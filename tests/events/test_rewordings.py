"""Rewordings that must not change who did what to whom (benchmarks/perturb.py finds them on
the PLV dev half): a wire dateline, an attribution before or after the sentence, a relative
clause after the subject. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2018, 6, 30)


def _coded(coder, text: str) -> list[tuple[str, str, str, str]]:
    return [(e.source, e.plover, e.target, e.modality) for e in coder.code_text(text, DAY)]


def _has(coder, text: str, source: str, root: str, target: str) -> None:
    events = _coded(coder, text)
    assert any(
        s.startswith(source) and p == root and t.startswith(target) for s, p, t, _ in events
    ), events


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Officials said Belgium last week announced a suspension of aid to Burundi.",
         "BEL", "SANCTION", "BDI"),
        ("Officials said Morocco last week announced a suspension of contacts with Germany.",
         "MAR", "SANCTION", "DEU"),
        ("Officials said Mugabe, so far, has refused to send troops to Congo.",
         "ZWE", "REJECT", "COD"),
    ],
)  # fmt: skip
def test_the_subject_of_a_clause_said_keeps_its_verb_across_a_time(
    coder, text, source, root, target
):
    """ "said Belgium last week announced": a time or an aside between the subject said
    and its verb does not make the subject the object of "said"."""
    _has(coder, text, source, root, target)


def test_a_noun_said_with_no_clause_after_it_stays_the_object(coder):
    """ "said a few words": no clause follows the noun, nothing to give it a verb."""
    doc = coder.nlp("The envoy said a few words on Monday before he left Kabul.")
    words = next(t for t in doc if t.lower_ == "words")
    assert words.dep_ == "dobj" and words.head.lower_ == "said"


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("KABUL (Reuters) - On 5 March 2019 Afghanistan's Supreme Court rejected an appeal "
         "lodged by Pakistan.", "AFG", "REJECT", "PAK"),
        ("NAIROBI (AP) - On 3 May 2016 Kenya's High Court rejected an appeal lodged by "
         "Somalia.", "KEN", "REJECT", "SOM"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_part_of_the_sentence_after_it(coder, text, source, root, target):
    """The blanked dateline is set apart as its own sentence: the rules that read how a
    sentence opens ("On 5 March 2019 Afghanistan's court …": a date with no comma) see the
    sentence's own first words."""
    _has(coder, text, source, root, target)
    doc = coder.nlp(coder.tagger.prepare(text))
    first = next(t for t in doc if not t.is_space)
    assert first.is_sent_start


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Putin will meet Erdogan in Ankara next week, a spokesman said.", True),
        ("Macron will host Kenyatta in Paris on Friday, officials said.", True),
        # a speaker named as the other side's: its word on what Putin will do is no pledge
        ("Putin will meet Erdogan in Ankara next week, a Turkish spokesman said.", False),
    ],
)
def test_an_unnamed_speaker_is_no_sign_of_the_other_side(coder, text, intent):
    """ "…, a spokesman said": bare officials or a spokesman, read as the side named last in
    the sentence, may speak for either side; the meeting announced is still the host's
    intent (036), as with no attribution."""
    events = _coded(coder, text)
    assert any(p == "AGREE" and m == "asserted" for _, p, _, m in events) is intent, events


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Norway, which made headlines last year, reduced military aid to Uganda by $20 "
         "million.", "NOR", "SANCTION", "UGA"),
        ("The Netherlands, which chaired the talks, cut development aid to Mali by $5 million.",
         "NLD", "SANCTION", "MLI"),
    ],
)  # fmt: skip
def test_a_relative_aside_after_the_subject_leaves_the_verb_a_verb(
    coder, text, source, root, target
):
    """ "Norway, which …, reduced military aid to Uganda": the model reads "reduced" as a
    participle of "aid" once an aside stands before it; parsed without the aside, the
    sentence has its verb."""
    _has(coder, text, source, root, target)


def test_let_free_read_as_an_adjective_still_releases(coder):
    """ "let free 40 Somali fishermen": "free" parsed as an adjective of the object."""
    _has(coder, "NAIROBI (AP) - Kenya let free 40 Somali fishermen.", "KEN", "RETREAT", "SOM")


def test_a_closing_relative_clause_read_as_the_root_is_a_clause_of_the_noun(coder):
    """ "…, that will crush the traitors": the parser made the relative clause the root and
    the act told first its complement, so the mobilizing read as a pledge of what "will"
    come; a root whose subject is a relative word after a comma is a clause of the noun
    before the comma, and the act is told as done."""
    text = (
        "On Tuesday, King Faisal mobilized the army for a war against the rebels, that will "
        "crush the traitors."
    )
    events = _coded(coder, text)
    assert any(p == "MOBILIZE" and m == "asserted" for _, p, _, m in events), events
    assert not any(p == "THREATEN" for _, p, _, _ in events), events


@pytest.mark.parametrize(
    "dateline", ["BEIJING/CANBERRA, Nov 28 (wire) - ", "DUBAI/WASHINGTON (Reuters) - "]
)
def test_a_dateline_of_places_joined_by_a_slash_is_blanked(coder, dateline):
    """A story reported from two places names both ("DUBAI/WASHINGTON"): the whole line is a
    dateline, and its date does not date the act ("on Friday" of a Saturday's dateline)."""
    text = dateline + "China imposed anti-dumping duties of up to 212 percent on Australian wine "
    text += "on Friday."
    assert coder.tagger.prepare(text).text.startswith(" " * len(dateline))
    events = coder.code_text(text, dt.date(2020, 11, 30))
    assert [(e.source_country, e.target_country, str(e.date)) for e in events] == [
        ("CHN", "AUS", "2020-11-27")
    ]


def test_blanked_dateline_is_no_sentence_of_the_story(coder):
    from detente.models import Document

    text = (
        "KABUL (Reuters) - Pakistan closed the Torkham crossing on Monday. "
        "Afghanistan protested the closure."
    )
    coder.stats.sentences = 0
    events = next(iter(coder.code([Document("d", DAY, text)])))[1]
    assert coder.stats.sentences == 2
    assert {e.sentence_id for e in events} <= {0, 1}
