"""State shared by the linker's passes over one document."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from kroniek.actors.kb import Entry, KnowledgeBase, RoleNoun
from kroniek.actors.lexicon import LinkLexicon
from kroniek.model import Actor, Document, Mention

ENTITY_TYPE = {"person": "PER", "organisation": "ORG", "group": "ORG", "state": "LOC"}


@dataclass
class LinkContext:
    doc: Document
    kb: KnowledgeBase
    lexicon: LinkLexicon
    full_seen: set[str] = field(default_factory=set)  # person ids named in full so far
    claimed: set[int] = field(default_factory=set)  # tokens a pass has dealt with
    local_surnames: dict[str, Actor] = field(default_factory=dict)

    @cached_property
    def role_nouns(self) -> dict[str, RoleNoun]:
        """The KB's role nouns keyed case-folded (`navo-chef`, `minister van defensie`)."""
        return {noun.casefold(): entry for noun, entry in self.kb.role_nouns.items()}

    @cached_property
    def org_nouns(self) -> dict[str, list[str]]:
        return {noun.casefold(): ids for noun, ids in self.kb.org_nouns.items()}

    @property
    def when(self) -> str | None:
        return self.doc.article.published

    def actor(self, entry_id: str, sector: str | None = None) -> Actor:
        """The actor of a KB entry on the article date, with a metonym's sector if given."""
        actor = self.kb.actor(entry_id, self.when)
        return replace(actor, sector=sector) if sector else actor

    def add(self, mention: Mention) -> None:
        self.doc.mentions.append(mention)
        self.claimed.update(range(mention.token_start, mention.token_end))

    def last_mention(self, before: int, ids: set[str] | None = None) -> Mention | None:
        """The latest linked mention before a token, optionally of one of `ids`."""
        best: Mention | None = None
        for mention in self.doc.mentions:
            if mention.actor is None or mention.token_start >= before:
                continue
            if ids is not None and mention.actor.id not in ids:
                continue
            if best is None or mention.token_start > best.token_start:
                best = mention
        return best

    def choose(self, entries: list[Entry], before: int) -> Entry | None:
        """One of several entries for a surface, by context; None rather than a guess.

        Context: the one mentioned most recently before; else the only one holding an
        office on the article date.
        """
        if len(entries) == 1:
            return entries[0]
        recent = self.last_mention(before, {e.id for e in entries})
        if recent is not None and recent.actor is not None:
            return next(e for e in entries if e.id == recent.actor.id)
        in_office = [e for e in entries if self.kb.role_on(e.id, self.when) is not None]
        return in_office[0] if len(in_office) == 1 else None


def entity_type(entry: Entry) -> str:
    return ENTITY_TYPE.get(entry.kind, "MISC")
