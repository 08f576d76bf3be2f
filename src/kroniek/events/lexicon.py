"""The event lexicon (data/*.yaml): trigger words with their PLOVER type and frame."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Frame:
    """One lexicon entry: a trigger lemma and how to code the event it signals."""

    lemma: str
    types: tuple[str, ...]  # first is the reading coded; the rest are PLOVER alternatives
    noun: bool = False
    svp: str | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    actor: tuple[str, ...] = ("su", "door")
    recipient: tuple[str, ...] = ()
    needs: str | None = None
    objects: tuple[str, ...] = ()
    pp: str | None = None
    mutual: str | None = None
    object_kind: str | None = None
    compounds: bool = False  # also the head of a compound noun (`droneaanval`)
    object_compounds: bool = False  # the fixed object may be a compound (`handelsakkoord`)
    names_only: bool = False  # arguments must be named, not a demonym phrase
    named_actor: bool = False  # the actor must be a linked actor, not a description
    joint: tuple[str, ...] = ()  # slots naming co-actors (`organiseert de mars met X`)
    intransitive: bool = False  # only without a direct object (`staken`, not `de training staken`)
    agent: str | None = None  # domestic body acting in an agentless passive (`politie`)
    voice: str | None = None  # `passive`: only in a passive by the `agent` kind or none named
    # The fixed object may be elided when the sentences just before name it: `mee`-verbs
    # join the act named before (`Sietse Brouwer loopt bij de grootouders mee` after the
    # march is named).
    elided: bool = False
    # Derived from a joined particle verb (`zwartmaken` -> `maken` + `zwart`): the particle
    # must be parsed as one, not merely stand near (`hield een actie tegen X` is no
    # `tegenhouden`).
    split: bool = False
    # Only a foreign state is a recipient (`gaat naar Berlijn`: a visit abroad; `komt naar
    # Arnhem`, `kwam naar Nederland` are travel at home or migration).
    foreign: bool = False

    @property
    def type(self) -> str:
        return self.types[0]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Frame]] = field(default_factory=dict)
    nouns: dict[str, list[Frame]] = field(default_factory=dict)
    status: dict[str, frozenset[str]] = field(default_factory=dict)
    modes: dict[str, str] = field(default_factory=dict)
    contexts: dict[str, str] = field(default_factory=dict)
    object_kinds: dict[str, frozenset[str]] = field(default_factory=dict)

    def word_set(self, name: str) -> frozenset[str]:
        return self.status.get(name, frozenset())


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _frames(entry: dict[str, Any], noun: bool) -> list[Frame]:
    # A noun's own demonym (`Amerikaanse sancties`) names its actor before the clause does;
    # its own `door` agent before both (events/nominal.py).
    default_actor = (("nominal-door", "demonym", "clause-su", "pp:van", "poss") if noun
                     else ("su", "door"))
    # A noun's default recipients end with the subject of a receiving verb (`kreeg kritiek`).
    default_tail = ("receiver",) if noun and entry.get("received", True) else ()
    frames = []
    for lemma in _tuple(entry["lemma"]):
        frames.append(
            Frame(
                lemma=lemma.lower(),
                types=_tuple(entry["type"]),
                noun=noun,
                svp=entry.get("svp"),
                mode=entry.get("mode"),
                context=_tuple(entry.get("context")),
                actor=_tuple(entry.get("actor")) or default_actor,
                recipient=_tuple(entry.get("recipient")) + default_tail,
                joint=_tuple(entry.get("joint")),
                intransitive=bool(entry.get("intransitive", False)),
                agent=entry.get("agent"),
                voice=entry.get("voice"),
                needs=entry.get("needs", "recipient"),
                objects=_tuple(entry.get("object")),
                pp=entry.get("pp"),
                mutual=entry.get("mutual"),
                object_kind=entry.get("object_kind"),
                compounds=bool(entry.get("compounds", False)),
                object_compounds=bool(entry.get("object_compounds", False)),
                names_only=bool(entry.get("names_only", False)),
                named_actor=bool(entry.get("named_actor", False)),
                elided=bool(entry.get("elided", False)),
                foreign=bool(entry.get("foreign", False)),
            )
        )
    return frames


_MIN_STEM = 4  # letters of the verb left after a particle (`zwart|maken`, not `in|eren`)


def _split_form(frame: Frame, particles: frozenset[str]) -> Frame | None:
    """The main-clause form of a joined particle verb: `zwartmaken` is also `maken` with the
    particle `zwart` (`maken de overwinning van de oppositie zwart`), as a separable verb
    splits in a main clause (ANS 22.2). Frog lemmatises the split verb without its
    particle, so a frame written as the joined infinitive would miss it."""
    if frame.noun or frame.svp:
        return None
    for particle in sorted(particles, key=len, reverse=True):
        stem = frame.lemma[len(particle):]
        if frame.lemma.startswith(particle) and len(stem) >= _MIN_STEM:
            return replace(frame, lemma=stem, svp=particle, split=True)
    return None


def _index(entries: list[dict[str, Any]], noun: bool,
           particles: frozenset[str] = frozenset()) -> dict[str, list[Frame]]:
    index: dict[str, list[Frame]] = {}
    for entry in entries:
        for frame in _frames(entry, noun):
            index.setdefault(frame.lemma, []).append(frame)
            if frame.svp:  # the joined infinitive: `doen` + `af` is also `afdoen`
                index.setdefault(frame.svp + frame.lemma, []).append(frame)
    for frames in list(index.values()):
        for frame in frames:
            split = _split_form(frame, particles)
            if split is not None and split not in index.get(split.lemma, []):
                index.setdefault(split.lemma, []).append(split)
    return index


def _merged(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The word lists of several data files as one mapping; a name defined twice is an
    error (the files are the project's own, so this fails its tests, not a user's run)."""
    merged: dict[str, Any] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"events/data: {', '.join(sorted(twice))} defined in two files")
        merged |= part
    return merged


def _load(name: str) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def load_lexicon() -> Lexicon:
    """The lexicon from the package data files (read once)."""
    # lexicon.yaml (the seed-era core) and lexicon_*.yaml (further domains), in name order;
    # all frames of a lemma are kept, the most specific fitting one is coded first.
    parts = [_load(path.name) for path in sorted(DATA.glob("lexicon*.yaml"))]
    frames = {kind: [e for part in parts for e in part.get(kind, [])]
              for kind in ("verbs", "nouns")}
    status = _load("status.yaml")
    # Word lists may also sit beside the frames of a domain (lexicon_justice.yaml). One
    # name, one list: a name in two files would let the later file silently win.
    lists = [{k: v for k, v in part.items() if k not in ("verbs", "nouns")} for part in parts]
    cues = _merged([*lists, _load("cues.yaml"), _load("participants.yaml"),
                    _load("evaluative.yaml"), _load("reaction.yaml"), status])
    for name in status:
        del cues[name]
    particles = frozenset(map(str, cues.get("separable_particles", ())))
    return Lexicon(
        verbs=_index(frames["verbs"], noun=False, particles=particles),
        nouns=_index(frames["nouns"], noun=True),
        # Word lists of both files (`word_set(name)`): status cues and the cue lists.
        status={k: frozenset(str(w) for w in v) for k, v in [*status.items(), *cues.items()]
                if isinstance(v, list)},
        modes={str(k): str(v) for k, v in cues["modes"].items()},
        contexts={str(k): str(v) for k, v in cues["contexts"].items()},
        object_kinds={k: frozenset(map(str, v)) for k, v in cues["object_kinds"].items()},
    )
