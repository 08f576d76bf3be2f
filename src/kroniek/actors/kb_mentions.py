"""Mentions of the knowledge base's entries and metonyms, once names.py has found where a
name is: the entry chosen among homonyms, a state's own body (`het Venezolaanse ministerie
van Buitenlandse Zaken`), a metonym read as its state or body, or as a place where it
stands as one (`in Londen`, a letter writer's town).
"""

from __future__ import annotations

from kroniek.actors.context import LinkContext, entity_type
from kroniek.actors.kb import Entry, Metonym, slug
from kroniek.actors.toponyms import surname_or_signature
from kroniek.model import Actor, Mention


def link_surface(ctx: LinkContext, surface: str, start: int, end: int, ts: int, te: int) -> bool:
    """A metonym or a KB name or alias exactly as written."""
    metonyms = metonyms_of(ctx, surface)
    if metonyms:
        _add_metonym(ctx, metonyms, surface, start, end, ts, te)
        return True
    entries = ctx.kb.lookup(surface)
    if not entries:
        return False
    add_entry_mention(ctx, entries, surface, start, end, ts, te)
    return True


def add_entry_mention(
    ctx: LinkContext, entries: list[Entry], text: str, start: int, end: int, ts: int, te: int
) -> None:
    entry = ctx.choose(entries, ts)
    actor = ctx.actor(entry.id) if entry else same_body_of(ctx, entries)
    kind_of = entry or entries[0]
    ctx.add(Mention(text, start, end, ts, te, entity_type(kind_of), actor))
    if entry is not None and entry.kind == "person" and " " in text.strip():
        ctx.full_seen.add(entry.id)


def add_owned_mention(
    ctx: LinkContext, entries: list[Entry], state: Entry, start: int, end: int, ts: int, te: int
) -> None:
    owned = [e for e in entries if e.country == state.country]
    text = ctx.doc.text[start:end]
    if len(owned) == 1:
        ctx.add(Mention(text, start, end, ts, te, entity_type(owned[0]), ctx.actor(owned[0].id)))
        return
    actor = same_body_of(ctx, entries, state.country)
    ctx.add(Mention(text, start, end, ts, te, "ORG", actor))


def same_body_of(ctx: LinkContext, entries: list[Entry], country: str | None = None
                  ) -> Actor | None:
    """`ministerie van Buitenlandse Zaken` in an article about Venezuela, when the KB has
    that ministry for other states only: the same body of the article's state, as a
    local actor named like the others (`Ministry of Foreign Affairs of Venezuela`)."""
    country = country or ctx.state_so_far()
    state = ctx.kb.state_by_code(country) if country else None
    if state is None or any(e.country == country for e in entries):
        return None
    for entry in entries:
        owner = ctx.kb.state_by_code(entry.country or "")
        suffix = f" of {_display(owner)}" if owner else None
        if entry.kind == "organisation" and suffix and entry.name.endswith(suffix):
            name = entry.name[: -len(suffix)] + f" of {_display(state)}"
            return Actor(id=f"local:{slug(name)}", name=name, kind="organisation",
                         country=country, sector=entry.sector)
    return None


def _display(state: Entry) -> str:
    return f"the {state.name}" if state.definite else state.name


def only_a_town(ctx: LinkContext, surface: str) -> bool:
    metonyms = metonyms_of(ctx, surface)
    return bool(metonyms) and all(m.subject_only for m in metonyms)


def metonyms_of(ctx: LinkContext, surface: str) -> list[Metonym]:
    table = ctx.kb.metonyms
    return table.get(surface) or table.get(surface.casefold()) or []


def _add_metonym(
    ctx: LinkContext, metonyms: list[Metonym], text: str, start: int, end: int, ts: int, te: int
) -> None:
    """`het Kremlin` -> Russia (GOV); a capital named as a place stays unlinked."""
    seat = text in ctx.lexicon.institution_seats
    if all(m.subject_only for m in metonyms) and (
            not is_subject(ctx, ts, te) or surname_or_signature(ctx, ts)):
        # `in Arnhem`, `de Arnhemse wethouder`: a municipality's name is a place unless
        # it is the subject of a clause (`Maasdriel besloot`)
        ctx.add(Mention(text, start, end, ts, te, "LOC", None, kind="metonym"))
        return
    if metonyms[0].capital and not seat and (in_place_position(ctx, ts, te)
                                             or surname_or_signature(ctx, ts)):
        # `in Londen`; `Peter Mesker, Den Haag.`: a letter writer's town
        ctx.add(Mention(text, start, end, ts, te, "LOC", None, kind="metonym"))
        return
    chosen = metonyms[0]
    if len(metonyms) > 1:
        recent = ctx.last_mention(ts, {m.entry_id for m in metonyms})
        if recent is not None and recent.actor is not None:
            chosen = next(m for m in metonyms if m.entry_id == recent.actor.id)
    actor = ctx.actor(chosen.entry_id, chosen.sector)
    ctx.add(Mention(text, start, end, ts, te, "LOC", actor, kind="metonym"))


def is_subject(ctx: LinkContext, ts: int, te: int) -> bool:
    """Whether a name is the subject of a clause, also as a conjunct (`Arnhem en Ede willen`)."""
    tokens = ctx.doc.tokens
    current = tokens[next((j for j in range(ts, te) if not ts <= tokens[j].head < te), ts)]
    steps = 0
    while current.deprel == "cnj" and current.head >= 0 and steps < 5:
        current, steps = tokens[current.head], steps + 1
        if current.pos == "VG" and current.head >= 0:
            current = tokens[current.head]
    return current.deprel == "su"


def in_place_position(ctx: LinkContext, ts: int, te: int) -> bool:
    """Whether a name is the object of a locative preposition (`in Londen`, `reist naar Kyiv`).

    Coordinations are looked through (`in Londen en Parijs`). `naar X` is a place
    only with a word of going or sending.
    """
    tokens = ctx.doc.tokens
    head_i = next((j for j in range(ts, te) if not ts <= tokens[j].head < te), ts)
    current = tokens[head_i]
    while current.deprel == "cnj" and current.head >= 0:
        current = tokens[current.head]
        if current.pos == "VG" and current.head >= 0:
            current = tokens[current.head]
    if current.pos != "VZ":
        if current.head < 0 or tokens[current.head].pos != "VZ":
            return False
        current = tokens[current.head]
    lemma = current.lemma.casefold()
    if lemma in ctx.lexicon.locative_prepositions:
        return True
    if lemma in ctx.lexicon.directional_prepositions and current.head >= 0:
        return tokens[current.head].lemma.casefold() in ctx.lexicon.motion_words
    return False
