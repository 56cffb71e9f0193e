"""Native-English wire stories read end to end (session 28, h7): a lead dated "on Tuesday",
captives and their captors, background paragraphs; each on sentences written for detente."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2019, 7, 10)  # a Wednesday
TUESDAY, MONDAY = dt.date(2019, 7, 9), dt.date(2019, 7, 8)


def _by_root(coder, text, root, day=PUB):
    return [e for e in coder.code_text(text, day) if e.cameo_root == root]


def test_a_day_parsed_under_a_state_dates_the_act(coder):
    # "held by …" tells a state, which has no day: the parser hung the raid's day on it
    text = (
        "Kenyan soldiers rescued 12 hostages held by al Shabaab gunmen in a raid on Monday "
        "near the Somali border, the army said on Tuesday."
    )
    rescues = _by_root(coder, text, "07")
    assert rescues and all(e.date == MONDAY for e in rescues)
    # how long the state lasted is no day of the act
    text = "Kenyan soldiers rescued 12 hostages held by al Shabaab gunmen since 2015."
    rescues = _by_root(coder, text, "07")
    assert rescues and all(e.date == PUB for e in rescues)


def test_a_captor_is_no_recipient_of_a_rescue(coder):
    text = "Iraqi troops rescued 30 villagers held by Islamic State fighters near Mosul."
    rescues = _by_root(coder, text, "07")
    assert rescues and all(e.target_sector != "REB" for e in rescues)
    assert all("Islamic State" not in (e.target_name or "") for e in rescues)


def test_people_hurt_by_someone_are_not_who_hurt_them(coder):
    text = "Turkey sent food and tents to refugees displaced by Russian air strikes."
    aid = _by_root(coder, text, "07")
    assert aid and all(e.target_country != "RUS" for e in aid)


def test_a_background_paragraph_does_not_date_the_next_one(coder):
    text = (
        "Ghana recalls envoy from Togo\n\n"
        "ACCRA (Wire) - Ghana recalled its ambassador from Togo on Tuesday after a clash at "
        "the border, the foreign ministry said.\n\n"
        "Togolese soldiers had fired on Ghanaian farmers near the border on Sunday, "
        "according to local officials.\n\n"
        "Togo criticised the recall."
    )
    rejections = _by_root(coder, text, "11")
    assert rejections and all(e.date == TUESDAY for e in rejections)
    # in the same paragraph the back story goes on
    text = (
        "Ghana recalls envoy from Togo\n\n"
        "ACCRA (Wire) - Ghana recalled its ambassador from Togo on Tuesday after a clash at "
        "the border, the foreign ministry said.\n\n"
        "Togolese soldiers fired on Ghanaian farmers near the border on Sunday. Togo criticised "
        "the farmers."
    )
    rejections = _by_root(coder, text, "11")
    assert rejections and all(e.date == dt.date(2019, 7, 7) for e in rejections)


def test_fire_returned_is_aimed_at_the_shooter(coder):
    text = (
        "Eritrean troops opened fire on a border post, the Ethiopian army said, and Ethiopian "
        "soldiers returned fire."
    )
    answers = [e for e in _by_root(coder, text, "19") if e.source_country == "ETH"]
    assert answers and all(e.target_country == "ERI" for e in answers)
    text = "Indian soldiers shelled a village in Kashmir on Monday. Pakistani troops fired back."
    answers = [e for e in _by_root(coder, text, "19") if e.source_country == "PAK"]
    assert answers and all(e.target_country == "IND" for e in answers)
    # fire opened, not answered, is aimed at no one the story told before
    text = "Indian soldiers shelled a village in Kashmir on Monday. Pakistani troops opened fire."
    shots = [e for e in _by_root(coder, text, "19") if e.source_country == "PAK"]
    assert all(e.target_country != "IND" for e in shots)


def test_suspending_treaty_obligations_cuts_back_relations(coder):
    text = (
        "Washington said on Friday it was suspending its obligations under the arms treaty "
        "with Russia and would leave the pact in six months unless Moscow complied."
    )
    cuts = [e for e in _by_root(coder, text, "16") if e.is_fact]
    assert any(e.source_country == "USA" and e.target_country == "RUS" for e in cuts)


def test_a_third_side_welcoming_the_pair_s_peace_welcomes_both(coder):
    for text in (
        "Sudan and South Sudan reopened their border on Tuesday. The African Union welcomed "
        "the peace process.",
        "Sudan and South Sudan reopened their border on Tuesday. The African Union welcomed "
        "the rapprochement.",
    ):
        praise = [e for e in _by_root(coder, text, "05") if e.source == "AU"]
        assert {e.target_country for e in praise} == {"SDN", "SSD"}, text


def test_a_pact_suspended_with_no_partner_named_is_suspended_with_the_quarrel_s_side(coder):
    text = (
        "Japan accused South Korea of breaking the fishing treaty on Friday. South Korea "
        "responded on Saturday by suspending the treaty."
    )
    cuts = [e for e in _by_root(coder, text, "16") if e.source_country == "KOR"]
    assert cuts and all(e.target_country == "JPN" for e in cuts)


def test_a_charge_joined_to_what_was_said_is_the_speaker_s(coder):
    # the parser joins "accused" to "had started" inside what was said: Ethiopia accusing
    # Addis Ababa is no event; the Eritrean spokesman accusing it is
    text = (
        "An Eritrean government spokesman said Ethiopia had moved troops to the border without "
        "notice and accused Addis Ababa of breaking the peace deal."
    )
    charges = _by_root(coder, text, "11")
    assert ("ERI", "ETH") in {(e.source_country, e.target_country) for e in charges}
    assert all(e.source_country != "ETH" for e in charges)


def test_deeds_told_after_a_lead_are_of_the_deed_s_day_not_the_telling_s(coder):
    text = (
        "Kenyan soldiers rescued 12 hostages from al Shabaab in a raid on Monday, the army "
        "said on Tuesday. Troops stormed a militant camp near the Somali border and killed "
        "nine fighters."
    )
    raids = [e for e in _by_root(coder, text, "19") if e.sentence.startswith("Troops")]
    assert raids and all(e.date == MONDAY for e in raids)
    # words told next are of the day they were said
    text = (
        "Kenyan soldiers rescued 12 hostages from al Shabaab in a raid on Monday, the army "
        "said on Tuesday. The army chief praised the Somali government for its help."
    )
    praise = _by_root(coder, text, "05")
    assert praise and all(e.date == TUESDAY for e in praise)
