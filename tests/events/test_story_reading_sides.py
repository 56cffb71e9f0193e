"""Readings found by coding four wire stories end to end (session 31: a jet downed on the
Turkish-Syrian border, a border war's third parties, a visa freeze, a port blockade), each
checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2020, 6, 20)


def test_a_third_side_speaks_to_the_story_parties_not_to_a_backer(coder):
    # "Pakistan backed China … said India would regret": Pakistan takes a side and is none of
    # the two a third side calls on
    story = (
        "Indian and Chinese troops clashed in the Galwan valley. Pakistan backed China, and "
        "its foreign minister said India would regret its moves. "
    )
    for last, code in (
        ("The UN called on both sides to show restraint.", "025"),
        ("Japan urged the two governments to settle the dispute through talks.", "02"),
    ):
        asked = {
            e.target_country
            for e in coder.code_text(story + last, PUB)
            if e.cameo.startswith(code) and e.source_country in ("UNO", "JPN")
        }
        assert asked == {"IND", "CHN"}, last


def test_a_people_graded_by_its_share_of_a_place_is_no_side(coder):
    # "a mainly Armenian town" is who lives there, not the Armenian state
    for text, people in (
        ("Rebels launched an offensive to seize Kasab, a mainly Armenian town.", "ARM"),
        ("Militiamen shelled a predominantly Tajik district in the north.", "TJK"),
    ):
        assert not [e for e in coder.code_text(text, PUB) if e.target_country == people], text
    # named as the state's, it still is
    text = "Militiamen shelled a Tajik district in the north."
    assert [e for e in coder.code_text(text, PUB) if e.target_country == "TJK"]


def test_what_an_act_meets_is_no_meeting(coder):
    for text in (
        "Turkey warned that any further violation of its airspace would meet a hard response.",
        "The reform plan met with fierce opposition from France.",
        "The advancing columns met stiff resistance from Kurdish fighters.",
    ):
        events = coder.code_text(text, PUB)
        assert not [e for e in events if e.cameo[:2] in ("03", "04")], text
    met = coder.code_text("Macron met with Merkel in Berlin.", PUB)
    assert [e.cameo for e in met] == ["040"]


def test_visas_suspended_are_a_freeze_not_an_easing(coder):
    # stopping the visas a people come by reduces relations (160)
    for text in (
        "Washington suspended visas for Cuban citizens.",
        "The United States halted visa services in Turkey.",
    ):
        codes = [e.cameo for e in coder.code_text(text, PUB)]
        assert "160" in codes and not [c for c in codes if c.startswith("08")], text
    # a visa rule suspended, or visas waived, is eased
    for text in (
        "Russia suspended the visa requirement for Chinese tourists.",
        "Japan waived visas for Chinese tourists.",
    ):
        assert [e.cameo for e in coder.code_text(text, PUB)] == ["081"], text


def test_a_leader_praises_his_own_forces(coder):
    # "the armed forces" named with no country, praised: the praiser's own, not the foreign
    # army the story named last
    text = (
        "Turkish jets shot down a Syrian warplane near the border. Erdogan congratulated the "
        "armed forces at a rally."
    )
    praised = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("05")]
    assert praised and all(e.target_country == "TUR" for e in praised)
    # blamed, the army is still the one named before
    text = "Syrian troops shelled Idlib. Erdogan accused the army of war crimes."
    blamed = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("11")]
    assert blamed and all(e.target_country == "SYR" for e in blamed)


def test_a_side_said_to_pay_for_a_misdeed_is_threatened(coder):
    for text, target in (
        ("Defence Minister Hulusi Akar said Armenia would pay for its attack.", "ARM"),
        ("Erdogan vowed that the Dutch would pay for their mistake.", "NLD"),
    ):
        threats = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("13")]
        assert [e.target_country for e in threats] == [target], text
    # paying for a thing bought is no threat
    text = "The minister said Germany would pay for the repairs."
    assert not [e for e in coder.code_text(text, PUB) if e.cameo.startswith("13")]
