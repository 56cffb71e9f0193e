"""Misreadings found in a Seoul daily's analysis of the August 2015 mine crisis in the DMZ,
machine-translated from the Korean (tests/data/articles/2015-08-26-panmunjom-43-hours.txt),
each a general class checked on sentences written for detente (session 42)."""

from __future__ import annotations

import datetime as dt


def _events(coder, text, day):
    return [
        (e.source_country, e.cameo, e.target_country, e.modality)
        for e in coder.code_text(text, day)
    ]


def test_the_workers_partys_military_commission_is_north_koreas(coder):
    # China's party and North Korea's both have a "Central Military Commission": named with
    # the Workers' Party, it is Pyongyang's
    text = (
        "The Central Military Commission of the Workers' Party of Korea threatened South "
        "Korea with retaliation on Tuesday."
    )
    got = _events(coder, text, dt.date(2015, 8, 26))
    assert ("PRK", "130", "KOR", "asserted") in got, got
    assert not any(e[0] == "CHN" for e in got), got


def test_a_chinese_military_commission_stays_chinese(coder):
    text = "China's Central Military Commission ordered new drills near Taiwan on Monday."
    got = _events(coder, text, dt.date(2016, 8, 26))
    assert got and all(e[0] == "CHN" for e in got), got


_TOKYO_OPENING = (
    "The islets and the ambassador: a commentary\n\n"
    "Commentary, machine-translated from the Japanese original of a Tokyo daily.\n\n"
)
_RECALL = (
    "Our government on Friday recalled its ambassador from Seoul after the South Korean "
    "president Lee Myung-bak landed on the disputed islets."
)


def test_our_side_is_the_home_of_the_paper_the_opening_names(coder):
    # "our government" in a text whose opening says it comes from a Tokyo daily is Japan's
    got = _events(coder, _TOKYO_OPENING + _RECALL, dt.date(2012, 8, 12))
    assert ("JPN", "161", "KOR", "asserted") in got, got


def test_our_side_stays_unknown_without_a_home(coder):
    opening = _TOKYO_OPENING.replace(" of a Tokyo daily", "")
    got = _events(coder, opening + _RECALL, dt.date(2012, 8, 12))
    assert not any(e[0] == "JPN" for e in got), got


def test_our_inside_quotes_is_the_speakers(coder):
    text = _TOKYO_OPENING + (
        '"Our government will recall the ambassador from Tokyo," a South Korean official '
        "told the crowd."
    )
    got = _events(coder, text, dt.date(2012, 8, 12))
    assert not any(e[0] == "JPN" for e in got), got


def test_what_analysts_say_a_side_did_is_hearsay(coder):
    text = (
        "Some analysts in Tokyo say that Washington quietly pressed Seoul to keep the "
        "intelligence pact with Japan."
    )
    got = _events(coder, text, dt.date(2019, 11, 25))
    assert ("USA", "020", "KOR", "reported") in got, got
    assert not any(e[3] == "asserted" for e in got), got


def test_what_experts_say_a_side_did_is_hearsay(coder):
    text = "Experts say that Beijing secretly warned Pyongyang against a new nuclear test."
    got = _events(coder, text, dt.date(2017, 9, 1))
    assert ("CHN", "130", "PRK", "reported") in got, got


def test_what_a_side_says_another_did_stays_asserted(coder):
    text = (
        "The State Department said that Washington pressed Seoul to keep the intelligence "
        "pact with Japan."
    )
    got = _events(coder, text, dt.date(2019, 11, 25))
    assert ("USA", "020", "KOR", "asserted") in got, got


_KOREAN_CLASH = (
    "Tension between Seoul and Pyongyang rose sharply in August. On 20 August the North "
    "fired shells across the border, and the South answered with artillery. "
)


def test_the_two_sides_of_a_story_about_the_north_and_the_south(coder):
    # a third side named last (the UN command) is not one of "the two sides"
    text = _KOREAN_CLASH + (
        "The United Nations Command warned North Korea against further shelling. On 25 "
        "August the two sides reached an agreement after three days of talks."
    )
    got = _events(coder, text, dt.date(2015, 8, 27))
    assert ("KOR", "057", "PRK", "asserted") in got, got
    assert ("PRK", "057", "KOR", "asserted") in got, got
    assert not any(e[1] == "057" and "UNO" in (e[0], e[2]) for e in got), got


def test_the_two_sides_elsewhere_are_the_last_pair(coder):
    text = (
        "Turkey shot down a Russian bomber near the Syrian border on Tuesday. Moscow warned "
        "Ankara of serious consequences. On Friday the two sides agreed to keep their "
        "military hotline open."
    )
    got = _events(coder, text, dt.date(2015, 11, 30))
    assert ("TUR", "0334", "RUS", "asserted") in got, got
    assert ("RUS", "0334", "TUR", "asserted") in got, got


