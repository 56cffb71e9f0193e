"""Event dates across a story's sentences: the day or month the story has reached, the day
a clause counts back from, the day a pledge or charge was said. Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import told_as_recent


def _dated(coder, text, day):
    return [
        (e.source_country, e.target_country, e.cameo, e.date, e.date_precision)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("text", "story"),
    [
        (
            "On 22 August Seoul decided to end the intelligence pact with Japan. Outside the "
            "embassy the crowds protested against the decision of Tokyo.",
            dt.date(2019, 8, 22),
        ),
        (
            "On 4 May Lithuania expelled two Belarusian diplomats. Outside the embassy the crowds "
            "protested against the decision of Vilnius.",
            dt.date(2019, 5, 4),
        ),
    ],
)
def test_a_past_tense_tagged_a_participle_takes_the_story_s_day(coder, text, story):
    """A participle heading a clause with its own subject and no auxiliary ("the crowds
    protested", tagged VBN) is a simple past the tagger mistook: the undated protest happened
    on the story's day, not on the publication day."""
    protests = [e for e in coder.code_text(text, dt.date(2019, 12, 26)) if e.cameo_root == "14"]
    assert protests and {e.date for e in protests} == {story}


def test_a_count_back_need_not_be_tagged_a_date(coder):
    """ "…, three days after Trump told Erdogan in a phone call": the call three days before
    the crossing, though the model tagged no date in "three days"."""
    text = (
        "Turkish troops crossed into Syria on Oct. 9, three days after Trump told Erdogan in a "
        "phone call that U.S. forces would step aside."
    )
    calls = [e for e in _dated(coder, text, dt.date(2019, 10, 24)) if e[2] == "041"]
    assert calls and {e[3] for e in calls} == {dt.date(2019, 10, 6)}
    text = "Kenyan police arrived in Haiti on 25 June, two weeks after Ruto met Biden in Nairobi."
    met = [e for e in _dated(coder, text, dt.date(2024, 7, 1)) if e[2] == "040"]
    assert met and {e[3] for e in met} == {dt.date(2024, 6, 11)}


def test_an_act_counted_back_from_does_not_move_the_story(coder):
    """ "The Guards boarded the vessel on 19 July, two weeks after British marines seized an
    Iranian tanker": the story is on 19 July; the seizure two weeks before is background,
    and the warning told next is of 19 July."""
    text = (
        "Iranian Revolutionary Guards boarded the British vessel on 19 July, two weeks after "
        "British marines seized an Iranian tanker near Gibraltar. The British foreign secretary "
        "warned Iran of serious consequences."
    )
    warned = [e for e in _dated(coder, text, dt.date(2019, 9, 28)) if e[2][:2] == "13"]
    assert warned and {e[3] for e in warned} == {dt.date(2019, 7, 19)}


@pytest.mark.parametrize(
    ("text", "root", "day"),
    [
        (
            "On 12 April Putin received Tillerson in the Kremlin. After the talks Lavrov and "
            "Tillerson said that the two countries will set up a joint commission.",
            "03",
            dt.date(2017, 4, 12),
        ),
        (
            "On 26 February Indian jets struck a camp near Balakot. The Foreign Ministry of "
            "Pakistan said that the Indian aircraft violated the Line of Control.",
            "11",
            dt.date(2019, 2, 26),
        ),
        (
            "On 3 January Saudi Arabia cut ties with Iran. Tehran said it will not accept the "
            "decision.",
            "12",
            dt.date(2016, 1, 3),
        ),
    ],
)
def test_a_pledge_or_charge_said_in_the_past_is_dated_by_the_story(coder, text, root, day):
    """What saying something asserts (a pledge, a charge, a refusal) is dated when it was
    said: with no day of its own, the story's day, not publication."""
    said = [e for e in coder.code_text(text, dt.date(day.year, 4, 20)) if e.cameo_root == root]
    assert said and {e.date for e in said} == {day}


def test_a_month_a_past_act_is_dated_to_carries_to_the_acts_told_next(coder):
    """ "In January ECOWAS imposed sanctions on Mali. France backed the sanctions.": France
    backed them that January (month precision, no made-up day), not on the lead's day; a day
    named later moves the story on again; a month the model read into a name ("March
    Bamako") is a date all the same."""
    text = (
        "The junta in Mali said on Sunday that it is leaving the regional force. In January "
        "the West African bloc ECOWAS imposed sanctions on Mali. France backed the sanctions. "
        "On 31 January Mali expelled the French ambassador. In March Bamako suspended the "
        "broadcasts of Radio France Internationale. Paris condemned the decision."
    )
    events = _dated(coder, text, dt.date(2022, 5, 20))
    assert ("FRA", "ECOWAS", "051", dt.date(2022, 1, 1), "month") in events
    assert ("FRA", "MLI", "111", dt.date(2022, 3, 1), "month") in events
    assert [e for e in events if e[2] == "161"][0][3:] == (dt.date(2022, 1, 31), "day")


def test_a_year_alone_and_a_month_of_the_story_s_day_do_not_move_it(coder):
    """A year named for a past act is background ("Riyadh cut ties with Tehran in 2016"): the
    reaction told next is of the story's day; so is one after a month the story's day lies
    in ("On 3 March … In March also …")."""
    text = (
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. Riyadh cut "
        "ties with Tehran in 2016. The United States welcomed the agreement."
    )
    welcomed = [e for e in _dated(coder, text, dt.date(2023, 3, 11)) if e[0] == "USA"]
    assert welcomed and {e[3:] for e in welcomed} == {(dt.date(2023, 3, 10), "day")}
    text = (
        "On 3 March Poland closed the border with Belarus. In March Lithuania also closed its "
        "border. Minsk condemned the decision."
    )
    condemned = [e for e in _dated(coder, text, dt.date(2023, 4, 20)) if e[0] == "BLR"]
    assert condemned and {e[3:] for e in condemned} == {(dt.date(2023, 3, 3), "day")}


def test_a_month_after_a_preposition_of_time_is_a_date_of_its_own(coder):
    """ "In March Bamako suspended …": the model read "March Bamako" as one place; the month
    is a date. One inside a date of the model's own stays there: "by July next year" is a
    deadline ahead, not a past July."""
    text = "Serbia agreed on Friday to move its embassy to Jerusalem by July next year."
    agreed = [e for e in _dated(coder, text, dt.date(2020, 9, 5)) if e[0] == "SRB"]
    assert agreed and {e[3] for e in agreed} == {dt.date(2020, 9, 4)}
    doc = coder.nlp(
        "Paris recalled him the next day. In March Bamako suspended the broadcasts of Radio "
        "France Internationale."
    )
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["the next day", "March"]


@pytest.mark.parametrize(
    ("text", "published", "saturday"),
    [
        # a story's Friday, then "during the weekend": the Saturday after; the act told next
        # is of that day too
        (
            "On 14 September six Chinese ships entered the waters around the islands. During "
            "the weekend in dozens of Chinese cities demonstrators attacked Japanese shops. The "
            "Japanese prime minister asked Beijing to protect Japanese citizens.",
            dt.date(2012, 9, 20),
            dt.date(2012, 9, 15),
        ),
        # a Monday wire story: the weekend just past
        (
            "Over the weekend, Belarusian troops fired at Polish border guards.",
            dt.date(2021, 11, 15),
            dt.date(2021, 11, 13),
        ),
        (
            "Belarusian troops fired at Polish border guards last weekend.",
            dt.date(2021, 11, 18),
            dt.date(2021, 11, 13),
        ),
    ],
)
def test_a_weekend_is_dated_by_its_saturday(coder, text, published, saturday):
    """ "the weekend" is the one nearest the story's day (never after publication), "last
    weekend" the one before publication's week."""
    dated = {e.date for e in coder.code_text(text, published) if e.source_country}
    assert dated == {saturday}


def test_a_weekend_ahead_is_the_coming_one(coder):
    text = "Polish and Belarusian officials will meet at the weekend."
    met = [e for e in coder.code_text(text, dt.date(2021, 11, 15)) if e.cameo == "040"]
    assert met and {(e.date, e.modality) for e in met} == {(dt.date(2021, 11, 20), "future")}


@pytest.mark.parametrize(
    "reaction",
    [
        "Islamabad the accusations has rejected.",
        "Islamabad these charges as baseless has rejected.",
        "Islamabad the accusations has rejected and the Indian envoy summoned.",
    ],
)
def test_a_translated_verb_final_perfect_is_told_in_the_past(coder, reaction):
    """ "Islamabad the accusations has rejected": a translation keeping the source's narrative
    perfect, after a dated story: the rejection is of the story's day."""
    text = (
        "On 18 September militants attacked an army camp in Uri. New Delhi accused Pakistan of "
        "supporting the militants. " + reaction
    )
    # (the reaction's own events: the support New Delhi charges Pakistan with is an act of
    # its own, told in the second sentence)
    rejected = [
        e
        for e in coder.code_text(text, dt.date(2016, 10, 4))
        if e.source == "PAK" and e.sentence_id == 2
    ]
    assert rejected and {e.date for e in rejected} == {dt.date(2016, 9, 18)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has massed thousands of soldiers on the border with Ukraine.",
        "The proposal of Moscow to hold talks Kyiv has not accepted.",
    ],
)
def test_an_english_or_a_denied_perfect_holds_up_to_now(coder, sentence):
    """An English perfect, or a denied one, tells what holds up to publication."""
    text = "On 18 February Russian ships fired on Ukrainian boats. " + sentence
    later = [e for e in coder.code_text(text, dt.date(2022, 3, 1)) if e.sentence_id == 1]
    assert later and {e.date for e in later} == {dt.date(2022, 3, 1)}


