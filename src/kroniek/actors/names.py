"""Names in the text linked to the knowledge base: full names, short names and
surnames, possessives (`Trumps`, `Zelensky's`), metonyms (`het Kremlin`, `Kyiv`),
sub-spans of Frog's merged tokens (but a merged `UN Women Nederland` is one
organisation, not a mention of the state), and hyphenated compounds that name an issue
(`NAVO-lidmaatschap`: no mention).
"""

from __future__ import annotations

import re

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import is_common_word, is_first_name
from kroniek.actors.kb import Entry, slug
from kroniek.actors.kb_mentions import (
    add_entry_mention,
    add_owned_mention,
    link_surface,
    metonyms_of,
    only_a_town,
)
from kroniek.actors.merged import (
    body_word_after_first_name,
    body_word_named_as_surname,
    link_person_after_compound,
    name_word_before,
    other_first_name,
    other_person_named_before,
    particle_left_off,
    place_inside_name,
)
from kroniek.model import Actor, Mention, Token

MAX_SPAN = 6  # tokens in the longest multi-token name tried (`Coalitie van Bereidwilligen`)
WORD = re.compile(r"\S+")


def link_names(ctx: LinkContext) -> None:
    """Scan every sentence left to right, longest name first."""
    for sentence in ctx.doc.sentences:
        i = sentence.token_start
        while i < sentence.token_end:
            i += _match_at(ctx, i, sentence.token_end)


def _match_at(ctx: LinkContext, i: int, end: int) -> int:
    tokens = ctx.doc.tokens
    if i in ctx.claimed or tokens[i].pos in ("LID", "LET"):
        return 2 if _particle_and_surname(ctx, i, end) else 1
    if _surname_after_first_name(ctx, i):
        return 1  # `Willem van Oranje`, `Frans van Houten`: a surname, left to the person
    for n in range(min(MAX_SPAN, end - i), 1, -1):
        last = tokens[i + n - 1]
        if any(j in ctx.claimed for j in range(i, i + n)):
            continue
        # a name starts or ends with a capital (`ministerie van Financiën`, `College
        # financieel toezicht`); Frog may merge `der Staaij dinsdag` into one token
        if not last.text.split()[-1][:1].isupper() and not (
                tokens[i].text[:1].isupper() and ctx.kb.lookup(
                    " ".join(ctx.doc.text[tokens[i].start : last.end].split()))):
            if " " in last.text and _link_trimmed(ctx, tokens[i].start, i, n):
                return n
            continue
        start, stop = tokens[i].start, last.end
        surface = " ".join(ctx.doc.text[start:stop].split())
        entries = [] if metonyms_of(ctx, surface) else ctx.kb.lookup(surface)
        rest = " ".join(ctx.doc.text[tokens[i + 1].start : stop].split())
        state = ctx.kb.by_demonym(tokens[i].text) if tokens[i].pos == "ADJ" else None
        if state is not None and n > 2 and tokens[i + 1].text[:1].islower() and ctx.kb.lookup(rest):
            # `het Venezolaanse ministerie van Buitenlandse Zaken`: the demonym picks the
            # state's body, the KB's or one named like the KB's bodies of other states
            add_owned_mention(ctx, ctx.kb.lookup(rest), state, tokens[i + 1].start, stop,
                               i + 1, i + n)
            ctx.claimed.add(i)
            return n
        if (entries and n > 2 and tokens[i].pos == "ADJ" and tokens[i + 1].text[:1].islower()
                and ctx.kb.lookup(rest)):
            # `het Russische ministerie van Buitenlandse Zaken`: the adjective selects
            # the entry but is not part of the name
            add_entry_mention(ctx, entries, ctx.doc.text[tokens[i + 1].start : stop],
                               tokens[i + 1].start, stop, i + 1, i + n)
            ctx.claimed.add(i)
            return n
        if link_surface(ctx, surface, start, stop, i, i + n):
            return n
        if _link_owner_span(ctx, start, i, n):
            return n
        if tokens[i].text in ctx.lexicon.name_particles and tokens[i].text[:1].isupper() and \
                _link_person_word(ctx, surface, surface, start, stop, i, i + n):
            return n  # `De Jonge`, `Van der Staaij`: a surname with its particles
        if surface.endswith(".") and link_surface(ctx, surface[:-1], start, stop - 1, i, i + n):
            return n  # `onderzoek van I&O.`: the sentence's full stop is not the name's
        if " " in last.text and _link_trimmed(ctx, start, i, n):
            return n
    branch = _branch_run(ctx, i, end)
    if branch:
        _add_branch(ctx, i, i + branch)
        return branch
    _link_token(ctx, i)
    return 1


