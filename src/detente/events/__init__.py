"""Events: CAMEO coding of parsed sentences (patterns, modality, dates) into Event records."""

from detente.events.coder import Coder, CoderConfig, CodingStats

__all__ = ["Coder", "CoderConfig", "CodingStats"]
