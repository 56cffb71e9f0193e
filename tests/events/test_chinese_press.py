"""Rules found on a machine-translated Chinese-press commentary (the China-Vietnam row over
the "981" drilling rig, 2014). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2014, 6, 20)


def test_may_after_the_subject_and_a_days_number_is_no_negation(coder):
    """ "Psaki on 6 May called the move of China provocative": the parser reads the month as
    a negation of "called"; the criticism is told, not denied."""
    text = "The spokeswoman Jen Psaki on 6 May called the move of China provocative."
    found = [e for e in coder.code_text(text, DAY) if e.target_country == "CHN"]
    assert found and all(e.modality == "asserted" for e in found)


def test_a_reaction_the_next_day_answers_the_act_told_last(coder):
    """An act of the reaction's own day told earlier in the piece (Vietnam's charge of 7 May)
    does not make the act told just before (Psaki's of 6 May) recalled background: "The next
    day" counts from it, and "the remarks" are hers."""
    text = (
        "On 7 May, Vietnam in Hanoi held a press conference, accusing the Chinese ships of "
        "ramming its vessels.\n\n"
        "The spokeswoman of the US State Department Jen Psaki on 6 May called the move of "
        "China provocative. The next day the Chinese side expressed strong dissatisfaction "
        "with the remarks."
    )
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if "dissatisfaction" in e.sentence and e.cameo_root == "11"
    }
    assert found == {("CHN", "USA")}


def test_a_person_told_to_before_the_verb_is_no_part_of_the_subject(coder):
    """ "the envoy of China to the United Nations Wang Min to the Secretary-General Ban
    Ki-moon submitted the paper … and requested him to circulate it": the second "to" phrase
    is where the paper went, so "him" is Ban, not the spokeswoman told before."""
    text = (
        "The spokeswoman Jen Psaki on 6 May called the move of China provocative. On 9 June "
        "the envoy of China to the United Nations Wang Min to the Secretary-General Ban "
        "Ki-moon submitted a position paper and requested him to circulate the paper to all "
        "the member states."
    )
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if "circulate" in e.sentence and e.cameo_root == "02"
    }
    assert found == {("CHN", "UNO")}


def test_the_writers_view_runs_on_to_the_end_of_its_paragraph(coder):
    """ "In the opinion of the author, …" opens a paragraph of forecasts: a side that "will
    not make any concession" two sentences on is the writer's guess, no refusal made; in the
    next paragraph, a plain "will not" is told as a refusal again."""
    opinion = "In the opinion of the author, these hopes of the outside world will not be realized."
    guess = (
        f"{opinion} The rig will stay until August, and the Chinese side will not make any "
        "concession to Hanoi."
    )
    assert not [e for e in coder.code_text(guess, DAY) if e.is_fact and e.target_country == "VNM"]
    told = f"{opinion}\n\nChina will not make any concession to Hanoi."
    assert [e for e in coder.code_text(told, DAY) if e.is_fact and e.target_country == "VNM"]
