"""Definite descriptions of persons named earlier: `De informateur praat met ...` after
`Eppie Klein gaat aan de slag als informateur`, `de moeder` after `moeder Sarinda van
E.`, `de advocaat` after `advocaat Janbart Kalk`.

Dutch news names a person once, with the role the text gives them, and then refers
back with that role noun and a definite article. This pass links such a description
to the person (a non-entity mention of kind `role`, like the KB offices of
`roles.py`), so the quote and event layers see the person, and a later pronoun can
refer back to it.

Decisions (each a guard against linking the wrong person):

- The role is only one the TEXT writes next to the person's name, never a guess
  from world knowledge (the KB's offices are `roles.py`'s):
  * a title right before the name (`staatsraad Erik Minderhoud`, `moeder Sarinda
    van E.`, `Advocaat Umut Ural`), a lowercase noun or one opening the sentence;
  * an apposition right after the name (`Eppie Klein, de informateur`, `Piet
    Jansen, een buurman van het slachtoffer`), with adjectives allowed between the
    article and the noun (`X, de nieuwe voorzitter`), Frog's `app`, and a person noun
    by its form (as for `als` below: Frog's `app` also lands on things);
  * an `als` phrase in a clause whose subject is the person (`Eppie Klein gaat aan
    de slag als informateur`, `Hij werkte als advocaat`, the pronoun resolved).
  A compound title also gives its head (`SGP-woordvoerder` -> `woordvoerder`).
- Only descriptions AFTER the title link. A lead that describes before the body
  names (`De moeder van de vermoorde peuter Xaja ...` then `moeder Sarinda van E.`)
  was tried (headline and lead sentence, the one person the article gives that
  role): on 473 DPG articles both links it made were wrong (`Het temmen van de
  feeks` -> the actress playing her), so it is not done.
- The description is a singular noun with `de` or `het` (not `deze`/`die`, which
  point at something in the text and are left to other passes), no name or
  apposition of its own, and no prenominal modifier: `de Britse premier`, `de
  vermoorde peuter`, `de nieuwe voorzitter` say something the title did not, so they
  may be someone else. A predicate (`hij is de advocaat`) or an `als` phrase does not
  refer and is left alone.
- The person is named before the description anywhere earlier in the article (news
  articles are short; the role given once holds for the article). When two
  different persons were given the same role noun before, the description is
  ambiguous and not linked; so is it after an indefinite of the same noun since the
  person's title (`een advocaat van de familie ... de advocaat`: maybe the new one).
- A description with its own owner (`de moeder van Xaja`) links only to a title with
  the same owner (`advocaat van de familie` ... `de advocaat van de familie`), else
  to one with none (`moeder Sarinda`: the text leaves whose to the context); a title
  with another owner is another person and does not make it ambiguous. An owner that
  is the person themselves (`de moeder van Sarinda`) is someone else.
- Address forms (`mevrouw`, `de heer`) are no roles (gender.py `address_gender`),
  nor groups (`de familie Smit`) or organisation and venue heads (`school`, `café`).
- A town's person noun (`de Veenendaalse`, `de Tilburger`: a KB municipality's name
  with a person ending, no noun after it) is the one person named before with the
  gender the ending states, when every person named before has a known gender. The
  bare `de man`/`de vrouw` are NOT linked this way: tried on 473 DPG articles, most
  were generic (`de man die ...`, `Werd de man werkloos`) or someone unnamed, and
  dpg-dev 1-16 lost an event. definite.py links them with stricter guards (no
  indefinite of the noun since the person, no generic `de man`/`de vrouw` pair).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import actor_gender, address_gender, noun_gender
from kroniek.actors.lexicon import load_lexicon
from kroniek.actors.reference import mention_at
from kroniek.model import Actor, Mention, Token
from kroniek.syntax import subtree

WORDS = Path(__file__).parent / "data" / "described.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    with WORDS.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {key: frozenset(str(w).casefold() for w in words) for key, words in data.items()
            if isinstance(words, list)}


@cache
def _town_endings() -> dict[str, str]:
    with WORDS.open(encoding="utf-8") as handle:
        found = yaml.safe_load(handle)["town_person_endings"]
    return {str(k): str(v) for k, v in found.items()}


@dataclass(frozen=True)
class Title:
    noun: str  # case-folded lemma of the role noun
    token: int  # where the role is written
    actor: Actor
    owner: str | None  # the `van` phrase's owner (actor id or words), if any
    written: str = ""  # the noun as written (`SGP-woordvoerder`)


def link_described_persons(ctx: LinkContext) -> None:
    """Link `de/het ROLE` to the one person the text earlier gave that role."""
    titles = person_titles(ctx)
    if not titles:
        return
    used = {t.token for t in titles}
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed or token.i in used:
            continue
        gender = _town_person(ctx, token)
        if gender is not None:
            _link_by_gender(ctx, token, gender)
            continue
        if not _is_description(ctx, token):
            continue
        noun = token.lemma.casefold()
        earlier = _owned_by(ctx, token, [t for t in titles
                                         if t.token < token.i and noun in _nouns(t)])
        if len({t.actor.id for t in earlier}) != 1:
            continue  # no one, or two people with that role
        if _introduced_since(ctx, noun, earlier[-1].token, token.i, used):
            continue
        _add(ctx, token, earlier[-1].actor)


def _add(ctx: LinkContext, token: Token, actor: Actor) -> None:
    start = token.i - 1  # the article right before the noun (`_is_description`)
    first = ctx.doc.tokens[start]
    ctx.add(Mention(ctx.doc.text[first.start:token.end], first.start, token.end, start,
                    token.i + 1, "PER", actor, kind="role", is_entity=False))


def _town_person(ctx: LinkContext, token: Token) -> str | None:
    """The gender of `de Veenendaalse`, `de Tilburger`: a capitalised word right after
    `de` with no noun after it (not `de Rotterdamse markt`), made of a municipality's
    name (the KB's; at least four letters) and a person ending; None otherwise."""
    tokens = ctx.doc.tokens
    word = token.text
    if token.i < 1 or tokens[token.i - 1].text.casefold() != "de" or not word[:1].isupper() \
            or not word[1:].isalpha() or not word[1:].islower() or token.pos not in ("N", "ADJ"):
        return None
    nxt = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == token.sent and (
            nxt.pos in ("N", "ADJ", "SPEC") or nxt.text[:1].isupper()):
        return None
    ending = next((e for e in sorted(_town_endings(), key=len, reverse=True)
                   if word.endswith(e)), None)
    if ending is None or ctx.kb.by_demonym(word) is not None:
        return None
    folded = word.casefold()
    for town in _towns(ctx):
        stem = town[: max(4, len(town) - 2)]
        if folded.startswith(stem) and len(folded) - len(stem) <= 5:
            return _town_endings()[ending]
    return None


def _towns(ctx: LinkContext) -> list[str]:
    """The KB's one-word municipality names, case-folded (`veenendaal`, `tilburg`)."""
    return [e.name.casefold() for e in ctx.kb.entries.values()
            if e.id.startswith("municipality-") and " " not in e.name and len(e.name) >= 4]


def _link_by_gender(ctx: LinkContext, token: Token, gender: str) -> None:
    """`de Veenendaalse` after `Sylvia R.`: the one person named before with that
    gender, when every person named before has a known gender. (Bare `de man`, `de
    vrouw` are not linked this way: on 473 DPG articles most were generic, `de man
    die ...`, `Werd de man werkloos`; a town's person noun names someone in the news.)"""
    persons = {m.actor.id: m.actor for m in ctx.doc.mentions
               if m.actor is not None and m.actor.kind == "person" and m.kind == "name"
               and m.token_start < token.i}
    genders = {key: actor_gender(actor) for key, actor in persons.items()}
    same = [key for key, found in genders.items() if found == gender]
    if None not in genders.values() and len(same) == 1:
        _add(ctx, token, persons[same[0]])


def _introduced_since(ctx: LinkContext, noun: str, since: int, before: int,
                      titles: set[int]) -> bool:
    """`een advocaat` (an indefinite of the same noun, no title) between the person's
    title and the description brings in someone new, whom `de advocaat` may mean."""
    doc = ctx.doc
    for token in doc.tokens[since + 1 : before]:
        if token.i in titles or token.lemma.casefold() != noun:
            continue
        if any(c.deprel == "det" and c.lemma.casefold() == "een" for c in doc.children(token.i)):
            return True
    return False


def _nouns(title: Title) -> tuple[str, ...]:
    """A title and, for a compound whose first part is a name (`SGP-woordvoerder`), its
    head; not after a lowercase prefix (`interim-president`, `vice-premier`,
    `oud-minister`: another office, or a former one)."""
    prefix, _, head = title.written.rpartition("-")
    if prefix and any(c.isupper() for c in prefix):
        return (title.noun, head.casefold())
    return (title.noun,)


def _owned_by(ctx: LinkContext, token: Token, titles: list[Title]) -> list[Title]:
    """The titles a description with its own owner can mean: `de voorzitter van het
    Hooggerechtshof` is not `Manuel Almenar, voorzitter van de vereniging` but may be
    `voorzitter Marchena` (no owner written); a title with that very owner wins. An
    owner that is the person (`de moeder van Sarinda`) rules the person out."""
    owner = _owner(ctx, token)
    if owner is None:
        return titles
    if any(t.actor.id == owner for t in titles):
        return []
    exact = [t for t in titles if t.owner == owner]
    return exact or [t for t in titles if t.owner is None]


def person_titles(ctx: LinkContext) -> list[Title]:
    """The roles the text writes next to persons' names, in text order."""
    found: list[Title] = []
    for mention in ctx.doc.mentions:
        actor = mention.actor
        if actor is None or actor.kind != "person":
            continue
        if mention.kind == "name":
            found.extend(_title_before(ctx, mention) + _apposition_after(ctx, mention)
                         + _as_role(ctx, mention))
    return sorted(found, key=lambda t: t.token)


def _role_noun(token: Token) -> bool:
    """A singular common noun that can be a person's title: not an address form
    (`mevrouw`), not a group (`de familie Smit`, `de vierling Peter, Rinke`), not an
    organisation's or a venue's head (`school`, `café`: Frog sometimes tags such a
    name a person)."""
    word = token.text
    if token.pos != "N" or "mv" in token.features or not word.replace("-", "").isalpha():
        return False
    if not (word[1:].islower() if word[:1].isupper() else word.islower()):
        return False
    lemma = token.lemma.casefold()
    lexicon = load_lexicon()
    return address_gender(word) is None and lemma not in _words()["collective_nouns"] \
        and not lemma.endswith(lexicon.title_organisation_heads) \
        and not lemma.endswith(lexicon.title_place_heads)


def _title(token: Token, actor: Actor, owner: str | None) -> Title:
    return Title(token.lemma.casefold(), token.i, actor, owner, token.text)


def _title_before(ctx: LinkContext, mention: Mention) -> list[Title]:
    """`staatsraad Erik Minderhoud`: the noun right before the name, the one hanging on
    the other in Frog's parse; capitalised only when it opens the sentence
    (`Staatsraad Erik Minderhoud zei`). After a comma and
    another person (`Remco Breuker, hoogleraar Koreastudies`, `Buma, minister Hoekstra
    en ...`) it may be either one's: no title."""
    i = mention.token_start - 1
    if i < 0:
        return []
    tokens = ctx.doc.tokens
    token = tokens[i]
    if token.sent != tokens[mention.token_start].sent or not _role_noun(token):
        return []
    opening = i == ctx.doc.sentences[token.sent].token_start
    if token.text[:1].isupper() and not opening:
        return []
    if i >= 2 and tokens[i - 1].text == "," and _person_at(ctx, i - 2):
        return []
    inside = range(mention.token_start, mention.token_end)
    if token.head not in inside and not any(tokens[k].head == i for k in inside):
        return []  # `Tot afgelopen jaar R. een ...`: next to the name, not its title
    owner = _owner(ctx, token, set(inside)) or _owner_after(ctx, mention)
    return [_title(token, mention.actor, owner)]


def _person_at(ctx: LinkContext, i: int) -> bool:
    found = mention_at(ctx.doc, i)
    return found is not None and found.actor is not None and found.actor.kind == "person"


def _apposition_after(ctx: LinkContext, mention: Mention) -> list[Title]:
    """`Eppie Klein, de informateur`, `Piet Jansen (45), een buurman van ...`, `zegt
    Remco Breuker, hoogleraar Koreastudies` (no article; not when a name follows the
    noun: `Buma, minister Hoekstra en Jetten` lists people with their titles). The noun
    must be an apposition in Frog's parse (`app`, of the name or of the title before
    it; or the name an apposition of the noun): `zet de ambassadeur, Daniel Kriener,
    het land uit` has a modifier after the comma, no apposition."""
    tokens = ctx.doc.tokens
    j = mention.token_end
    if j + 1 < len(tokens) and tokens[j].text == "(":  # `Sylvia R. (35), de ...`
        close = next((k for k in range(j, min(j + 5, len(tokens))) if tokens[k].text == ")"),
                     None)
        j = close + 1 if close is not None else j
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return []
    k = j + 2 if tokens[j + 1].text.casefold() in _words()["apposition_articles"] else j + 1
    if k == j + 1 and _person_at(ctx, k + 1):
        return []  # `Buma, minister Hoekstra en ...`: the next person's title
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    if k >= len(tokens) or tokens[k].sent != tokens[mention.token_start].sent or \
            not _role_noun(tokens[k]) or tokens[k].text[:1].isupper():
        return []
    noun = tokens[k]
    inside = range(mention.token_start, mention.token_end)
    hangs = noun.deprel == "app" or any(
        tokens[i].head == noun.i and tokens[i].deprel == "app" for i in inside)
    if not hangs or not _agent_noun(noun):
        return []  # `Aletta Jacobs, het kiesrecht te danken`: Frog's `app` on a thing
    return [_title(noun, mention.actor, _owner(ctx, noun))]


def _agent_noun(token: Token) -> bool:
    """A person noun by its form: an agentive ending (`informateur`, `advocaat`,
    `woordvoerder`) or a gendered person noun (`moeder`)."""
    lemma = token.lemma.casefold()
    return lemma.endswith(tuple(_words()["agent_suffixes"])) or noun_gender(lemma) is not None


def _as_role(ctx: LinkContext, mention: Mention) -> list[Title]:
    """`Eppie Klein gaat aan de slag als informateur`: the person noun of an `als`
    phrase in a clause whose subject is the person (`Hij ziet dat als verlies`: no
    person noun, no role)."""
    doc = ctx.doc
    subject = doc.tokens[mention.token_start]
    if subject.deprel != "su" or subject.head < 0:
        return []
    verb = subject.head
    found = []
    for i in subtree(doc, verb):
        token = doc.tokens[i]
        if token.lemma != "als" or token.pos != "VZ" or _clause_of(ctx, i) != verb:
            continue
        for body in doc.children(i):
            if body.deprel in ("body", "obj1") and _role_noun(body) and _agent_noun(body) \
                    and not body.text[:1].isupper() and mention_at(doc, body.i) is None:
                found.append(_title(body, mention.actor, _owner(ctx, body)))
    return found


def _clause_of(ctx: LinkContext, i: int) -> int | None:
    """The nearest verb above a token that has a subject of its own."""
    doc = ctx.doc
    head = doc.tokens[i].head
    while head >= 0:
        token = doc.tokens[head]
        if token.pos == "WW" and any(c.deprel == "su" for c in doc.children(head)):
            return head
        if token.pos == "VG" or token.deprel in ("rel", "body") and token.pos == "WW":
            return None  # a subordinate clause without its own subject: not ours
        head = token.head
    return None


def _is_description(ctx: LinkContext, token: Token) -> bool:
    """`de informateur`: a singular noun with `de`/`het`, no prenominal modifier, no name
    after it, not a predicate and not inside an `als` phrase."""
    if token.pos != "N" or "mv" in token.features or not token.text.islower():
        return False
    if token.deprel in ("predc", "body") or (
            token.head >= 0 and ctx.doc.tokens[token.head].lemma == "als"):
        return False
    children = ctx.doc.children(token.i)
    dets = [c for c in children if c.deprel == "det" and c.i < token.i]
    if len(dets) != 1 or dets[0].i != token.i - 1 or \
            dets[0].lemma.casefold() not in _words()["determiners"]:
        return False  # `de 35-jarige vrouw`: the article must stand right before the noun
    if any(c.deprel == "app" or (c.i > token.i and c.pos == "SPEC") for c in children):
        return False
    nxt = ctx.doc.tokens[token.i + 1] if token.i + 1 < len(ctx.doc.tokens) else None
    return nxt is None or mention_at(ctx.doc, nxt.i) is None or nxt.sent != token.sent


def _owner(ctx: LinkContext, noun: Token, skip: set[int] | None = None) -> str | None:
    """Whose the role is: the actor (or the case-folded words) of the noun's `van`
    phrase (`de advocaat van de familie`), None without one."""
    for child in ctx.doc.children(noun.i):
        if child.lemma != "van" or child.i < noun.i or (skip and child.i in skip):
            continue
        return _phrase_owner(ctx, child.i)
    nxt = noun.i + 1  # the parse may hang `van X` elsewhere: read it as written
    tokens = ctx.doc.tokens
    if nxt < len(tokens) and tokens[nxt].lemma == "van" and tokens[nxt].sent == noun.sent \
            and not (skip and nxt in skip):
        return _phrase_owner(ctx, nxt)
    return None


def _owner_after(ctx: LinkContext, mention: Mention) -> str | None:
    """`advocaat Janbart Kalk van de familie`: a `van` phrase right after the name."""
    nxt = mention.token_end
    tokens = ctx.doc.tokens
    if nxt < len(tokens) and tokens[nxt].lemma == "van" and \
            tokens[nxt].sent == tokens[mention.token_start].sent:
        return _phrase_owner(ctx, nxt)
    return None


def _phrase_owner(ctx: LinkContext, van: int) -> str | None:
    doc = ctx.doc
    words = [i for i in subtree(doc, van) if i != van]
    if not words:
        words = [van + 1] if van + 1 < len(doc.tokens) else []
    for i in words:
        named = mention_at(doc, i)
        if named is not None and named.actor is not None:
            return named.actor.id
    content = [doc.tokens[i].lemma.casefold() for i in words
               if doc.tokens[i].pos not in ("LID", "LET")]
    return " ".join(content) or None
