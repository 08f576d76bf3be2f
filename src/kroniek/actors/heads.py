"""A definite noun that repeats the head noun of an organisation named before refers to it
(`de Unie van Waterschappen ... denkt de Unie`, `Stichting De Verre Bergen ... de
stichting`).

Newspapers name a body once in full and then by its head noun with a definite article.
Without this pass `de unie`, `de commissie`, `de universiteit` stayed unlinked after
`Unie van Waterschappen`, `Commissie van Toezicht`, `Universiteit Utrecht`, and the acts
they did were lost. This is the strict head match of deterministic coreference (Lee et al.,
"Deterministic coreference resolution based on entity-centric, precision-ranked rules",
Computational Linguistics 39(4), 2013: a definite noun phrase whose head word is the head
word of an earlier mention corefers with it), restricted to what the text makes safe:

- the antecedent is a linked organisation or group named by a name of two words or more
  (not a person, not a state: `de staten` after `de Verenigde Staten` is no reference to
  them) earlier in the article, the latest one with that head;
- the head of a name is its last word before a `van`/`voor` complement (`Unie van
  Waterschappen`, `Planbureau voor de Leefomgeving`) or its first word when a place or
  name follows it (`Universiteit Utrecht`);
- not the nouns of a state's bodies (link_lexicon.yaml `state_bodies`: `parlement`,
  `regering`, `leger`): every state has one, and on 473 DPG articles `het parlement`
  after `Europees Parlement` was twice the British one in a Brexit story;
- the noun is singular, has a definite determiner and no complement of its own that
  could name another body (`het parlement van Algerije`, `de commissie-Remkes`).

The mention is a non-entity description (kind `role`), like `de partij` after a named
party (roles.py `_link_sector_noun`); entities are unchanged.

A short name written as a name (`de Kamer`, which NER tags as an organisation name and the
KB does not hold) is the body of its candidates named last before it, else its default
(`link_short_body_names`, link_lexicon.yaml `short_body_names`): the entity keeps its
text and gets that body.
"""

from __future__ import annotations

from dataclasses import replace

from kroniek.actors.context import LinkContext
from kroniek.model import Mention, Token

_ANTECEDENT_KINDS = frozenset({"organisation", "group"})


def _words(ctx: LinkContext, key: str) -> frozenset[str]:
    return frozenset(getattr(ctx.lexicon, key))


def _heads(ctx: LinkContext, mention: Mention) -> set[str]:
    """The head words of a linked mention, case-folded."""
    tokens = ctx.doc.tokens[mention.token_start:mention.token_end]
    complements = _words(ctx, "head_complement_prepositions")
    cut = next((k for k, t in enumerate(tokens) if t.lemma.casefold() in complements), None)
    words = [t for t in tokens[:cut] if t.pos not in ("LID", "LET")]
    if not words:
        return set()
    if len(tokens) < 2:
        return set()  # a one-word name is repeated, not taken up by its head
    heads = {words[-1].text.casefold()}
    if len(words) > 1 and words[1].text[:1].isupper():
        heads.add(words[0].text.casefold())  # `Universiteit Utrecht`
    return heads - set(ctx.lexicon.state_bodies)


def _restricted(ctx: LinkContext, token: Token) -> bool:
    """A noun with a complement after it (`het parlement van Algerije`) or joined to a
    name (`de commissie-Remkes`) names a body of its own."""
    if "-" in token.text:
        return True
    return any(c.i > token.i and c.pos in ("VZ", "SPEC") for c in ctx.doc.children(token.i))


def _candidate(ctx: LinkContext, token: Token) -> bool:
    if token.i in ctx.claimed or token.pos != "N" or "mv" in token.features:
        return False
    definite = _words(ctx, "definite_determiners")
    determiners = [c for c in ctx.doc.children(token.i)
                   if c.i < token.i and c.deprel == "det" and c.lemma.casefold() in definite]
    return bool(determiners) and not _restricted(ctx, token)


def link_repeated_heads(ctx: LinkContext) -> None:
    """Link `het parlement` after `Europees Parlement` to it (module docstring)."""
    doc = ctx.doc
    antecedents = sorted(
        (m for m in doc.mentions if m.actor is not None and m.actor.kind in _ANTECEDENT_KINDS
         and m.kind in ("name", "metonym")),
        key=lambda m: m.token_start)
    if not antecedents:
        return
    heads = [(m, _heads(ctx, m)) for m in antecedents]
    for token in doc.tokens:
        if not _candidate(ctx, token):
            continue
        lemma, text = token.lemma.casefold(), token.text.casefold()
        earlier = [m for m, words in heads if m.token_end <= token.i
                   and (lemma in words or text in words)]
        if not earlier:
            continue
        actor = earlier[-1].actor
        first = min([token.i] + [c.i for c in doc.children(token.i)
                                 if c.i < token.i and c.pos in ("LID", "ADJ", "VNW")])
        start, end = doc.tokens[first].start, token.end
        ctx.add(Mention(doc.text[start:end], start, end, first, token.i + 1, "ORG", actor,
                        kind="role", is_entity=False))


def link_short_body_names(ctx: LinkContext) -> None:
    """Link `de Kamer` to the chamber named last, else the Tweede Kamer (module docstring)."""
    table = ctx.lexicon.short_body_names
    for k, mention in enumerate(ctx.doc.mentions):
        found = table.get(mention.text)
        if found is None or (mention.actor is not None
                             and not mention.actor.id.startswith("local:")):
            continue
        candidates, default = found
        earlier = ctx.last_mention(mention.token_start, set(candidates))
        actor = earlier.actor if earlier is not None else ctx.actor(default)
        ctx.doc.mentions[k] = replace(mention, actor=actor)
