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
