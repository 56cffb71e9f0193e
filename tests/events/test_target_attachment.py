"""Which phrase is the target: phrases after a list aside on the object, things aimed at
someone, blows across the line between two sides (sentences written for detente)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 5, 9)


def _pairs(coder, text, root):
    """(source phrase, target phrase) of each asserted event of CAMEO ``root``."""
    return [
        (
            text[e.source_start : e.source_end] if e.source_start is not None else "",
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == root
    ]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        (
            "Japan imposed new sanctions over the missile tests, including travel bans and "
            "asset freezes, on North Korean officials.",
            "16",
            "North Korean",
        ),
        (
            "The European Union imposed tough penalties, among them an arms embargo, on Belarus.",
            "16",
            "Belarus",
        ),
        ("Russia sent aid, including tents and blankets, to Turkey.", "07", "Turkey"),
        (
            "Germany delivered weapons, among them tanks and howitzers, to Ukraine.",
            "07",
            "Ukraine",
        ),
    ],
)
def test_a_phrase_after_a_list_aside_on_the_object_is_the_verb_s(coder, text, root, target):
    """The parser hangs the phrase after ", including …," on the aside's last word; once the
    aside is closed, it names whom the verb's act is on or for."""
    assert any(target in t for _, t in _pairs(coder, text, root)), _pairs(coder, text, root)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        (
            "The prosecutor dropped the inquiry, a probe aimed at the former defence minister.",
            "08",
            "minister",
        ),
        (
            "The ICC has dropped the investigation of abuses committed in Libya, a probe "
            "directed mainly against Russian mercenaries.",
            "08",
            "Russian",
        ),
        (
            "The United Nations launched a mediation effort designed to help Sudan and South "
            "Sudan reach a peace deal.",
            "04",
            "Sudan",
        ),
        ("The EU approved new measures aimed at Russian banks.", "05", "Russian"),
    ],
)
def test_a_thing_naming_no_one_stands_for_whom_it_is_aimed_at(coder, text, root, target):
    """ "a probe aimed at X", "an effort designed to help X": the thing acted on is aimed at
    X, also when the parser hung the renaming apposition on a place or on the verb."""
    pairs = _pairs(coder, text, root)
    assert pairs and all(target in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("India and Pakistan fired across the Line of Control on Sunday.", ("India", "Pakistan")),
        (
            "Troops from Eritrea and Ethiopia fired mortars across the frontier.",
            ("Eritrea", "Ethiopia"),
        ),
        (
            "Kyrgyz and Tajik border guards opened fire across the boundary on Thursday.",
            ("Kyrgyz", "Tajik"),
        ),
    ],
)
def test_a_blow_across_the_line_between_two_sides_is_at_each_other(coder, text, sides):
    pairs = _pairs(coder, text, "19")
    for a, b in (sides, sides[::-1]):
        assert any(a in s and b in t for s, t in pairs), pairs


def test_a_blow_across_a_line_at_someone_else_is_at_them(coder):
    text = "Israeli and Egyptian troops fired across the border at smugglers."
    pairs = _pairs(coder, text, "19")
    assert pairs and all("smugglers" in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of refugees arrived in Greece seeking asylum.", "Greece"),
        ("The family fled to Canada seeking asylum.", "Canada"),
        ("Dozens of Afghan interpreters reached Germany asking for protection.", "Germany"),
        (
            "Striking nurses gathered outside the Kenyan health ministry demanding unpaid wages.",
            "Kenyan",
        ),
        ("Indian farmers marched to parliament demanding higher crop prices.", "parliament"),
    ],
)
def test_an_appeal_made_on_coming_somewhere_is_made_to_whoever_is_there(coder, text, target):
    """ "arrived in Greece seeking asylum": the participle's appeal or demand is made where
    its doer came, not to the thing asked for."""
    pairs = _pairs(coder, text, "02") + _pairs(coder, text, "10")
    assert pairs and all(target in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tokyo lifted export curbs on chemicals to South Korea.", "South Korea"),
        ("India eased export restrictions on rice to Bangladesh.", "Bangladesh"),
        ("China imposed an import ban on beef from Brazil.", "Brazil"),
    ],
)
def test_goods_under_a_measure_on_a_flow_stand_for_where_the_flow_goes(coder, text, target):
    """ "export curbs on chemicals to South Korea": the goods name no one; the measure is on
    the flow to (or from) the country named after them."""
    pairs = [p for root in ("08", "16", "17") for p in _pairs(coder, text, root)]
    assert pairs and all(target in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Islamic State fighters seized hundreds of civilians to use them as human shields.",
            "civilians",
        ),
        ("The militia rounded up villagers to use them as human shields.", "villagers"),
    ],
)
def test_a_pronoun_in_a_purpose_clause_takes_up_the_object_before(coder, text, target):
    """ "seized civilians to use them as human shields": the shields are the civilians."""
    pairs = _pairs(coder, text, "18")
    assert pairs and all(target in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "President Chirac said the Israeli prime minister would not be welcome in Paris.",
            "Israeli",
        ),
        (
            "The Polish government said the Russian ambassador was unwelcome at the ceremony.",
            "Russian",
        ),
    ],
)
def test_saying_someone_is_not_welcome_rejects_them(coder, text, target):
    pairs = _pairs(coder, text, "12")
    assert pairs and all(target in t for _, t in pairs), pairs


