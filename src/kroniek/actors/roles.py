"""Descriptions that refer to an actor without naming it: role nouns (`de Oekraïense
president`, `NAVO-chef`, `de demissionair premier`), organisation nouns (`de
alliantie`) and demonyms in actor position (`de Amerikanen`).

None of these are entities (the spec's entity layer holds names only); they are
resolved for the quote and event layers through `doc.mentions`.
"""

from __future__ import annotations

from collections.abc import Callable

from kroniek.actors.context import LinkContext
from kroniek.actors.domestic import domestic_body
from kroniek.actors.kb import Entry, RoleNoun, slug
from kroniek.actors.place import HOME, enclosing_country, phrase_country
from kroniek.actors.reference import mention_at
from kroniek.model import Actor, Mention, Token
from kroniek.syntax import span_of, subtree

DEFAULT_COUNTRY = "NLD"  # a Dutch paper: `de premier` is the Dutch prime minister
# Offices a bare noun names without saying which (`de minister`: any portfolio); the
# holder is the one named before, never a default.
GENERIC_OFFICES = frozenset({"minister", "state secretary"})


def link_roles(ctx: LinkContext) -> None:
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed or token.pos not in ("N", "SPEC") or "mv" in token.features:
            continue  # a plural (`de onderhandelaars`) is a group, not one office holder
        found = role_noun_of(ctx, token)
        if found is not None:
            key_tokens, noun = found
            actor = resolve_role(ctx, token, noun)
            _add_description(ctx, token, key_tokens, actor, "PER", "role")


def claim_office_phrases(ctx: LinkContext) -> None:
    """Claim the `van` phrase of an office title whose owner comes from context.

    `minister van Defensie`: `Defensie` is part of the title, not the ministry acting;
    `secretaris-generaal van de NAVO` (a fixed owner) keeps `NAVO` as a name.
    """
    for token in ctx.doc.tokens:
        if token.pos != "N":
            continue
        found = role_noun_of(ctx, token)
        if found is not None and len(found[0]) > 1 and found[1].of is None:
            ctx.claimed.update(i for i in found[0] if i != token.i)


def role_noun_of(ctx: LinkContext, token: Token) -> tuple[list[int], RoleNoun] | None:
    """The role noun at a token, trying `minister van Defensie` before `minister`."""
    table = ctx.role_nouns
    for child in ctx.doc.children(token.i):
        if child.lemma == "van" and child.i > token.i:
            phrase = subtree(ctx.doc, child.i)
            start, end = span_of(ctx.doc, phrase)
            key = f"{token.text} {ctx.doc.text[start:end]}".casefold()
            if key in table:
                return [token.i, *phrase], table[key]
    sentence_end = ctx.doc.sentences[token.sent].token_end
    for last in range(min(token.i + 5, sentence_end - 1), token.i, -1):
        # the parse may attach `van Defensie` elsewhere: try the words as written
        key = " ".join(ctx.doc.text[token.start : ctx.doc.tokens[last].end].split())
        if ctx.doc.tokens[token.i + 1].lemma == "van" and key.casefold() in table:
            return list(range(token.i, last + 1)), table[key.casefold()]
    for word in (token.text, token.lemma):
        if word.casefold() in table:
            return [token.i], table[word.casefold()]
    return None


