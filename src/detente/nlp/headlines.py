"""Parse headlines written in the headline present ("U.S. fires missiles at Syrian base").

The small English model learnt from running text. In a headline whose verb is in the present
with an -s ("fires", "sanctions", "releases", "attacks") it often reads that verb as a plural
noun and the whole line as one noun phrase, so no event is found. :func:`reparse` finds such a
sentence (its root is no verb), parses it again with the verb in the past ("fired"), which
the model reads as a verb, and copies that parse onto the original tokens. Text, tokens and
character offsets never change; only tags, lemmas, the dependency tree and entities do.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span, Token

_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
_NONE: Mapping[int, str] = MappingProxyType({})
_VERB_POS = ("VERB", "AUX")
_FINITE = ("VBD", "VBP", "VBZ", "MD")
_SUBJECT_POS = ("NOUN", "PROPN", "ADJ", "NUM")
# Verbs a headline gives in the base form after a plural or group name, which the tagger reads
# as adjectives or nouns: "Taliban free two American hostages", "Rebels release captives".
_BASE_FORM = frozenset({"free", "release", "expel", "deport", "detain", "arrest"})
# Past tenses that do not add -ed, of verbs news headlines use.
IRREGULAR = {
    "say": "said", "meet": "met", "send": "sent", "hold": "held", "tell": "told",
    "give": "gave", "take": "took", "make": "made", "seek": "sought", "lead": "led",
    "win": "won", "strike": "struck", "shoot": "shot", "bring": "brought", "sell": "sold",
    "buy": "bought", "fight": "fought", "keep": "kept", "leave": "left", "see": "saw",
    "set": "set", "hit": "hit", "put": "put", "cut": "cut", "quit": "quit", "begin": "began",
    "break": "broke", "speak": "spoke", "freeze": "froze", "throw": "threw", "swear": "swore",
    "draw": "drew", "withdraw": "withdrew", "forgive": "forgave", "overthrow": "overthrew",
    "undertake": "undertook", "oversee": "oversaw", "upset": "upset", "bid": "bid",
    "shut": "shut", "spend": "spent", "lose": "lost", "pay": "paid", "lay": "laid",
    "flee": "fled", "feel": "felt", "hear": "heard", "find": "found", "get": "got",
    "run": "ran", "come": "came", "go": "went", "stand": "stood", "sit": "sat", "rise": "rose",
    "fly": "flew", "sink": "sank", "seize": "seized", "beat": "beat", "bind": "bound",
    "shake": "shook", "forbid": "forbade", "arise": "arose", "write": "wrote", "ride": "rode",
}  # fmt: skip
# Verbs of more than one syllable that double their last consonant ("expelled").
_DOUBLING = {
    "admit", "commit", "compel", "control", "patrol", "expel", "repel", "rebut", "refer",
    "prefer", "transfer", "deter", "occur", "equip", "submit", "acquit", "permit", "regret",
    "abet", "incur", "propel", "dispel", "outstrip", "remit", "omit", "confer", "defer",
}  # fmt: skip
_VOWELS = set("aeiou")


def past_tense(lemma: str) -> str:
    """The simple past of a verb lemma ("fire" → "fired", "ban" → "banned")."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    short_cvc = (
        len(lemma) <= 4
        and len(lemma) >= 3
        and lemma[-1] not in _VOWELS | set("wxy")
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )
    if short_cvc or lemma in _DOUBLING:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _stems(word: str) -> list[str]:
    """Lemmas an -s form may come from: "fires" → fire, "attacks" → attack, "bars" → bar,
    "seizes" → seize, "carries" → carry."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def _joins_names(tok: Token, named: Collection[int]) -> bool:
    """``tok`` is the "and" between two actor names ("U.S. and Russia")."""
    return (
        tok.lower_ == "and"
        and tok.i + 1 < len(tok.doc)
        and tok.nbor(-1).i in named
        and tok.nbor(1).i in named
    )


def _after_joined_names(tok: Token, named: Collection[int]) -> bool:
    """``tok`` follows two or more actors joined by "and", a plural subject after which a
    headline's verb is in its base form ("Japan and U.S. vow", "U.S. and Russia trade")."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and i in named:
        i -= 1  # back over the last name
    return i > 0 and _joins_names(doc[i], named)


