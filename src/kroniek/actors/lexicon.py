"""The linker's own word lists (data/link_lexicon.yaml), read once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

LEXICON = Path(__file__).parent / "data" / "link_lexicon.yaml"


@dataclass(frozen=True)
class PronounInfo:
    role: str  # subject | object | possessive
    gender: str  # m | f | any


@dataclass(frozen=True)
class LinkLexicon:
    pronouns: dict[str, PronounInfo]
    locative_prepositions: frozenset[str]
    act_place_prepositions: frozenset[str]
    directional_prepositions: frozenset[str]
    motion_words: frozenset[str]
    institution_seats: frozenset[str]
    definite_determiners: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    person_nouns: frozenset[str]
    name_particles: frozenset[str]
    municipal_offices: frozenset[str]
    state_bodies: dict[str, str]  # noun -> PLOVER sector of a state's body
    organisation_heads: frozenset[str]
    name_connectors: frozenset[str]
    title_organisation_heads: tuple[str, ...]
    title_place_heads: tuple[str, ...]
    demonstratives: frozenset[str] = frozenset()
    indefinite_determiners: frozenset[str] = frozenset()
    surname_particles: frozenset[str] = frozenset()
    bound_particles: frozenset[str] = frozenset()  # lowercase; see link_lexicon.yaml
    street_heads: tuple[str, ...] = ()
    board_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    role_sectors: dict[str, str] = field(default_factory=dict)  # role-noun head -> sector
    former_prefixes: tuple[str, ...] = ()
    club_nouns: frozenset[str] = frozenset()
    club_source: str = ""
    head_complement_prepositions: frozenset[str] = frozenset()
    # short name -> (candidate KB ids, default KB id): `de Kamer`
    short_body_names: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    attribution_adverbs: frozenset[str] = frozenset()
    kin_titles: frozenset[str] = frozenset()


@cache
def load_lexicon() -> LinkLexicon:
    with LEXICON.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return LinkLexicon(
        pronouns={word: PronounInfo(**info) for word, info in data["pronouns"].items()},
        locative_prepositions=frozenset(data["locative_prepositions"]),
        act_place_prepositions=frozenset(data["act_place_prepositions"]),
        place_nouns=frozenset(data["place_nouns"]),
        directional_prepositions=frozenset(data["directional_prepositions"]),
        motion_words=frozenset(data["motion_words"]),
        institution_seats=frozenset(data["institution_seats"]),
        definite_determiners=frozenset(data["definite_determiners"]),
        possessive_suffixes=tuple(data["possessive_suffixes"]),
        person_nouns=frozenset(w.casefold() for w in data["person_nouns"]),
        name_particles=frozenset(data["name_particles"]),
        municipal_offices=frozenset(data["municipal_offices"]),
        organisation_heads=frozenset(data["organisation_heads"]),
        name_connectors=frozenset(data["name_connectors"]),
        title_organisation_heads=tuple(data["title_organisation_heads"]),
        title_place_heads=tuple(data["title_place_heads"]),
        demonstratives=frozenset(data.get("demonstratives") or ()),
        attribution_adverbs=frozenset(data.get("attribution_adverbs") or ()),
        kin_titles=frozenset(data.get("kin_titles") or ()),
        indefinite_determiners=frozenset(data.get("indefinite_determiners") or ()),
        surname_particles=frozenset(data.get("surname_particles") or ()),
        bound_particles=frozenset(data.get("bound_particles") or ()),
        street_heads=tuple(data.get("street_heads") or ()),
        board_nouns=frozenset(data.get("board_nouns") or ()),
        state_bodies={str(k).casefold(): str(v) for k, v in data["state_bodies"].items()},
        role_sectors={str(k).casefold(): str(v)
                      for k, v in (data.get("role_sectors") or {}).items()},
        former_prefixes=tuple(data.get("former_prefixes") or ()),
        club_nouns=frozenset(data.get("club_nouns") or ()),
        club_source=str(data.get("club_source") or ""),
        head_complement_prepositions=frozenset(
            data.get("head_complement_prepositions") or ()),
        short_body_names={str(name): (tuple(spec["candidates"]), str(spec["default"]))
                          for name, spec in (data.get("short_body_names") or {}).items()},
    )
