"""A state named again by a descriptor ("the South American country", "the Gulf emirate",
"the former Soviet republic"): the last state of that region named before it
(actors/regions, resolve._described_again)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 4, 8)


def _pairs(coder, text):
    return {(e.source_country, e.target_country, e.cameo) for e in coder.code_text(text, DAY)}


@pytest.mark.parametrize(
    "text, event",
    [
        # the descriptor is the source
        (
            "Mexico broke off diplomatic relations with Ecuador on Saturday after police "
            "stormed its embassy in Quito to arrest a former vice-president. The South "
            "American country accused Mexico of abusing its diplomatic premises.",
            ("ECU", "MEX", "112"),
        ),
        (
            "Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar on Monday, "
            "accusing it of backing militant groups. The Gulf emirate denied the charge and "
            "called on Riyadh to open talks.",
            ("QAT", "SAU", "020"),
        ),
        (
            "Estonia expelled a Russian diplomat on Thursday. The Baltic state accused Moscow "
            "of spying.",
            ("EST", "RUS", "112"),
        ),
        (
            "Britain welcomed Saudi Arabia's offer to mediate. The oil-rich kingdom pledged "
            "$500 million in aid to Sudan.",
            ("SAU", "SDN", "033"),
        ),
        # the descriptor is the target
        (
            "Russia signed a defence pact with Kazakhstan on Tuesday. China praised the "
            "Central Asian republic for its neutrality.",
            ("CHN", "KAZ", "051"),
        ),
        (
            "Sweden formally joined NATO in March. Hungary had delayed ratification for "
            "months, but Budapest finally backed the Nordic country in February.",
            ("HUN", "SWE", "051"),
        ),
        (
            "India signed a hydropower agreement with Bhutan on Friday. China criticised the "
            "Himalayan kingdom for the deal.",
            ("CHN", "BTN", "111"),
        ),
        (
            "Ethiopia signed a port deal with Somaliland on Monday. Egypt backed Somalia, and "
            "Cairo pledged troops to the Horn of Africa nation.",
            ("EGY", "SOM", "0334"),
        ),
    ],
)
def test_a_descriptor_names_again_the_last_state_of_its_region(coder, text, event):
    assert event in _pairs(coder, text)


def test_soviet_in_the_descriptor_is_no_side_of_its_own(coder):
    # "the former Soviet republic" is Georgia here, never Russia
    text = (
        "Russian troops crossed into Georgia in August 2008. Washington promised economic "
        "aid to the former Soviet republic."
    )
    got = _pairs(coder, text)
    assert ("USA", "GEO", "033") in got
    assert not any(s == "USA" and t == "RUS" for s, t, _ in got), got


@pytest.mark.parametrize(
    "text, named",
    [
        # no state of the region named before: Mexico and Spain are no South American country
        (
            "Mexico recalled its ambassador from Spain on Monday. The South American country "
            "accused Madrid of interference.",
            "The South American country",
        ),
        # an indefinite descriptor names no one state
        (
            "Finland formally applied to join NATO on Wednesday. A Nordic country pledged more "
            "aid to Ukraine.",
            "A Nordic country",
        ),
        # nor does a plural one
        (
            "Brazil hosted Argentina on Tuesday. South American countries pledged more aid to "
            "Ukraine.",
            "South American countries",
        ),
        # a pan-Arab "nation" is the Arab peoples, not a state
        (
            "Syria praised Algeria for its stance. The Arab nation must unite against Israel, "
            "Assad said.",
            "The Arab nation",
        ),
    ],
)
def test_a_descriptor_with_no_state_to_name_stays_open(coder, text, named):
    sources = [e for e in coder.code_text(text, DAY) if e.source_name == named]
    assert sources, [(e.source_name, e.source) for e in coder.code_text(text, DAY)]
    assert all(not e.source for e in sources), [(e.source_name, e.source) for e in sources]


def test_a_descriptor_never_names_its_own_clauses_subject(coder):
    # the only South American state named is Brazil, whose president is the subject: the
    # country urged is another, which the text does not name
    text = (
        "Mexico condemned the raid on Friday. Brazil's president urged the South American "
        "country to apologise."
    )
    got = [e for e in coder.code_text(text, DAY) if e.source_country == "BRA"]
    assert got and all(e.target_country not in ("BRA", "MEX") for e in got), got


def test_a_state_s_known_epithet_is_its_name(coder):
    # "the Middle Kingdom" is China (an alias, as "the Hermit Kingdom" is North Korea)
    text = (
        "Washington imposed new sanctions on Beijing on Monday. The Middle Kingdom accused "
        "the United States of bullying."
    )
    assert ("CHN", "USA", "112") in _pairs(coder, text)