def _particle_and_surname(ctx: LinkContext, i: int, end: int) -> bool:
    """`De Jonge heeft ...`: Frog tags a sentence's capitalised first particle as an
    article and the surname apart; the two are one surname (`bound_particles`)."""
    tokens = ctx.doc.tokens
    particle = tokens[i]
    if i in ctx.claimed or i + 1 >= end or i + 1 in ctx.claimed or particle.pos != "LID":
        return False
    word = tokens[i + 1].text
    if not (particle.text[:1].isupper() and particle.text.casefold() in
            ctx.lexicon.bound_particles and word[:1].isupper() and " " not in word):
        return False
    surface = f"{particle.text} {word}"
    return _link_person_word(ctx, surface, ctx.doc.text[particle.start:tokens[i + 1].end],
                             particle.start, tokens[i + 1].end, i, i + 2)


def _link_owner_span(ctx: LinkContext, start: int, i: int, n: int) -> bool:
    """`Forum voor Democratie-aanvoerder` as three tokens: the name before the hyphen is
    the organisation of a person noun (as `PVV-leider` in one token), not `Forum` alone."""
    last = ctx.doc.tokens[i + n - 1]
    if " " in last.text or "-" not in last.text.strip("-"):
        return False
    owner, head = last.text.rsplit("-", 1)
    end = last.start + len(owner)
    surface = " ".join(ctx.doc.text[start:end].split())
    entries = ctx.kb.lookup(surface)
    if not entries or head.casefold() not in ctx.lexicon.person_nouns:
        return False
    add_entry_mention(ctx, entries, ctx.doc.text[start:end], start, end, i, i + n)
    return True


def _branch_run(ctx: LinkContext, i: int, end: int) -> int:
    """The tokens of a name that ends in a state's name Frog tagged apart (`Zero Waste
    Nederland`, `Uber Nederland`, `Stichting ALS Nederland`): a run of name words (Frog's
    SPEC, a capitalised noun, an acronym) right before a state's name that Frog attaches
    to the run; 0 when there is none. The words must not name a state, place or person
    themselves (`Oekraïne Nederland`, `Rutte Nederland`: two actors)."""
    tokens = ctx.doc.tokens
    j = i
    while j < end and _name_word(ctx, tokens[j]) and not _places_or_person(ctx, tokens[j].text):
        j += 1
    if j == i or j >= end or " " in tokens[j].text:
        return 0
    if not any(e.kind == "state" for e in ctx.kb.lookup(tokens[j].text)):
        return 0
    run = range(i, j)
    attached = tokens[j].head in run or any(tokens[k].head == j for k in run)
    head = " ".join(ctx.doc.text[tokens[i].start:tokens[j - 1].end].split())
    return j - i + 1 if attached and not _places_or_person(ctx, head) else 0


def _name_word(ctx: LinkContext, token: Token) -> bool:
    """A word that can stand inside an organisation's name: one Frog tags as a name
    (SPEC), a known organisation's (`Uber`), an acronym. A capitalised common noun is
    not (`het Dreigingsbeeld Terrorisme Nederland`: a report; `GPS-programma India`)."""
    text = token.text
    if not text[:1].isupper() or " " in text or token.i in ctx.claimed or is_first_name(text):
        return False  # `Peter Nederland`: a person's name
    if any(part[:1].islower() for part in text.split("-")):
        return False
    return token.pos == "SPEC" or any(e.kind == "organisation" for e in ctx.kb.lookup(text)) \
        or (len(text) > 1 and text.isupper() and text.isalpha())


def _places_or_person(ctx: LinkContext, text: str) -> bool:
    return any(e.kind in ("state", "person") for e in ctx.kb.lookup(text)) or bool(
        metonyms_of(ctx, text)) or ctx.kb.state_of_place(text) is not None


def _add_branch(ctx: LinkContext, first: int, stop: int) -> None:
    """One local organisation of the closing state's country for tokens first..stop-1."""
    tokens = ctx.doc.tokens
    start, end = tokens[first].start, tokens[stop - 1].end
    text = ctx.doc.text[start:end]
    state = next(e for e in ctx.kb.lookup(tokens[stop - 1].text) if e.kind == "state")
    name = " ".join(text.split())
    actor = Actor(id=f"local:{slug(name)}", name=name, kind="organisation", country=state.country)
    ctx.add(Mention(text, start, end, first, stop, "ORG", actor))


