"""Evidence that makes a name a local person, beyond Frog's NER (actors/local.py): a
given name with a surname initial (`Gökmen T.`), and the role a copular clause states of
a local person (`Agnes Jongerius is Europarlementariër voor de PvdA`)."""

from __future__ import annotations

import re

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import is_first_name
from kroniek.actors.local_person import local_person, role_sector, van_phrase
from kroniek.actors.reference import mention_at
from kroniek.model import Mention, Token

_INITIAL = re.compile(r"[A-Z]\.")
_INITIAL_NAME_POS = frozenset({"N", "SPEC"})
_AGE = re.compile(r"\d{1,3}")
AGE_ADJECTIVE = re.compile(r"(\d{1,3})-jarige?")  # `de 37-jarige`, the age its group


def bracketed_age(tokens: list[Token], i: int) -> int | None:
    """The age a bracket opening at token `i` gives (`B. (40)`), or None."""
    if i + 1 < len(tokens) and tokens[i].text == "(" and _AGE.fullmatch(tokens[i + 1].text):
        return int(tokens[i + 1].text)
    return None


def link_initial_names(ctx: LinkContext) -> None:
    """`de 37-jarige Gökmen T.`, `'sekteleider' Aaldert van E.`, `Nirmalkoemar B. (40)`:
    a given name, surname particles and the surname's initial with its dot are a person
    (the Dutch press names suspects and convicts so: Raad voor de Journalistiek, Leidraad
    2.4.2), whatever Frog's NER made of the two words (an event, a place, nothing). The
    given name is one capitalised word, not a particle, and a person's by evidence: a
    first name the lists know, or a person's attribute beside it (`_person_context`), so
    `Plan B.` opening a sentence is no one. A name the KB knows is left to it."""
    tokens = ctx.doc.tokens
    particles = ctx.lexicon.name_particles
    for token in tokens:
        if token.i in ctx.claimed or token.pos not in _INITIAL_NAME_POS or not (
                token.text[:1].isupper() and token.text.isalpha()) or token.text in particles:
            continue
        j = token.i + 1
        while j < len(tokens) and tokens[j].text in particles:
            j += 1
        if j >= len(tokens) or tokens[j].sent != token.sent or not _INITIAL.fullmatch(
                tokens[j].text) or any(k in ctx.claimed for k in range(token.i, j + 1)):
            continue
        run = list(range(token.i, j + 1))
        text = ctx.doc.text[token.start:tokens[j].end]
        if ctx.kb.lookup(" ".join(text.split())) or not (
                is_first_name(token.text) or _person_context(ctx, token.i, j)):
            continue
        ctx.add(Mention(text, token.start, tokens[j].end, token.i, j + 1, "PER",
                        local_person(ctx, run, text)))


def _person_context(ctx: LinkContext, first: int, last: int) -> bool:
    """A person's attribute beside a name: an age in brackets after it (`B. (40)`), an age
    adjective before it (`de 37-jarige`), or a common noun right before it, quoted or not
    (`'sekteleider' Aaldert van E.`, `stiefvader Leo den H.`: an apposed role)."""
    tokens = ctx.doc.tokens
    if bracketed_age(tokens, last + 1) is not None:
        return True
    k = first - 1
    while k >= 0 and tokens[k].pos == "LET" and tokens[k].text in "'\"‘’“”":
        k -= 1
    if k < 0 or tokens[k].sent != tokens[first].sent:
        return False
    before = tokens[k]
    return bool(AGE_ADJECTIVE.fullmatch(before.text)) or (
        before.pos == "N" and before.text[:1].islower())


def roles_from_predicates(ctx: LinkContext) -> None:
    """A local person with no role from an apposition takes the role a copular clause
    states of them (`Agnes Jongerius is Europarlementariër voor de PvdA`, the closing
    line of an op-ed; `X is wethouder van Zorg`): the name is the subject of `zijn` and a
    role noun of `role_sectors` its predicate (ANS 18.5: the predicate nominal of a
    copula says what the subject is). Only the present tense: `was` is a former office."""
    doc = ctx.doc
    for mention in doc.mentions:
        actor = mention.actor
        if actor is None or not actor.id.startswith("local:") or actor.kind != "person" or (
                actor.role is not None):
            continue
        head = doc.tokens[mention.token_end - 1]
        verb = doc.tokens[head.head] if head.deprel == "su" and head.head >= 0 else None
        if verb is None or verb.lemma != "zijn" or "tgw" not in verb.features:
            continue
        for noun in doc.children(verb.i):
            if noun.deprel != "predc" or noun.pos != "N":
                continue
            sector = role_sector(ctx.lexicon, noun.text)
            if sector is None:
                continue
            organisation = van_phrase(ctx, noun) or _preposition_phrase(ctx, noun, "voor")
            role = f"{noun.text}, {organisation}" if organisation else noun.text
            for other in doc.mentions:  # every mention of the person holds its own copy
                if other.actor is not None and other.actor.id == actor.id and (
                        other.actor.role is None):
                    other.actor.role, other.actor.sector = role, sector


def _preposition_phrase(ctx: LinkContext, token: Token, preposition: str) -> str | None:
    """The linked actor named in a phrase of the token with this preposition."""
    for child in ctx.doc.children(token.i):
        if child.lemma != preposition:
            continue
        for obj in ctx.doc.children(child.i):
            named = mention_at(ctx.doc, obj.i)
            if named is not None and named.actor is not None:
                return named.actor.name
    return None