def resolve_role(ctx: LinkContext, token: Token, noun: RoleNoun) -> Actor | None:
    """Who the role noun stands for on the article date.

    An apposition names the person (`premier Dick Schoof`, `David Gauke, de minister van
    Justitie`); a fixed office
    (`NAVO-chef`) or a country from an adjective or a `van` phrase (`de Oekraïense
    president`) gives the holder; a bare noun (`de president`) is the nearest
    preceding actor holding that office, else the holder in the article's country.
    """
    for child in ctx.doc.children(token.i):
        if child.deprel == "app":
            named = mention_at(ctx.doc, child.i)
            if named is not None and named.actor is not None and named.actor.kind == "person":
                return named.actor
    named = mention_at(ctx.doc, token.i + 1) if token.i + 1 < len(ctx.doc.tokens) else None
    if named is not None and named.token_start == token.i + 1 and named.actor is not None \
            and named.actor.kind == "person":
        # `premier Édouard Philippe`: a title right before a person's name is that person's,
        # whatever label Frog gave the name (`mod` here, not `app`)
        return named.actor
    if token.deprel == "app" and 0 <= token.head < token.i:
        # `David Gauke, de minister van Justitie, zei ...`: the noun is an apposition to
        # the name before it, and names that person's office, not the Dutch holder's.
        named = mention_at(ctx.doc, token.head)
        if named is not None and named.actor is not None and named.actor.kind == "person":
            return named.actor
    owner = noun.of if not noun.from_context else _owner_from_phrase(ctx, token)
    if noun.office_key in ctx.lexicon.municipal_offices and noun.of is None:
        previous = _previous_holder(ctx, token.i, noun.office_key, noun.noun)
        return previous or _municipal_holder(ctx, token, noun.office_key)
    if owner is None and noun.of is None:
        previous = _previous_holder(ctx, token.i, noun.office_key)
        if previous is not None:
            return previous
        if noun.office_key in GENERIC_OFFICES:
            return None  # `de minister` with no minister named: one of a dozen
        owner = DEFAULT_COUNTRY
    if owner is None:
        owner = noun.of
    holders = ctx.kb.holders(noun.office_key, owner, ctx.when) if owner else []
    return ctx.actor(holders[0].id) if holders else None


def _municipal_holder(ctx: LinkContext, token: Token, office_key: str) -> Actor | None:
    """`de burgemeester`: the mayor of the town in the noun's `van` phrase, else of the
    town the article names most; the KB's holder on the date, else a local actor with
    that office (never the mayor of another town, never a guess without a town)."""
    town = _town_in_phrase(ctx, token)
    if town is None and not _has_owner_phrase(ctx, token):
        town = _article_town(ctx, token.i)
    if town is None:
        return None  # `de burgemeester van de plaats Cairo`: a town the KB lacks
    holders = ctx.kb.holders(office_key, town.id, ctx.when)
    if holders:
        return ctx.actor(holders[0].id)
    title = ctx.kb.office_title(office_key, town.name)
    return Actor(id=f"local:{slug(title)}", name=title[:1].upper() + title[1:], kind="person",
                 country=town.country, sector="GOV", role=title)


def _has_owner_phrase(ctx: LinkContext, token: Token) -> bool:
    """Whether the noun has its own `van` phrase (as parsed, or as written next)."""
    following = ctx.doc.tokens[token.i + 1] if token.i + 1 < len(ctx.doc.tokens) else None
    return following is not None and following.lemma == "van" or any(
        child.lemma == "van" and child.i > token.i for child in ctx.doc.children(token.i))


def _town_of_mention(ctx: LinkContext, start: int, end: int) -> Entry | None:
    text = " ".join(ctx.doc.text[start:end].split())
    readings = [m for m in ctx.kb.metonyms.get(text, []) if m.subject_only]
    ids = {m.entry_id for m in readings if m.entry_id.startswith("municipality-")}
    if len(ids) == 1:
        return ctx.kb.entries[ids.pop()]
    named = ctx.kb.lookup(text)
    towns = [e for e in named if e.id.startswith("municipality-")]
    return towns[0] if len(towns) == 1 else None


def _town_in_phrase(ctx: LinkContext, token: Token) -> Entry | None:
    for child in ctx.doc.children(token.i):
        if child.lemma == "van" and child.i > token.i:
            for obj in ctx.doc.children(child.i):
                town = _town_of_mention(ctx, obj.start, obj.end)
                if town is not None:
                    return town
    return None