def _link_trimmed(ctx: LinkContext, start: int, i: int, n: int) -> bool:
    """Frog merged the name's last word with the next words (`der Staaij dinsdag`): try
    the span with the merged token cut after each of its words, longest first."""
    last = ctx.doc.tokens[i + n - 1]
    words = list(WORD.finditer(last.text))
    for k in range(len(words) - 1, 0, -1):
        stop = last.start + words[k - 1].end()
        surface = " ".join(ctx.doc.text[start:stop].split())
        if surface.split()[-1][:1].isupper() and ctx.kb.lookup(surface):
            add_entry_mention(ctx, ctx.kb.lookup(surface), ctx.doc.text[start:stop],
                               start, stop, i, i + n)
            return True
    return False


def _link_token(ctx: LinkContext, i: int) -> None:
    token = ctx.doc.tokens[i]
    if is_role_noun(ctx, token.text) or is_role_noun(ctx, token.lemma):
        return  # the role pass resolves `NAVO-chef`, `premier`
    if _capital_of_a_common_word(ctx, token):
        return
    if body_word_named_as_surname(ctx, i):
        return  # the surname of someone named in full before: the local-name pass
    if _link_word(ctx, token.text, token.start, i):
        return
    if (token.pos == "SPEC" or token.tag.startswith("N(eigen")) and (
            acronyms := ctx.kb.lookup_word_acronym(token.text)):
        add_entry_mention(ctx, acronyms, token.text, token.start, token.end, i,
                           i + 1)  # `de Oeso`: the OECD
        return
    words = list(WORD.finditer(token.text))
    if len(words) > 1:  # Frog merged several names into one token (`Rusland Oekraïne`)
        _link_merged(ctx, token.text, token.start, i)


def _capital_of_a_common_word(ctx: LinkContext, token: Token) -> bool:
    """`Snel inchecken en het perron op.`, `Vooruit, ook ik ...`: a frequent Dutch adverb
    or adjective (Frog's tag; `is_common_word`) capitalised only because it opens the
    sentence is no KB name (Menno Snel, the Belgian party Vooruit); mid-sentence
    (`staatssecretaris Snel`) it may be."""
    tokens = ctx.doc.tokens
    opens = token.i == 0 or tokens[token.i - 1].sent != token.sent
    return opens and token.pos in ("ADJ", "BW") and is_common_word(token.text)


def _link_merged(ctx: LinkContext, text: str, offset: int, i: int) -> None:
    """The names inside a merged token, longest word sequence first: `Democratie-voorman
    Thierry Baudet` holds `Thierry Baudet`, not `Thierry` and `Baudet`."""
    if _link_national_branch(ctx, text, offset, i) or place_inside_name(ctx, text, i):
        return
    words = list(WORD.finditer(text))
    if words[0].group() in ctx.lexicon.surname_particles:
        # `Van Roosendaal`, `Van Dijk`: a name opening with a capitalised `Van` is a
        # surname as a whole (a KB person's alias, `Van Agt`), never the place or body
        # its last word spells (link_lexicon.yaml `surname_particles`)
        surface = text[words[0].start():words[-1].end()]
        if entries := ctx.kb.lookup(surface):
            add_entry_mention(ctx, entries, surface, offset + words[0].start(),
                               offset + words[-1].end(), i, i + 1)
        return
    k = 0
    while k < len(words):
        for n in range(len(words) - k, 0, -1):
            start, end = words[k].start(), words[k + n - 1].end()
            surface = text[start:end]
            if n > 1 and not ctx.kb.lookup(surface):
                continue
            if n > 1:
                add_entry_mention(ctx, ctx.kb.lookup(surface), surface, offset + start,
                                   offset + end, i, i + 1)
                k += n
                break
            # `Silva Ducis`: before another capitalised word a word is inside a longer
            # name, linked only as a KB name or alias (`Jean Claude Juncker`: the last
            # word may be a surname)
            after = words[k + 1].group() if k + 1 < len(words) else ""
            in_name = after[:1].isupper() and "-" not in after  # a surname ends a name
            if not in_name and k > 0 and (
                    other_first_name(ctx, [w.group() for w in words[:k]], surface)
                    or body_word_after_first_name(ctx, words[k - 1].group(), surface,
                                                  words[k - 2].group() if k > 1 else None)):
                # `Roderick Klaver`: a surname after another first name than the KB
                # person's is someone else (the full name was looked up above);
                # `Matthias Wagner`: a person, not the body the surname spells
                k += 1
                break
            if k > 1 and words[k - 1].group() in ctx.lexicon.name_particles and \
                    words[k - 1].group().islower() and words[k - 2].group()[:1].isupper() \
                    and only_a_town(ctx, surface):
                k += 1  # `Frank de Grave`: a toponymic surname, not the municipality
                break
            linked = (link_surface(ctx, surface, offset + start, offset + end, i, i + 1)
                      if in_name else _link_word(ctx, surface, offset + start, i))
            if not linked and _link_compound_owner(ctx, surface, offset + start, i) and k == 0:
                if link_person_after_compound(ctx, text, words[1:], offset, i):
                    return
            k += 1
            break


