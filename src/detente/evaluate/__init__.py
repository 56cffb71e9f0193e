"""Evaluation: read gold-standard sets and score the coder against them."""

from detente.evaluate.readers import GoldEvent, GoldSentence, read_gold
from detente.evaluate.score import EvalReport, evaluate

__all__ = ["EvalReport", "GoldEvent", "GoldSentence", "evaluate", "read_gold"]
