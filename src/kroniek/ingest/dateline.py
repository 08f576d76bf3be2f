"""Datelines at the start of a body: `KYIV (ANP) -`, `DEN HAAG -`, `'S-HERTOGENBOSCH -`.

One function for every layout (seed text, JSON records, plain text and stdin,
HTML, feeds): `split_dateline(text)` returns the dateline, stored as the spec
says (`{"place": "Kyiv", "agency": "ANP"}`, the place in its usual case), and
the text without it.

A place in capitals with an agency in brackets is always a dateline. Without an
agency the same shape is also how some papers write a kicker (`UITSTEL - ...`,
`AKP - De Turkse president ...`), so it is a dateline only when the place is a
known place (data/dateline_places.yaml and the knowledge base's capitals,
places and states).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from kroniek.ingest.text import clean_line
from kroniek.model import Dateline

DATELINE = re.compile(
    r"\s*(?P<place>[A-ZÀ-ÖØ-Þ'’][A-ZÀ-ÖØ-Þ'’./\- ]*?[A-ZÀ-ÖØ-Þ.])\s*"
    r"(?:\((?P<agency>[^()\n]{1,40})\)\s*)?[-–—]\s+"
)


def split_dateline(text: str) -> tuple[Dateline | None, str]:
    """(dateline, text after it) when the text opens with one, else (None, text).

    The text after it may be empty (a header with no body); the reader decides."""
    match = DATELINE.match(text)
    if not match:
        return None, text
    agency = clean_line(match["agency"]) if match["agency"] else None
    place = place_case(match["place"])
    parts = [part.strip().casefold() for part in place.split("/")]  # `BRUSSEL/DEN HAAG`
    if not agency and not all(part in known_places() for part in parts):
        return None, text
    return Dateline(place=place, agency=agency), text[match.end() :].lstrip()


def place_case(place: str) -> str:
    """`DEN HAAG` -> `Den Haag`, `IJMUIDEN` -> `IJmuiden` (Dutch keeps the IJ digraph)."""
    words = re.split(r"([ /\-'’])", clean_line(place).lower())
    cased = [w[:2].upper() + w[2:] if w.startswith("ij") else w[:1].upper() + w[1:] for w in words]
    return re.sub(r"^(['’])S-", r"\1s-", "".join(cased))  # 's-Hertogenbosch


@cache
def known_places() -> frozenset[str]:
    """Case-folded place names a dateline without an agency may name."""
    from kroniek.ingest.base import load_data

    own = load_data("dateline_places.yaml")
    names = set(own["municipalities"]) | set(own["common_names"])
    actors = resources.files("kroniek.actors") / "data"
    metonyms = _yaml(actors / "metonyms.yaml")
    names.update(s for group in metonyms.get("capitals") or [] for s in group["surfaces"])
    for group in _yaml(actors / "places.yaml").get("places") or []:
        names.update(group["places"])
    for state in _yaml(actors / "states.yaml") or []:
        names.update(state.get("names_nl") or [])
        names.update(state.get("names_en") or [])
    return frozenset(name.casefold() for name in names)


def _yaml(path) -> dict | list:  # noqa: ANN001 - a Traversable
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
