"""The political parties table (``parties.tsv``): it parses, every alias is a party of one
country with sector PTY, no alias takes another table's, none is an ordinary English word,
and a party named in a sentence is coded as its country's party."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.actors.dictionary import ActorDictionary, load_file

FOLDER = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "actors"
PARTIES = FOLDER / "parties.tsv"
BOOK = load_file(PARTIES)

# Words a multi-word alias may end in that make it a name, not a phrase of running text
# ("Democratic Alliance", "Republican Party", "Five Star Movement").
PARTY_NOUNS = frozenset({
    "party", "movement", "front", "alliance", "congress", "league", "union", "coalition",
    "platform", "federation", "committee", "bloc", "list", "appeal", "organisation",
    "organization", "roundtable", "fighters", "forum",
})  # fmt: skip
# One-word aliases the model's word tables list only as the name of this very party.
PROPER_NAMES = frozenset({"gop", "kuomintang"})
# Names in other languages whose words the model's tables also list ("fur", "gael", "viva",
# "plaid", "marche", "torah"): no phrase of English running text.
FOREIGN_NAMES = frozenset({
    "Alternative fur Deutschland", "En Marche", "Fine Gael", "Italia Viva", "N-VA",
    "Plaid Cymru", "United Torah Judaism",
})  # fmt: skip


def _others() -> ActorDictionary:
    book = ActorDictionary()
    for path in sorted(FOLDER.glob("*.tsv")):
        if path != PARTIES:
            load_file(path, into=book)
    return book


def test_the_table_parses_into_parties_of_one_country():
    entries = [e for found in BOOK.aliases.values() for e in found]
    assert {(e.sector, e.kind) for e in entries} == {("PTY", "group")}
    assert all(e.code == "EU" or (len(e.code) == 3 and e.code.isupper()) for e in entries)
    assert all(not e.name.lower().startswith("the ") for e in entries)
    assert len({e.code for e in entries}) >= 70
    assert len(BOOK.aliases) >= 500
    shared = {alias for alias, found in BOOK.aliases.items() if len({e.code for e in found}) > 1}
    assert shared == set()


def test_no_alias_takes_another_tables():
    others = _others()
    taken = sorted(a for a in BOOK.aliases if a in others.aliases or a in others.agents)
    assert taken == []


def test_no_alias_is_an_english_word(coder):
    words = coder.tagger.lexicon.words
    loaded = coder.tagger.book
    tokenizer = coder.tagger.tokenizer
    plain = []
    for alias in sorted(BOOK.surfaces):
        tokens = [t.text.lower() for t in tokenizer(alias) if t.is_alpha]
        if not tokens:  # "D66", "M5S"
            continue
        if len(tokens) == 1 and alias.lower() == tokens[0]:
            # a word, unless it only matches in capitals (ALP, EFF, SNP)
            if tokens[0] in words and tokens[0] not in PROPER_NAMES:
                if alias not in loaded.case_sensitive:
                    plain.append(alias)
        if (
            len(tokens) > 1
            and all(t in words for t in tokens)
            and not PARTY_NOUNS & set(tokens)
            and alias not in FOREIGN_NAMES
        ):
            # a phrase of English words must hold a name of another table ("United Russia",
            # "ACT New Zealand")
            padded = f" {alias} "
            if not any(f" {name} " in padded for name in _NAMES):
                plain.append(alias)
    assert plain == [], "\n".join(plain)


_NAMES = {s for s in _others().surfaces if s[:1].isupper() and s.lower() not in PARTY_NOUNS}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("South Africa's ANC condemned Israel over the strikes.", ("ZAF", "PTY")),
        ("The BJP accused Pakistan of sponsoring terrorism.", ("IND", "PTY")),
        ("Germany's SPD criticised the Chinese government.", ("DEU", "PTY")),
        ("Turkey's main opposition CHP accused the government of corruption.", ("TUR", "PTY")),
        ("The Kuomintang criticised Beijing over the drills.", ("TWN", "PTY")),
        ("The GOP accused China of unfair trade.", ("USA", "PTY")),
    ],
)
def test_a_party_is_coded_as_its_countrys_party(coder, text, source):
    found = {
        (e.source_country, e.source_sector)
        for e in coder.code_text(text, dt.date(2024, 5, 1))
        if e.is_fact
    }
    assert source in found, found


def test_acronyms_that_are_words_match_only_in_capitals(coder):
    def actors(text: str) -> list[str]:
        doc = coder.tagger.tokenizer(text)
        return [s.text for s in coder.tagger.find(doc) if s.label_ == "ACTOR"]

    assert actors("The ALP and the EFF met the SNP.") == ["ALP", "EFF", "SNP"]
    assert actors("They climbed an alp, and eff was all he said about the snp.") == []


def _coded(coder, text: str) -> set[tuple[str, str, str, str, str]]:
    return {
        (e.source_country, e.source_sector, e.target_country, e.target_sector, e.cameo_root)
        for e in coder.code_text(text, dt.date(2024, 5, 1))
        if e.is_fact
    }


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # two parties of one country are two actors, not one actor with itself
        ("The ANC accused the Democratic Alliance of stoking division.",
         ("ZAF", "PTY", "ZAF", "PTY", "11")),
        ("The BJP accused the Congress party of insulting the army.",
         ("IND", "PTY", "IND", "PTY", "11")),
        ("The ANC and the Democratic Alliance met in Cape Town on Monday.",
         ("ZAF", "PTY", "ZAF", "PTY", "04")),
        # parties clash in words, as governments do
        ("Likud clashed with Yesh Atid over the budget.", ("ISR", "PTY", "ISR", "PTY", "11")),
        # a party and its country's government
        ("Turkey's main opposition CHP accused the government of corruption.",
         ("TUR", "PTY", "TUR", "GOV", "11")),
    ],
)  # fmt: skip
def test_parties_act_on_each_other(coder, text, fact):
    assert fact in _coded(coder, text)