def test_saying_someone_is_welcome_rejects_no_one(coder):
    text = "The mayor said Chinese investors are welcome in the city."
    assert not _pairs(coder, text, "12")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Turkmenistan agreed to reopen its border for Uzbek traders to enter its markets.",
            "Uzbek",
        ),
        ("Jordan opened its border for Syrian refugees to cross.", "Syrian"),
        ("Egypt opened the crossing for aid convoys to reach Gaza.", "Gaza"),
    ],
)
def test_a_purpose_for_named_people_is_for_them(coder, text, target):
    """ "opened its border for Syrian refugees to cross": the named people the purpose is
    for; convoys name no one, so where they go stands for them."""
    pairs = [p for root in ("03", "08") for p in _pairs(coder, text, root)]
    assert pairs and all(target in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Greenpeace filed a lawsuit in a Dutch court against Shell.", "Shell"),
        (
            "Gambia brought a case before the International Court of Justice against Myanmar.",
            "Myanmar",
        ),
    ],
)
def test_an_against_phrase_hung_on_the_venue_is_the_act_s(coder, text, target):
    """ "filed a lawsuit in a Dutch court against Shell": the lawsuit is against Shell, not
    against the court the parser hung the phrase on."""
    pairs = _pairs(coder, text, "11")
    assert pairs and all(target in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Bangladesh refused entry to a boat carrying Rohingya refugees.", "12", "refugees"),
        ("The Libyan coast guard fired on a boat carrying migrants.", "19", "migrants"),
    ],
)
def test_the_people_a_craft_carries_stand_behind_it(coder, text, root, target):
    pairs = _pairs(coder, text, root)
    assert pairs and all(target in t for _, t in pairs), pairs


def test_goods_a_craft_carries_do_not_stand_for_it(coder):
    text = "Houthi rebels attacked a ship carrying grain in the Red Sea."
    pairs = _pairs(coder, text, "19")
    assert pairs and all("grain" not in t for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Putin signed a decree to release 20 Ukrainian prisoners.", "08", "Putin", "Ukrainian"),
        ("The junta issued an order to arrest the deposed president.", "17", "junta", "president"),
        (
            "The Indian government issued a directive to expel two Pakistani diplomats.",
            "16",
            "Indian",
            "Pakistani",
        ),
    ],
)
def test_the_act_a_directive_orders_is_done_by_its_issuer(coder, text, root, source, target):
    """ "signed a decree to release prisoners": the signer releases them."""
    pairs = _pairs(coder, text, root)
    assert any(source in s and target in t for s, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Washington tightened export controls on advanced chips to China.", "16", "China"),
        ("The United States expanded export controls against Chinese firms.", "16", "Chinese"),
        ("Tokyo lifted export controls on three chemicals to South Korea.", "08", "South Korea"),
    ],
)
def test_export_controls_are_a_sanction_imposed_or_lifted(coder, text, root, target):
    pairs = _pairs(coder, text, root)
    assert pairs and all(target in t for _, t in pairs), pairs


def test_taking_control_is_no_export_control(coder):
    assert not _pairs(coder, "Beijing tightened its control over Hong Kong.", "16")


@pytest.mark.parametrize(
    ("text", "root", "named"),
    [
        ("Blinken held talks with his Chinese counterpart, Wang Yi, on Friday.", "04", "Wang Yi"),
        ("The minister met her Indian counterpart, Subrahmanyam Jaishankar.", "04", "Jaishankar"),
    ],
)
def test_a_person_named_beside_a_counterpart_is_in_the_target_phrase(coder, text, root, named):
    """ "his Chinese counterpart, Wang Yi": the phrase names Wang Yi, not only "Chinese" (as
    the target, and as the source of the partner's side of the talks)."""
    pairs = _pairs(coder, text, root)
    assert pairs and all(named in t for s, t in pairs if named not in s), pairs
    assert all(named in s or named in t for s, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "root", "named", "not_named"),
    [
        (
            "Around 2,000 workers in logistic centres in Germany went on strike.",
            "14",
            "workers",
            "Germany",
        ),
        (
            "Dozens of lawmakers from the ruling party in Japan criticised the plan.",
            "11",
            "lawmakers",
            "Japan",
        ),
    ],
)
def test_people_are_named_by_their_own_phrase_however_deep_the_place(
    coder, text, root, named, not_named
):
    """ "workers in logistic centres in Germany": the workers act, not the country their
    workplace is in, however many phrases down it is named."""
    pairs = _pairs(coder, text, root)
    assert pairs and all(named in s and not_named not in s for s, _ in pairs), pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Iranian foreign minister came under fire from Saudi Arabia over his remarks.",
            "Saudi",
            "Iranian",
        ),
        (
            "The Kenyan police chief came under fire from rights groups for the shootings.",
            "rights groups",
            "police chief",
        ),
    ],
)
def test_coming_under_fire_for_a_reason_is_criticism(coder, text, source, target):
    pairs = _pairs(coder, text, "11")
    assert any(source in s and target in t for s, t in pairs), pairs


def test_coming_under_fire_from_troops_is_no_criticism(coder):
    text = "A UN convoy came under fire from rebel fighters near Goma."
    assert not _pairs(coder, text, "11")


def test_what_one_came_under_fire_for_is_not_received_from_the_critic(coder):
    """ "came under fire from the UN for the killing of aid workers": the UN kills no one."""
    text = "Israel came under fire from the United Nations for the killing of aid workers."
    events = coder.code_text(text, PUB)
    assert not any(
        e.cameo_root == "19" and text[e.source_start : e.source_end].endswith("United Nations")
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Zelensky won the backing of European leaders.", "European leaders", "Zelensky"),
        ("The opposition won support from Washington for its plan.", "Washington", "opposition"),
    ],
)
def test_support_won_is_given_by_whoever_gives_it(coder, text, source, target):
    """ "won the backing of European leaders": the leaders back Zelensky, not the reverse."""
    pairs = _pairs(coder, text, "05")
    assert pairs and all(source in s and target in t for s, t in pairs), pairs
