"""The Dutch time lexicon (data/lexicon.yaml), loaded once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    with LEXICON_PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def number_value(word: str) -> float | None:
    """A cardinal written in digits or Dutch words (`drie`, `40`, `eenentwintig`, `anderhalf`)."""
    word = word.lower()
    if word.isdigit():
        return float(word)
    if word.replace(",", "", 1).isdigit():
        return float(word.replace(",", "."))
    words = lexicon()["number_words"]
    if word in words:
        return float(words[word])
    # Compounds are unit + "en" + tens ("eenentwintig", "vijfenveertig", "tweeëntwintig"),
    # or a number + "enhalf" ("tweeënhalf" = 2.5).
    word = word.replace("ën", "en")
    if word.endswith("enhalf") and (whole := number_value(word[: -len("enhalf")])) is not None:
        return whole + 0.5
    for tens_word, tens in words.items():
        if tens >= 20 and tens % 10 == 0 and tens < 100 and word.endswith("en" + tens_word):
            unit = word[: -len("en" + tens_word)]
            if unit in words and 1 <= words[unit] <= 9:
                return float(tens + words[unit])
    return None


def ordinal_value(word: str) -> int | None:
    """An ordinal in words or digits (`derde`, `twintigste`, `eenentwintigste`, `19de`, `21e`)."""
    word = word.lower()
    ordinals = lexicon()["ordinal_words"]
    if word in ordinals:
        return int(ordinals[word])
    for suffix in ("ste", "de", "e"):
        stem = word[: -len(suffix)] if word.endswith(suffix) else None
        if stem and stem.isdigit():
            return int(stem)
    for suffix in ("ste", "de"):
        if word.endswith(suffix):
            value = number_value(word[: -len(suffix)])
            if value is not None and value == int(value) and value >= 1:
                return int(value)
    return None
