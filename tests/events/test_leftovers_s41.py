"""Misreadings left by the session-40 read-through of wire stories and its helpers, each a
general class checked on sentences written for detente (session 41)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 2, 16)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.source, e.cameo, e.target_country, e.target, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("text", "refuser", "host"),
    [
        ("Pakistan will not take part in the summit in New Delhi next month.", "PAK", "IND"),
        ("Japan decided not to attend the conference in Seoul.", "JPN", "KOR"),
        ("The Iranian president chose not to attend the summit in Riyadh.", "IRN", "SAU"),
    ],
)
def test_a_stated_refusal_to_take_part_rejects_the_host(coder, text, refuser, host):
    # "will not take part in" announces a refusal and "decided not to attend" makes one: a
    # refusal to meet (125) by the one who stays away, aimed at where the meeting is held
    got = _events(coder, text)
    assert any(e[0] == refuser and e[2] == "125" and e[3] == host for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not attend the meeting with the EU.",
        "Pakistan took part in the summit in New Delhi on Monday.",
    ],
)
def test_absence_told_or_attendance_is_no_refusal(coder, text):
    # a meeting missed, told as a fact, is no refusal anyone made; attending is meeting
    got = _events(coder, text)
    assert got and not any(e[2].startswith("12") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Muammar Gaddafi's son Saif al-Islam met the British ambassador in Tripoli on Tuesday.",
        "Saif al-Islam, a son of Muammar Gaddafi, met the British ambassador on Tuesday.",
        "Gaddafi's son met the Italian foreign minister in Rome on Tuesday.",
    ],
)
def test_a_leaders_kinsman_is_a_person_of_his_state_not_its_government(coder, text):
    # named by kinship to a leader ("X's son Y", "Y, a son of X"), one is of X's country,
    # but speaks for no government
    got = _events(coder, text, dt.date(2010, 3, 16))
    assert got and got[0][1] == "LBY", got


def test_the_leader_himself_stays_his_government(coder):
    got = _events(
        coder,
        "Muammar Gaddafi met the British ambassador in Tripoli on Tuesday.",
        dt.date(2010, 3, 16),
    )
    assert got and got[0][1] == "LBYGOV", got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Putin and Trump set a summit in Helsinki for July 16.", dt.date(2018, 6, 28)),
        ("The United States and North Korea have set talks for next week.", DAY),
        ("Armenia and Azerbaijan set a meeting in Geneva for Friday.", DAY),
    ],
)
def test_a_meeting_set_for_a_day_is_agreed_that_day_not_held(coder, text, day):
    # setting a summit or talks for a day agrees to meet (036) on the day it is set; the
    # meeting itself is not told as held, nor dated by the day it is set for
    got = _events(coder, text, day)
    assert any(e[2] == "036" for e in got), got
    assert not any(e[2].startswith("04") and e[5] == "asserted" for e in got), got
    assert all(e[6] == day for e in got if e[2] == "036"), got


def test_talks_held_on_a_day_stay_a_meeting(coder):
    got = _events(coder, "Armenia and Azerbaijan held talks in Geneva on Friday.")
    assert any(e[2].startswith("04") and e[5] == "asserted" for e in got), got


@pytest.mark.parametrize(
    ("text", "warner", "warned"),
    [
        (
            "Chavez warned Colombia that a similar raid on Venezuelan soil would mean war.",
            "VEN",
            "COL",
        ),
        (
            "Chavez warned that a Colombian raid on Venezuelan soil would mean war.",
            "VEN",
            "COL",
        ),
        (
            "Pakistan warned India that any strike on its territory would trigger a response.",
            "PAK",
            "IND",
        ),
    ],
)
def test_an_act_a_warning_says_would_mean_war_is_supposed_not_done(coder, text, warner, warned):
    # the raid or strike is only supposed: no one's assault, told or to come; the warner
    # threatens the side that would do it
    got = _events(coder, text)
    assert not any(e[2].startswith(("18", "19", "20")) for e in got), got
    assert any(e[0] == warner and e[2].startswith("13") and e[3] == warned for e in got), got


def test_an_act_that_brought_on_a_crisis_was_done(coder):
    got = _events(coder, "Colombia's raid on Ecuadorian soil triggered a diplomatic crisis.")
    assert any(e[0] == "COL" and e[2].startswith("19") for e in got), got


@pytest.mark.parametrize(
    ("text", "offerer", "helped"),
    [
        ("France is ready to send troops to Mali.", "FRA", "MLI"),
        ("Nigeria said it was ready to send more troops to Liberia.", "NGA", "LBR"),
        ("Turkey is willing to deploy soldiers to Qatar, Erdogan said.", "TUR", "QAT"),
    ],
)
def test_readiness_to_send_a_force_offers_help_not_a_threat(coder, text, offerer, helped):
    # "ready to send troops to X" offers X military aid (03x), as the CAMEO story sets code
    # Nigeria's readiness; nothing is sent yet and no one is threatened
    got = _events(coder, text)
    assert any(e[0] == offerer and e[2].startswith("03") and e[3] == helped for e in got), got
    assert not any(e[2].startswith("13") for e in got), got
    assert not any(e[2].startswith("15") and e[5] == "asserted" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Russia is ready to send troops to the border with Ukraine.",
        "France will send troops to Mali.",
    ],
)
def test_a_force_sent_to_a_border_or_announced_stays_a_show_of_force(coder, text):
    got = _events(coder, text)
    assert any(e[2].startswith("13") for e in got), got


@pytest.mark.parametrize(
    ("text", "decider", "target"),
    [
        (
            "The decision to expel the American diplomats was made known by the Russian foreign"
            " ministry on Friday.",
            "RUS",
            "USA",
        ),
        (
            "The decision to recall the ambassador from Paris was announced by the Italian"
            " foreign ministry.",
            "ITA",
            "FRA",
        ),
        (
            "The plan to close the Israeli embassy was disclosed by the Turkish foreign ministry.",
            "TUR",
            "ISR",
        ),
    ],
)
def test_the_agent_of_a_passive_announcement_took_the_decision(coder, text, decider, target):
    # "X's decision was made known by Y": Y made it, as in the active "Y announced its
    # decision"; a passive of telling names its teller in the "by" phrase
    got = _events(coder, text)
    assert any(e[0] == decider and e[3] == target for e in got), got


def test_a_decision_welcomed_by_another_is_not_its_welcomer_s(coder):
    got = _events(
        coder,
        "The decision to expel the American diplomats was welcomed by the Iranian foreign"
        " ministry.",
    )
    assert not any(e[0] == "IRN" and e[2].startswith(("16", "13")) for e in got), got


@pytest.mark.parametrize(
    ("text", "pair", "aimed_at"),
    [
        (
            "Russia and China vetoed the draft on Saturday. The two powers criticised France"
            " for pushing the vote.",
            {"RUS", "CHN"},
            "FRA",
        ),
        (
            "Russia and China vetoed the resolution on Tuesday. The two powers accused the West"
            " of seeking regime change in Syria.",
            {"RUS", "CHN"},
            "",
        ),
        (
            "Egypt and Sudan rejected the plan on Monday. The two neighbours warned Ethiopia"
            " against filling the dam.",
            {"EGY", "SDN"},
            "ETH",
        ),
    ],
)
def test_the_two_powers_are_the_pair_last_named(coder, text, pair, aimed_at):
    # "the two powers", "the two neighbours" take up the last two states named together,
    # whether or not their own act found a pair; a charge they aim at a third side named in
    # their clause is aimed at it, not each at the other
    got = _events(coder, text)
    later = [e for e in got if e[2][:2] in ("11", "13")]
    assert {e[0] for e in later} == pair, got
    assert all(e[3] == aimed_at for e in later), got


@pytest.mark.parametrize(
    ("text", "speaker", "envoy"),
    [
        (
            "Iran said the sailors had entered its waters illegally and summoned the British"
            " ambassador.",
            "IRN",
            "GBR",
        ),
        (
            "Russia said the activists had crossed the border illegally and summoned the"
            " Estonian ambassador.",
            "RUS",
            "EST",
        ),
        (
            "Turkey said the journalists had insulted the nation and expelled two German"
            " diplomats.",
            "TUR",
            "DEU",
        ),
    ],
)
def test_envoys_dealt_with_after_a_reported_clause_are_the_speaker_s(coder, text, speaker, envoy):
    # a verb joined after what a speaker says shares the speaker's subject when only a state
    # can do it: the people told of summon or expel no envoys
    got = _events(coder, text)
    assert any(e[0] == speaker and e[2].startswith(("11", "16")) and e[3] == envoy for e in got)


def test_an_act_joined_inside_a_report_stays_its_own_subject_s(coder):
    got = _events(
        coder, "Kyiv said Russian troops had shelled the town and killed three civilians."
    )
    assert any(e[0] == "RUS" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The UN-backed court in Sierra Leone sentenced Charles Taylor to 50 years.",
        "A UN-backed tribunal in Cambodia convicted two former Khmer Rouge leaders.",
        "The UN-sponsored court in Freetown sentenced three rebel commanders.",
    ],
)
def test_a_court_backed_by_the_un_is_the_un_s(coder, text):
    # an international body's court sits in a state but judges for the body (IGO), not for
    # the host state's judiciary
    got = _events(coder, text)
    assert got and got[0][1].startswith("UNO"), got


def test_a_state_s_own_court_stays_the_state_s(coder):
    got = _events(coder, "A Sierra Leone court sentenced three rebel leaders.")
    assert got and got[0][1] == "SLEJUD", got


def test_the_two_neighbours_in_a_third_side_s_words_are_not_the_last_two_named(coder):
    # Mubarak speaks of Turkey and Syria: "the two neighbours" he hopes will settle are not
    # Egypt and Turkey, the two the sentence last named
    got = _events(
        coder,
        "Mubarak met Turkish President Suleyman Demirel for two hours and said afterwards that"
        " he hoped the two neighbours would settle their differences through dialogue.",
    )
    assert not any(e[0] == "EGY" and e[3] == "TUR" and e[2] == "013" for e in got), got
