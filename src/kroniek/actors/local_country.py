"""The country of local actors (persons and organisations the KB does not know).

The spec's country-level event score compares `country`, so a local actor without one
never matches. The rule, first that applies (the decision the lead asked for, in order
of the evidence's strength):

1. the text ties the actor to a state: a demonym or a `van` phrase on the name or on
   its title noun (`de Duitse ambassadeur, Daniel Kriener` and `ambassadeur van
   Duitsland Kriener` -> DEU; `Guaidó van de Venezolaanse oppositie` -> VEN), or a
   linked state or organisation there (`Eppie Klein (SGP)` -> the SGP's NLD);
2. the dateline's place (`CARACAS (AP) -` -> VEN, `VENLO -` -> NLD);
3. the article's dominant country: the country its states, places and known actors
   name most, at least twice and more often than any other;
4. a Dutch paper's article with no such foreign focus (the Netherlands named at least
   as often as any other country, or no country at all): NLD.

Otherwise the country stays null rather than a guess (an article that names two
foreign states equally often). Actors whose country is already set (a local mayor
of a KB town, a foreign body named like the KB's) keep it.
"""

from __future__ import annotations

from kroniek.actors.context import LinkContext, country_counts, place_country
from kroniek.actors.kb import load_kb
from kroniek.actors.lexicon import load_lexicon
from kroniek.actors.reference import mention_at
from kroniek.model import Document, Mention, Token
from kroniek.syntax import subtree

HOME = "NLD"  # the readers' country of a Dutch paper
_COUNTRY = "article_country"  # its key in `Document.derived`


def assign_local_countries(ctx: LinkContext) -> None:
    """Give every local actor without a country the country the text supports."""
    mentions: dict[str, list[Mention]] = {}
    for mention in sorted(ctx.doc.mentions, key=lambda m: m.token_start):
        actor = mention.actor
        if actor is not None and actor.id.startswith("local:") and actor.country is None:
            mentions.setdefault(actor.id, []).append(mention)
    if not mentions:
        return
    fallback = article_country(ctx.doc)
    for found in mentions.values():
        country = next((c for m in found if (c := _stated_country(ctx, m))), None) or fallback
        for mention in found:
            if mention.actor is not None:
                mention.actor.country = country


def _stated_country(ctx: LinkContext, mention: Mention) -> str | None:
    """A state the name's own phrase or its title noun's phrase names (rule 1)."""
    tokens = ctx.doc.tokens
    for i in range(mention.token_start, mention.token_end):
        token = tokens[i]
        heads = [token]
        if token.deprel in ("app", "mod") and token.head >= 0 and tokens[token.head].pos == "N":
            heads.append(tokens[token.head])  # `de Duitse ambassadeur, Kriener`
        for child in ctx.doc.children(token.i):
            if child.deprel == "app" and child.pos == "N" and child.i < token.i:
                heads.append(child)
        before = tokens[token.i - 1] if token.i > 0 else None
        if before is not None and before.sent == token.sent and before.pos == "N" \
                and before.text.islower():
            heads.append(before)  # `oppositieleider Juan Guaidó`: a title right before
        for head in heads:
            country = _phrase_country(ctx, head, mention)
            if country:
                return country
    return None


def _phrase_country(ctx: LinkContext, head: Token, mention: Mention) -> str | None:
    for child in ctx.doc.children(head.i):
        if mention.token_start <= child.i < mention.token_end:
            continue
        if child.deprel == "mod" and child.i < head.i:
            country = _demonym_country(ctx, child)
            if country:
                return country
        if child.lemma == "van" and child.i > head.i:
            for obj in ctx.doc.children(child.i):
                country = _object_country(ctx, obj)
                if country:
                    return country
        if child.deprel == "app" and child.i > head.i:  # `Eppie Klein (SGP)`
            country = _named_country(ctx, child)
            if country:
                return country
    return None


def _object_country(ctx: LinkContext, obj: Token) -> str | None:
    """`van Duitsland`, `van de Venezolaanse oppositie`, `van de SGP`."""
    country = _named_country(ctx, obj)
    if country:
        return country
    for i in subtree(ctx.doc, obj.i):
        token = ctx.doc.tokens[i]
        if i < obj.i and token.deprel == "mod" and token.head == obj.i:
            country = _demonym_country(ctx, token)
            if country:
                return country
    return None


def _named_country(ctx: LinkContext, token: Token) -> str | None:
    named = mention_at(ctx.doc, token.i)
    if named is None:
        return None
    actor = named.actor
    if actor is not None and actor.kind != "person" and actor.country not in (None, "IGO"):
        return actor.country
    return place_country(ctx, named.text) if actor is None and named.type == "LOC" else None


def _demonym_country(ctx: LinkContext, token: Token) -> str | None:
    state = ctx.kb.by_demonym(token.text)
    return state.country if state is not None and state.kind == "state" else None


def _dateline_country(ctx: LinkContext) -> str | None:
    dateline = ctx.doc.article.dateline
    if dateline is None or not dateline.place:
        return None
    return place_country(ctx, dateline.place.split("/")[0].strip())


def _article_default(ctx: LinkContext) -> str | None:
    """Rules 3 and 4: the dominant country, else NLD for a domestic article."""
    counts = country_counts(ctx)
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    home = counts.get(HOME, 0)
    if all(count <= home for count in counts.values()):
        return HOME
    return None


def article_country(doc: Document) -> str | None:
    """The country a text supports for an actor it does not place itself: the dateline's,
    else the dominant one, else NLD for a domestic article (rules 2-4). For local actors,
    the bodies a bare noun names (domestic.py) and the later layers' described actors
    (`een 28-jarige man`, `religieuze leiders`).

    Computed once per document and kept in `doc.derived`: the actor layer asks first,
    once names, demonyms, role and organisation nouns are linked and before the bodies
    whose country it decides (link.py), so every layer reads the same value."""
    if _COUNTRY not in doc.derived:
        ctx = LinkContext(doc=doc, kb=load_kb(), lexicon=load_lexicon())
        doc.derived[_COUNTRY] = _dateline_country(ctx) or _article_default(ctx)
    return doc.derived[_COUNTRY]


__all__ = ["article_country", "assign_local_countries"]

