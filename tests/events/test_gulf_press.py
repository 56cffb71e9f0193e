"""Rules found on a machine-translated Egyptian-daily analysis of the 2017 Gulf crisis (the
boycott of Qatar, its thirteen demands and the answers). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2017, 6, 28)


def _pairs(coder, text: str, root: str, word: str) -> set[tuple[str, str]]:
    return {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root and word in e.sentence and e.is_fact
    }


def test_they_after_and_are_the_list_that_acted_first(coder):
    """ "Bahrain and Sudan …, and they accused it of …": "they" in the clause joined by "and"
    are the two countries of the first clause's subject, not the country acted on."""
    text = (
        "On 4 January Bahrain and Sudan recalled their ambassadors from Iran, and they "
        "accused it of interfering in the affairs of the region."
    )
    assert _pairs(coder, text, "11", "interfering") == {("BHR", "IRN"), ("SDN", "IRN")}


def test_regret_for_a_decision_of_others_is_no_apology(coder):
    """ "expressed its deep regret for the decision" the other side made disapproves of it;
    regret for an incident, or told to someone, stays an apology."""
    cut = "On Monday Egypt cut its relations with Libya. "
    regret = cut + "Libya expressed its deep regret for the decision."
    codes = {e.cameo for e in coder.code_text(regret, DAY) if e.source_country == "LBY"}
    assert "055" not in codes and any(c.startswith("11") for c in codes)
    incident = cut + "Libya expressed its deep regret for the incident."
    assert "055" in {e.cameo for e in coder.code_text(incident, DAY)}


def test_called_with_the_on_dropped_asks_the_one_named(coder):
    """ "called on the same day Israel to ease the blockade": translated copy drops the "on"
    before the one called (and here puts the time between); the easing is asked of Israel,
    neither done nor a phone call. "called Erdogan to discuss Syria" stays a phone call."""
    for called in ("Israel", "Israel and Egypt", "Israel, Egypt and Jordan"):
        text = (
            "On 9 June Lebanon protested. The Secretary-General Antonio Guterres called on the "
            f"same day {called} to ease the blockade on Gaza."
        )
        events = coder.code_text(text, DAY)
        asked = {(e.source_country, e.target_country) for e in events if e.cameo_root == "02"}
        assert ("UNO", "ISR") in asked, called
        assert not any(e.cameo_root in ("04", "08") and e.is_fact for e in events), called
    call = "Putin called Erdogan to discuss Syria."
    assert {e.cameo_root for e in coder.code_text(call, DAY)} == {"04"}


def test_a_warning_of_humanitarian_suffering_threatens_no_one(coder):
    """ "warned of a humanitarian catastrophe in Gaza", "warning from its humanitarian
    consequences": the suffering an act brings is foretold, no one is threatened; "warned
    Iran of serious consequences" stays a threat."""
    for text in (
        "The UN warned of a humanitarian catastrophe in Gaza.",
        "Guterres urged Israel to ease the blockade on Gaza, warning from its humanitarian "
        "consequences.",
    ):
        assert not any(e.cameo_root == "13" for e in coder.code_text(text, DAY)), text
    threat = "Britain warned Iran of serious consequences."
    assert any(e.cameo_root == "13" for e in coder.code_text(threat, DAY))


def test_said_to_back_terror_is_accused_of_it(coder):
    """ "said that Qatar has historically funded terrorism", "said Iran supports terrorist
    groups": the speaker accuses the backer, as "accused Qatar of funding terrorism" does;
    "supports the peace talks" accuses no one."""
    for text in (
        "Trump said on Friday that Qatar has historically funded terrorism at a very high level.",
        "The minister told reporters that Iran supports terrorist groups in the region.",
    ):
        accused = {
            (e.source_country, e.target_country)
            for e in coder.code_text(text, DAY)
            if e.cameo_root == "11"
        }
        assert accused and all(target in ("QAT", "IRN") for _, target in accused), text
    talks = "The minister said that Qatar supports the peace talks."
    assert not any(e.cameo_root == "11" for e in coder.code_text(talks, DAY))


def test_the_four_countries_stay_named_for_the_whole_story(coder):
    """ "the four countries" many paragraphs after the list of the four that cut their ties
    are still those four (here some 600 words later, past the 400 tokens a list was looked
    for)."""
    calm = (
        "The markets of the region were calm during the week, and the prices of the food "
        "in the shops remained stable according to the traders. "
    )
    text = (
        "On 5 June Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut their "
        "relations with Qatar.\n\n" + calm * 30 + "\n\nOn 22 June the four countries handed "
        "to Qatar a list of thirteen demands."
    )
    asked = {
        e.source_country
        for e in coder.code_text(text, DAY)
        if e.cameo_root == "10" and e.target_country == "QAT"
    }
    assert asked == {"SAU", "ARE", "BHR", "EGY"}


def test_a_demand_told_by_its_topic_is_the_demand_made_before(coder):
    """ "rejected the demand related to its base": a clause saying what the demand is about
    names no side of its own; the refusal answers whoever made the demands."""
    text = (
        "Egypt handed Sudan a list of demands on 22 June. On Sunday Turkey rejected the demand "
        "related to its base in Suakin."
    )
    rejected = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == "12"
    }
    assert rejected == {("TUR", "EGY")}


def test_food_flown_in_airplanes_is_aid(coder):
    """ "sent five airplanes loaded with vegetables and fruits to Doha": food named by its
    kinds, carried by airplanes, is aid to where it is sent."""
    text = "Iran sent five airplanes loaded with vegetables and fruits to Doha."
    aid = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == "07"
    }
    assert aid == {("IRN", "QAT")}


def test_a_date_after_sent_on_is_the_sending_day(coder):
    """ "sent on 11 June five airplanes loaded with food to Doha, while Morocco announced on
    12 June …": the parser read "on" as the particle of "sent" and the date as part of the
    airplanes; the sending is of 11 June."""
    text = (
        "Tehran opened its airspace for the Qatari planes and sent on 11 June five airplanes "
        "loaded with food to Doha, while Morocco announced on 12 June the sending of food to "
        "Qatar."
    )
    sent = [e for e in coder.code_text(text, DAY) if e.source_country == "IRN"]
    assert sent and all(e.date == dt.date(2017, 6, 11) for e in sent)
