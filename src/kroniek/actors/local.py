"""Names the knowledge base does not know, found by Frog's NER (the fallback).

- An unknown person (`defensie-expert Patrick Bolder`) becomes a local actor with a
  stable id (`local:patrick-bolder`), kind person, and the role (and organisation)
  its apposition gives; a later bare surname (`Bolder`) links to it.
- An unknown organisation (`Fox News`) becomes a local actor of kind organisation,
  named as written: it identifies the same body across articles, and the spec
  compares actors by canonical name when no Wikidata id is known.
- Unknown places and other names are entity mentions with actor null.

Only proper-name tokens (CGN `SPEC`) count: Frog's spans often swallow a
neighbouring word (`wanneer Trump`).
"""

from __future__ import annotations

from kroniek.actors.context import LinkContext
from kroniek.actors.kb import slug
from kroniek.actors.reference import mention_at
from kroniek.model import Actor, Mention, Token
from kroniek.syntax import span_of, subtree

NER_TYPE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # Frog's PRO, EVE, MISC -> MISC


def link_unknown_names(ctx: LinkContext) -> None:
    for run in _name_runs(ctx):
        first, last = ctx.doc.tokens[run[0]], ctx.doc.tokens[run[-1]]
        text = ctx.doc.text[first.start : last.end]
        label = NER_TYPE.get(first.ner.split("-", 1)[-1], "MISC")
        actor = None
        if label == "PER":
            actor = _local_person(ctx, run, text)
        elif label == "ORG":
            actor = Actor(id=f"local:{slug(text)}", name=" ".join(text.split()),
                          kind="organisation")
        ctx.add(Mention(text, first.start, last.end, run[0], run[-1] + 1, label, actor))


def _name_runs(ctx: LinkContext) -> list[list[int]]:
    """Maximal runs of unclaimed proper-name tokens inside one Frog entity."""
    runs: list[list[int]] = []
    current: list[int] = []
    for token in ctx.doc.tokens:
        inside = token.ner != "O" and token.pos == "SPEC" and token.i not in ctx.claimed
        inside = inside and token.text[:1].isupper()
        continues = (
            inside and current and token.ner.startswith("I-")
            and ctx.doc.tokens[current[-1]].sent == token.sent
            and current[-1] == token.i - 1
        )
        if continues:
            current.append(token.i)
            continue
        if current:
            runs.append(current)
        current = [token.i] if inside else []
    if current:
        runs.append(current)
    return runs


def _local_person(ctx: LinkContext, run: list[int], text: str) -> Actor:
    name = " ".join(text.split())
    if len(run) == 1 and " " not in name and name in ctx.local_surnames:
        return ctx.local_surnames[name]
    role = _apposition_role(ctx, ctx.doc.tokens[run[-1]])
    actor = Actor(id=f"local:{slug(name)}", name=name, kind="person", role=role)
    if " " in name:
        ctx.local_surnames[name.rsplit(" ", 1)[1]] = actor
    return actor


def _apposition_role(ctx: LinkContext, token: Token) -> str | None:
    """`defensie-expert Patrick Bolder van het X`: `defensie-expert, X`."""
    noun: Token | None = None
    if token.deprel == "app" and token.head >= 0 and ctx.doc.tokens[token.head].pos == "N":
        noun = ctx.doc.tokens[token.head]
    elif token.head >= 0 and ctx.doc.tokens[token.head].pos == "N" and token.deprel == "mod":
        noun = ctx.doc.tokens[token.head]
    if noun is None and token.i > 0:
        # a lowercase title word right before the name; Frog tags unknown compounds
        # (`defensie-expert`) as verbs, so the word's shape decides, not its tag
        before = ctx.doc.tokens[token.i - 1]
        if before.sent == token.sent and before.text.replace("-", "").isalpha():
            if before.text.islower() and (before.pos == "N" or "-" in before.text):
                noun = before
    if noun is None:
        return None
    organisation = _van_phrase(ctx, token) or _van_phrase(ctx, noun)
    return f"{noun.text}, {organisation}" if organisation else noun.text


def _van_phrase(ctx: LinkContext, token: Token) -> str | None:
    """The name in a `van` phrase of the token: a linked actor's name, else as written."""
    for child in ctx.doc.children(token.i):
        if child.lemma != "van" or child.i < token.i:
            continue
        for obj in ctx.doc.children(child.i):
            named = mention_at(ctx.doc, obj.i)
            if named is not None and named.actor is not None:
                return named.actor.name
            words = [i for i in subtree(ctx.doc, obj.i) if ctx.doc.tokens[i].pos != "LID"]
            if words and any(ctx.doc.tokens[i].pos == "SPEC" for i in words):
                start, end = span_of(ctx.doc, words)
                return ctx.doc.text[start:end]
    return None
