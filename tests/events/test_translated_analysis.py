"""Rules found on translated analysis articles (session 27): each with sentences invented
for detente about real episodes, in the word order and framing such translations use."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2022, 7, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Denmark undertook not to support the PKK.",
        "Greece promised not to help the rebels in Libya.",
        "Armenia vowed not to attack Azerbaijan again.",
        "Seoul pledged not to send troops to Iraq.",
    ],
)
def test_a_pledge_not_to_act_is_no_intent_to_act(coder, text):
    # the "not" sits on the complement the pledge's pattern consumed
    facts = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root in ("03", "13")]
    assert not facts, facts


def test_an_accord_to_refrain_stays_an_accord(coder):
    events = coder.code_text("Sudan agreed not to attack South Sudan.", PUB)
    assert [e for e in events if e.is_fact and e.cameo_root == "03" and e.target == "SSD"], events


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Kishida spoke with the press in Tokyo. Later the deputy foreign minister "
        "Andrei Rudenko summoned the Japanese ambassador.",
        "President Biden thanked the pilots on Sunday. The deputy foreign minister Xie Feng on "
        "the same day to the embassy of the United States in Beijing solemn representations "
        "lodged.",
    ],
)
def test_a_title_with_an_unknown_name_is_not_the_last_government(coder, text):
    # the name says a new person acts: not Kishida's or Biden's government
    events = coder.code_text(text, PUB)
    wrong = [e for e in events if e.cameo_root == "11" and e.source_country in ("JPN", "USA")]
    assert not wrong, wrong


@pytest.mark.parametrize(
    "text, targets",
    [
        ("Russia imposed sanctions on Latvia and on Estonia.", {"LVA", "EST"}),
        ("Putin met with Erdogan and with Rouhani in Tehran.", {"TUR", "IRN"}),
        (
            "On Saturday, 21 May, Erdogan with Andersson and with Niinisto by telephone spoke.",
            {"FIN"},
        ),
    ],
)
def test_a_preposition_said_again_after_and_takes_both_objects(coder, text, targets):
    got = {e.target_country for e in coder.code_text(text, PUB) if e.is_fact}
    assert targets <= got, got


def test_a_weekday_said_again_is_the_day_the_sentence_dates_it(coder):
    # published on a Friday: "the Friday prayer" is that of Friday, 13 May
    text = (
        "On Friday, 13 May, President Recep Tayyip Erdogan after the Friday prayer told "
        "journalists that Turkey a positive view on the membership of the two Nordic countries "
        "does not have, and he called Sweden a guesthouse for terrorist organisations."
    )
    days = {e.date for e in coder.code_text(text, PUB) if e.source_country == "TUR"}
    assert days == {dt.date(2022, 5, 13)}, days


def test_a_translated_question_moves_the_story_to_its_day(coder):
    # "What was then on Tuesday agreed?": the agreement told next is Tuesday's
    text = (
        "On Sunday in Moscow thousands of Russians protested against Japan. What was then on "
        "Tuesday agreed? The leaders also agreed to increase the trade between Russia and Japan."
    )
    days = {e.date for e in coder.code_text(text, dt.date(2019, 1, 24)) if e.cameo_root == "03"}
    assert days == {dt.date(2019, 1, 22)}, days


def test_a_name_after_a_place_name_is_the_object_of_a_verb_final_clause(coder):
    # "in the White House | Niinisto and … Andersson received": the place, then the guests
    text = (
        "The American president Joe Biden in the White House Niinisto and the Swedish prime "
        "minister Magdalena Andersson received."
    )
    got = {(e.source_country, e.target_country, e.cameo_root) for e in coder.code_text(text, PUB)}
    assert {("USA", "FIN", "04"), ("USA", "SWE", "04")} <= got, got


def test_a_weekday_opening_a_verb_final_sentence_gives_way_to_its_date(coder):
    # "On Wednesday, 18 May, … handed over.": the story is on 18 May, not the Wednesday
    # before publication, and "the next day" is 19 May
    text = (
        "Ankara its position very early made clear. On Friday, 13 May, President Recep Tayyip "
        "Erdogan told journalists that Turkey a positive view on the membership of the two "
        "Nordic countries does not have. "
        "On Wednesday, 18 May, the ambassadors of the two countries in Brussels their letters "
        "of application to the Secretary General Jens Stoltenberg handed over. According to "
        "diplomatic sources, Turkey on the same day in the North Atlantic Council the start of "
        "the accession talks blocked. The next day the American president Joe Biden in the "
        "White House Niinisto and the Swedish prime minister Magdalena Andersson received and "
        "the full support of Washington to their applications expressed."
    )
    days = {e.date for e in coder.code_text(text, PUB) if e.source_country == "USA"}
    assert days == {dt.date(2022, 5, 19)}, days  # (was 30 June)


@pytest.mark.parametrize(
    "text, source, targets",
    [
        ("Moscow from Riga and Tallinn an explanation demanded.", "RUS", {"LVA", "EST"}),
        ("Berlin to Kyiv and Chisinau additional aid allocated.", "DEU", {"UKR", "MDA"}),
    ],
)
def test_a_list_of_named_parties_before_a_verb_final_object(coder, text, source, targets):
    # "from Riga and Tallinn": the parties asked, not more askers
    events = [e for e in coder.code_text(text, PUB) if e.is_fact]
    assert {e.source_country for e in events} == {source}, events
    assert {e.target_country for e in events} == targets, events


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese agency Kyodo reported that Abe is ready to sign the treaty with Russia.",
        "Xinhua reported that Beijing is ready to resume talks with Washington.",
    ],
)
def test_a_news_agency_of_the_country_passes_on_no_announced_intent(coder, text):
    # the agency reports what the government may do; it does not announce it
    facts = [e for e in coder.code_text(text, dt.date(2019, 1, 24)) if e.is_fact]
    assert not [e for e in facts if e.cameo_root == "03"], facts


def test_a_fighter_named_by_its_model_is_a_plane_not_a_militant(coder):
    # translated order puts the model after the noun: "an American fighter F-22"
    text = "On Saturday an American fighter F-22 shot down the Chinese airship."
    sources = {e.source for e in coder.code_text(text, dt.date(2023, 2, 14)) if e.is_fact}
    assert sources == {"USAMIL"}, sources


# (session 29) rules found on two fresh translated analyses (the Su-24 downing, the Istanbul
# consulate case); the sentences below are invented about other episodes


def _dated(coder, text, day, root):
    return [(e.source_country, e.target_country, e.date) for e in coder.code_text(text, day)
            if e.is_fact and e.cameo_root == root]  # fmt: skip


def test_a_chronicle_counts_a_bare_weekday_from_the_day_it_has_reached(coder):
    # a text that writes "Wednesday, 7 March" counts "On Friday" from 7 March (9 March), not
    # back from publication (Wednesday 21 March: 16 March)
    text = (
        "On Wednesday, 7 March, the Dutch foreign ministry summoned the Turkish ambassador. "
        "On Friday the Turkish foreign minister Mevlut Cavusoglu accused the Netherlands of "
        "hostility."
    )
    found = _dated(coder, text, dt.date(2018, 3, 21), "11")
    assert ("TUR", "NLD", dt.date(2018, 3, 9)) in found, found


def test_a_text_of_bare_weekdays_counts_them_back_from_publication(coder):
    # no weekday is written with its date: "On Friday" is the last Friday before publication
    text = (
        "On 7 March the Dutch foreign ministry summoned the Turkish ambassador. On Friday the "
        "Turkish foreign minister Mevlut Cavusoglu accused the Netherlands of hostility."
    )
    found = _dated(coder, text, dt.date(2018, 3, 21), "11")
    assert ("TUR", "NLD", dt.date(2018, 3, 16)) in found, found


def test_a_bare_title_names_the_last_person_written_with_it(coder):
    # "the king" is King Salman named two sentences before, not the last government named
    text = (
        "King Salman received the Jordanian foreign minister in Riyadh. The visitor also met "
        "British officials. On the same day Trump spoke by telephone with the king."
    )
    found = [(e.source_country, e.target_country) for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == "04" and e.source_country == "USA"]  # fmt: skip
    assert ("USA", "SAU") in found, found


def test_the_authors_own_view_tells_no_act(coder):
    text = "In our opinion, the strategic partnership between Baku and Moscow is over."
    facts = [e for e in coder.code_text(text, PUB) if e.is_fact]
    assert not facts, facts


def test_an_outlet_citing_an_unnamed_source_tells_hearsay(coder):
    text = (
        "According to the newspaper Hurriyet, citing a source in the government, Ankara "
        "demanded an apology from Moscow."
    )
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "10"]
    assert events and all(e.modality == "reported" for e in events), events


def test_a_proposal_to_meet_is_an_offer_made_on_its_day(coder):
    text = "On Sunday Erdogan proposed to meet with Putin in Sochi."
    found = _dated(coder, text, dt.date(2016, 6, 30), "03")
    assert ("TUR", "RUS", dt.date(2016, 6, 26)) in found, found


def test_the_venue_of_a_meeting_is_not_one_of_the_two_countries(coder):
    text = (
        "Erdogan proposed to meet with Putin in Paris and said that the two countries should "
        "not allow the incident to destroy their relations."
    )
    wrong = [e for e in coder.code_text(text, PUB) if e.target_country == "FRA"]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The actions of Kyiv were condemned in Moscow.", "RUS", "UKR"),
        ("The strikes of the Turkish army were criticised in the State Duma.", "RUS", "TUR"),
    ],
)
def test_a_judgement_told_in_the_passive_is_the_seat_named_after_it(coder, text, source, target):
    pairs = {(e.source_country, e.target_country) for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == "11"}  # fmt: skip
    assert (source, target) in pairs, pairs


def test_a_body_named_with_its_of_phrase_is_named_again_bare(coder):
    # "the ministry" and "the ambassador" are the Ministry of Foreign Affairs of Egypt and the
    # ambassador of Turkey named two sentences before, not the last government named (Turkey)
    text = (
        "On Monday, 25 November, the Ministry of Foreign Affairs of Egypt summoned the "
        "ambassador of Turkey. The Turkish side rejected the accusations. On Wednesday the "
        "ambassador was again summoned to the ministry, where the deputy minister handed him a "
        "note."
    )
    found = _dated(coder, text, dt.date(2013, 12, 9), "11")
    assert ("EGY", "TUR", dt.date(2013, 11, 27)) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Greek fighters shot down a Turkish drone over the Aegean on Monday. On Tuesday the "
        "Turkish foreign minister called the incident a deliberate provocation.",
        "Indian gunners shot down a Pakistani helicopter near the line of control. Islamabad "
        "called the downing a reckless provocation.",
    ],
)
def test_an_incident_judged_is_aimed_at_the_doer_of_the_force_told_before(coder, text):
    # "the incident", "the downing": the act of force told before, judged by its victim
    events = coder.code_text(text, PUB)
    judged = [e for e in events if e.cameo_root == "11" and e.source_country in ("TUR", "PAK")]
    assert judged and all(e.target_country in ("GRC", "IND") for e in judged), events


def test_explanations_rejected_are_aimed_at_who_brought_them(coder):
    text = (
        "A Dutch delegation visited Kuala Lumpur on Monday to present its findings. The "
        "Malaysian government rejected these explanations."
    )
    events = coder.code_text(text, PUB)
    rejected = [e for e in events if e.cameo_root == "12" and e.source_country == "MYS"]
    assert rejected and rejected[0].target_country == "NLD", events


@pytest.mark.parametrize(
    "text, target",
    [
        ("Israel threatened a harsh response if it turns out that Iran supplied drones.", "IRN"),
        ("Washington warned of sanctions if it is proven that Ankara bought the missiles.", "TUR"),
        (
            "Paris promised a severe punishment if it is confirmed that the diplomat was "
            "poisoned by Russia.",
            "RUS",
        ),
    ],
)
def test_a_threat_on_a_condition_found_out_is_aimed_at_its_doer(coder, text, target):
    # "if it is confirmed that …": the empty "it" is no one; the doer found out is
    threats = [e for e in coder.code_text(text, PUB) if e.cameo_root == "13"]
    assert threats and threats[0].target_country == target, threats


@pytest.mark.parametrize(
    "text, target",
    [
        (
            "Moscow warned that the downing will have serious consequences for the relations "
            "with Ankara.",
            "TUR",
        ),
        ("Beijing warned that the deployment would have consequences for South Korea.", "KOR"),
    ],
)
def test_consequences_threatened_are_aimed_at_whom_they_are_for(coder, text, target):
    threats = [e for e in coder.code_text(text, PUB) if e.cameo_root == "13"]
    assert threats and threats[0].target_country == target, threats


@pytest.mark.parametrize(
    "text",
    [
        "Moscow announced that it will transfer modern air defence systems to Damascus. "
        "Washington called the delivery a serious mistake.",
        "Russia shipped fighter jets to Syria in August. The United States condemned the supply.",
        # (the act, not the thing it moves, that the grammar chose: "of the S-400")
        "Russia sent S-400 batteries to Ankara in July. The Pentagon condemned the delivery of "
        "the S-400.",
    ],
)
def test_a_delivery_judged_is_aimed_at_whoever_gives_or_promised_it(coder, text):
    judged = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert judged and all(e.target_country == "RUS" for e in judged), judged


# (session 30) rules found on two fresh translated analyses (the MH17 finding on the Kursk
# brigade, the Navalny poisoning and the EU sanctions); the sentences below are invented
# about other episodes


@pytest.mark.parametrize(
    "text",
    [
        "Washington expelled 35 Russian diplomats. The Russian Foreign Ministry stated that "
        "Moscow will respond with mirror measures.",
        "Washington expelled 35 Russian diplomats. Moscow vowed to respond.",
        "Washington expelled 35 Russian diplomats. The Kremlin promised retaliatory measures.",
    ],
)
def test_an_answer_in_kind_with_no_one_named_is_aimed_at_the_last_wrong(coder, text):
    events = coder.code_text(text, PUB)
    found = {
        (e.source_country, e.target_country)
        for e in events
        if e.is_fact and e.cameo_root in ("13", "16") and e.source_country == "RUS"
    }
    assert found == {("RUS", "USA")}, found


def test_an_answer_in_kind_finds_no_side_when_no_wrong_was_told(coder):
    text = "Washington praised the Russian ballet. Moscow vowed to respond."
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "13"]
    assert all(e.target_country in ("", "RUS") for e in found), found


def test_responding_with_measures_is_coded(coder):
    text = "London expelled 23 Russian diplomats. Moscow responded with mirror measures."
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == "16" and e.source_country == "RUS"
    }
    assert found == {("RUS", "GBR")}, found


@pytest.mark.parametrize(
    "text",
    [
        "The governments of Greece and Cyprus declared that they hold Turkey responsible for "
        "the escalation.",
        "On Monday, 12 August, the governments of Greece and Cyprus declared that they hold "
        "Turkey responsible for the escalation.",
    ],
)
def test_they_said_by_the_governments_of_two_countries_are_both(coder, text):
    found = {e.source_country for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == "11" and e.target_country == "TUR"}  # fmt: skip
    assert found == {"GRC", "CYP"}, found


def test_a_colleague_of_an_organisations_official_serves_the_organisation(coder):
    # the whole code: not "NAT", the first three letters of NATO
    text = "Secretary General Jens Stoltenberg and his deputy Mircea Geoana condemned Russia."
    found = {e.source_country for e in coder.code_text(text, dt.date(2019, 11, 1))
             if e.is_fact and e.cameo_root == "11"}  # fmt: skip
    assert found == {"NATO"}, found


def test_an_airliner_named_by_its_maker_pays_no_visit(coder):
    text = (
        "On 8 January the Boeing 737 of Ukraine International Airlines, which was flying from "
        "Tehran to Kyiv, was shot down."
    )
    visits = [e for e in coder.code_text(text, dt.date(2020, 1, 11)) if e.cameo_root == "04"]
    assert not visits, visits


@pytest.mark.parametrize(
    "second",
    [
        "Britain on the same day introduced the same restrictions.",
        "Canada imposed similar sanctions.",
    ],  # fmt: skip
)
def test_measures_said_to_repeat_earlier_ones_share_their_target(coder, second):
    text = "The European Union imposed sanctions on six Belarusian officials. " + second
    events = coder.code_text(text, PUB)
    found = {
        (e.source_country, e.target_country)
        for e in events
        if e.is_fact and e.cameo_root == "16" and e.source_country in ("GBR", "CAN")
    }
    assert {t for _, t in found} == {"BLR"}, found


@pytest.mark.parametrize(
    "text, root, target",
    [
        ("The Chinese Foreign Ministry stated that all responsibility for the worsening of "
         "the relations will be borne by Canberra.", "11", "AUS"),
        ("Zakharova said that the responsibility lies entirely with Kyiv.", "11", "UKR"),
        ("Tehran warned that all consequences will be borne by London.", "13", "GBR"),
    ],
)  # fmt: skip
def test_a_burden_said_to_be_borne_by_someone_is_laid_on_them(coder, text, root, target):
    found = {e.target_country for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == root}  # fmt: skip
    assert target in found, found


def test_a_burden_said_not_to_lie_with_someone_is_no_charge(coder):
    text = "The spokesman said the responsibility does not lie with Moscow."
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "11"]
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tehran will accept only the results of an investigation in which it takes part fully.",
        "Tehran will only accept the results of the investigation.",
    ],
)
def test_an_acceptance_restricted_by_only_is_no_intent_to_agree(coder, text):
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "03"]
    assert not found, found


def test_an_acceptance_said_plainly_stays_an_intent(coder):
    text = "Tehran will accept the results of the investigation."
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "03"]
    assert found, found


@pytest.mark.parametrize(
    "text, accused",
    [
        ("The Georgian Foreign Ministry stated that the findings confirm the direct "
         "involvement of Russia in the war.", {"RUS"}),
        ("Kyiv said the evidence proves Iran's role in the attack.", {"IRN"}),
        ("Kyiv said the evidence does not prove Iran's role in the attack.", set()),
    ],
)  # fmt: skip
def test_findings_said_to_bear_out_a_part_accuse_its_owner(coder, text, accused):
    found = {e.target_country for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == "11"}  # fmt: skip
    assert found == accused, found


@pytest.mark.parametrize(
    "text",
    [
        "Peskov said that there are no grounds to accuse the Russian state.",
        "Ankara sees no reason to expel the Dutch diplomats.",
    ],
)
def test_an_act_there_are_no_grounds_for_is_not_done(coder, text):
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root in ("11", "16")]
    assert not found, found


# Session 30 (fresh Persian and Arabic analyses): the translated order that puts a dated time
# phrase between a verb and its object, the envoy's recall said as a noun, and a body the
# translation capitalises without naming its country.


@pytest.mark.parametrize(
    "text, pair, root, day",
    [
        (
            "The Saudi Ministry of Foreign Affairs expelled on Monday, 6 August, the Canadian "
            "ambassador, Dennis Horak.",
            ("SAU", "CAN"),
            "16",
            dt.date(2018, 8, 6),
        ),
        (
            "Kyiv closed on Friday, 30 November, its border to Russian men after the parliament "
            "approved martial law.",
            ("UKR", "RUS"),
            "19",
            dt.date(2018, 11, 30),
        ),
    ],
)
def test_an_object_after_a_dated_time_phrase_is_the_verbs(coder, text, pair, root, day):
    events = coder.code_text(text, dt.date(2018, 12, 2))
    got = [e for e in events if (e.source_country, e.target_country) == pair]
    assert [e for e in got if e.cameo_root == root and e.date == day], events


@pytest.mark.parametrize(
    "text, target",
    [
        ("Qatar announced the recall of its ambassador to Chad.", "TCD"),
        ("Bamako announced the recall of its ambassador in Algiers for consultations.", "DZA"),
    ],
)
def test_the_recall_of_an_envoy_is_a_cut_in_ties(coder, text, target):
    events = coder.code_text(text, PUB)
    assert [e for e in events if e.cameo == "161" and e.target_country == target], events


def test_the_recall_of_goods_is_no_cut_in_ties(coder):
    text = "Toyota announced the recall of two million cars in the United States."
    assert not [e for e in coder.code_text(text, PUB) if e.cameo_root == "16"]


def test_a_capitalised_body_without_its_country_is_the_last_side_that_acted(coder):
    # the Japanese government is only spoken of; China acted last
    text = (
        "The Chinese government rejected the claims of the Japanese government. The Ministry "
        "of Foreign Affairs summoned the ambassador of Japan."
    )
    events = coder.code_text(text, PUB)
    summons = [e for e in events if e.cameo == "110" and e.target_country == "JPN"]
    assert summons and all(e.source_country == "CHN" for e in summons), events


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Islamabad agreed to the transfer of the captured pilot to New Delhi.", ("PAK", "IND")),
        ("Moscow consented to the transfer of the detained sailors to Kyiv.", ("RUS", "UKR")),
    ],
)
def test_agreeing_to_a_transfer_is_agreeing_to_a_handover(coder, text, pair):
    events = coder.code_text(text, PUB)
    got = [e for e in events if (e.source_country, e.target_country) == pair]
    assert [e for e in got if e.cameo_root == "03"], events


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Iraqi sources revealed to the newspaper that Turkish troops had shelled Sinjar.", False),
        ("Diplomatic sources told the paper that Iran had sent drones to Russia.", False),
        # attribution alone is how news is written: still the event told
        ("Military sources said that Turkish troops had shelled Sinjar.", True),
    ],
)
def test_sources_telling_the_paper_tell_hearsay(coder, text, fact):
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root in ("19", "07")]
    assert events and all(e.is_fact == fact for e in events), events


# (session 30b) rules found on two fresh translated analyses (the Georgia flight ban after
# the Gavrilov night, the Montenegro coup-plot verdict); the sentences below are invented
# about other episodes


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Tokyo imposed duties on Chinese steel. Beijing will take retaliatory measures.",
         ("CHN", "JPN")),
        ("Tokyo imposed duties on Chinese steel. Beijing reserves the right to take "
         "retaliatory measures.", ("CHN", "JPN")),
        ("Warsaw expelled a Russian diplomat. The Russian Foreign Ministry stated that Moscow "
         "reserves the right to take reciprocal measures.", ("RUS", "POL")),
    ],
)  # fmt: skip
def test_measures_taken_in_answer_and_a_right_reserved_to_take_them_threaten(coder, text, pair):
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == "13"
    }
    assert found == {pair}, found


def test_a_right_had_is_no_threat(coder):
    text = (
        "Tokyo imposed duties on Chinese steel. Beijing has the right to take retaliatory measures."
    )
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.source_country == "CHN"]
    assert not found, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Finland became a member of the North Atlantic Alliance on Tuesday. Moscow reserves "
         "the right to take retaliatory measures.", "FIN"),
        ("Finland joined the alliance on Tuesday. Russia said it would take countermeasures.",
         "FIN"),
        # a step told and coded that is no wrong is answered by no one
        ("Finland praised the Russian ballet on Tuesday. Moscow vowed to respond.", ""),
    ],
)  # fmt: skip
def test_an_answer_with_no_wrong_told_answers_the_step_of_the_side_told_before(coder, text, target):
    found = {
        e.target_country
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == "13" and e.source_country == "RUS"
    }
    assert found == {target}, found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara called the move unacceptable, and the French and German ministers condemned "
        "the remarks of the presenter.",
        "Ankara called the move unacceptable, and Paris condemned the presenter's words.",
    ],
)
def test_words_whose_unnamed_speaker_is_given_are_not_the_words_told_before(coder, text):
    found = [
        e for e in coder.code_text(text, PUB) if e.is_fact and e.source_country in ("FRA", "DEU")
    ]
    assert all(e.target_country != "TUR" for e in found), found


def test_an_episode_judged_is_the_act_told_before(coder):
    text = (
        "A Ukrainian presenter insulted Lukashenko on air on Sunday. Minsk called the episode "
        "unacceptable."
    )
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == "11"
    }
    assert ("BLR", "UKR") in found, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("The Chinese Ministry of Commerce barred Australian ships from sailing to China.", "AUS"),
        ("The Turkish Ministry of Transport prohibited Dutch airlines from flying to Turkey.",
         "NLD"),
        # a destination abroad is still whom the ban is aimed at
        ("Moscow banned flights to Georgia.", "GEO"),
    ],
)  # fmt: skip
def test_the_banners_own_country_as_destination_is_no_target(coder, text, target):
    found = {e.target_country for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == "16"}  # fmt: skip
    assert found == {target}, found


@pytest.mark.parametrize(
    "text, accused",
    [
        ('The Georgian prosecutor stated that behind the sabotage stood "Russian military '
         'intelligence".', {"RUS"}),
        ("Kyiv said that Moscow stood behind the blasts.", {"RUS"}),
        # standing behind a side is support, no charge
        ("Amman said it stood firmly behind Egypt.", set()),
    ],
)  # fmt: skip
def test_a_side_said_to_stand_behind_an_act_is_accused_of_it(coder, text, accused):
    found = {e.target_country for e in coder.code_text(text, PUB)
             if e.is_fact and e.cameo_root == "11"}  # fmt: skip
    assert found == accused, found


@pytest.mark.parametrize(
    "text, house",
    [
        ("Prime Minister Pashinyan condemned the shelling. On Tuesday the State Duma adopted an "
         "appeal to the government with a proposal to restrict imports from Armenia.", "RUS"),
        ("Prime Minister Mitsotakis met President Erdogan. The Greek parliament called on the "
         "government to freeze the talks.", "GRC"),
    ],
)  # fmt: skip
def test_a_legislature_asks_its_own_government(coder, text, house):
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == "02"
    }
    assert found == {(house, house)}, found


@pytest.mark.parametrize(
    "text, threats",
    [
        ("According to the investigation, the detained men planned to storm the parliament of "
         "Moldova.", 0),
        ("Prosecutors said the group plotted to kill the President of Moldova.", 0),
        # a plan its own side tells is still an intent announced
        ("Moscow said it plans to strike the bases in Ukraine.", 1),
    ],
)  # fmt: skip
def test_a_plan_told_by_others_is_no_threat_made(coder, text, threats):
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "13"]
    assert len(found) == threats, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Putin called the actions of the United States boorish.", "USA"),
        ("Lavrov called the decision of Washington rude and arrogant.", "USA"),
        ("Zakharova called the steps of the British side shameless.", "GBR"),
    ],
)
def test_calling_an_act_something_is_a_judgement_not_a_phone_call(coder, text, target):
    # the judging adjective closes the object, read as its last noun; an act is never phoned
    events = [e for e in coder.code_text(text, PUB) if e.target_country == target]
    assert not [e for e in events if e.cameo_root == "04"], events
    assert [e for e in events if e.cameo_root == "11"], events


def test_an_act_called_something_unknown_is_still_no_phone_call(coder):
    events = coder.code_text("Putin called the decision of Washington strange.", PUB)
    assert not [e for e in events if e.cameo_root == "04"], events


def test_a_phone_call_to_a_person_stays_a_phone_call(coder):
    events = coder.code_text("Erdogan called the Russian president on Monday.", PUB)
    assert [e for e in events if e.cameo == "041" and e.target_country == "RUS"], events


@pytest.mark.parametrize(
    "text",
    [
        "Putin spoke to reporters in Beijing on Tuesday.",
        "Speaking to journalists at the summit in Xiamen, Putin praised the BRICS countries.",
        "Lavrov talked to the press in Ankara after the ceremony.",
    ],
)
def test_talking_to_an_audience_abroad_is_no_consultation(coder, text):
    # reporters are an audience, not a party; the city where they listen is no side
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "04"]
    assert not events, events


def test_talking_to_a_counterpart_stays_a_consultation(coder):
    events = coder.code_text("Lavrov spoke with his Turkish counterpart in Moscow.", PUB)
    assert [e for e in events if e.cameo_root == "04" and e.target_country == "TUR"], events


@pytest.mark.parametrize(
    "text",
    [
        "The war of the embassies: what remains of the Russian-British dialogue",
        "The Russian-Georgian dialogue remains frozen since the war.",
        "The talks between Serbia and Kosovo have stalled.",
    ],
)
def test_a_dialogue_said_to_stand_still_is_no_meeting(coder, text):
    # the relation is told, not a meeting of it
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "04" and e.is_fact]
    assert not events, events


def test_a_dialogue_held_is_still_a_meeting(coder):
    events = coder.code_text("The Russian-British dialogue took place in Geneva on Monday.", PUB)
    assert [e for e in events if e.cameo_root == "04" and e.target_country == "GBR"], events


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the American diplomatic missions in Turkey suspended their work for a day.",
        "The Canadian embassy in Caracas suspended its activities for security reasons.",
    ],
)
def test_stopping_ones_own_work_coerces_no_one(coder, text):
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "17"]
    assert not events, events


def test_stopping_the_work_of_another_is_still_coercion(coder):
    text = "Moscow suspended the work of the British Council in Russia."
    events = coder.code_text(text, PUB)
    assert [e for e in events if e.cameo == "172" and e.target_country == "GBR"], events


@pytest.mark.parametrize(
    "text, talks",
    [
        # appeals made one after another: no call between those who made them
        ("Oman called on its citizens in Beirut to leave, and Bahrain and Qatar followed with "
         "similar calls.", 0),
        ("Egypt and Jordan repeated their calls for calm on Monday.", 0),
        # a call held, had or said in is a conversation between them
        ("Modi and Abe held a call on Monday.", 2),
        ("Modi and Abe discussed trade in a call on Monday.", 2),
        ("The Modi-Abe call lasted an hour.", 2),
    ],
)  # fmt: skip
def test_a_call_that_is_an_appeal_is_no_conversation(coder, text, talks):
    found = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "04"]
    assert len(found) == talks, found


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "he" in a clause joined to the main one takes up the main speaker, not the one
        # named inside what was said
        ("The Indian Minister of External Affairs Subrahmanyam Jaishankar stressed in Delhi on "
         "Friday that Imran Khan cannot hide the truth, and he accused Pakistan of sheltering "
         "terrorists.", "IND"),
        ("The Egyptian foreign minister said that Omar al-Bashir is misleading his people, and "
         "he accused Sudan of harbouring militants.", "EGY"),
        # (also when the parser hangs ", and he accused" on what was said)
        ("Omar al-Bashir spoke in Khartoum. The Egyptian Minister of Foreign Affairs Sameh "
         "Shoukry stated in Cairo on Monday, 8 January, that Omar al-Bashir knows the truth and "
         "can see it whenever he wants, and he accused Sudan of harbouring militants.", "EGY"),
    ],
)  # fmt: skip
def test_a_joined_clause_pronoun_is_the_main_speaker(coder, text, speaker):
    found = {e.source_country for e in coder.code_text(text, PUB) if e.cameo_root == "11"}
    assert found == {speaker}, found


def test_an_occasion_held_on_a_day_dates_the_story(coder):
    # "At a press conference held on 9 May" dates the statement, so "on the same day" after
    # it is 9 May even though the statement itself is not coded
    text = (
        "At a press conference held on 9 May, the spokesman went further and stated that the "
        "inquiry cannot be trusted. In response, Kenya on the same day summoned the Ugandan "
        "ambassador."
    )
    days = {e.date for e in coder.code_text(text, PUB) if e.source_country == "KEN"}
    assert days == {dt.date(2022, 5, 9)}, days


@pytest.mark.parametrize(
    "text, target",
    [
        # the "of" phrase of a stance is who holds it; the one it is for is the target
        ("Blinken stressed the support of Washington for the security of Israel.", "ISR"),
        ("Lavrov underlined the support of Moscow for Damascus.", "SYR"),
        # with no other phrase the "of" phrase stays the target
        ("Erdogan expressed his appreciation of Qatar.", "QAT"),
    ],
)  # fmt: skip
def test_a_stance_of_someone_for_another_targets_the_other(coder, text, target):
    found = {e.target_country for e in coder.code_text(text, PUB) if e.cameo_root == "05"}
    assert found == {target}, found


@pytest.mark.parametrize(
    "text",
    [
        "The winter for the Russian-Ukrainian relations began with the stop of the gas "
        "transit to the Ukrainian pipelines.",
        "The quarrel of the Chinese-Australian relations started with a stop of the coal "
        "imports to the Chinese ports.",
    ],
)
def test_a_stop_of_a_thing_is_no_stopover(coder, text):
    # "stop" with an "of" phrase for what stopped is a halt, not a visit's stop
    visits = [e for e in coder.code_text(text, PUB) if e.cameo_root == "04"]
    assert not visits, visits


def test_a_stop_in_a_place_stays_a_visit(coder):
    events = coder.code_text("Premier Li made a stop in Wellington on his way to Canberra.", PUB)
    assert [e for e in events if e.cameo == "042" and e.target_country == "NZL"], events


@pytest.mark.parametrize(
    "text",
    [
        "The visit of the Chinese premier to Canberra began on Monday. In Wellington the "
        "visit was watched with concern.",
        "The trip of the Indian minister to Kabul ended on Friday. The trip was followed "
        "closely in Islamabad.",
    ],
)
def test_where_a_visit_is_watched_is_no_place_visited(coder, text):
    # the onlookers' place is not the visit's: only the first sentence's visit is coded
    visits = [e for e in coder.code_text(text, PUB) if e.cameo_root == "04"]
    assert visits and all(e.sentence_id == 0 for e in visits), visits
