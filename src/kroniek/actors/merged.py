"""Persons inside tokens Frog merged (`SP-Kamerlid Sandra Beckerman`) and the test of
whether a first name before a KB person's surname names someone else.

Also: whether the article named someone else in full with a KB person's surname.
Split from `names.py` (module size); `names.py` calls these.
"""

from __future__ import annotations

import re

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import is_first_name
from kroniek.actors.kb import Entry
from kroniek.actors.local_person import local_person
from kroniek.model import Mention


def other_first_name(ctx: LinkContext, before: list[str], surname: str) -> bool:
    """Whether the first name before a KB person's surname names someone else: no KB
    person of that surname has a first name with the initial of a word before it
    (`Roderick Klaver` is not Jesse Klaver; `Gert Jan Segers`, `Thiery Baudet`,
    `Ferdinand Grapperhaus` are spellings of the KB persons). Only for surnames of KB
    persons: a place or body after a name (`…, Breda`) is left as it was."""
    if not is_first_name(before[-1]) or before[-1] in ctx.lexicon.name_particles:
        return False
    persons = ctx.kb.by_surname(surname)  # KB persons only
    initials = {w[:1].casefold() for w in before}
    return bool(persons) and not any(e.name[:1].casefold() in initials for e in persons)


def particle_left_off(ctx: LinkContext, entry: Entry, word: str) -> bool:
    """Whether `word` alone leaves off the particle the KB person's surname keeps: every
    name and alias of the person ending in the word has a bound particle before it
    (`Hugo de Jonge`: `Jonge` is not him, `De Jonge` is; `Alexander Van der Bellen`:
    `Bellen met de PVV` is a verb). Dutch writes the particle whenever the surname
    stands alone (link_lexicon.yaml `bound_particles`)."""
    key = word.casefold()
    before = [name.split()[-2] for name in (entry.name, *entry.aliases)
              if len(name.split()) > 1 and name.split()[-1].casefold() == key]
    return bool(before) and all(w.casefold() in ctx.lexicon.bound_particles for w in before)


def body_word_after_first_name(ctx: LinkContext, before: str, word: str) -> bool:
    """Whether `word`, right after the first name `before` in one name, is a person's
    surname that only spells a body or place of the KB: `burgemeester Hans Wagner`,
    `museumdirecteur Matthias Wagner K` are not the Wagner Group, `Muziekgebouw Frits
    Philips` is not the company. A KB person of that surname is left to
    `other_first_name`; a body named with a first name as a whole (`Albert Heijn`) is
    found by the longer lookup before this one is asked. On 473 DPG articles it changed
    only such links (`Hans Wagner`, `Frits Philips` twice)."""
    if not is_first_name(before) or before in ctx.lexicon.name_particles:
        return False
    entries = ctx.kb.lookup(word)
    return bool(entries) and all(entry.kind != "person" for entry in entries)


def link_person_after_compound(ctx: LinkContext, text: str, rest: list[re.Match],
                                offset: int, i: int) -> bool:
    """`SP-Kamerlid Sandra Beckerman` merged into one token: after the party compound a
    first name and a surname the KB does not know are a local person (the token is
    claimed, so the local-name pass would not see them; the quote they speak is theirs,
    not the party's)."""
    if not 1 <= len(rest) <= 4 or not is_first_name(rest[0].group()):
        return False
    if not all(w.group()[:1].isupper() or w.group() in ctx.lexicon.name_particles
               for w in rest):
        return False
    start, end, te = offset + rest[0].start(), offset + rest[-1].end(), i + 1
    if len(rest) == 1 or not rest[-1].group()[:1].isupper():
        te = _surname_tokens_after(ctx, i)  # `SP-Kamerlid Jasper` + `van` + `Dijk`
        if te == i + 1:
            return False
        end = ctx.doc.tokens[te - 1].end
    name = " ".join(ctx.doc.text[start:end].split())
    first, surname = rest[0].group(), name.split()[-1]
    if ctx.kb.lookup(name) or (ctx.kb.by_surname(surname)
                               and not other_first_name(ctx, [first], surname)):
        return False  # a KB person (`Mark Rutte`, `Thierry Baudet`): the KB passes link it
    actor = local_person(ctx, [i], name)
    ctx.add(Mention(ctx.doc.text[start:end], start, end, i, te, "PER", actor))
    ctx.claimed.update(range(i, te))
    return True


def _surname_tokens_after(ctx: LinkContext, i: int) -> int:
    """The end of the surname in the tokens after a merged token that ends in a first
    name: lowercase particles and one capitalised name (`van` `Dijk`); `i + 1` if none."""
    tokens = ctx.doc.tokens
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and \
            tokens[j].text in ctx.lexicon.name_particles and tokens[j].text.islower():
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[i].sent or j in ctx.claimed:
        return i + 1
    last = tokens[j]
    if " " in last.text or not last.text[:1].isupper() or not (
            last.pos == "SPEC" or last.ner.endswith("PER")):
        return i + 1
    return j + 1


def other_person_named_before(ctx: LinkContext, surname: str, start: int) -> bool:
    """Whether the article already named someone else in full with this surname: after
    `kunstenaar Sven Hoekstra` a bare `Hoekstra` is the artist (the local-name pass links
    it to him), not the KB's Wopke Hoekstra. Someone else is a first name that fits no
    KB person of the surname (`other_first_name`); a KB person named in full before is
    handled by `full_seen`. Dutch and English news name a person in full before the
    surname alone, so only the text before the surname is read."""
    # the particle is capitalised alone and lowercase after a first name (`De Jonge`,
    # `Freek de Jonge`)
    first, _, rest = surname.partition(" ")
    if rest and first.casefold() in ctx.lexicon.bound_particles:
        surname_pattern = f"(?i:{re.escape(first)})\\s+{re.escape(rest)}"
    else:
        surname_pattern = re.escape(surname)
    pattern = re.compile(r"(\w+)\s+" + surname_pattern + r"(?!\w)")
    return any(other_first_name(ctx, [m.group(1)], surname)
               for m in pattern.finditer(ctx.doc.text, 0, start))
