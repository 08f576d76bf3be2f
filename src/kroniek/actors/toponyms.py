"""When a town's name that Frog parsed as a clause's subject is no municipality acting:
it ends a person's toponymic surname, or it is a letter writer's town (names.py,
`_add_metonym`)."""

from __future__ import annotations

from kroniek.actors.context import LinkContext


def surname_or_signature(ctx: LinkContext, ts: int) -> bool:
    """A municipality's name that Frog parsed as a subject but that is no body: after a
    surname particle it ends a person's name (`Frank de Grave`, `Dapne van Roosendaal`:
    a municipality as subject takes no `de` or `van`), and after a person's name and a
    comma it is a letter writer's town (`Bram Wiertz, Amsterdam Sekswerkers ...`)."""
    tokens = ctx.doc.tokens
    prev = [j for j in (ts - 2, ts - 1) if j >= 0 and tokens[j].sent == tokens[ts].sent]
    if prev and prev[-1] == ts - 1 and tokens[ts - 1].text in ctx.lexicon.name_particles \
            and tokens[ts].text[:1].isupper():
        # a capitalised particle (`De Grave zelf`) or one after a name (`Frank de`); not
        # an article before a body (`de provincie Gelderland`, `in de ...`)
        particle = tokens[ts - 1].text
        return particle[:1].isupper() or (len(prev) == 2 and tokens[ts - 2].text[:1].isupper())
    return len(prev) == 2 and tokens[ts - 1].text == "," and tokens[ts - 2].ner.endswith("PER")