def headline_verb(
    sent: Span,
    is_verb: Callable[[str], bool],
    named: Collection[int] = (),
    countries: Mapping[int, str] = _NONE,
) -> tuple[Token, str] | None:
    """The present-tense verb a verbless sentence hides, with its lemma: the first -s word
    after the subject's first word whose stem ``is_verb`` ("U.S. fires missiles"), not a
    word that names an actor (``named`` token indices: "Russian forces shell …"; their
    countries in ``countries``)."""
    root = sent.root
    if len(sent) < 3:
        return None
    candidates = sent[1:]
    title = title_before_snippet(sent)
    if title is not None:
        candidates = title[1:]  # "trump hosts colombia's santos ; they discussed …"
    elif root.pos_ in _VERB_POS and root.tag_ in _FINITE:
        # only "Mexican president cancels visit to Washington" read with "cancels" as the
        # subject of "visit": the -s word just before the root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        # ... or read as an auxiliary the tagger took for a plural noun ("Pena Nieto cancels
        # visit to Washington", "cancels" an auxiliary of "visit")
        subject = next((c for c in root.children if c.dep_ == "aux" and c.tag_ == "NNS"), subject)
        if subject is None or subject.i != root.i - 1 or subject.i == sent.start:
            return None
        candidates = sent[subject.i - sent.start : subject.i - sent.start + 1]
    for tok in candidates:
        word = tok.lower_
        if _joins_names(tok, named):
            continue  # "U.S. and Russia …": still the subject
        if tok.pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ", "DET"):
            return None  # past the subject
        if tok.pos_ not in _VERB_POS and tok.nbor(-1).i in named:
            if word in _BASE_FORM:
                return tok, word  # "Houthis free Saudi prisoners"
            if _after_joined_names(tok, named) and is_verb(word):
                return tok, word  # "U.S. and Russia trade accusations"
        if (
            not word.endswith("s")
            or len(word) < 4
            or tok.i in named
            or tok.nbor(-1).pos_ not in _SUBJECT_POS
        ):
            continue
        for stem in _stems(word):
            if is_verb(stem) and (title is None or _between_sides(title, tok, countries)):
                return tok, stem
    return None


def _between_sides(title: Span, verb: Token, countries: Mapping[int, str]) -> bool:
    """A headline before its snippet names a side before its verb and one of another country
    after it ("putin hosts turkey's erdogan"): read again only for an act between two
    countries, not for a line of home news ("jury sentences roof to death ; …", "nunes briefs
    trump on surveillance ; …", "hulu releases a series ; …")."""
    before = {countries[i] for i in range(title.start, verb.i) if i in countries}
    after = {countries[i] for i in range(verb.i + 1, title.end) if i in countries}
    return bool(before and after - before)


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def title_before_snippet(sent: Span) -> Span | None:
    """The headline of a line that runs a headline and its snippet into one sentence with a
    semicolon, when the model found no clause in it ("trump hosts colombia's santos at the
    white house ; they discussed venezuela", "hosts" read as a plural noun hung on the
    snippet's verb): the words before the semicolon, the snippet's verb being the root.
    None when the sentence has no such semicolon or the headline has a verb with a
    subject."""
    semicolon = next((t for t in sent if t.text == ";"), None)
    if semicolon is None or semicolon.i < sent.start + 3 or sent.root.i < semicolon.i:
        return None
    title = sent.doc[sent.start : semicolon.i]
    if any(t.pos_ in _VERB_POS and _has_subject(t) for t in title):
        return None
    return title


def _clause_of_its_own(tok: Token, first: Token) -> bool:
    """In a new reading, ``tok`` is the sentence's root, or, as a headline's verb read
    before a semicolon (``first`` its first reading), a verb with a subject of its own."""
    return tok.dep_ == "ROOT" or (
        title_before_snippet(first.sent) is not None and tok.pos_ in _VERB_POS and _has_subject(tok)
    )