def _link_national_branch(ctx: LinkContext, text: str, offset: int, i: int) -> bool:
    """`UN Women Nederland`, `Tuinbranche Nederland`, `Veilig Verkeer Nederland`: a name
    Frog merged into one token that ends in a state's name after other capitalised words
    is an organisation's own name (the national branch or body named `<name> <country>`,
    as `Greenpeace Nederland` is), not a mention of the state: one local organisation of
    that state's country. Not when Frog reads the whole as a place, nor when the words
    before name a state, place or person themselves (`Rusland Oekraïne`: a list)."""
    words = text.split()
    if len(words) < 2 or ctx.doc.tokens[i].ner.endswith("LOC"):
        return False
    states = [e for e in ctx.kb.lookup(words[-1]) if e.kind == "state"]
    head = " ".join(words[:-1])
    if not states or not all(w[:1].isupper() and not w.endswith("-") for w in words[:-1]):
        return False
    if any(e.kind in ("state", "person") for e in ctx.kb.lookup(head)) or metonyms_of(
            ctx, head) or ctx.kb.state_of_place(head) is not None:
        return False
    actor = Actor(id=f"local:{slug(text)}", name=text, kind="organisation",
                  country=states[0].country)
    ctx.add(Mention(text, offset, offset + len(text), i, i + 1, "ORG", actor))
    return True


def is_role_noun(ctx: LinkContext, word: str) -> bool:
    return word.casefold() in ctx.role_nouns


def _link_word(ctx: LinkContext, word: str, start: int, i: int) -> bool:
    """One word (a token or part of a merged token) starting at char `start`; a name
    starts with a capital, or with digits before capitals (`50PLUS`, `3FM`)."""
    if not word.lstrip("0123456789")[:1].isupper():
        return False
    end = start + len(word)
    if link_surface(ctx, word, start, end, i, i + 1):
        return True
    if word.endswith(".") and link_surface(ctx, word[:-1], start, end - 1, i, i + 1):
        return True
    if "-" in word.strip("-") and " " not in word:
        # a merged `VVD-premier Mark Rutte` is left to `_link_merged`: its words are
        # the compound and the person, not one compound
        return _link_compound_owner(ctx, word, start, i)
    if _link_person_word(ctx, word, word, start, end, i):
        return True
    for suffix in ctx.lexicon.possessive_suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) > 1:
            if _link_person_word(ctx, stem, word, start, end, i):
                return True
    return False


def _link_compound_owner(ctx: LinkContext, word: str, start: int, i: int) -> bool:
    """`PVV-leider`, `VVD-lijsttrekker`, `Forum voor Democratie-voorman`: the organisation
    before a person noun is named (its own mention); `NAVO-lidmaatschap`,
    `Oekraïne-top`: a compound naming an issue is no actor."""
    if "-" not in word.strip("-"):
        return False
    first, second = word.rsplit("-", 1) if word.count("-") > 1 else word.split("-", 1)
    entries = ctx.kb.lookup(first)
    if not entries and not metonyms_of(ctx, first):
        return False
    ctx.claimed.add(i)
    if entries and second.casefold() in ctx.lexicon.person_nouns:
        add_entry_mention(ctx, entries, first, start, start + len(first), i, i + 1)
    return True


