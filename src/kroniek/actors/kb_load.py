"""Reading the knowledge base's YAML files into `Entry`, `Role`, `Metonym`, `RoleNoun`.

Kept apart from `kb.py` so the lookup logic stays small; `kb.load_kb()` calls `load()`.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from kroniek.actors.kb import (
    Entry,
    KnowledgeBase,
    Metonym,
    Role,
    RoleNoun,
    read_yaml,
)


def _date(value: Any) -> str | None:
    """YAML turns 2024-10-01 into a date and 2014 into an int; keep ISO strings."""
    return None if value is None else str(value)


def _tuple(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


class Offices:
    """English titles of the generic offices, their rank, and per-country titles."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.spec: dict[str, dict[str, Any]] = data["offices"]
        self.rank = {key: i for i, key in enumerate(self.spec)}

    def title(self, key: str, of: str) -> str:
        spec = self.spec[key]
        return (spec.get("titles") or {}).get(of) or spec.get("title") or key

    def sector(self, key: str) -> str | None:
        return self.spec[key].get("sector")


def _display(entry: Entry | None, of: str) -> str:
    if entry is None:
        return of
    return f"the {entry.name}" if entry.definite else entry.name


def make_role(raw: dict[str, Any], offices: Offices, owners: dict[str, Entry]) -> Role:
    """A role from `{key, of, start, end}`; office title and sector derived when absent."""
    key, of = raw["key"], raw["of"]
    owner = owners.get(of)
    office = raw.get("office") or f"{offices.title(key, of)} of {_display(owner, of)}"
    default_sector = "IGO" if owner is not None and owner.country == "IGO" else "GOV"
    sector = raw.get("sector") or offices.sector(key) or default_sector
    return Role(
        office=office,
        office_key=key,
        of=of,
        sector=sector,
        start=_date(raw.get("start")),
        end=_date(raw.get("end")),
    )


def load_states(data: Path) -> list[Entry]:
    """States: generated names merged with the hand-made extras."""
    extras = read_yaml(data / "state_extras.yaml") or {}
    entries = []
    for record in read_yaml(data / "states.yaml"):
        extra = extras.get(record["code"]) or {}
        aliases = [*record["names_en"], *record["names_nl"], *extra.get("aliases", ())]
        source = "CLDR via babel; ISO 3166-1 via pycountry"
        if extra:
            source += "; state_extras.yaml (" + extra.get("source", "hand-made") + ")"
        entries.append(
            Entry(
                id=record["id"],
                name=record["name"],
                kind="state",
                country=record["code"],
                sector="GOV",
                wikidata=extra.get("wikidata"),
                aliases=tuple(dict.fromkeys(aliases)),
                demonyms=_tuple(extra.get("demonyms")),
                roles=(),
                part_of=None,
                source=source,
                definite=bool(extra.get("definite", False)),
            )
        )
    return entries


def _entry(raw: dict[str, Any], kind: str, source: str) -> Entry:
    return Entry(
        id=raw["id"],
        name=raw["name"],
        kind=raw.get("kind", kind),
        country=raw.get("country"),
        sector=raw.get("sector"),
        wikidata=raw.get("wikidata"),
        aliases=_tuple(raw.get("aliases")),
        demonyms=_tuple(raw.get("demonyms")),
        roles=(),
        part_of=raw.get("part_of"),
        source=raw.get("source") or source,
        short=_tuple(raw.get("short")),
        definite=bool(raw.get("definite", False)),
    )


def load_persons(data: Path, offices: Offices, owners: dict[str, Entry]) -> list[Entry]:
    """Persons from every file in `persons/`, with roles resolved against the owners."""
    entries = []
    for path in sorted((data / "persons").glob("*.yaml")):
        for raw in read_yaml(path)["persons"]:
            entry = _entry(raw, "person", f"Wikipedia, {raw['name']}")
            roles = tuple(make_role(r, offices, owners) for r in raw.get("roles") or ())
            entry.roles = roles
            if entry.country is None and roles:
                first = owners.get(roles[0].of)
                entry.country = first.country if first else roles[0].of
            entries.append(entry)
    return entries