# Participles of holding and taking that headlines put before the people or things a verb
# acts on ("Iran frees detained US sailors", "Rebels release kidnapped engineers", "Germany
# returns looted bronzes"): right after the verb they describe its object.
_HELD = frozenset({
    "detained", "jailed", "imprisoned", "kidnapped", "abducted", "captured", "arrested",
    "seized", "hijacked", "looted", "stolen", "confiscated", "held", "impounded",
})  # fmt: skip


def _orphaned(root: Token, variant: Doc) -> bool:
    """The first reading's finite root verb heads, in ``variant``, a clause with no
    subject of its own (not a participle of holding right after the verb: "Iran freed
    detained sailors"); "NATO allies backed the decision" read as "NATO allied (while)
    backed the decision" leaves "backed" a subjectless adverbial clause."""
    again = variant[root.i]
    return (
        root.pos_ in _VERB_POS
        and root.tag_ in _FINITE
        and again.pos_ in _VERB_POS
        and again.dep_ in ("ccomp", "xcomp", "conj", "advcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in again.children)
        and not (again.lower_ in _HELD and again.i == again.head.i + 1)
    )


# Labels of a news feed's criticism, fiction and games ("Review: A Spy Novel in Which Moscow
# Attacks Washington", "Book Review: …", "Recipe: …"): what follows tells a story or a dish.
# Labels of its opinion pages ("Opinion: China Will Call Trump's Bluff", "Op-Ed: …",
# "Editorial: …", "Letters: …"): what follows is a writer's view, not a report of an act.
GENRE_LABELS = frozenset({
    "review", "book review", "movie review", "film review", "theater review",
    "theatre review", "music review", "dance review", "art review", "opera review",
    "tv review", "television review", "critic's notebook", "critic's pick", "recipe",
    "recipes", "crossword", "quiz", "puzzle", "fiction", "short story", "poem",
    "opinion", "op-ed", "editorial", "letters", "letter", "column", "commentary", "essay",
})  # fmt: skip
_LABEL_WORDS = 3


def genre_lines(doc: Doc) -> set[int]:
    """Token indices of the lines a genre label opens ("Review: …" up to the line's end)."""
    inside: set[int] = set()
    start = 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            start = tok.i + 1
            continue
        if tok.text not in (":", "|") or not 0 < tok.i - start <= _LABEL_WORDS:
            continue
        label = " ".join(t.lower_ for t in doc[start : tok.i]).replace(" 's", "'s")
        label = label.replace(" - ", "-")
        if label in GENRE_LABELS:
            end = next((t.i for t in doc[tok.i :] if t.is_space and "\n" in t.text), len(doc))
            inside.update(range(start, end))
    return inside


def _name_run(doc: Doc, start: int, named: Collection[int]) -> int:
    """The index after the run of actor tokens from ``start``."""
    end = start
    while end < len(doc) and end in named:
        end += 1
    return end


def listing_commas(doc: Doc, named: Collection[int]) -> list[Token]:
    """Commas a headline puts for "and" between two names that open it and act together:
    "Trump, Putin agree to join forces", "Russia, China veto U.N. resolution" (not an
    apposition: "Putin, Trump's ally, says …"; not a name after an opening phrase)."""
    commas = []
    for sent in doc.sents:
        first = _name_run(doc, sent.start, named)
        if first == sent.start or first >= sent.end - 2 or doc[first].text != ",":
            continue
        second = _name_run(doc, first + 1, named)
        if second == first + 1 or second >= sent.end:
            continue
        after = doc[second]
        if after.is_alpha and after.i not in named:
            commas.append(doc[first])
    return commas


_SPEAKER_WORDS = 6  # at most this many words name a headline's speaker before the colon


# Words that tell where a headline's speaker spoke: "tillerson in kiev: russia must …".
_SPOKEN_IN = frozenset({"in", "at"})


def _where_spoken(word: Token, named: Collection[int]) -> bool:
    """``word`` is "in" or "at" between an actor's name and a named place."""
    doc = word.doc
    return (
        word.lower_ in _SPOKEN_IN
        and 0 < word.i < len(doc) - 1
        and word.i - 1 in named
        and word.i + 1 in named
    )


def speaker_colon(doc: Doc, named: Collection[int]) -> list[Token]:
    """The colons that stand for "said" after a headline's speaker: "Putin: Russia will
    respond to NATO", "china: u.s. must stop patrols", "tillerson in kiev: russia must take
    the first step" (where the speaker spoke may stand between). The words before the colon,
    from the start of the text or of a line, are all an actor's name, and a clause follows; a topic
    ("Trump's Travel Ban: What to Know", "Review: …") names no actor and is left alone."""
    colons = []
    for tok in doc:
        if tok.text != ":" or tok.i == 0 or tok.i + 3 >= len(doc):
            continue
        start = tok.i
        while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].text:
            start -= 1
            if doc[start].is_punct and doc[start].text not in (".",):
                break
        speaker = doc[start : tok.i]
        if 0 < len(speaker) <= _SPEAKER_WORDS and all(
            t.i in named or _where_spoken(t, named) for t in speaker
        ):
            if any(t.is_alpha for t in doc[tok.i + 1 : tok.i + 4]):
                colons.append(tok)
    return colons