@pytest.mark.parametrize(
    "present",
    [
        "Russian and Chinese officials call each other strategic partners.",
        "Some media write that the army has already left its positions.",
        "Analysts in Addis Ababa expect a quick reopening of the border.",
    ],
)
def test_a_sentence_in_the_present_brings_the_story_to_now(coder, present):
    """After a sentence told in the present, an undated act is no longer of the story's last
    day: "… On 9 July Abiy flew to Asmara. Some media write that … . The UN secretary-general
    welcomed the agreement." is dated by publication."""
    text = (
        "On 9 July the Ethiopian prime minister flew to Asmara and signed a peace declaration "
        "with Eritrea. " + present + " The UN secretary-general welcomed the agreement."
    )
    welcomed = [e for e in coder.code_text(text, dt.date(2018, 7, 12)) if e.source == "UNOGOV"]
    assert welcomed and {e.date for e in welcomed} == {dt.date(2018, 7, 12)}


def test_a_state_in_the_present_is_background(coder):
    """ "The two countries remain deeply divided": a lasting state, not the time of writing;
    the act told next is still of the story's day."""
    text = (
        "On 9 July the Ethiopian prime minister flew to Asmara and signed a peace declaration "
        "with Eritrea. The two countries remain deeply divided over the border town. The UN "
        "secretary-general welcomed the agreement."
    )
    welcomed = [e for e in coder.code_text(text, dt.date(2018, 7, 12)) if e.source == "UNOGOV"]
    assert welcomed and {e.date for e in welcomed} == {dt.date(2018, 7, 9)}


