"""Rules found on a Kyiv weekly's analysis of Ukraine and Hungary from September 2017 to
October 2018, machine-translated from the Ukrainian
(tests/data/articles/2018-10-08-berehove-consuls.txt). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2018, 10, 8)


def _coded(coder, text, day=DAY):
    return {(e.source_country, e.target_country, e.cameo[:2]) for e in coder.code_text(text, day)}


@pytest.mark.parametrize(
    "text",
    [
        "The Venice Commission of the Council of Europe on Friday urged Ukraine to amend the law.",
        "The Venice Commission urged Poland to drop the reform of its courts.",
    ],
)
def test_the_venice_commission_is_the_council_of_europe(coder, text):
    """The Council of Europe's advisory body on constitutions sits in Venice but speaks for
    no Italian: "the Venice Commission urged Ukraine" had been ITA->UKR 02 (a REQUEST)."""
    got = {(e.source_country, e.plover) for e in coder.code_text(text, DAY)}
    assert ("COE", "REQUEST") in got
    assert not any(s == "ITA" for s, _ in got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Klimkin said that the secret issuing of passports on the territory of Ukraine "
            "is unacceptable.",
            "UKR",
        ),
        ("Klimkin said that the issuing of foreign passports in Ukraine is unacceptable.", "UKR"),
        ("Lavrov condemned the shelling of villages in Russia.", "RUS"),
    ],
)
def test_ones_own_ground_is_where_the_wrong_was_done(coder, text, speaker):
    """A side that condemns what was done on its own soil does not condemn itself: the
    country is only the place ("the issuing of passports on the territory of Ukraine is
    unacceptable", said by the Ukrainian minister, had been UKRGOV->UKR 111)."""
    got = _coded(coder, text)
    assert not any(s == speaker and t == speaker for s, t, _ in got)


def test_someone_on_ones_own_ground_may_still_be_struck(coder):
    """Only a thing done there is placed: a person there may be the side's own foe."""
    got = _coded(coder, "Hezbollah fighters killed a commander of the militia in southern Lebanon.")
    assert any(t == "LBN" for _, t, _ in got)


def test_a_foreign_place_of_the_wrong_still_stands(coder):
    got = _coded(
        coder,
        "The Russian minister said that the secret issuing of passports on the territory of "
        "Ukraine is unacceptable.",
    )
    assert ("RUS", "UKR", "11") in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In December 2017 Hungary blocked the meeting of the NATO-Ukraine Commission at "
            "the level of the ministers of foreign affairs.",
            ("HUN", "UKR"),
        ),
        ("Russia blocked the meeting of the foreign ministers with Georgia.", ("RUS", "GEO")),
    ],
)
def test_a_meeting_of_states_blocked_is_talks_refused(coder, text, pair):
    """A commission's or ministers' meeting blocked is a meeting refused (12), no rally
    banned (1721, coercion)."""
    got = _coded(coder, text)
    assert (*pair, "12") in got
    assert not any(root == "17" for _, _, root in got)


def test_a_meeting_of_the_opposition_blocked_stays_a_ban(coder):
    got = _coded(coder, "Belarusian police blocked a meeting of the opposition in Minsk.")
    assert any(root == "17" for _, _, root in got)


@pytest.mark.parametrize(
    "text",
    [
        "Szijjártó the next day announced that Hungary will block every step of Ukraine towards "
        "the European integration.",
        "Szijjártó said Hungary would veto Ukraine's accession to NATO.",
        "He added that Budapest will further block the meetings of the NATO-Ukraine Commission, "
        "as long as Kyiv does not restore the rights of the Hungarian minority.",
    ],
)
def test_an_obstruction_told_ahead_is_a_threat(coder, text):
    """A veto or block one's own side announces is a threat made the day it is said (as a
    sanction announced is), aimed at the side whose course it bars."""
    asserted = {
        (e.source_country, e.target_country, e.cameo[:2])
        for e in coder.code_text(text, DAY)
        if e.modality == "asserted"
    }
    assert ("HUN", "UKR", "13") in asserted


def test_a_rejection_told_ahead_stays_no_threat(coder):
    got = _coded(coder, "Russia said it would reject the proposal of Japan.")
    assert not any(root == "13" for _, _, root in got)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            '"If Ukraine expels our consul, we will respond immediately," warned the Hungarian '
            "minister.",
            ("HUN", "UKR"),
        ),
        ('"Russia will pay a heavy price," warned the British foreign secretary.', ("GBR", "RUS")),
    ],
)
def test_the_speaker_after_a_closing_quote_warns(coder, text, pair):
    """'"…," warned the Hungarian minister': the noun after the verb that closes a quotation
    is who speaks, not who is warned (the minister had been the target, with no source)."""
    got = _coded(coder, text)
    assert (*pair, "13") in got


_FLASHBACK = (
    "Its beginning was laid on 5 September 2017, when the Verkhovna Rada adopted the new law "
    "on education.\n\nThe reaction of Budapest did not make itself wait. "
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Already in September the Hungarian foreign minister Péter Szijjártó condemned "
            "Ukraine.",
            dt.date(2017, 9, 1),
        ),
        (
            "After President Petro Poroshenko on 25 September signed the law, Hungary the next "
            "day condemned Ukraine.",
            dt.date(2017, 9, 26),
        ),
    ],
)
def test_a_paragraph_with_no_year_goes_on_in_the_year_before(coder, text, day):
    """A paragraph that names no year of its own goes on in the year the paragraph before it
    went back to: "… on 5 September 2017 … ¶ Already in September …" is September 2017, not
    the September before publication (2018); "the next day" after "on 25 September" so too."""
    events = coder.code_text(_FLASHBACK + text, DAY)
    assert {e.date for e in events if e.cameo[:2] == "11"} == {day}


def test_a_paragraph_naming_its_year_keeps_it(coder):
    text = _FLASHBACK + "\n\nIn 2018 the tone changed. In September Hungary condemned Ukraine."
    events = coder.code_text(text, DAY)
    assert {e.date for e in events if e.cameo[:2] == "11"} == {dt.date(2018, 9, 1)}