def _article_town(ctx: LinkContext, before: int) -> Entry | None:
    """The municipality named most in the article (the last one on a tie)."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for mention in ctx.doc.mentions:
        town = _town_of_mention(ctx, mention.start, mention.end)
        if town is not None:
            counts[town.id] = counts.get(town.id, 0) + 1
            last[town.id] = max(last.get(town.id, -1), mention.token_start)
    if not counts:
        return None
    best = max(counts, key=lambda i: (counts[i], last[i]))
    return ctx.kb.entries[best]


def _owner_from_phrase(ctx: LinkContext, token: Token) -> str | None:
    """The state or organisation an office belongs to, from the noun's own phrase."""
    for child in ctx.doc.children(token.i):
        if child.deprel == "mod" and child.i < token.i:
            state = ctx.kb.by_demonym(child.text)
            if state is not None and state.country:
                return state.country if state.kind == "state" else state.id
        if child.lemma == "van" and child.i > token.i:
            for obj in ctx.doc.children(child.i):
                named = mention_at(ctx.doc, obj.i)
                if named is not None and named.actor is not None:
                    actor = named.actor
                    return actor.country if actor.kind == "state" else actor.id
    return None


def _previous_holder(ctx: LinkContext, before: int, office_key: str,
                     noun: str | None = None) -> Actor | None:
    """The nearest preceding linked person whose office on the date is `office_key`, or
    a local person the text gave that role noun (`burgemeester Bolsius`)."""
    for mention in sorted(ctx.doc.mentions, key=lambda m: -m.token_start):
        actor = mention.actor
        if actor is None or actor.kind != "person" or mention.token_start >= before:
            continue
        if actor.id.startswith("local:") and noun and actor.role and \
                actor.role.split(",")[0].casefold() == noun.casefold():
            return actor
        role = ctx.kb.role_on(actor.id, ctx.when)
        if role is not None and (role.office_key == office_key or (
                office_key in GENERIC_OFFICES and role.office_key.endswith(office_key))):
            return actor  # `de minister` after `defensieminister Bijleveld`: any portfolio
    return None


def link_org_nouns(ctx: LinkContext) -> None:
    """`het bondgenootschap`, `de alliantie`: the last named organisation it can be."""
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed or token.pos not in ("N", "SPEC"):
            continue
        targets = ctx.org_nouns.get(token.lemma.casefold()) or ctx.org_nouns.get(
            token.text.casefold())
        if not targets:
            if not _link_club_noun(ctx, token):
                _link_sector_noun(ctx, token)
            continue
        if not _is_definite(ctx, token):
            continue
        recent = ctx.last_mention(token.i, set(targets))
        if recent is None:
            kinds = set(targets)
            recent = next(
                (m for m in sorted(ctx.doc.mentions, key=lambda m: -m.token_start)
                 if m.actor is not None and m.token_start < token.i and m.actor.kind in kinds),
                None,
            )
        if recent is not None:
            _add_description(ctx, token, [token.i], recent.actor, "ORG", "role")


def _link_club_noun(ctx: LinkContext, token: Token) -> bool:
    """`de club` after `FC Twente`: the sports club named last (link_lexicon.yaml
    `club_nouns`); True when the noun is one, linked or not."""
    if token.lemma.casefold() not in ctx.lexicon.club_nouns:
        return False
    if "mv" not in token.features and _is_definite(ctx, token):
        _link_last_organisation(ctx, token, lambda actor: getattr(
            ctx.kb.entries.get(actor.id), "source", None) == ctx.lexicon.club_source)
    return True


def _link_sector_noun(ctx: LinkContext, token: Token) -> None:
    """`de partij` after a named party: the organisation of that sector named last."""
    sectors = ctx.kb.sector_nouns.get(token.lemma.casefold())
    if sectors and "mv" not in token.features and _is_definite(ctx, token):
        _link_last_organisation(ctx, token, lambda actor: actor.sector in sectors)


def _link_last_organisation(ctx: LinkContext, token: Token,
                            fits: Callable[[Actor], bool]) -> None:
    """Link the noun to the organisation named last before it that `fits`; not past an
    organisation of unknown sector, which may be the one meant (`Kalitta ... volgens het
    bedrijf`: reaching past it to the KLM named before guesses wrong)."""
    for mention in sorted(ctx.doc.mentions, key=lambda m: -m.token_start):
        actor = mention.actor
        if actor is None or mention.token_start >= token.i or actor.kind != "organisation":
            continue
        if fits(actor):
            _add_description(ctx, token, [token.i], actor, "ORG", "role")
            return
        if actor.sector is None:
            return


