"""Forms real wire copy uses that invented material lacked (sentences written for detente,
in the shape of wire stories read in session 29: strikes told place first and fighters
killed after, details withheld, reactions an act draws, "but" clauses of their own)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2021, 3, 4)


def _facts(coder, text):
    """(source code, CAMEO root, modality, target code, target phrase) of each event."""
    return [
        (
            e.source,
            e.cameo_root,
            e.modality,
            e.target,
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, PUB)
    ]


def test_a_strike_in_a_place_killing_fighters_is_aimed_at_the_fighters(coder):
    # wires name the place, then the fighters killed: the raid is on the armed group
    text = (
        "The Kenyan army said it carried out a raid in Somalia, killing seven al-Shabab fighters."
    )
    force = [t for _, root, _, t, _ in _facts(coder, text) if root == "19"]
    assert force == ["SOMREB"]


def test_civilians_killed_leave_a_strike_on_the_place(coder):
    text = "Russian artillery shelled Kharkiv overnight, killing two civilians."
    force = [t for _, root, _, t, _ in _facts(coder, text) if root == "19"]
    assert force == ["UKR"]


def test_details_withheld_are_no_act(coder):
    # "gave no details": the object is denied, nothing was shared
    text = "Iran gave no further details about the detained French tourists."
    assert all(mood == "negated" for _, _, mood, _, _ in _facts(coder, text))
    assert "asserted" in {m for _, _, m, _, _ in _facts(coder, text.replace(" no further", ""))}


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Kosovo, which in the last decade agreed on almost nothing, met in Brussels.",
        "Serbia and Kosovo agreed on nothing at the talks in Brussels.",
    ],
)
def test_an_agreement_on_nothing_is_no_agreement(coder, text):
    # "agreed on (almost) nothing": the preposition's object denies the agreement
    agreed = [f for f in _facts(coder, text) if f[1] in ("01", "03")]
    assert agreed and all(mood == "negated" for _, _, mood, _, _ in agreed)
    more = text.replace("almost nothing", "the border").replace("on nothing", "on the border")
    assert "asserted" in {m for _, r, m, _, _ in _facts(coder, more) if r in ("01", "03")}


def test_nothing_less_than_names_something(coder):
    text = "Serbia agreed to nothing less than a full recognition by Kosovo."
    assert "asserted" in {m for _, r, m, _, _ in _facts(coder, text) if r in ("01", "03")}


def test_a_past_but_clause_is_not_under_the_will_before_it(coder):
    # "X will visit Y, the agency reported, but it gave no details": the giving is past and
    # withheld, no refusal announced under the "will" of the visit
    text = (
        "Kuleba will visit Beijing, the Xinhua news agency reported on Monday, citing a Chinese "
        "diplomat, but it gave no details."
    )
    facts = _facts(coder, text)
    assert not any(root == "12" for _, root, _, _, _ in facts)
    assert ("UKRGOV", "04", "future", "CHN", "Beijing") in facts


def test_a_reaction_drawn_by_an_act_is_aimed_at_its_doer(coder):
    # "the arrest of X by Y drew criticism from Z": Z criticises Y, not the one arrested
    text = "The detention of a Canadian teacher by Chinese police drew sharp criticism from Ottawa."
    critics = [(s, t) for s, root, _, t, _ in _facts(coder, text) if root == "11"]
    assert critics == [("CAN", "CHNCOP")]


def test_wire_epithets_name_the_organisation(coder):
    # wires name an organisation again by an epithet: "the world body", "the 27-nation bloc"
    text = "The world body condemned the coup, and the 27-nation bloc froze the junta's assets."
    sources = {e.source for e in coder.code_text(text, PUB)}
    assert {"UNO", "EU"} <= sources


def test_a_note_of_protest_sent_is_a_complaint(coder):
    # the verb only carries the note; the protest it carries decides the reading
    text = "Azerbaijan sent a note of protest to Tehran over the remarks."
    assert ("AZE", "11", "asserted", "IRN", "Tehran") in _facts(coder, text)


def test_a_complaint_to_a_side_over_its_act_is_about_that_side(coder):
    # "protested to X over its incursions": the incursions are X's
    text = "Vietnam protested to China over its drills near the Paracel Islands."
    drills = [e for e in coder.code_text(text, PUB) if e.source_name == "drills"]
    assert drills and all(e.source == "CHN" for e in drills)


def test_an_answer_promised_to_any_hostile_act_is_a_threat_to_the_one_told(coder):
    # "told X that any attack would provoke a decisive response": a threat stated as a rule
    text = "Beijing told Manila that any provocation would be met with a resolute response."
    assert ("CHN", "13", "asserted", "PHL", "Manila") in _facts(coder, text)
    calm = "Beijing told Manila that the talks would be met with interest."
    assert not any(root == "13" for _, root, _, _, _ in _facts(coder, calm))


def test_the_one_quoted_speaks_not_the_outlet(coder):
    # "cited X as telling Y that …": X speaks to Y
    text = (
        "The agency cited the Iranian foreign ministry as telling Britain that any hostile "
        "step against Tehran would provoke a firm response."
    )
    assert ("IRNGOV", "13", "asserted", "GBR", "Britain") in _facts(coder, text)


def test_a_protest_outside_an_embassy_is_by_the_host_city_at_the_embassy(coder):
    # the embassy is the side protested at; the city, named beside "the capital", is where
    text = "Protesters gathered outside the French Embassy in the Malian capital, Bamako."
    assert [(s, t) for s, root, _, t, _ in _facts(coder, text) if root == "14"] == [
        ("MLI", "FRAGOV")
    ]


def test_a_statement_that_announces_a_measure_takes_no_measure_itself(coder):
    # "…, the statement said": the document announces for its issuer, never acts itself
    text = "Two Belarusian diplomats were expelled for espionage, the statement said."
    assert not any(e.source_name.endswith("statement") for e in coder.code_text(text, PUB))
    named = "Two Belarusian diplomats were expelled, a statement from the Lithuanian ministry said."
    assert ("LTUGOV", "16", "asserted", "BLRGOV") in [f[:4] for f in _facts(coder, named)]
