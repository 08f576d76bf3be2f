"""The document model: one `Document` carries an article and the layers each stage adds.

The spec's JSON (../shared/spec/records.md, "kroniek records, version 1") is the
serialisation of these classes, and it is written in exactly one place:
`Document.to_record()` and the `to_dict()` methods below.

Offsets (`start` inclusive, `end` exclusive) are Unicode code points into
`Article.text`, as the spec requires, so every fact can be highlighted there.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

RECORDS_VERSION = 1
# Id prefix of an actor the text names only by a description (`de rechter`, `religieuze
# leiders`): the actor, quote and event layers make them (spec: descriptive names).
DESCRIBED = "described:"


def described_id(words: str) -> str:
    """The id of an actor described by these words: case and hyphens folded, so the quote
    and event layers give one description one id (`De rechter` -> `described:de-rechter`)."""
    return DESCRIBED + "-".join(words.casefold().replace("-", " ").split())


def content_id(text: str, title: str | None = None) -> str:
    """Stable article id: the same content always gets the same id (spec: `id`)."""
    digest = hashlib.sha256()
    digest.update((title or "").encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()[:16]


def text_hash(text: str) -> str:
    """Key under which an NLP analysis of exactly this text is cached."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Dateline:
    place: str
    agency: str | None = None


@dataclass
class Article:
    """One news article as read from its source; the `text` is what gets analysed."""

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_precision: str | None = None  # year | month | day | second
    dateline: Dateline | None = None
    section: str | None = None
    language: str | None = "nl"
    id: str = ""
    # Problems a reader found that did not stop it (an unreadable date); reported by
    # the runner with the article's source, never stored or exported.
    warnings: list[str] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.title)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "published_precision": self.published_precision,
            "dateline": asdict(self.dateline) if self.dateline else None,
            "section": self.section,
            "language": self.language,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        dateline = data.get("dateline")
        return cls(
            id=data.get("id") or "",
            text=data["text"],
            source=data.get("source") or "",
            title=data.get("title"),
            url=data.get("url"),
            published=data.get("published"),
            published_precision=data.get("published_precision"),
            dateline=Dateline(**dateline) if dateline else None,
            section=data.get("section"),
            language=data.get("language"),
        )


# --- NLP layer -------------------------------------------------------------------


@dataclass
class Token:
    """One token of the analysis. `head` is a document-level token index, -1 for a root.

    Frog merges multiword names (`Mark_Rutte`) into one token; `text` then is the
    span of the original text it covers (`Mark Rutte`), so offsets stay exact.
    """

    i: int
    text: str
    start: int
    end: int
    lemma: str
    tag: str  # full CGN tag, e.g. "WW(pv,tgw,met-t)"; multiword parts joined by "_"
    ner: str  # IOB tag from Frog, e.g. "B-PER"; "O" outside; first part for multiwords
    head: int
    deprel: str
    sent: int

    # Cached: the layers ask a token's part of speech about a million times per 32
    # articles (cProfile); a token's tag never changes after analysis, except in the parse
    # repairs (kroniek.nlp), which change it through `retag` to clear these two values.
    def retag(self, tag: str) -> None:
        """Give the token another CGN tag, dropping the values cached from the old one."""
        self.tag = tag
        for cached in ("pos", "features"):
            self.__dict__.pop(cached, None)

    @cached_property
    def pos(self) -> str:
        """Coarse CGN part of speech: N, WW, ADJ, VNW, SPEC, VZ, VG, LID, TW, BW, LET, TSW."""
        return self.tag.split("(", 1)[0]

    @cached_property
    def features(self) -> tuple[str, ...]:
        inner = self.tag.split("(", 1)[1].split(")", 1)[0] if "(" in self.tag else ""
        return tuple(f for f in inner.split(",") if f)


@dataclass
class Sentence:
    i: int
    start: int
    end: int
    token_start: int  # index of its first token in Document.tokens
    token_end: int  # one past its last token
    paragraph: int


# --- actors and the layers --------------------------------------------------------


@dataclass
class Actor:
    """A person, organisation, state or group, with the role held on a given date."""

    id: str
    name: str
    kind: str  # person | organisation | state | group
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    # The gender the text states for a local person (`mevrouw`, `woordvoerster`: `f`;
    # `de heer`, `zoon`: `m`), for pronoun agreement only. Not part of the spec's Actor:
    # never exported, and left out of equality so two mentions stay the same actor.
    gender: str | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "wikidata": self.wikidata,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
        }


@dataclass
class Mention:
    """A reference to an actor in the text.

    `kind` says how it refers: `name`, `metonym`, `demonym`, `role` (role noun such
    as `NAVO-chef`), `pronoun`, `place` (a region or city read as its state, for the
    recipient of a territorial act). Only names (including metonyms and state names)
    are exported in the `entities` layer (`is_entity`); role nouns and pronouns are
    resolved for the quote and event layers.
    """

    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    type: str  # PER | ORG | LOC | MISC
    actor: Actor | None
    kind: str = "name"
    is_entity: bool = True

    def entity_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "actor": self.actor.to_dict() if self.actor else None,
        }


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    speaker: Actor | None
    speaker_text: str | None
    cue: str | None
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
            "sentence": self.sentence,
        }


@dataclass
class Timex:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str
    anchor: str  # published | absolute | timex
    modifier: str | None = None  # TIMEX3 mod: BEFORE, AFTER, APPROX, START, ...

    def to_dict(self) -> dict[str, Any]:
        data = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "anchor": self.anchor,
        }
        if self.modifier:
            data["mod"] = self.modifier
        return data


QUAD_OF_TYPE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


@dataclass
class Event:
    type: str
    actor: Actor
    recipient: Actor | None
    date: str | None
    date_text: str | None
    status: str  # reported | future | hypothetical | negated | historical
    text: str
    start: int
    end: int
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    trigger: str | None = None  # lemma of the verb or noun that coded the event
    speaker: Actor | None = None  # set when the event is reported inside a quote

    @property
    def quad(self) -> int:
        return QUAD_OF_TYPE[self.type]

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "actor": self.actor.to_dict(),
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date,
            "date_text": self.date_text,
            "status": self.status,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "quad": self.quad,
            "trigger": self.trigger,
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass
class Document:
    """The single carrier of an article and its layers as it passes the pipeline."""

    article: Article
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Values the layers compute once per document and share (the article's country,
    # actors/local_country.py `article_country`); emptied when the layers are rebuilt.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.article.text[sentence.start : sentence.end]

    def sentence_of(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def children(self, token_i: int) -> list[Token]:
        """Dependents of a token (same sentence), in text order."""
        sentence = self.sentences[self.tokens[token_i].sent]
        return [t for t in self.sentence_tokens(sentence) if t.head == token_i]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def to_record(self) -> dict[str, Any]:
        """The spec's article record with its four layers."""
        record = self.article.to_dict()
        record["entities"] = [m.entity_dict() for m in self.mentions if m.is_entity]
        record["quotes"] = [q.to_dict() for q in self.quotes]
        record["timexes"] = [t.to_dict() for t in self.timexes]
        record["events"] = [e.to_dict() for e in self.events]
        return record
