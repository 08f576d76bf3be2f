"""The actor layer: every reference to an actor the article makes, linked to the
knowledge base with the role held on the article date (`doc.article.published`).

Passes, in order (each later pass skips tokens an earlier one claimed):

0. `minister van Defensie`: a department named inside an office title is claimed
   for the role noun, not linked as a name;
1. names (`names.py`): KB names and aliases, short names and surnames,
   possessives, metonyms, merged tokens; hyphenated compounds that name an issue; a
   homonym left open where it came before its context, settled by the whole article
   (`discourse.py`);
2. unknown names from Frog's NER (`local.py`): local persons (with particles, first
   names from `gender.py`, later surnames and possessives) and organisations,
   null-actor places; never a bare particle, initial or sentence-position capital;
3. demonyms (before the NER fallback); definite descriptions of persons the text
   gave that role noun (`described.py`: `de informateur` after `Eppie Klein ... als
   informateur`), and definite person nouns after the one fitting person named before
   (`definite.py`: `het meisje` after `de 8-jarige Diya`), before the KB's role nouns,
   organisation nouns, a state's bodies with a demonym (`de Belgische politie`: Belgium,
   COP); then the article's country is fixed (`local_country.article_country`, kept on
   the document for every later use) and the common nouns of national bodies (`de
   politie`, `het OM`) are placed by it (`domestic.py`), not entities; a definite noun
   repeating the head of an organisation named before (`het parlement` after
   `Europees Parlement`, heads.py);
4. the country of local actors (`local_country.py`): the state the text ties them to,
   the dateline's, the article's dominant country, else NLD for a domestic article;
5. pronouns (`pronouns.py`), not entities; `resolve_pronoun` is public.

Mentions of kind `name` and `metonym` are the spec's entities; the rest are
resolved for the quote and event layers (see `kroniek.actors.reference`).
"""

from __future__ import annotations

from kroniek.actors.boards import link_boards
from kroniek.actors.context import LinkContext
from kroniek.actors.definite import link_definite_persons
from kroniek.actors.described import link_described_persons
from kroniek.actors.discourse import settle_homonyms
from kroniek.actors.heads import link_repeated_heads, link_short_body_names
from kroniek.actors.kb import load_kb
from kroniek.actors.lexicon import load_lexicon
from kroniek.actors.local import link_unknown_names
from kroniek.actors.local_country import article_country, assign_local_countries
from kroniek.actors.names import link_names
from kroniek.actors.pronouns import quoted_speech, resolve_pronoun
from kroniek.actors.roles import (
    claim_office_phrases,
    link_demonyms,
    link_domestic_bodies,
    link_org_nouns,
    link_roles,
    link_state_bodies,
)
from kroniek.model import Document

__all__ = ["annotate", "resolve_pronoun"]


def annotate(doc: Document) -> None:
    """Fill `doc.mentions` (the pipeline's actor stage)."""
    doc.mentions = []
    doc.derived.clear()
    ctx = LinkContext(doc=doc, kb=load_kb(), lexicon=load_lexicon())
    claim_office_phrases(ctx)
    link_names(ctx)
    settle_homonyms(ctx)  # a homonym first named before its context (discourse.py)
    link_demonyms(ctx)
    link_unknown_names(ctx)
    link_described_persons(ctx)  # before the KB's offices: the text's own titles
    link_definite_persons(ctx)  # `de baby` after `zoontje Milan` (ANS 14.3.1)
    link_roles(ctx)
    link_org_nouns(ctx)
    link_state_bodies(ctx)
    article_country(doc)  # fixed here: the bodies it places next do not vote (domestic.py)
    link_domestic_bodies(ctx)
    link_boards(ctx)  # after the bodies: `het bestuur van de gemeente`
    link_repeated_heads(ctx)  # last of the nouns: `het parlement` after `Europees Parlement`
    link_short_body_names(ctx)  # `de Kamer`: the chamber named last, else the Tweede Kamer
    assign_local_countries(ctx)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    quoted = quoted_speech(doc)  # once per text: it pairs every quotation mark
    for token in doc.tokens:
        if token.i in ctx.claimed:
            continue
        mention = resolve_pronoun(doc, token.i, quoted)
        if mention is not None:
            ctx.add(mention)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