def as_is(doc: Doc) -> Doc:
    """``doc`` unchanged (no entity pipes to run on a reading kept)."""
    return doc


def reparse(
    doc: Doc,
    parse: Callable[[Doc], Doc],
    verbs: Collection[str],
    named: Collection[int],
    entities: Callable[[Doc], Doc] = as_is,
    countries: Mapping[int, str] = _NONE,
) -> Doc:
    """``doc`` with each verbless headline sentence parsed again with its verb in the past
    (see the module docstring), and each speaker's colon read as "said" ("Putin: Russia will
    respond" as "Putin said Russia will respond"); ``parse`` runs the model's pipes on a new
    Doc; ``named``: indices of actor tokens. ``entities`` runs the pipes that find entities,
    when ``parse`` leaves them out: only on a reading that is kept; ``countries``: the
    country of each actor token, for a headline run into its snippet (see
    :func:`title_before_snippet`)."""
    colons = speaker_colon(doc, named)
    commas = listing_commas(doc, named)
    found = [
        hit
        for sent in doc.sents
        if (hit := headline_verb(sent, verbs.__contains__, named, countries))
    ]
    found = [(tok, stem) for tok, stem in found if not any(c.i < tok.i for c in colons)]
    if not found and not colons and not commas:
        return doc
    words = [t.text for t in doc]
    for comma in commas:
        words[comma.i] = "and"
    for tok, stem in found:
        past = past_tense(stem)
        words[tok.i] = past.capitalize() if tok.text[:1].isupper() else past
    for colon in colons:
        words[colon.i] = "said"
    fresh = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    for tok in doc[1:]:
        # the sentences stay as first read: a title ends at its line, a blanked dateline is
        # no part of the sentence after it, and a sentence after a title changed is not cut
        # ("Azerbaijan, Armenia agree ceasefire" read with "and": its first body sentence
        # "Armenia and Azerbaijan agreed …" had been split after "Armenia")
        fresh[tok.i].is_sent_start = bool(tok.is_sent_start)
    variant = parse(fresh)
    if not all(_clause_of_its_own(variant[tok.i], tok) for tok, _ in found):
        return doc  # the model does not read it as the main verb: keep its first reading
    if any(variant[c.i].dep_ != "ROOT" or variant[c.i].pos_ != "VERB" for c in colons):
        return doc  # no saying read: keep the first reading
    if any(variant[c.i].dep_ != "cc" for c in commas):
        return doc  # the two names are not read as one subject
    if any(_orphaned(tok.sent.root, variant) for tok, _ in found):
        # "Gulf states condemned Iran" read as "Gulf stated (that) condemned Iran": the
        # first reading's verb left a clause with no subject, so the -s word was its
        # subject's plural head ("Western powers urged", "member states agreed")
        return doc
    doc.from_array(_ATTRS, entities(variant).to_array(_ATTRS))
    return doc