def test_the_next_day_after_a_present_sentence_counts_from_the_day_named(coder):
    text = (
        "On 9 July the Ethiopian prime minister flew to Asmara. Analysts expect a quick "
        "reopening of the border. The next day Eritrea reopened its embassy in Addis Ababa."
    )
    dated = {e.date for e in coder.code_text(text, dt.date(2018, 7, 20)) if e.sentence_id == 2}
    assert dated == {dt.date(2018, 7, 10)}


@pytest.mark.parametrize(
    ("text", "root", "day", "mood"),
    [
        # the agreeing is of publication; "by March" is when the shipping is due
        (
            "Iran agreed with Russia to ship its enriched uranium abroad by March.",
            "03",
            dt.date(2022, 1, 20),
            "asserted",
        ),
        # the pledge is made when said; the withdrawal is due by February (the coming one)
        (
            "Russia said it will withdraw its troops from Belarus by February.",
            "08",
            dt.date(2022, 2, 1),
            "future",
        ),
        # a past told "by" a day is of that day
        (
            "By Friday, Russian forces had shelled Kharkiv.",
            "19",
            dt.date(2022, 1, 14),
            "asserted",
        ),
    ],
)
def test_a_date_things_are_due_by_does_not_date_the_agreeing(coder, text, root, day, mood):
    events = [e for e in coder.code_text(text, dt.date(2022, 1, 20)) if e.cameo_root == root]
    assert {(e.date, e.modality) for e in events if e.modality == mood} == {(day, mood)}


def test_a_headline_takes_the_day_its_text_gives_the_same_act(coder):
    """A title coded before its text (a feed entry, a table row) tells in the present what
    the lead dates: one event on the lead's day, not a second one on the publication day; a
    headline act the text does not date, or a sentence with no line break after it, keeps
    the publication day."""
    day = dt.date(2022, 10, 31)
    text = (
        "Congo expels Rwandan ambassador over rebel advance\n\n"
        "Kinshasa on Saturday ordered the Rwandan ambassador to leave the country within 48 "
        "hours, accusing Kigali of backing the M23 rebels."
    )
    expelled = {e.date for e in coder.code_text(text, day) if e.cameo == "161"}
    assert expelled == {dt.date(2022, 10, 29)}
    run_in = text.replace("\n\n", ". ")
    assert {e.date for e in coder.code_text(run_in, day) if e.cameo == "161"} == {
        day,
        dt.date(2022, 10, 29),
    }


