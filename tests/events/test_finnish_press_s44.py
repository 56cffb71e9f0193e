"""Rules found on a machine-translated Helsinki analysis (session 44: Finland closes its
eastern crossings with Russia, November-December 2023, and Moscow's protests): sentences
invented for detente about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2023, 12, 16)


def _show(events):
    return [(e.source_country, e.cameo, e.target_country, e.date, e.modality) for e in events]


def test_a_weekday_with_its_dotted_day_dates_the_act(coder):
    # "tiistaina 14.11." translated: the day and the month after a dot in brackets, day first
    text = "On Friday (24.11.) Helsinki accused Moscow of steering migrants to the border."
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert [(e.source_country, e.target_country, e.date) for e in events] == [
        ("FIN", "RUS", dt.date(2023, 11, 24))
    ], _show(events)


def test_a_dotted_day_keeps_the_sentence_whole_in_a_story(coder):
    # the rewritten day must not end the sentence before its verb: the act keeps its day
    text = (
        "Peskov rejected the accusations of Helsinki. Helsinki did not yield.\n\n"
        "On Wednesday (22.11.) Valtonen accused Russia of using the migrants as a weapon."
    )
    events = [e for e in coder.code_text(text, PUB) if e.source_country == "FIN"]
    assert any(
        e.cameo_root == "11" and e.target_country == "RUS" and e.date == dt.date(2023, 11, 22)
        for e in events
    ), _show(events)


def test_a_dotted_number_is_no_day(coder):
    # control: a decimal number after a weekday, not in brackets, is not read as a day
    text = "On Tuesday the index rose by 14.11. Finland accused Russia of a hybrid attack."
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert events and all(e.date != dt.date(2023, 11, 14) for e in events), _show(events)


def test_a_measure_decided_from_a_later_day_is_dated_by_the_decision(coder):
    text = (
        "On Wednesday 22 November the Finnish government decided to close its border with "
        "Russia from Friday."
    )
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert events and all(e.date == dt.date(2023, 11, 22) for e in events), _show(events)


def test_a_measure_announced_from_the_night_to_a_weekday(coder):
    text = (
        "On 16 November the Finnish government announced that it closes four crossing "
        "points on the border with Russia from the night to Saturday."
    )
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert events and all(e.date == dt.date(2023, 11, 16) for e in events), _show(events)


def test_a_span_of_days_still_dates_an_act_done_over_it(coder):
    # control: "from … to …" on an act done, not one decided, keeps its first day
    text = "From 30 August to 4 September, Finland held naval drills with Sweden."
    events = coder.code_text(text, PUB)
    assert events and all(e.date == dt.date(2023, 8, 30) for e in events), _show(events)


def test_the_government_after_one_only_spoken_of_is_the_speakers(coder):
    # the Russian authorities were only the ones accused; "the government" that acts next
    # is the accuser's
    text = (
        "On Monday Orpo said that the Russian authorities are steering the migrants to the "
        "frontier. On Thursday the government decided to close four crossing points."
    )
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert events and all(e.source_country == "FIN" for e in events), _show(events)


def test_the_government_after_a_speaker_quoting_another(coder):
    text = (
        "Orpo said that the Russian authorities are helping the asylum seekers. The "
        "government then closed the crossing points of Vaalimaa and Nuijamaa."
    )
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert events and all(e.source_country == "FIN" for e in events), _show(events)


def test_a_government_met_by_an_envoy_is_named_again_as_itself(coder):
    # control: a leader only met by a foreign envoy is not spoken of in his words, and "the
    # interim government" is told by a word of its own (Kyrgyzstan, April 2010)
    text = (
        "US Assistant Secretary of State Robert Blake met the interim leader Roza Otunbayeva "
        "in Bishkek. The interim government accused Bakiyev of ordering troops to fire."
    )
    events = [e for e in coder.code_text(text, dt.date(2010, 4, 21)) if "accused" in e.sentence]
    assert not [e for e in events if e.source_country == "USA"], _show(events)


def test_the_government_that_last_acted_itself_stays(coder):
    # control: a government that was the subject of its own act is the one named again
    text = (
        "Pakistan said it would expel the envoy of India. The government said it would "
        "downgrade ties with India."
    )
    events = [e for e in coder.code_text(text, PUB) if "downgrade" in e.sentence]
    assert events and all(e.source_country == "PAK" for e in events), _show(events)


_STORY = (
    "Helsinki accused Moscow of steering migrants to the border. The Kremlin rejected the "
    "accusations of Helsinki. Russia protested to Finland over the measure. "
)


def test_crossings_closed_in_a_two_state_story_are_shut_to_the_other_side(coder):
    text = _STORY + (
        "On Tuesday the Finnish government closed the crossing points of Salla and Vartius."
    )
    events = [e for e in coder.code_text(text, PUB) if e.cameo == "191"]
    assert [(e.source_country, e.target_country) for e in events][:1] == [("FIN", "RUS")], _show(
        events
    )


def test_own_crossings_closed_in_a_two_state_story(coder):
    # Venezuela shut its crossings with Colombia in August 2015; the sentence names only
    # the bridges of its own towns
    text = (
        "Caracas accused Bogota of letting smugglers attack its soldiers. Colombia rejected "
        "the accusations of Caracas. Bogota protested to Venezuela over the deportations. "
        "On 19 August the Venezuelan army closed the bridges of San Antonio and Urena."
    )
    events = [e for e in coder.code_text(text, dt.date(2015, 9, 1)) if e.cameo == "191"]
    assert events and events[0].target_country == "COL", _show(events)


def test_a_closing_with_no_story_pair_names_no_one(coder):
    # control: with no two states told together, nobody is guessed
    text = "On Tuesday the Finnish government closed the crossing points of Salla and Vartius."
    events = [e for e in coder.code_text(text, PUB) if e.cameo == "191"]
    assert all(e.target_country in ("", None, "FIN") for e in events), _show(events)


def test_the_sentence_after_an_announced_conclusion_is_a_judgement(coder):
    text = (
        "The conclusion of this writer is clear. The Kremlin is punishing Helsinki for the "
        "membership in NATO."
    )
    events = [e for e in coder.code_text(text, PUB) if e.source_country == "RUS"]
    assert not [e for e in events if e.is_fact], _show(events)


def test_a_sentence_after_a_plain_remark_is_still_told_as_fact(coder):
    # control: a short sentence without a conclusion announces nothing
    text = "The situation is clear. The Kremlin is punishing Helsinki for the membership in NATO."
    events = [e for e in coder.code_text(text, PUB) if e.source_country == "RUS"]
    assert [e for e in events if e.is_fact], _show(events)


def test_border_guards_sent_to_a_state_are_aid(coder):
    # Frontex reinforced Finland's eastern border in November 2023
    text = "Frontex announced that it sends 50 border guards to Finland."
    events = coder.code_text(text, PUB)
    assert [(e.source_country, e.cameo_root, e.target_country) for e in events] == [
        ("EU", "07", "FIN")
    ], _show(events)


def test_border_guards_massed_at_a_border_stay_a_show_of_force(coder):
    # control: guards sent to the border with a state are no aid to it
    text = "Belarus sent border guards to the border with Poland."
    events = coder.code_text(text, PUB)
    assert not [e for e in events if e.cameo_root == "07"], _show(events)


def test_a_side_taking_up_conclusions_announces_no_judgement(coder):
    # control: "welcomed the conclusions" is a side's act, and what it says next is told
    text = (
        "Kiev welcomed the conclusions of the investigators. The Ukrainian Foreign Ministry "
        "accused Russia of a direct involvement in the war."
    )
    events = [e for e in coder.code_text(text, dt.date(2018, 5, 25)) if e.cameo_root == "11"]
    assert [e for e in events if e.source_country == "UKR" and e.is_fact], _show(events)
