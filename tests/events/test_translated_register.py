"""Rules found on two machine-translated analyses written in session 30 (a Turkish-press
piece on the Incirlik visit ban, a Chinese-press piece on the barley duties): each with
sentences invented for detente about real episodes, in the wording such translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country, e.date)
        for e in events
        if e.is_fact and e.cameo_root == root
    ]


def test_a_date_told_before_two_names_leaves_them_the_subject(coder):
    # the model reads "on 25 May Erdogan" as one phrase, the meeting left with no one doing it
    text = (
        "In March President Recep Tayyip Erdogan accused Germany of Nazi practices. In a "
        "related context, on 25 May Erdogan and Merkel met on the sidelines of the NATO "
        "summit in Brussels."
    )
    met = _facts(coder.code_text(text, dt.date(2017, 6, 10)), "04")
    assert ("TUR", "DEU", dt.date(2017, 5, 25)) in met, met
    assert ("DEU", "TUR", dt.date(2017, 5, 25)) in met, met


def test_last_month_is_the_last_one_of_that_name_before_publication(coder):
    text = "Last June Ankara recalled its ambassador from Berlin for consultations."
    in_june = _facts(coder.code_text(text, dt.date(2017, 6, 10)), "16")
    assert ("TUR", "DEU", dt.date(2016, 6, 1)) in in_june, in_june
    in_july = _facts(coder.code_text(text, dt.date(2017, 7, 10)), "16")
    assert ("TUR", "DEU", dt.date(2017, 6, 1)) in in_july, in_july


def test_a_refusal_told_as_a_past_act_is_of_its_day(coder):
    text = (
        "On 12 March, Ankara recalled its ambassador from Vienna and later did not allow the "
        "Austrian deputies to visit the country."
    )
    refused = _facts(coder.code_text(text, dt.date(2017, 6, 10)), "12")
    assert refused and all(day == dt.date(2017, 3, 12) for _, _, day in refused), refused


def test_an_official_regret_described_as_unfortunate_is_criticism(coder):
    text = "On 15 May Chancellor Merkel described the refusal of Turkey as unfortunate."
    assert ("DEU", "TUR", dt.date(2017, 5, 15)) in _facts(
        coder.code_text(text, dt.date(2017, 6, 10)), "11"
    )


def test_approving_an_own_withdrawal_is_no_support_for_the_host(coder):
    text = "On 7 June the German cabinet approved the withdrawal of its soldiers from Turkey."
    events = coder.code_text(text, dt.date(2017, 6, 10))
    assert ("DEU", "TUR", dt.date(2017, 6, 7)) in _facts(events, "08"), events
    assert not _facts(events, "05"), events


def test_a_warning_to_the_warners_own_people_is_about_the_foreign_side(coder):
    events = coder.code_text(
        "On 9 June the Ministry of Education of China issued a warning to Chinese students "
        "who plan to study in Australia.",
        dt.date(2020, 6, 12),
    )
    threats = [(e.source_country, e.target_country) for e in events if e.cameo_root == "13"]
    assert ("CHN", "AUS") in threats, events
    assert ("CHN", "CHN") not in threats, events


def test_a_warning_to_own_citizens_naming_no_foreign_side_threatens_no_one(coder):
    events = coder.code_text(
        "The Chinese government warned Chinese tourists on Friday.", dt.date(2020, 6, 12)
    )
    assert not [e for e in events if e.cameo_root == "13" and e.target_country], events


def test_a_decision_named_by_its_matter_refers_to_the_act_about_it(coder):
    # "the barley decision": China's duties on barley, not the last act told before it
    text = (
        "On 18 May China imposed duties of 80 percent on Australian barley. On 19 May the "
        "assembly adopted a resolution proposed by the European Union, which calls for an "
        "independent evaluation. Trade Minister Simon Birmingham said that Australia is deeply "
        "disappointed by the barley decision."
    )
    events = coder.code_text(text, dt.date(2020, 6, 12))
    told = [(e.source_country, e.target_country) for e in events if "barley decision" in e.sentence]
    assert ("AUS", "CHN") in told, events
    assert ("AUS", "EU") not in told, events


def test_a_second_verb_said_in_the_past_is_of_the_story_day(coder):
    text = (
        "On 19 May China imposed duties on Australian barley. Trade Minister Simon Birmingham "
        "said that Australia is deeply disappointed by the barley decision and rejects its "
        "basis."
    )
    refused = _facts(coder.code_text(text, dt.date(2020, 6, 12)), "12")
    assert ("AUS", "CHN", dt.date(2020, 5, 19)) in refused, refused


def test_consequences_to_be_borne_by_a_side_threaten_that_side(coder):
    # the passive of "the two sides will bear all consequences", as Chinese statements word it
    events = coder.code_text(
        "The spokesman Geng Shuang said that all consequences will be borne by the American "
        "and South Korean sides.",
        dt.date(2017, 3, 8),
    )
    threatened = {e.target_country for e in events if e.cameo_root == "13"}
    assert {"USA", "KOR"} <= threatened, events


def test_approving_a_move_of_own_soldiers_is_no_support_for_the_place_they_leave(coder):
    events = coder.code_text(
        "On 7 June the German cabinet approved the relocation of about 260 soldiers and their "
        "aircraft from Incirlik to the Azraq air base in Jordan.",
        dt.date(2017, 6, 10),
    )
    assert not _facts(events, "05"), events


# Rules found on a Chinese-press commentary on the China-Solomon Islands security pact
# (session 32, h12), with sentences invented in the same wording.


def test_the_officials_of_the_two_sides_are_the_two_countries_last_dealing(coder):
    # the people of "the two sides" are sent by the story's two parties, not the last two
    # people named (a third side's prime minister and a spokesman)
    text = (
        "In 2019 Kiribati established diplomatic relations with China. Australian Prime "
        "Minister Anthony Albanese called the new agreement worrying. On 3 May the officials "
        "of the two sides initialled the text of the agreement."
    )
    events = coder.code_text(text, dt.date(2022, 6, 1))
    signed = _facts(events, "05")
    assert ("KIR", "CHN", dt.date(2022, 5, 3)) in signed, signed
    assert ("CHN", "KIR", dt.date(2022, 5, 3)) in signed, signed
    assert not [e for e in events if e.source_country == "AUS" and e.cameo_root == "05"]


def test_the_view_of_the_author_tells_no_act(coder):
    # a commentary's conclusion with the writer in the third person, as "in our opinion"
    text = (
        "In the view of the author, it is Tokyo, which sent envoys one after another to "
        "pressure Seoul, that is creating tension in the region."
    )
    events = coder.code_text(text, dt.date(2019, 8, 10))
    assert not [e for e in events if e.is_fact and e.source_country == "JPN"], events
    told = coder.code_text("Tokyo sent envoys to pressure Seoul.", dt.date(2019, 8, 10))
    assert [e for e in told if e.is_fact and e.source_country == "JPN"], told


def test_the_doer_after_an_opening_phrase_is_the_subject(coder):
    # the model hangs "Australia" on the opening phrase's last name as an apposition and
    # leaves "sent" with no subject
    text = (
        "At the request of President Evariste Ndayishimiye, Tanzania under a defence pact "
        "of 2020 sent soldiers to Bujumbura."
    )
    sent = [e for e in coder.code_text(text, dt.date(2021, 5, 3)) if e.is_fact and e.target_country]
    assert [e for e in sent if e.source_country == "TZA" and e.target_country == "BDI"], sent


def test_calling_a_step_concerning_criticises_who_took_it(coder):
    # "concerning" read as a clause of its own after the object, and no judging word before
    for text in (
        "Indian Prime Minister Narendra Modi called the step by Pakistan gravely concerning.",
        "Canada called the move by China deeply troubling.",
    ):
        events = coder.code_text(text, dt.date(2022, 4, 25))
        assert [e for e in events if e.is_fact and e.cameo_root == "11"], events


def test_diplomatic_relations_established_with_a_country_are_both_sides_act(coder):
    # ties one side cannot make alone; a recognition stays the act of the side granting it
    text = "In May 2019 Kiribati established diplomatic relations with China."
    made = _facts(coder.code_text(text, dt.date(2020, 1, 10)), "05")
    assert ("KIR", "CHN", dt.date(2019, 5, 1)) in made, made
    assert ("CHN", "KIR", dt.date(2019, 5, 1)) in made, made
    granted = _facts(coder.code_text("Kosovo recognised Israel.", dt.date(2020, 9, 4)), "05")
    assert ("ISR", "XKX", dt.date(2020, 9, 4)) not in granted, granted


def test_a_recognition_beside_ties_made_by_others_stays_one_sided(coder):
    # the ties are made by the pair the clause of "establish" names, not by whoever grants
    # a recognition elsewhere in the sentence
    text = (
        "The president announced on Friday that Bhutan and Oman agreed to establish full "
        "diplomatic relations, and on the same day he signed a decree in which Canberra "
        "recognises the sovereignty of Bhutan over the valley."
    )
    made = _facts(coder.code_text(text, dt.date(2021, 3, 1)), "05")
    assert ("AUS", "BTN", dt.date(2021, 2, 26)) in made, made
    assert ("BTN", "AUS", dt.date(2021, 2, 26)) not in made, made
    joined = (
        "Honiara in September switched its recognition to Beijing and established ties with it."
    )
    made = _facts(coder.code_text(joined, dt.date(2020, 1, 10)), "05")
    assert ("CHN", "SLB", dt.date(2019, 9, 1)) in made, made


def _pairs(events, code):
    return {(e.source_country, e.target_country, e.date) for e in events if e.cameo == code}


def test_a_bare_title_with_a_phrase_about_the_act_is_the_titled_person_named_before(coder):
    # "in a second call with …" hung on "the king" tells how he acted, not which king:
    # the king is the one named with the title, not the last person named
    text = (
        "The palace said that King Abdullah II on Sunday, 7 March, in a telephone call with "
        "President Biden discussed the region. And the king in a second telephone call with "
        "the Iraqi Prime Minister Mustafa al-Kadhimi assured him of his support."
    )
    events = [e for e in coder.code_text(text, dt.date(2021, 3, 9)) if e.is_fact]
    assert not [e for e in events if e.source_country == "USA" and e.target_country == "IRQ"]
    sunday = dt.date(2021, 3, 7)
    # the second call is of the day told before, each with the other, and "him" is the
    # one called, not the one of the first call
    assert {("JOR", "IRQ", sunday), ("IRQ", "JOR", sunday)} <= _pairs(events, "041"), events
    assert not [
        e
        for e in events
        if e.source_country == "JOR" and e.cameo_root == "01" and e.target_country == "USA"
    ], events


def test_a_telephone_talk_with_someone_is_each_ones_call(coder):
    # a telephone conversation "with" someone that something was said in is had by both, as
    # "X and Y spoke by phone" is
    text = (
        "The chancellor said that Olaf Scholz in a telephone call with Emmanuel "
        "Macron on Monday affirmed that the two will stay in close contact."
    )
    calls = _pairs(coder.code_text(text, dt.date(2022, 5, 11)), "041")
    assert {("DEU", "FRA"), ("FRA", "DEU")} <= {(a, b) for a, b, _ in calls}, calls
    # a call placed to someone stays the caller's ("Putin phoned Erdogan")
    placed = _pairs(coder.code_text("Putin phoned Erdogan.", dt.date(2022, 5, 11)), "041")
    assert {(a, b) for a, b, _ in placed} == {("RUS", "TUR")}, placed


def test_the_step_judged_is_the_deed_not_a_welcome_of_it(coder):
    # "the step" a third side judges is the deed told before, not another side's words on it
    text = (
        "Sudan and Israel agreed on Friday to normalise their relations. The Emirati "
        "minister welcomed on the same evening the agreement, while Hezbollah called the "
        "step a political sin."
    )
    events = [e for e in coder.code_text(text, dt.date(2020, 10, 25)) if e.is_fact]
    judged = {(e.source_country, e.target_country) for e in events if e.cameo_root == "11"}
    assert ("LBN", "SDN") in judged, events
    assert not [e for e in events if e.source_country == "LBN" and e.target_country == "ARE"]


def test_what_is_refused_is_not_done(coder):
    events = coder.code_text("Tunisia refuses any normalisation with Israel.", dt.date(2020, 12, 1))
    assert not [e for e in events if e.is_fact and e.cameo_root == "05"], events
    assert [e for e in events if e.cameo_root == "12" and e.target_country == "ISR"], events


def test_the_zionist_entity_of_the_arab_and_iranian_press_is_israel(coder):
    text = "Tehran on Monday condemned the Zionist regime for the strike on Damascus."
    events = coder.code_text(text, dt.date(2021, 6, 1))
    assert ("IRN", "ISR") in {(e.source_country, e.target_country) for e in events}, events


def test_a_surname_after_a_title_written_with_capitals_is_that_person(coder):
    # "the Israeli National Security Adviser Meir Ben-Shabbat … Shabbat met …": the title
    # is written with capitals, so the parser tags it a name
    text = (
        "The delegation was headed by the Israeli National Security Adviser Meir Shabbat. "
        "Later Shabbat met the Moroccan Prime Minister."
    )
    events = coder.code_text(text, dt.date(2020, 12, 22))
    assert ("ISR", "MAR") in {(e.source_country, e.target_country) for e in events}, events


def test_an_act_of_the_past_days_is_not_of_the_other_clauses_month(coder):
    text = (
        "The president had already in April warned of the pipeline, and Kyiv has in the past "
        "days asked Berlin for talks about the transit."
    )
    asked = _facts(coder.code_text(text, dt.date(2021, 5, 27)), "02")
    assert asked == [("UKR", "DEU", dt.date(2021, 5, 27))], asked


def test_no_state_sanctions_its_own_organs(coder):
    # the legislature a measure is reported to, read into the measure's phrase
    text = (
        "The American government has on Monday, 2 March, in a report to the Congress new "
        "sanctions against several Iranian firms which at the oil trade participate imposed, "
        "but at the same time waived the measures against the shipping company."
    )
    events = [e for e in coder.code_text(text, dt.date(2020, 3, 5)) if e.is_fact]
    assert not [e for e in events if e.source_country == e.target_country == "USA"], events
