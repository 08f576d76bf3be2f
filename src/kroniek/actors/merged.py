"""Persons inside tokens Frog merged (`SP-Kamerlid Sandra Beckerman`) and the test of
whether a first name before a KB person's surname names someone else.

Also: whether the article named someone else in full with a KB person's surname.
Split from `names.py` (module size); `names.py` calls these.
"""

from __future__ import annotations

import re

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import is_common_word, is_first_name
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


def body_word_after_first_name(ctx: LinkContext, before: str, word: str,
                               opener: str | None = None) -> bool:
    """Whether `word`, right after the first name `before` in one name, is a person's
    surname that only spells a body or place of the KB: `burgemeester Hans Wagner`,
    `museumdirecteur Matthias Wagner K` are not the Wagner Group, `Muziekgebouw Frits
    Philips` is not the company. A KB person of that surname is left to
    `other_first_name`; a body named with a first name as a whole (`Albert Heijn`) is
    found by the longer lookup before this one is asked. On 473 DPG articles it changed
    only such links (`Hans Wagner`, `Frits Philips` twice). `opener` is the name word
    before `before`, if any: after another first name (`Jeroen Pol Apeldoorn`, `Els Kok
    Breda`: a byline or a reader's signature with its town) `before` is a surname and
    the word is a place again."""
    if not is_first_name(before) or before in ctx.lexicon.name_particles:
        return False
    if opener and opener[:1].isupper() and is_first_name(opener) and not is_common_word(opener):
        return False
    entries = ctx.kb.lookup(word)
    return bool(entries) and all(entry.kind != "person" for entry in entries)


def name_word_before(ctx: LinkContext, i: int) -> str | None:
    """The text of the token before token `i` when it is a name word Frog tagged (a
    proper name or a person entity) in the same sentence, else None."""
    tokens = ctx.doc.tokens
    if i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return None
    before = tokens[i - 1]
    return before.text if before.pos == "SPEC" or before.ner.endswith("PER") else None


def body_word_named_as_surname(ctx: LinkContext, i: int) -> bool:
    """Whether the one-word name at token `i`, which the KB knows only as a body or place,
    was written earlier in the article as a person's surname after a first name (see
    `body_word_after_first_name`): after `museumdirecteur Matthias Wagner K`, a later
    `Wagner K verwijt de critici ...` is the director, not the Wagner Group. News names a
    person in full before the surname alone, so only the text before is read; the first
    name must be a name Frog tagged (`In Nederland`: `In` is on the first-name list)."""
    tokens = ctx.doc.tokens
    word = tokens[i].text
    entries = ctx.kb.lookup(word)
    if not entries or any(entry.kind == "person" for entry in entries):
        return False  # asked for every token: the KB test first, before the scan back
    for token in tokens[:i]:
        words = token.text.split()
        if len(words) > 1 and words[-1] == word and token.pos == "SPEC":
            opener = words[-3] if len(words) > 2 else None
            if body_word_after_first_name(ctx, words[-2], word, opener):
                return True  # one merged name token (`Matthias Wagner`)
        elif token.text == word:
            first = name_word_before(ctx, token.i)
            if first is not None and " " not in first and body_word_after_first_name(
                    ctx, first, word, name_word_before(ctx, token.i - 1)):
                return True
    return False


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


def place_inside_name(ctx: LinkContext, text: str, i: int) -> bool:
    """Whether a token Frog merged from several name words is one unknown name with a
    state's name inside (`Hoek van Holland`, `Holland America Line`, `Corwintec Europe
    Limited`, `Singapore Airlines Cargo`): then the state is no
    mention of its own (the local-name pass reads the whole). Only when a word of the
    token is no KB name, place, first name or role at all (`Hoek`, `Line`, `Airport`),
    the others are capitalised or particles, and every KB name inside is a place: a
    list of places (`Rusland Oekraïne`), a person (`Minister Wopke Hoekstra`) or an
    organisation (`ING Bank`) is left to the usual linking, and so is a name that goes
    on past the token (`Breda University` + `of Applied Sciences`: Frog cut it; the
    local pass would name a part)."""
    words = text.split()
    if len(words) < 2 or ctx.kb.lookup(text) or any("-" in w for w in words):
        return False
    tokens = ctx.doc.tokens
    before = tokens[i - 1] if i > 0 and tokens[i - 1].sent == tokens[i].sent else None
    if (is_first_name(words[0]) and words[0] not in ctx.lexicon.name_particles) or (
            before is not None and is_first_name(before.text)):
        return False  # `Remy Jacobs Rotterdam`, `Fred` + `Bos Winterswijk`: a letter's signature
    if _name_goes_on(ctx, i):
        return False
    if not all(w[:1].isupper() or w in ctx.lexicon.name_particles for w in words):
        return False
    spans = [" ".join(words[a:b]) for a in range(len(words))
             for b in range(a + 1, len(words) + 1) if (a, b) != (0, len(words))]
    known = [span for span in spans if ctx.kb.lookup(span) or _is_place(ctx, span)]
    if not known or not all(_is_place(ctx, span) for span in known):
        return False
    return any(w[:1].isupper() and w not in known and not is_first_name(w)
               and w.casefold() not in ctx.role_nouns and not ctx.kb.by_surname(w)
               and not ctx.kb.metonyms.get(w) and ctx.kb.state_of_place(w) is None
               for w in words)  # `Rusland de Krim`: two places


def _is_place(ctx: LinkContext, name: str) -> bool:
    """A state or the continent (`Europa`, the KB's group of country EUR; not a people
    such as the Kurds). Towns are left out: their mention inside a body's name
    (`Muziekgebouw Eindhoven`) is what places the article's municipal bodies."""
    entries = ctx.kb.lookup(name)
    return bool(entries) and all(
        e.kind == "state" or (e.kind == "group" and e.country == "EUR") for e in entries)


def _name_goes_on(ctx: LinkContext, i: int) -> bool:
    tokens = ctx.doc.tokens
    if i + 2 >= len(tokens) or tokens[i + 2].sent != tokens[i].sent:
        return False
    return tokens[i + 1].text in ctx.lexicon.name_connectors and \
        tokens[i + 2].text[:1].isupper()