def read_csv(path: Path) -> list[dict[str, Any]]:
    """A generated list (build_lists.py): `#` header lines, list fields joined with ` | `."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{key: (value.split(" | ") if key in ("aliases", "place_names") and value
                       else [] if key in ("aliases", "place_names") else value or None)
                 for key, value in row.items()} for row in rows]


def _fold_name(text: str) -> str:
    return " ".join(text.split()).casefold()


def _seat_aliases(aliases: tuple[str, ...], words: dict[str, Any]) -> tuple[str, ...]:
    """The aliases with, for each `<court noun> <Place>` (`rechtbank Rotterdam`), the same
    name with the seat's preposition (`rechtbank in Rotterdam`, organisations.yaml
    `seat_court_nouns`, `seat_prepositions`): the text names a court either way."""
    nouns = set(words.get("seat_court_nouns") or ())
    added = []
    for alias in aliases:
        noun, _, place = alias.partition(" ")
        if noun.casefold() in nouns and place[:1].isupper():
            added += [f"{noun} {prep} {place}" for prep in words.get("seat_prepositions") or ()]
    return tuple(dict.fromkeys((*aliases, *added)))


def load_organisations(data: Path) -> tuple[list[Entry], dict[str, list[str]]]:
    """Organisations: organisations.yaml, the hand-made files of `orgs/`, then the files
    generated from public lists (`generated/`).

    A later entry with the QID, or the English name and country, of an earlier one
    (and no other QID) is the same body:
    its aliases (and QID) are merged into the earlier entry, which keeps its id.
    Returns the entries and each entry's bare place names (municipalities, provinces).
    """
    paths = [data / "organisations.yaml", *sorted((data / "orgs").glob("*.yaml")),
             *sorted((data / "generated").glob("*.csv"))]
    seats = read_yaml(data / "organisations.yaml")
    entries: list[Entry] = []
    by_key: dict[str, Entry] = {}
    places: dict[str, list[str]] = {}
    for path in paths:
        raws = read_csv(path) if path.suffix == ".csv" else read_yaml(path)["organisations"]
        for raw in raws:
            entry = _entry(raw, "organisation", f"hand-made ({path.name})")
            entry.aliases = _seat_aliases(entry.aliases, seats)
            # the same English name in two countries is two bodies (the Socialist Party of
            # the Netherlands is not Argentina's), and two QIDs are two bodies
            keys = [f"{_fold_name(entry.name)}|{entry.country}"] + (
                [entry.wikidata] if entry.wikidata else [])
            known = next((by_key[k] for k in keys if k in by_key), None)
            if known is not None and known.wikidata and entry.wikidata and \
                    known.wikidata != entry.wikidata:
                known = None
            if known is not None:
                known.aliases = tuple(dict.fromkeys(
                    (*known.aliases, *(a for a in (entry.name, *entry.aliases)
                                       if a != known.name))))
                known.wikidata = known.wikidata or entry.wikidata
                if known.wikidata:
                    by_key.setdefault(known.wikidata, known)
                continue
            entries.append(entry)
            for key in keys:
                by_key.setdefault(key, entry)
            if raw.get("place_names"):
                places[entry.id] = [str(p) for p in raw["place_names"]]
    return entries, places


def load(data: Path) -> KnowledgeBase:
    """The whole knowledge base from the directory `data`."""
    offices = Offices(read_yaml(data / "offices.yaml"))
    orgs = read_yaml(data / "organisations.yaml")
    entries = load_states(data)
    organisations, place_names = load_organisations(data)
    entries += organisations
    owners = {e.id: e for e in entries}
    owners.update({e.country: e for e in entries if e.kind == "state" and e.country})
    entries += load_persons(data, offices, owners)
    by_id: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in by_id:
            raise ValueError(f"duplicate actor id in the knowledge base: {entry.id}")
        by_id[entry.id] = entry
    return KnowledgeBase(
        entries=by_id,
        metonyms=_metonyms(read_yaml(data / "metonyms.yaml"), place_names),
        role_nouns=_role_nouns(read_yaml(data / "role_nouns.yaml")),
        org_nouns={noun: list(ids) for noun, ids in (orgs.get("org_nouns") or {}).items()},
        domestic_nouns=dict(orgs.get("domestic_nouns") or {}),
        sector_nouns={n: list(s) for n, s in (orgs.get("sector_nouns") or {}).items()},
        spokesperson_nouns=tuple(orgs.get("spokesperson_nouns") or ()),
        office_rank=offices.rank,
        office_titles={key: spec.get("title") or key for key, spec in offices.spec.items()},
        places=_places(read_yaml(data / "places.yaml"), by_id),
    )


def _places(data: dict[str, Any], entries: dict[str, Entry]) -> dict[str, str]:
    """Folded place name -> id of the state it lies in (places.yaml)."""
    found: dict[str, str] = {}
    for group in data["places"]:
        state = group["state"]
        if entries.get(state) is None or entries[state].kind != "state":
            raise ValueError(f"places.yaml: {state!r} is not a state in the knowledge base")
        for name in group["places"]:
            found[" ".join(name.split()).casefold()] = state
    return found


def _metonyms(data: dict[str, Any], place_names: dict[str, list[str]]) -> dict[str, list[Metonym]]:
    """Buildings and capitals (metonyms.yaml), then the bare names of municipalities and
    provinces: places that stand for their council only as the subject of a clause."""
    found: dict[str, list[Metonym]] = {}
    for group, capital in (("buildings", False), ("capitals", True)):
        for raw in data[group]:
            for surface in raw["surfaces"]:
                for actor in raw["actors"]:
                    item = Metonym(surface, actor, raw.get("sector"), capital)
                    found.setdefault(surface, []).append(item)
    for entry_id, names in place_names.items():
        for surface in names:
            if surface not in found:  # a capital (`Den Haag`) keeps its own reading
                found.setdefault(surface, []).append(
                    Metonym(surface, entry_id, "GOV", capital=True, subject_only=True))
            elif all(m.subject_only for m in found[surface]):
                found[surface].append(
                    Metonym(surface, entry_id, "GOV", capital=True, subject_only=True))
    return found


def _role_nouns(data: dict[str, Any]) -> dict[str, RoleNoun]:
    found: dict[str, RoleNoun] = {}
    for raw in data["role_nouns"]:
        of = raw.get("of")
        from_context = of is None
        for noun in raw["nouns"]:
            found[noun] = RoleNoun(noun, raw["office"], of, from_context)
    return found
