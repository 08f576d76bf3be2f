"""The NLP layer: an `Analyser` turns text into sentences of raw tokens; `align` places them
in the text with exact offsets and builds the document's token and sentence layers."""

from kroniek.nlp.align import apply_analysis
from kroniek.nlp.base import Analyser, RawSentence, RawToken

__all__ = ["Analyser", "RawSentence", "RawToken", "apply_analysis"]