def link_state_bodies(ctx: LinkContext) -> None:
    """`de Belgische politie`, `het Venezolaanse leger`, `de Turkse autoriteiten`: a
    state's body named by a common noun with a demonym is the state acting through that
    part (the state with the body's sector, link_lexicon.yaml `state_bodies`); a Dutch
    body the KB has (`de Nederlandse politie`) is left to `link_domestic_bodies`."""
    bodies = ctx.lexicon.state_bodies
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed or token.pos != "N":
            continue
        sector = bodies.get(token.lemma.casefold()) or bodies.get(token.text.casefold())
        if sector is None:
            continue
        state = _demonym_owner(ctx, token)
        if state is None:
            continue
        spec = ctx.kb.domestic_nouns.get(token.lemma.casefold()) or {}
        if state.country == DEFAULT_COUNTRY and spec.get("default"):
            continue
        _add_description(ctx, token, [token.i], ctx.actor(state.id, sector), "ORG", "demonym")


def _demonym_owner(ctx: LinkContext, token: Token) -> Entry | None:
    """The state of a prenominal demonym of the noun (`de Duitse politie`), if any."""
    for child in ctx.doc.children(token.i):
        if child.i < token.i and child.deprel == "mod" and child.pos == "ADJ":
            state = ctx.kb.by_demonym(child.text)
            if state is not None and state.kind == "state":
                return state
    return None


def link_domestic_bodies(ctx: LinkContext) -> None:
    """`de politie`, `het OM`, `de rechter`, `het kabinet`: the body domestic.py
    `domestic_body` gives (the one of that kind named last, else the Dutch body unless
    the article is about another country: `de politie` in a report from Caracas is not
    the Dutch police); `de gemeente` with none named: the article's town."""
    table = ctx.kb.domestic_nouns
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed or token.pos not in ("N", "SPEC") or "mv" in token.features:
            continue
        key_tokens, spec = _domestic_noun(ctx, token, table)
        spokesperson = spec is None and not _named_after(ctx, token) and _spokesperson_of(
            ctx, token, table)
        if spokesperson:
            # `aldus een politiewoordvoerder`: a body's spokesperson speaks for the body.
            spec = spokesperson
        elif spec is None or not (_is_definite(ctx, token) or token.text.isupper()):
            continue
        owner = _foreign_owner(ctx, token, key_tokens)
        if spokesperson and owner is False:
            owner = None  # `een politiewoordvoerder in een reactie`: the body is in the word
        if owner is not None:
            # `de Amerikaanse regering`: that state's government; `de Belgische politie`,
            # `de regering Trump`: another body than the Dutch one, left to the phrase
            if owner is not False and spec.get("default") == "netherlands":
                _add_description(ctx, token, [token.i], ctx.actor(owner), "ORG", "role")
            continue
        actor = domestic_body(ctx.doc, spec, token.i, place=_body_place(ctx, token),
                              written=_written(ctx, token, key_tokens))
        if actor is None and spec.get("town"):
            town = _article_town(ctx, token.i)
            actor = ctx.actor(town.id) if town is not None else None
        if actor is not None:
            _add_description(ctx, token, key_tokens, actor, "ORG", "role")


def _written(ctx: LinkContext, token: Token, key_tokens: list[int]) -> str:
    """The noun as the text writes it, with its determiner (`De rechter`)."""
    first = min([token.i, *(c.i for c in ctx.doc.children(token.i)
                            if c.deprel == "det" and c.i < token.i)])
    return ctx.doc.text[ctx.doc.tokens[first].start:ctx.doc.tokens[max(key_tokens)].end]


def _named_after(ctx: LinkContext, token: Token) -> bool:
    """A title noun with a name after it (`politiewoordvoerder Willem van Hooijdonk`)."""
    if any(c.deprel == "app" for c in ctx.doc.children(token.i)):
        return True
    return any(m.token_start == token.i + 1 for m in ctx.doc.mentions)


