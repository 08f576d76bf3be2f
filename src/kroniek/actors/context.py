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
        if len(in_office) == 1:
            return in_office[0]
        # `Erdogan ... de AKP`: the entry of the country the article's linked names so far
        # (people and bodies as well as states) belong to most; the Azerbaijani party
        # with the same short name is not meant in a story about Turkey.
        named = [e for e in entries if e.country and e.country == self.names_country(before)]
        if len(named) == 1:
            return named[0]
        # `CPB` is the Dutch planning bureau in a Dutch paper, not a foreign party with
        # that short name: the one body of the article's country, if there is one
        home = [e for e in entries if e.kind != "person" and e.country == self.home_country]
        return home[0] if len(home) == 1 else None

    def names_country(self, before: int) -> str | None:
        """The country the article's names before a token point to most (`country_counts`:
        states, places and linked actors), None on a tie."""
        ranked = sorted(country_counts(self, before).items(), key=lambda pair: -pair[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    @property
    def home_country(self) -> str:
        """The country whose bodies a bare name stands for: the article's so far, else the
        paper's readers' (the Netherlands)."""
        return self.state_so_far() or "NLD"

    def state_so_far(self) -> str | None:
        """The state the names linked so far point to (`dominant_state`), for choices the
        name pass makes before all names are known. Not the article's country of the
        later passes and layers (local_country.py `article_country`, fixed once the names
        are linked; actors/domestic.py)."""
        return dominant_state(self.doc)


def entity_type(entry: Entry) -> str:
    return ENTITY_TYPE.get(entry.kind, "MISC")


def dominant_state(doc: Document) -> str | None:
    """The state the document's mentions so far name most (at least twice), or None."""
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        actor = mention.actor
        if actor is not None and actor.kind == "state" and actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    if not counts:
        return None
    country, count = max(counts.items(), key=lambda pair: pair[1])
    return country if count >= 2 else None


# Country codes of the KB that name no state: international organisations and the
# continent (`Europa`, the `coalition of the willing`: EUR); no article is placed there.
NOT_STATES = frozenset({"IGO", "EUR"})
# Sectors whose actors say where they are registered, not where the story happens: a
# company (`Facebook`, `Uber`, `Boeing`) acts in every country it sells in.
NOT_PLACING = frozenset({"BUS"})


def country_counts(ctx: LinkContext, before: int | None = None) -> dict[str, int]:
    """How often the article names each country: its states (names, metonyms,
    demonyms), places and the KB actors it links (IGOs and local actors left out); with
    `before`, only what it names before that token."""
    counts: dict[str, int] = {}
    for mention in ctx.doc.mentions:
        if mention.kind == "pronoun" or (before is not None and mention.token_start >= before):
            continue
        actor: Actor | None = mention.actor
        if actor is not None:
            country = None if actor.id.startswith("local:") or actor.sector in NOT_PLACING \
                else actor.country
        else:
            country = place_country(ctx, mention.text) if mention.type == "LOC" else None
        if country and country not in NOT_STATES:
            counts[country] = counts.get(country, 0) + 1
    return counts


def place_country(ctx: LinkContext, name: str) -> str | None:
    """The country of a place: a state, a place of the gazetteer, a Dutch municipality."""
    state = ctx.kb.state_of_place(name)
    if state is not None:
        return state.country
    for entry in ctx.kb.lookup(name):
        if entry.kind == "state" or entry.id.startswith(("municipality-", "province-")):
            return entry.country
    return None
