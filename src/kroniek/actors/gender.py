"""First names and the gender they tell, for person detection and pronoun agreement.

The list is Jörg Michael's first-name dictionary as shipped by the PyPI package
`gender-guesser` (nam_dict.txt, with per-country frequencies; the Dutch figures are
used first). No list is typed here. A name the list calls androgynous or does not
know gives no gender: `hij`/`zij` then agree with the actor either way.

The text's own cues come first: a form of address or a gendered person noun before or
in apposition to a local person's name (`mevrouw`, `de heer`, `woordvoerster`, `zoon`;
data/gender_cues.yaml, from the ANS) is stored on the actor (`Actor.gender`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kroniek.model import Actor

_GENDER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@cache
def _detector():
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


@cache
def first_name_gender(word: str) -> str | None:
    """`Marieke` -> `f`, `Willem` -> `m`, `Thierry` (androgynous in the Dutch figures,
    male overall) -> `m`; None for a word the list does not know."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return None
    found = _detector().get_gender(word, "the_netherlands")
    if found in ("unknown", "andy"):
        overall = _detector().get_gender(word)
        found = overall if overall != "andy" else found
    return _GENDER.get(found)


@cache
def is_dutch_first_name(word: str) -> bool:
    """Whether the list gives the word a gender in its Dutch figures (`Dan`, `Martin`),
    not only elsewhere (`Vance`, `Johnson`)."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return False
    return _detector().get_gender(word, "the_netherlands") in _GENDER


@cache
def is_first_name(word: str) -> bool:
    """Whether the list knows the word as a first name (any gender)."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return False
    return _detector().get_gender(word) != "unknown"


def is_common_word(word: str) -> bool:
    """Whether the word, lower-cased, is among the 10,000 most frequent Dutch word forms
    (`Oma`, `Foto` are first names somewhere, but before a name they are a noun)."""
    return word.casefold() in _common_words()


@cache
def _common_words() -> frozenset[str]:
    # the ingest layer's list (kroniek/ingest/data/dutch_words.yaml: Frog's tagger
    # lexicon, see its header), read by path so as not to import the ingest package
    from kroniek.actors.kb import read_yaml  # kb imports this module

    path = Path(__file__).parents[1] / "ingest" / "data" / "dutch_words.yaml"
    return frozenset(str(w) for w in read_yaml(path)["words"])


def actor_gender(actor: Actor | None) -> str | None:
    """The gender the text stated for the actor (`mevrouw X`, a local actor's `gender`),
    else the one its first name tells (`m`, `f`), else None."""
    if actor is None or actor.kind != "person":
        return None
    if actor.gender:
        return actor.gender
    words = actor.name.split()
    if len(words) < 2:
        return None
    column = _name_countries().get(actor.country or "")
    if column is not None:  # a foreign person: the figures of their own country
        found = _country_gender(words[0], column)
        if found is not None:
            return found
    return first_name_gender(words[0])


@cache
def _name_countries() -> dict[str, str]:
    from kroniek.actors.kb import read_yaml  # kb imports this module

    return read_yaml(Path(__file__).parent / "data" / "name_countries.yaml") or {}


@cache
def _country_gender(word: str, column: str) -> str | None:
    """`Kay` in the US figures -> `f`; None when that column does not know the name."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return None
    return _GENDER.get(_detector().get_gender(word, column))


@cache
def _cues() -> dict:
    from kroniek.actors.kb import read_yaml

    return read_yaml(Path(__file__).parent / "data" / "gender_cues.yaml")


def address_gender(word: str) -> str | None:
    """`mevrouw` -> `f`, `meneer`/`heer` -> `m` (data/gender_cues.yaml `address`)."""
    folded = word.casefold()
    return next((g for g, words in _cues()["address"].items() if folded in words), None)


def noun_gender(word: str) -> str | None:
    """The gender a person noun's form states: `woordvoerster`, `CDA-woordvoerster`,
    `grootmoeder` -> `f`; `zoon` -> `m`; `wethouder`, `advocaat` -> None."""
    folded = word.casefold().rsplit("-", 1)[-1]
    shortest = _cues()["compound_min"]
    for gender, words in _cues()["nouns"].items():
        if folded in words or any(len(w) >= shortest and folded.endswith(w) for w in words):
            return gender
    return None
