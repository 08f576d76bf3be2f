"""The local person a name the knowledge base does not know stands for (actors/local.py):
its stable id, the role and organisation its apposition gives, the PLOVER sector of that
role, the gender the text states, and the shorter forms a later mention may use."""

from __future__ import annotations

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import address_gender, noun_gender
from kroniek.actors.kb import slug
from kroniek.actors.lexicon import LinkLexicon
from kroniek.actors.reference import mention_at
from kroniek.model import Actor, Token
from kroniek.syntax import span_of, subtree


def local_person(ctx: LinkContext, run: list[int], text: str) -> Actor:
    """The local person a name not in the KB stands for, made on its first mention."""
    name = " ".join(text.split())
    if name in ctx.local_surnames:
        return ctx.local_surnames[name]
    role = apposition_role(ctx, ctx.doc.tokens[run[0]]) or apposition_role(
        ctx, ctx.doc.tokens[run[-1]])
    actor = Actor(id=f"local:{slug(name)}", name=name, kind="person", role=role,
                  sector=role_sector(ctx.lexicon, role),
                  gender=_stated_gender(ctx, ctx.doc.tokens[run[0]], role))
    for surname in surnames(name, ctx.lexicon.name_particles):
        ctx.local_surnames.setdefault(surname, actor)
    return actor


def role_sector(lexicon: LinkLexicon, role: str | None) -> str | None:
    """The PLOVER sector of a role noun by its compound head (`PVV-Kamerlid`: LEG,
    `onderwijswethouder`: GOV; link_lexicon.yaml `role_sectors`); none for a former holder
    (`oud-wethouder`) or a role that is no political office."""
    if not role:
        return None
    noun = role.split(",")[0].strip().casefold()
    if noun.startswith(lexicon.former_prefixes):
        return None
    heads = [head for head in lexicon.role_sectors if noun.endswith(head)]
    return lexicon.role_sectors[max(heads, key=len)] if heads else None


def _stated_gender(ctx: LinkContext, first: Token, role: str | None) -> str | None:
    """The gender the text states: the word before the name (`mevrouw`, `de heer`,
    `zijn zoon`) or the apposition's noun (`Anna Bos, woordvoerster van ...`)."""
    if first.i > 0:
        before = ctx.doc.tokens[first.i - 1]
        if before.sent == first.sent and before.text.replace("-", "").replace(".", "").isalpha():
            found = address_gender(before.text) or (
                noun_gender(before.text) if before.text.islower() else None)
            if found:
                return found
    return noun_gender(role.split(",")[0].strip()) if role else None


def surnames(name: str, particles: frozenset[str]) -> list[str]:
    """How a full name is shortened later: `Christophe van der Maat` -> `Maat`, `van der
    Maat`, `Van der Maat`; `Willem Korteling` -> `Korteling`."""
    words = name.split()
    if len(words) < 2:
        return []
    k = len(words) - 1
    while k > 1 and words[k - 1] in particles:
        k -= 1
    last = " ".join(words[k:])
    found = [words[-1], last]
    if last != words[-1]:
        found.append(last[:1].upper() + last[1:])
    elif len(words) == 3 and words[1][:1].isupper():
        # `Rutger Groot Wassink` -> `Groot Wassink`: a double surname without particles
        # (the second word is no second first name the text would drop: `Jan Peter
        # Balkenende` is never `Peter Balkenende`, so registering it links nothing wrong)
        found.append(" ".join(words[1:]))
    return list(dict.fromkeys(found))


def apposition_role(ctx: LinkContext, token: Token) -> str | None:
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
    organisation = van_phrase(ctx, token) or van_phrase(ctx, noun)
    organisation = organisation.strip(" ,;") if organisation else None  # `..., Nielsen,`
    return f"{noun.text}, {organisation}" if organisation else noun.text


def van_phrase(ctx: LinkContext, token: Token) -> str | None:
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