def _spokesperson_of(ctx: LinkContext, token: Token, table: dict) -> dict | None:
    """The domestic-noun entry of a spokesperson compound (`politiewoordvoerder`,
    `OM-woordvoerster`): the body named by the part before the spokesperson noun."""
    lemma = token.lemma.casefold()
    for head in ctx.kb.spokesperson_nouns:
        if lemma.endswith(head) and len(lemma) > len(head):
            body = lemma[: -len(head)].rstrip("-")
            if body in table:
                return table[body]
    return None


def _domestic_noun(ctx: LinkContext, token: Token,
                   table: dict) -> tuple[list[int], dict | None]:
    """The domestic-noun entry at a token and the tokens it covers: a multi-word key
    (`officier van justitie`) is read on the words after the noun, before the noun alone."""
    tokens = ctx.doc.tokens
    for key, spec in table.items():
        words = key.split()
        if len(words) < 2 or words[0] != token.lemma.casefold():
            continue
        span = list(range(token.i, token.i + len(words)))
        if span[-1] < len(tokens) and all(
                tokens[i].text.casefold() == w and tokens[i].sent == token.sent
                for i, w in zip(span[1:], words[1:], strict=True)):
            return span, spec
    spec = table.get(token.lemma.casefold()) or table.get(token.text.casefold())
    return [token.i], spec


def _body_place(ctx: LinkContext, token: Token) -> str | None:
    """Where the noun's own words or its clause place the body: the Netherlands for a
    Dutch demonym (`de Nederlandse politie`), the country of its own place phrase (`de
    rechter in Maleisië`, `de politie in Enschede`), else of its clause's (actors/place.py:
    `In Spanje werd hij door de politie opgepakt`); None when nothing places it."""
    for child in ctx.doc.children(token.i):
        if child.i < token.i and HOME in _demonym_countries(ctx, child):
            return HOME
        if child.i > token.i and _is_place_phrase(ctx, child):
            return phrase_country(ctx.doc, child.i)
    return enclosing_country(ctx.doc, token.i)


def _demonym_countries(ctx: LinkContext, modifier: Token) -> list[str]:
    """The states of the demonyms in a prenominal modifier (`Australische en
    Nieuw-Zeelandse`: both conjuncts)."""
    found = [ctx.kb.by_demonym(ctx.doc.tokens[i].text) for i in subtree(ctx.doc, modifier.i)]
    return [e.country for e in found if e is not None and e.country]


def _is_place_phrase(ctx: LinkContext, child: Token) -> bool:
    """A locative phrase after the noun that names a place the KB can put in a country."""
    return child.pos == "VZ" and child.lemma.lower() in ctx.lexicon.act_place_prepositions \
        and phrase_country(ctx.doc, child.i) is not None


def _foreign_owner(ctx: LinkContext, token: Token, key_tokens: list[int]) -> str | bool | None:
    """Whether the noun's own phrase names an owner other than the Netherlands: the state
    id of a demonym (`Amerikaanse`), False for a name after the noun (`regering Trump`) or
    a foreign one, or for several demonyms (`de Australische en Nieuw-Zeelandse
    regering`); None when the phrase names no owner (or names the Netherlands, or only a
    place: `de rechter in Maleisië`, `_body_place`). The words of a multi-word key (`van
    justitie`) are the noun's own, not an owner."""
    tokens = ctx.doc.tokens
    last = max(key_tokens)
    for child in ctx.doc.children(token.i):
        if child.deprel == "det" or child.i in key_tokens:
            continue
        countries = _demonym_countries(ctx, child) if child.i < token.i else []
        if countries:
            state = ctx.kb.by_demonym(child.text)
            if set(countries) == {HOME}:
                return None
            return state.id if len(countries) == 1 and state is not None and \
                state.kind == "state" else False
        if child.i > token.i and _is_place_phrase(ctx, child):
            continue
        if child.text[:1].isupper() or child.deprel in ("app", "mod") and child.i > token.i \
                and _names_someone(ctx, child):
            return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == token.sent and nxt.text[:1].isupper():
        return False
    return None


