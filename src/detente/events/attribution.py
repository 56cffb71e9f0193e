"""Who says so: the speaker of the clause an event is reported in.

News reports events in the words of others. Whose words they are decides what the sentence
asserts: "the Kremlin said Putin will meet Trump" is Russia's own announcement (an intent,
as CAMEO codes it), "some Western media wrote that Trump and Putin will meet" is a rumour
about them (no one's intent), and "Trump wrote on Twitter that Crimea was taken by Russia"
is Trump's accusation, not a fact about Russia.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.grammar import reported_before, subject_of
from detente.events.modality import SPEECH

# Speech verbs that put a claim in the speaker's mouth ("tweeted that", "claimed that").
CLAIMS = SPEECH - {"report", "quote", "cite", "remind", "warn", "explain", "suggest"} | {
    "allege",
    "charge",
    "post",
}
# Speakers whose word on what others will do is hearsay or forecast, not an announcement.
HEARSAY = {
    "media", "medium", "press", "newspaper", "paper", "tabloid", "outlet", "report", "analyst",
    "expert", "observer", "commentator", "pundit", "columnist", "blogger", "rumour", "rumor",
    "speculation", "insider", "journalist", "correspondent", "television", "tv", "radio",
    "channel", "broadcaster", "daily", "magazine", "website", "portal", "blog",
    # unnamed sources ("according to sources in Tbilisi, X will discuss …", "X will visit
    # Ankara, diplomatic sources said"): they pass on what a side may do, they do not speak
    # for it as its own official does
    "source",
}  # fmt: skip
_SAYING = SPEECH | CLAIMS
# Verbs that pass on what others say: with a speaker we cannot place, hearsay.
HEARSAY_VERBS = {"report", "write", "speculate", "predict", "forecast", "rumour", "rumor"}
# Conflict roots: a quoted act of these kinds, told by the other side, is an accusation.
CONFLICT_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
# ... and a law or norm broken: "said Indian jets violated its airspace" (128) accuses India.
VIOLATIONS = frozenset({"128"})
# Of those, the acts whose telling by another side charges the doer: not a cut in relations,
# which the side it is aimed at announces as news ("Saudi Arabia has recalled its ambassador
# to Sweden, the Swedish foreign ministry said" accuses no one).
CHARGED_ROOTS = CONFLICT_ROOTS - {"16"}


# Speakers who stand for a party (a name, or one office): their claims are their own.
# "…, military sources said" or "witnesses said" is how news attributes, not a party's claim.
PARTY_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "ministry", "minister", "president",
    "government", "secretary", "ambassador", "envoy", "premier", "chancellor", "leader",
    # translated "the official representative of the ministry" (a spokesperson)
    "representative",
}  # fmt: skip


def speaks_for_a_party(speaker: Token) -> bool:
    """``speaker`` is a named party or one office holder, not anonymous attribution; or a
    side with its owner named on it, as translations from Asian languages call a government
    ("the Cambodian side said that Thai troops had crossed the line", "the Chinese side")."""
    return (
        speaker.tag_ in ("NNP", "NNPS")
        or speaker.lemma_.lower() in PARTY_ROLES
        or (
            speaker.lemma_.lower() == "side"
            and any(c.dep_ in ("amod", "compound", "poss") for c in speaker.children)
        )
        or _writer_of_paper(speaker)
    )


# Papers a side sends, in whose words it speaks: "sent a letter to the council, in which it
# said that …", "a note in which they wrote that …".
_PAPERS = frozenset({"letter", "note", "statement", "message", "communique", "memorandum"})


def _writer_of_paper(speaker: Token) -> bool:
    """``speaker`` is a pronoun that speaks in a relative clause of a paper sent ("the Thai
    side sent a letter, in which it said that Cambodia had fired first"): the sender, a party
    as much as when it is named."""
    clause = speaker.head
    return (
        speaker.pos_ == "PRON"
        and speaker.dep_ == "nsubj"
        and clause.dep_ == "relcl"
        and clause.head.lemma_.lower() in _PAPERS
    )


def speech_verb(word: Token) -> Token | None:
    """The speech verb whose clause holds ``word`` ("said that … <word>"), nearest first; not
    one whose speaker's own phrase holds it ("Abadi, who has been under pressure from
    Washington, said …": the pressure is told by the text, not by Abadi)."""
    below = word
    for tok in word.ancestors:
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.lemma_.lower() in _SAYING
            and below.dep_ not in ("nsubj", "nsubjpass")
            and not _trailing(below, tok)
            and not _joined_clause(below, tok)
        ):
            return tok
        below = tok
    clause = next((t for t in [word, *word.ancestors] if t.dep_ == "ROOT"), word)
    for tok in clause.children:  # "X will visit Y, an official said"
        if tok.dep_ in ("parataxis", "ccomp") and tok.lemma_.lower() in _SAYING:
            if tok.i > word.i:
                return tok
    return None


def _joined_clause(clause: Token, verb: Token) -> bool:
    """``clause`` is a clause of its own joined to the speech verb by "and" ("the EU said it
    had suspended aid, and the United States warned …"): told beside what was said, not in
    it."""
    return clause.dep_ == "conj" and clause.head.i == verb.i and clause.pos_ in ("VERB", "AUX")


def _trailing(clause: Token, verb: Token) -> bool:
    """``clause`` trails a wire attribution ("…, the ministry said, as the group kept up its
    attacks", "…, the army said, killing 12"): the writer's own narration or the reported
    act's result, not what the speaker says."""
    return clause.dep_ == "advcl" and clause.i > verb.i and reported_before(verb) is not None


def speaker_of(word: Token, verb: Token | None) -> Token | None:
    """The head of the speaker's phrase: the subject of ``verb`` (the speech verb of
    ``word``'s clause, from :func:`speech_verb`), or the object of "according to" in the
    sentence; None when the text says it in its own voice."""
    if verb is not None:
        return subject_of(verb)
    for tok in word.sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return None


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def in_quotation(word: Token) -> bool:
    """``word`` stands inside quotation marks: an odd number of marks opens its sentence
    before it ('"Russia violates the treaty," Pompeo said': the speaker's own words)."""
    return sum(t.text in _QUOTE_MARKS for t in word.doc[word.sent.start : word.i]) % 2 == 1