@pytest.mark.parametrize(
    "recent",
    ["In recent days", "Over the past few weeks", "Recently", "Lately", "In the last days"],
)
def test_a_sentence_told_as_recent_brings_the_story_to_the_writing(coder, recent):
    """An act placed in the days before the writing ("in recent days", "recently") is not of
    the last day the story named, and neither is what is told next without a day."""
    day = dt.date(2021, 10, 15)
    text = (
        "On 5 October Georgia closed its border with Armenia. "
        f"{recent} the Georgian foreign minister held a telephone conversation with his "
        "Armenian counterpart. The two ministers agreed to continue the contacts."
    )
    events = coder.code_text(text, day)
    later = [e for e in events if e.cameo_root in ("03", "04")]
    assert later and {e.date for e in later} == {day}
    assert {e.date for e in events if e.cameo_root == "19"} == {dt.date(2021, 10, 5)}


def test_the_last_days_of_a_period_are_a_time_of_their_own():
    assert told_as_recent("In the last days the two ministers spoke by telephone.")
    assert not told_as_recent("The row returned in the last days of last year.")


@pytest.mark.parametrize(
    "this_year",
    ["For most of this year", "This year", "In the current year"],
)
def test_a_sentence_dated_to_this_year_ends_an_earlier_year_s_story(coder, this_year):
    """After background of an earlier year ("In March 2017 …"), a sentence dated to the year
    of writing brings the story back to it: the undated offer told next is of the time of
    writing, not of March 2017. Without it the offer keeps the background's month."""
    day = dt.date(2019, 12, 31)
    background = "In March 2017 Kiev banned the purchases of gas from Russia. "
    rest = "Moscow offered Kiev to extend the old contract for one year."
    middle = f"{this_year} the real talks between the two companies were not conducted. "
    offers = [e for e in coder.code_text(background + middle + rest, day) if e.cameo == "030"]
    assert offers and {e.date for e in offers} == {day}
    earlier = [e for e in coder.code_text(background + rest, day) if e.cameo == "030"]
    assert {e.date for e in earlier} == {dt.date(2017, 3, 1)}


def test_a_month_the_agreed_thing_is_due_in_does_not_date_the_agreeing(coder):
    """In a story that has reached 10 January, "agreed … to resume the flights in March" is
    of the coming March: the agreeing keeps the story's day, not last March."""
    text = (
        "On 10 January the foreign ministers of Egypt and Qatar met in Kuwait. Egypt agreed "
        "with Qatar to reopen the embassies and to resume the flights in March."
    )
    agreed = [e for e in coder.code_text(text, dt.date(2022, 1, 20)) if e.cameo_root == "03"]
    assert agreed and {e.date for e in agreed} == {dt.date(2022, 1, 10)}


@pytest.mark.parametrize(
    "text",
    [
        "Algiers summoned the French ambassador on Wednesday 29 September. Everything has "
        "changed on Saturday 2 October, when a newspaper printed the remarks of the president. "
        "The same evening Algeria recalled its ambassador from Paris.",
        "Rabat protested to Madrid on Monday 27 September. The quarrel has grown on Saturday 2 "
        "October with an interview of the minister. That evening Morocco recalled its "
        "ambassador from Madrid.",
    ],
)
def test_a_perfect_set_on_a_day_is_a_translated_past_that_moves_the_story(coder, text):
    """ "has changed on Saturday 2 October": English sets no perfect on a past day, so it is
    the source language's narrative past, and "the same evening" after it is that day."""
    recalls = [e for e in coder.code_text(text, dt.date(2021, 10, 18)) if e.cameo_root == "16"]
    assert recalls and {e.date for e in recalls} == {dt.date(2021, 10, 2)}


@pytest.mark.parametrize(
    "text",
    [
        "In an interview given on Friday to Algerian media, Tebboune accused France of lying.",
        "In a speech delivered on Friday, the Turkish president accused Israel of genocide.",
    ],
)
def test_an_interview_given_on_a_day_dates_what_is_said_in_it(coder, text):
    """ "in an interview given on Friday": the day the interview was given is the day of
    what was said in it, as for one published on that day."""
    charges = [e for e in coder.code_text(text, dt.date(2021, 10, 18)) if e.cameo_root == "11"]
    assert charges and {e.date for e in charges} == {dt.date(2021, 10, 15)}


def test_a_perfect_of_what_holds_up_to_now_keeps_no_day(coder):
    """A perfect with no day named still tells a state up to now, not a past act."""
    text = "Algeria has closed its airspace to French military planes."
    events = [e for e in coder.code_text(text, dt.date(2021, 10, 18)) if e.cameo_root == "16"]
    assert events and {e.date for e in events} == {dt.date(2021, 10, 18)}
