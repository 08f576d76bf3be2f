"""The cue lexicon of the quote layer, read once from `data/cues.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "cues.yaml"


@dataclass(frozen=True)
class Multiword:
    cue: str
    verb: str
    words: tuple[str, ...]
    frame: str  # report | naming


@dataclass(frozen=True)
class Lexicon:
    report_verbs: frozenset[str]
    particles: frozenset[str]
    multiword: tuple[Multiword, ...]
    prepositions: frozenset[str]
    circumpositions: tuple[tuple[str, str], ...]
    anonymous: frozenset[str]
    complementisers: frozenset[str]
    scope_breakers: tuple[tuple[str, ...], ...]
    negators: frozenset[str]
    nothing: frozenset[str]
    name_particles: frozenset[str] = frozenset()
    source_verbs: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()
    spokespersons: tuple[str, ...] = ()
    authors: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    person_suffixes: tuple[str, ...] = ()
    relation_nouns: frozenset[str] = frozenset()
    aspectual_verbs: frozenset[str] = frozenset()
    attribution_only_verbs: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    group_nouns: tuple[str, ...] = ()
    plural_person_endings: tuple[str, ...] = ()
    pronoun_genders: tuple[tuple[str, str], ...] = ()  # (lemma, gender), hashable
    member_suffixes: frozenset[str] = frozenset()
    pointing_adverbs: frozenset[str] = frozenset()
    owner_prepositions: frozenset[str] = frozenset()
    non_attributing: frozenset[str] = frozenset()
    om_infinitive_verbs: frozenset[str] = frozenset()
    small_clause_verbs: frozenset[str] = frozenset()
    perception_verbs: frozenset[str] = frozenset()
    causative_verbs: frozenset[str] = frozenset()

    @property
    def verbs(self) -> frozenset[str]:
        """Every verb lemma (particle joined) that can be a cue."""
        return self.report_verbs | {m.verb for m in self.multiword}


@lru_cache(maxsize=4)
def load(path: Path = DATA) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(
        report_verbs=frozenset(data["report_verbs"]),
        particles=frozenset(data["particles"]),
        multiword=tuple(
            Multiword(m["cue"], m["verb"], tuple(m.get("words") or ()), m["frame"])
            for m in data["multiword"]
        ),
        prepositions=frozenset(data["attributing_prepositions"]),
        circumpositions=tuple((c["first"], c["last"]) for c in data["circumpositions"]),
        anonymous=frozenset(data["anonymous_speakers"]),
        complementisers=frozenset(data["complementisers"]),
        scope_breakers=tuple(tuple(b) for b in data["scope_breakers"]),
        negators=frozenset(data["negators"]),
        nothing=frozenset(data["nothing"]),
        name_particles=frozenset(data.get("name_particles") or ()),
        source_verbs=frozenset(data.get("source_verbs") or ()),
        source_prepositions=frozenset(data.get("source_prepositions") or ()),
        spokespersons=tuple(data.get("spokespersons") or ()),
        authors=frozenset(data.get("authors") or ()),
        person_pronouns=frozenset(data.get("person_pronouns") or ()),
        person_suffixes=tuple(data.get("person_suffixes") or ()),
        relation_nouns=frozenset(data.get("relation_nouns") or ()),
        aspectual_verbs=frozenset(data.get("aspectual_verbs") or ()),
        attribution_only_verbs=frozenset(data.get("attribution_only_verbs") or ()),
        passive_auxiliaries=frozenset(data.get("passive_auxiliaries") or ()),
        group_nouns=tuple(data.get("group_nouns") or ()),
        plural_person_endings=tuple(data.get("plural_person_endings") or ()),
        pronoun_genders=tuple((data.get("pronoun_genders") or {}).items()),
        member_suffixes=frozenset(data.get("member_suffixes") or ()),
        pointing_adverbs=frozenset(data.get("pointing_adverbs") or ()),
        owner_prepositions=frozenset(data.get("owner_prepositions") or ()),
        non_attributing=frozenset(data.get("non_attributing") or ()),
        om_infinitive_verbs=frozenset(data.get("om_infinitive_verbs") or ()),
        perception_verbs=frozenset(data.get("perception_verbs") or ()),
        causative_verbs=frozenset(data.get("causative_verbs") or ()),
        small_clause_verbs=frozenset(data.get("small_clause_verbs") or ()),
    )
