"""Checks of the list commands' filters: a filter that cannot match is an error, not an
empty table. Unknown names and types come back with the closest known ones."""

from __future__ import annotations

import difflib
import re
from datetime import date

from kroniek.errors import KroniekError
from kroniek.model import QUAD_OF_TYPE
from kroniek.store import queries
from kroniek.store.db import Store

_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def closest(name: str, known: list[str], n: int = 5) -> str:
    """`; closest: a, b` (difflib over case-folded names), or '' when none is close."""
    folded: dict[str, str] = {}
    for item in known:  # the whole name and each of its words (`Rute` is close to `Rutte`)
        for key in (item, *item.split()):
            folded.setdefault(key.casefold(), item)
    near = difflib.get_close_matches(name.casefold(), list(folded), n=n * 3, cutoff=0.7)
    names = list(dict.fromkeys(folded[m] for m in near))[:n]
    return ("; closest: " + ", ".join(names)) if names else ""


def check_date(option: str, value: str | None) -> None:
    """An ISO date of any precision (`2025`, `2025-02`, `2025-02-14`) that exists."""
    if value is None:
        return
    match = _ISO_PARTIAL.fullmatch(value.strip())
    valid = match is not None
    if match:
        year, month, day = match.groups()
        try:
            date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            valid = False
    if not valid:
        raise KroniekError(f"{option} {value}: not a date; give an ISO date such as "
                           "2025, 2025-02 or 2025-02-14")  # fmt: skip


def check_type(value: str | None) -> None:
    if value is None or value.upper() in QUAD_OF_TYPE:
        return
    raise KroniekError(f"--type {value}: not a PLOVER event type"
                       + (closest(value.upper(), list(QUAD_OF_TYPE))
                          or "; known: " + ", ".join(sorted(QUAD_OF_TYPE))))  # fmt: skip


def check_speaker(store: Store, name: str | None) -> None:
    if name and not queries.count_quotes(store, queries.Filter(name=name)):
        raise KroniekError(f"--speaker {name}: no quote in the store has this speaker"
                           + closest(name, queries.speaker_names(store)))  # fmt: skip


def check_actor(store: Store, name: str | None) -> None:
    if name and not queries.count_events(store, queries.Filter(name=name)):
        known = queries.event_party_names(store)
        raise KroniekError(f"--actor {name}: no event in the store has this actor or recipient"
                           + closest(name, known))  # fmt: skip