def _names_someone(ctx: LinkContext, child: Token) -> bool:
    """Whether a phrase after a body noun names its owner (`regering Trump`, `de regering
    van Maduro`): it holds a name. Frog also hangs an infinitive's `te` on the noun
    before it (`dreigt het kabinet te laten vallen`), which names no one."""
    return any(ctx.doc.tokens[i].pos == "SPEC" or ctx.doc.tokens[i].text[:1].isupper()
               for i in subtree(ctx.doc, child.i))


def link_demonyms(ctx: LinkContext) -> None:
    """People nouns (`de Amerikanen`, `de Russen`) resolve to the state; adjectives don't,
    nor does one person (`one_person`)."""
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed or token.pos not in ("N", "SPEC"):
            continue
        if token.deprel == "mod" and token.head > token.i:
            continue  # prenominal: `Oekraïens grondgebied`
        if _one_person(ctx, token):
            continue
        state = ctx.kb.by_demonym(token.text)
        if state is not None:
            _add_description(ctx, token, [token.i], ctx.actor(state.id), "LOC", "demonym")


def _one_person(ctx: LinkContext, token: Token) -> bool:
    """`een Duitser`, `de 32-jarige Noor`, `een 50-jarige Nederlander`: a demonym noun with
    the indefinite article or an age (a modifier that starts with its number) is one
    person of that country, whom the event layer describes (events/participants.py), not
    the state: an arrest of a Dutchman is no act against the Netherlands. So is any
    singular people noun: `de Fransman` (Barnier, named before), `De Sloveen` (a
    footballer), `de Nederlander Roy van Tinteren`, and the typical person (`Gemiddeld eet
    de Amerikaan drie hamburgers`); only the plural (`de Amerikanen`) stands for the state
    (spec, records.md: demonyms in actor position). On the 19 DPG 2019 sentences with `de`
    + a singular people noun, none meant the state. The number is Frog's (`_singular`);
    where it gives none (a proper-noun tag that is no subject) the noun stays the state."""
    return _singular(ctx, token) or any(
        (c.deprel == "det" and c.lemma.casefold() in ctx.lexicon.indefinite_determiners)
        or (c.deprel == "mod" and c.pos == "ADJ" and c.text[:1].isdigit())
        for c in ctx.doc.children(token.i))


def _singular(ctx: LinkContext, token: Token) -> bool:
    """A singular noun by Frog's tag; a proper-noun tag has no number, so there by the
    finite verb it is the only subject of (Dutch subject-verb agreement: `De Sloveen
    stond`; Frog's second subject, `riep de Venezolanen op`, is an object it misread)."""
    if token.pos == "N":
        return "ev" in token.features
    if token.deprel != "su" or token.head < 0:
        return False
    verb = ctx.doc.tokens[token.head]
    subjects = [c for c in ctx.doc.children(verb.i) if c.deprel == "su"]
    return (verb.pos == "WW" and "pv" in verb.features and "ev" in verb.features
            and len(subjects) == 1)


def _is_definite(ctx: LinkContext, token: Token) -> bool:
    return any(
        c.deprel == "det" and c.lemma.casefold() in ctx.lexicon.definite_determiners
        for c in ctx.doc.children(token.i)
    )


def _add_description(
    ctx: LinkContext, token: Token, key_tokens: list[int], actor: Actor | None,
    type_: str, kind: str,
) -> None:
    """A non-entity mention spanning the noun with its determiner and prenominal modifiers."""
    first = token.i
    for child in ctx.doc.children(token.i):
        if child.i < token.i and child.deprel in ("det", "mod") and child.pos in ("LID", "ADJ"):
            first = min(first, child.i)
        if child.i < token.i and child.deprel == "det" and child.pos == "VNW":
            first = min(first, child.i)
    last = token.i  # `minister van Defensie`: the mention ends at the noun, the phrase
    ctx.claimed.update(key_tokens)  # is claimed (a name in it keeps its own mention)
    tokens = ctx.doc.tokens
    start, end = tokens[first].start, tokens[last].end
    ctx.add(Mention(ctx.doc.text[start:end], start, end, first, last + 1, type_, actor,
                    kind=kind, is_entity=False))