def _link_person_word(
    ctx: LinkContext, key: str, text: str, start: int, end: int, i: int, te: int | None = None
) -> bool:
    """A word naming a person: a KB short name or alias, else a surname (`De Jonge`: a
    surname with its particles spans tokens `i` to `te`)."""
    te = te or i + 1
    entries = [e for e in ctx.kb.lookup(key) if e.kind == "person"]
    if not entries and key != text:  # a possessive of a state or organisation: `NAVO's`
        entries = [e for e in ctx.kb.lookup(key) if text.endswith("'s") or text.endswith("’s")]
    if entries:
        add_entry_mention(ctx, entries, text, start, end, i, te)
        return True
    candidates = [e for e in ctx.kb.by_surname(key)
                  if " " in key or not particle_left_off(ctx, e, key)]
    if not candidates:
        return False
    named = [e for e in candidates if e.id in ctx.full_seen]
    if not named:
        # A bare surname the article has not introduced is a KB person only when the
        # context agrees: the person holds an office on the article date and no state
        # named just before contradicts it (`ambassadeur van de VS Hoekstra` is not the
        # Dutch minister; `Silva` in 2019 is not Lula). Otherwise it is left to the
        # local-name pass.
        if _not_a_bare_surname(ctx, i, te) or other_person_named_before(ctx, key, start):
            return False
        candidates = [e for e in candidates if ctx.kb.role_on(e.id, ctx.when) is not None
                      and not _other_country_before(ctx, e, i)]
        if len(candidates) != 1:  # a KB surname without support: a name, unlinked
            ctx.add(Mention(text, start, end, i, te, "PER", None))
            return True
    entry = ctx.choose(named or candidates, i)
    actor = ctx.actor(entry.id) if entry else None
    ctx.add(Mention(text, start, end, i, te, "PER", actor))
    return True


def _not_a_bare_surname(ctx: LinkContext, i: int, te: int) -> bool:
    """`de Maas` (a determiner: a river, not Heiko Maas) and `Silva Ducis` (another name
    follows: a longer name) are no person's bare surname (tokens `i` to `te`)."""
    tokens = ctx.doc.tokens
    before = tokens[i - 1] if i > 0 and tokens[i - 1].sent == tokens[i].sent else None
    return (before is not None and before.pos == "LID") or _name_follows(ctx, te - 1)


def _name_follows(ctx: LinkContext, i: int) -> bool:
    tokens = ctx.doc.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    return tokens[i + 1].text[:1].isupper() and tokens[i + 1].pos == "SPEC"


def _other_country_before(ctx: LinkContext, entry: Entry, i: int) -> bool:
    """A state or demonym among the few words before the surname, not the person's own."""
    actor = ctx.actor(entry.id)
    sentence = ctx.doc.tokens[i].sent
    for mention in ctx.doc.mentions:
        if mention.actor is None or mention.token_end > i or mention.token_end < i - 4:
            continue
        if ctx.doc.tokens[mention.token_start].sent != sentence:
            continue
        if mention.actor.kind == "state" and mention.actor.country != actor.country:
            return True
    for token in ctx.doc.tokens[max(0, i - 4) : i]:
        state = ctx.kb.by_demonym(token.text)
        if token.sent == sentence and state is not None and state.country != actor.country:
            return True
    return False


def _surname_after_first_name(ctx: LinkContext, i: int) -> bool:
    """Whether the token follows a first name and lowercase particles (`Willem van`): a
    place or body name there (`Oranje`, `Houten`) is part of a person's name; with no
    particles, only when the KB knows the word as a body or place alone (`Hans Wagner`)."""
    tokens = ctx.doc.tokens
    j = i - 1
    while j >= 0 and tokens[j].text in ctx.lexicon.name_particles and tokens[j].text.islower() \
            and tokens[j].sent == tokens[i].sent:
        j -= 1
    if j < 0 or tokens[j].sent != tokens[i].sent or j in ctx.claimed:
        return False
    first = tokens[j]  # a proper name Frog tagged (`En de FBI`: `En` is no first name)
    if not (" " not in first.text and (first.pos == "SPEC" or first.ner.endswith("PER"))
            and is_first_name(first.text)):
        return False
    # with no particle between, only a body's or place's name is taken for a surname
    # (`Hans Wagner`); a KB person's surname goes on to the person pass (`Mark Rutte`)
    return j < i - 1 or body_word_after_first_name(ctx, first.text, tokens[i].text,
                                                   name_word_before(ctx, j))
