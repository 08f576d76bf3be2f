"""CAMEO root codes for PLOVER events, for users of GDELT-style data (data/cameo.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from kroniek.model import Event

_PATH = Path(__file__).parent / "data" / "cameo.yaml"


@cache
def _table() -> dict:
    with _PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def cameo_root(event_type: str, context: tuple[str, ...] | list[str] = ()) -> str | None:
    """The CAMEO root code (`"04"`) of a PLOVER type, refined by its context if mapped."""
    table = _table()
    refined = table.get("contexts", {}).get(event_type, {})
    for name in context:
        if name in refined:
            return str(refined[name])
    root = table["roots"].get(event_type)
    return str(root) if root is not None else None


def cameo_code(event: Event) -> str | None:
    """The CAMEO root code for an event (the export's `cameo` column)."""
    return cameo_root(event.type, event.context)
