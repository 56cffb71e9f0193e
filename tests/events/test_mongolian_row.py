"""Rules found on a machine-translated Chinese-press commentary on China and Mongolia after
the Dalai Lama's visit to Ulaanbaatar (November-December 2016). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2016, 12, 23)


def test_the_writers_question_about_what_comes_next_opens_a_forecast(coder):
    """ "What will happen next?" asked by the writer opens a paragraph of forecasts: "If
    Ulaanbaatar again plays the Tibet card, Beijing will take even stronger countermeasures"
    is the writer's guess, no threat Beijing made; told on its own, it stays a threat."""
    forecast = (
        "If Ulaanbaatar again plays the so-called Tibet card, Beijing surely will take even "
        "stronger countermeasures against Mongolia."
    )
    asked = f"What will happen next? {forecast}"
    assert not [e for e in coder.code_text(asked, DAY) if e.is_fact and e.target_country == "MNG"]
    assert [e for e in coder.code_text(forecast, DAY) if e.is_fact and e.target_country == "MNG"]