def test_a_meeting_with_its_own_partners_is_not_the_one_told_before(coder):
    # "at the meeting with his aides" is Moon's own meeting, not the Politburo's in Pyongyang
    text = (
        "Kim Jong Un on Sunday chaired a meeting of the Politburo in Pyongyang. President "
        "Moon Jae-in at the meeting with his aides on Monday said that the South is ready "
        "to help."
    )
    got = _events(coder, text, dt.date(2018, 3, 29))
    assert not any(e[1].startswith("04") and {e[0], e[2]} == {"KOR", "PRK"} for e in got), got


def test_a_bare_meeting_is_still_the_one_told_before(coder):
    text = (
        "Putin met Erdogan in Sochi on Tuesday. At the meeting Putin said that Moscow wants "
        "to keep the trade going."
    )
    got = _events(coder, text, dt.date(2017, 5, 4))
    assert ("RUS", "040", "TUR", "asserted") in got, got


def test_the_command_of_a_named_unit_is_not_the_last_army_named(coder):
    # the headquarters of an operation named after it: its own side's, not the Russian
    # troops of the sentence before
    text = (
        "Russian troops massed near the border on Sunday. On Monday President Zelensky "
        "visited the headquarters of the Joint Forces Operation in Kramatorsk."
    )
    got = _events(coder, text, dt.date(2021, 4, 12))
    assert not any("RUS" in (e[0], e[2]) and e[1] in ("042", "043") for e in got), got


def test_a_notice_that_a_side_will_act_if_the_other_does_not_stop_is_a_threat(coder):
    text = (
        "On 20 August the General Staff of the Korean People's Army sent a notice to Seoul "
        "that it will take military action if the South does not stop the loudspeaker "
        "broadcasts within 48 hours."
    )
    got = _events(coder, text, dt.date(2015, 8, 21))
    assert ("PRK", "130", "KOR", "asserted") in got, got


def test_a_message_of_goodwill_is_no_threat(coder):
    text = "Seoul sent a message to Pyongyang that it wants talks on the reunions."
    got = _events(coder, text, dt.date(2015, 8, 21))
    assert not any(e[1].startswith("13") for e in got), got


def test_steps_against_a_misfortune_threaten_no_one(coder):
    text = "The ministry said that it will take steps if the harvest fails again."
    got = _events(coder, text, dt.date(2015, 8, 21))
    assert not any(e[1].startswith("13") for e in got), got


_SEOUL_OPENING = "Machine translation from the Korean original of a Seoul daily.\n\n"


def test_the_doer_after_and_is_the_subject_of_the_second_clause(coder):
    # ", and the Joint Chiefs of Staff on the same day warned": the staff warned, not the
    # investigators of the first clause (the UN command among them)
    text = _SEOUL_OPENING + (
        "The joint investigation team of the army and the United Nations Command on "
        "Thursday (20th) announced that the torpedo was a weapon which the North side with "
        "a midget submarine secretly had fired, and the Joint Chiefs of Staff on the same "
        "day warned that the North will pay a harsh price corresponding to its provocation."
    )
    got = _events(coder, text, dt.date(2010, 5, 21))
    assert ("KOR", "130", "PRK", "asserted") in got, got
    assert not any(e[0] == "UNO" and e[1] == "130" for e in got), got


def test_a_second_clause_with_its_own_subject_is_left_alone(coder):
    text = (
        "Russia expelled two British diplomats, and Britain on the same day recalled its "
        "ambassador."
    )
    got = _events(coder, text, dt.date(2018, 3, 20))
    assert any(e[0] == "GBR" and e[1] == "161" for e in got), got
    assert any(e[0] == "RUS" and e[1] == "161" for e in got), got


def test_a_second_doer_before_a_date_read_as_a_clause_on_the_date(coder):
    # ", and the State Department … on the 20th (local time) called on the North": "called"
    # was read as a clause on "the 20th", leaving the appeal without its doer
    text = (
        "Tension between Seoul and Pyongyang rose again in December. On Monday (20th) the "
        "South held a live-fire drill on Yeonpyeong Island.\n\nAbroad, the Chinese foreign "
        "ministry on the same day expressed concern and urged the two sides to keep calm, "
        "and the State Department of the United States on the 20th (local time) called on "
        "the North to refrain from the actions which threaten the peace of the region."
    )
    got = _events(coder, text, dt.date(2010, 12, 22))
    assert ("USA", "020", "PRK", "asserted") in got, got
    assert ("CHN", "020", "KOR", "asserted") in got, got


def test_saying_an_apology_from_a_side_is_necessary_demands_it(coder):
    text = (
        "Prime Minister Erdogan said on Tuesday that an apology from Israel is necessary "
        "before ties can be restored."
    )
    got = _events(coder, text, dt.date(2010, 6, 8))
    assert ("TUR", "100", "ISR", "asserted") in got, got


def test_money_said_to_be_necessary_demands_nothing(coder):
    text = (
        "The minister said that more money from the European Union is necessary for the refugees."
    )
    got = _events(coder, text, dt.date(2016, 3, 8))
    assert not any(e[1].startswith("10") for e in got), got
