"""Event participants known by their tie to a named actor: relatives and counsel of a
person (`de vader van Jairo`, `Vermeulens raadsman`, `zijn advocaat`), the members and
followers of a body (`de leden van het CDA`, `CDA-leden`, `Likud-vrijwilligers`,
`Ajaxfans`, `zijn achterban`).

The actor layer links the name inside such a phrase, and the event slots used to take
that name as the participant: `De advocaat van Vermeulen beschuldigt de gemeente` made
Vermeulen the accuser, `CDA-leden bekritiseren Rutte` the CDA. Here the phrase is its own
described actor (spec records.md: "an actor the text names only by description has a
descriptive gold name and the Dutch words among its aliases").

Decisions, and why:

- Name (this module and participants.py `_describe`, for every described group): the
  phrase as the text writes it, from its first prenominal word (determiner, quantifier,
  numeral, adjective, genitive or possessive pronoun) to the head noun, plus a `van`- or
  `bij`-phrase that names someone, linked or not (`de raadsman van Vermeulen`, `de
  leden van het CDA`, `De twee eigenaren van Niva`). That is the phrase a reader gives
  and the one the gold lists among an actor's aliases (`De raadsman van Vermeulen`,
  `Vermeulens raadsman`, `zijn achterban`, `Likud-vrijwilligers`, `alle tien fracties`,
  `50 bezwaren`); the determiner and the count stay because the text writes them and
  they say which group it is; without its owner `de leden` names nobody. Other adjuncts
  after the head (place, relative clause) are left out, as the alias lists leave them
  out (`religieuze leiders`, not `religieuze leiders in Israël`); a place there still
  gives the country (`place_country`).
- Members, not the body: `CDA-leden` and `de leden van het CDA` are the members, a group
  of their own. PLOVER codes the most specific actor the text gives, and members acting
  are not the body deciding (CDA members protesting against their party's line); the
  gold names such groups themselves (`Likud volunteers`, `Ajax fans`). They take the
  body's country; members of a body (`leden`, `vrijwilligers`) its sector, followers
  outside it (`fans`, `kiezers`, `achterban`) are civilians (CVL).
- Relatives and counsel take the country of the person they belong to, no sector: the
  text says nothing of their office.
- Only with an owner in the text. A bare definite role noun (`de advocaat`, `de
  staatsraad`) is not resolved to the person named earlier: that coreference guess made
  wrong events before (participants.py `participant_noun`).
- The owner is a named actor (a mention the actor layer linked, or a body the actor
  table knows by the compound's first part) or a possessive pronoun; its country falls
  back on the article's (actors/local_country.py `article_country`).
- Country of other described groups: a named owner's, else a place after the head
  (`jihadisten in Syrië`), else a state demonym before it (`twee Syrische
  vluchtelingen`), else the article's. Tried and rejected: the one state the event's
  sentence names. It is often the other participant's (`Nederland neemt het niet op
  voor vluchtelingen`) or an idiom's (`een strafblad van hier tot Tokio`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.actors.kb import load_kb
from kroniek.actors.local_country import article_country
from kroniek.actors.reference import mention_at
from kroniek.events.lexicon import Lexicon, load_lexicon
from kroniek.model import Actor, Document, described_id
from kroniek.quotes.grammar import GENITIVE_ENDINGS, possessed_noun

_PRENOMINAL = {"LID", "VNW", "ADJ", "TW", "SPEC", "N"}
_SUPPORTER_SECTOR = "CVL"


@dataclass(frozen=True)
class Owner:
    """Whom a participant noun belongs to: the owner's actor (None for an unresolved
    possessive pronoun) and the last token of a `van`-phrase that names it."""

    actor: Actor | None
    van_end: int | None = None


@dataclass(frozen=True)
class Tie:
    """How a head noun ties its referent to an owner: `relation`, `member` or
    `supporter`, the listed word it matched, and whether the noun is plural."""

    kind: str
    word: str
    plural: bool


def _forms(word: str) -> dict[str, bool]:
    """A listed lemma and its regular plurals (ANS 3.2.2: -en, -s, -n), form -> plural.
    Irregular plurals (`leden`) are listed in the data file themselves."""
    return {word: False, word + "en": True, word + "s": True, word + "n": True,
            word + word[-1] + "en": True}


def _tie(doc: Document, head_i: int, lex: Lexicon) -> Tie | None:
    """The tie of a head noun on the lists of data/participants.yaml: the noun itself,
    or for members and followers the last part of a compound (`CDA-leden`, `Ajaxfans`,
    which Frog may tag as a name)."""
    head = doc.tokens[head_i]
    if head.pos not in {"N", "SPEC"}:
        return None
    words = {head.lemma.lower().replace("_", ""), head.text.lower()}
    for kind in ("relation", "member", "supporter"):
        for word in sorted(lex.word_set(f"{kind}_nouns"), key=len, reverse=True):
            for form, plural in _forms(word).items():
                whole = form in words or any(w.rsplit("-", 1)[-1] == form for w in words)
                compound = kind != "relation" and any(w.endswith(form) for w in words)
                if (whole and head.pos == "N") or compound:
                    plural = plural or "mv" in head.features or (
                        word in lex.word_set("irregular_plurals"))
                    return Tie(kind, word, plural)
    return None


def _van_owner(doc: Document, head_i: int, lex: Lexicon) -> Owner | None:
    """`de raadsman van Vermeulen`, `de leden van het CDA`, `medewerkers bij Tata Steel`:
    a phrase of data/participants.yaml `owner_prepositions` right after the head whose
    object is a name."""
    k = head_i + 1
    if k + 1 >= len(doc.tokens) or doc.tokens[k].lemma.lower() not in lex.word_set(
            "owner_prepositions"):
        return None
    obj = k + 1
    if doc.tokens[obj].pos == "LID" and obj + 1 < len(doc.tokens):
        obj += 1
    mention = mention_at(doc, obj)
    if mention is None and doc.tokens[obj].pos == "N":
        # `De advocaten van de nabestaanden van Henriquez`: the owner's own owner.
        nested = _van_owner(doc, obj, lex)
        if nested is not None:
            return nested
    if mention is None and doc.tokens[obj].pos == "N" and obj + 1 < len(doc.tokens):
        obj += 1  # `van regeringspartij FLN`: a kind noun with the name in apposition
    mention = mention_at(doc, obj)
    if mention is None or mention.token_start not in {k + 1, obj} or (
            mention.actor is None and mention.kind != "name"):
        return None  # an unlinked name (`de vader van Jairo`) still names the owner
    end = mention.token_end
    while end < len(doc.tokens) and (more := mention_at(doc, end)) is not None and (
            mention.actor is not None and more.actor == mention.actor):
        end = more.token_end  # `van premier Rutte`: the role and the name are one owner
    after = doc.tokens[end] if end < len(doc.tokens) else None
    if after is not None and after.sent == doc.tokens[obj].sent and after.pos in {
            "N", "ADJ", "SPEC"} and after.head != head_i:
        return None  # `leden van haar kabinet`: the name is a determiner of another noun
    return Owner(mention.actor, end - 1)  # actor None: a name the actor layer left unlinked


def _determiner_owner(doc: Document, head_i: int) -> Owner | None:
    """`Vermeulens raadsman` (a genitive name) or `zijn achterban` (a possessive pronoun,
    resolved by the actor layer when it could)."""
    before = head_i - 1
    if before < 0:
        return None
    token = doc.tokens[before]
    if token.pos == "VNW" and "bez" in token.features and token.head == head_i:
        mention = mention_at(doc, before)
        return Owner(mention.actor if mention is not None else None)
    if _genitive(doc, before):
        mention = mention_at(doc, before)
        return Owner(mention.actor if mention is not None else None)
    return None


def _genitive(doc: Document, token_i: int) -> bool:
    """`Vermeulens raadsman`: a linked name with a genitive ending right before a noun
    (ANS 5.4); Frog may tag it a plural common noun, so the linked mention decides."""
    token = doc.tokens[token_i]
    if possessed_noun(doc, token).i == token_i + 1:
        return True
    mention = mention_at(doc, token_i)
    return mention is not None and mention.actor is not None and token.text[:1].isupper() and (
        token.text.endswith(GENITIVE_ENDINGS)) and mention.token_end == token_i + 1


def _compound_owner(doc: Document, head_i: int, word: str) -> Owner | None:
    """`CDA-leden`, `Likud-vrijwilligers`, `Ajaxfans`: the body named by the first part of
    the compound, as the actor layer linked it inside the word or as the actor table
    knows that part (one entry only)."""
    head = doc.tokens[head_i]
    mention = mention_at(doc, head_i)
    if mention is not None and mention.actor is not None and mention.end < head.end:
        return Owner(mention.actor)
    if not head.text[:1].isupper():
        return None
    kb = load_kb()
    text = head.text
    # The first part ends where the listed word begins (`Ajax|fans`); three letters at
    # least, so a short abbreviation does not match by chance.
    prefixes = [text.rsplit("-", 1)[0]] if "-" in text else [
        text[:n] for n in range(len(text) - len(word), 2, -1)
        if text[n:].lower().startswith(word)]
    for prefix in prefixes:
        entries = kb.lookup(prefix)
        if len(entries) == 1 and entries[0].kind == "organisation":
            return Owner(kb.actor(entries[0].id, doc.article.published))
    return None


def _owner(doc: Document, head_i: int, tie: str, word: str, lex: Lexicon) -> Owner | None:
    found = _van_owner(doc, head_i, lex) or _determiner_owner(doc, head_i)
    if found is None and tie != "relation":
        found = _compound_owner(doc, head_i, word)
    return found


def _apposed_name(doc: Document, head_i: int) -> bool:
    """A person's name in apposition right after the noun or hanging from it."""
    after = [c.i for c in doc.children(head_i) if c.deprel == "app"] + [head_i + 1]
    for i in after:
        mention = mention_at(doc, i) if i < len(doc.tokens) else None
        if mention is not None and mention.actor is not None and mention.actor.kind == "person":
            return True
    return False


def _first_word(doc: Document, head_i: int) -> int:
    """First token of the prenominal words of a noun phrase (`alle tien`, `de Arabische`,
    `Vermeulens`), contiguous with the head."""
    first = head_i
    while first > 0:
        before = doc.tokens[first - 1]
        if before.sent != doc.tokens[head_i].sent or before.pos not in _PRENOMINAL:
            break
        if before.pos in {"SPEC", "N"} and not _genitive(doc, first - 1):
            break  # a noun or name before is its own phrase, unless a genitive of this one
        if before.pos in {"LID", "VNW", "ADJ", "TW"} and before.head not in {head_i, first} \
                and not (before.pos == "TW" and doc.tokens[head_i].head == before.i):
            break  # (a numeral Frog made the head: participants.py `counted_noun`)
        first -= 1
    return first


def owned_participant(doc: Document, head_i: int, lex: Lexicon) -> Actor | None:
    """The described actor of a relative, member or follower of a named actor, or None
    when the noun is none of these or has no owner in the text."""
    found = _tie(doc, head_i, lex)
    if found is None:
        return None
    tie, word = found.kind, found.word
    own = mention_at(doc, head_i)
    if own is not None and own.actor is not None and own.end >= doc.tokens[head_i].end:
        return None  # the actor layer resolved the whole noun (a role of a person)
    if _apposed_name(doc, head_i):
        return None  # `advocaat Willem Korteling`, `CDA-lid Jan Jansen`: the person named
    plural = found.plural or word in lex.word_set("collective_nouns")
    owner = _owner(doc, head_i, tie, word, lex)
    if owner is None:
        return None
    last = owner.van_end if owner.van_end is not None else head_i
    words = doc.text[doc.tokens[_first_word(doc, head_i)].start:doc.tokens[last].end]
    body = owner.actor
    sector = None
    if tie == "member" and body is not None and body.kind != "person":
        sector = body.sector
    elif tie == "supporter":
        sector = _SUPPORTER_SECTOR
    country = (body.country if body is not None else None) or article_country(doc)
    return Actor(id=described_id(words), name=words, kind="group" if plural else "person",
                 country=country, sector=sector)


def group_name_span(doc: Document, head_i: int, lex: Lexicon, last: int) -> tuple[int, int]:
    """First and last token of the name of a described group or person (module
    docstring): its prenominal words, numerals included (`Zes diensten`, `alle tien
    fracties`: the count is part of what the text says the group is), to `last`, or to
    a `van`-phrase naming a linked actor or place (`inwoners van Amsterdam`), which
    tells the group apart from others of its kind."""
    owner = _van_owner(doc, head_i, lex)
    end = owner.van_end if owner is not None and owner.van_end is not None else last
    return min(_first_word(doc, head_i), head_i), max(end, last)


def van_owner_country(doc: Document, head_i: int, lex: Lexicon) -> str | None:
    """The country of the linked actor or place in a `van`-phrase after the head."""
    owner = _van_owner(doc, head_i, lex)
    return owner.actor.country if owner is not None and owner.actor is not None else None


def place_country(doc: Document, head_i: int, lex: Lexicon) -> str | None:
    """The country of a place the phrase puts its people in (`jihadisten in Syrië`,
    `Waarnemers op Curaçao`, `een man uit Oudenbosch`): a preposition of
    data/participants.yaml `place_prepositions` right after the head, or hanging from
    it, with a linked place or state as its object."""
    preps = lex.word_set("place_prepositions")
    candidates = [c.i for c in doc.children(head_i) if c.pos == "VZ" and c.i > head_i]
    if head_i + 1 < len(doc.tokens) and doc.tokens[head_i + 1].pos == "VZ":
        candidates.append(head_i + 1)
    for prep in sorted(set(candidates)):
        if doc.tokens[prep].lemma.lower() not in preps:
            continue
        for i in (prep + 1, prep + 2):
            mention = mention_at(doc, i) if i < len(doc.tokens) else None
            if mention is not None and mention.actor is not None and mention.actor.country:
                return mention.actor.country
    return None


def earlier_demonym_country(doc: Document, head_i: int) -> str | None:
    """The country a demonym gave the same people noun earlier in the article: `de
    Venezolaanse vluchtelingen` ... `vluchtelingen die recht hebben op bescherming` are
    the same refugees, Venezuela's, wherever they now are. The nearest earlier mention
    decides; not for a phrase with an indefinite article (`een man` is someone new)."""
    indefinite = load_lexicon().word_set("indefinite_determiners")
    if any(c.deprel == "det" and c.lemma.lower() in indefinite for c in doc.children(head_i)):
        return None
    lemma = doc.tokens[head_i].lemma.lower()
    for earlier in reversed(doc.tokens[:head_i]):
        if earlier.pos == "N" and earlier.lemma.lower() == lemma:
            country = demonym_country(doc, earlier.i)
            if country is not None:
                return country
    return None


def demonym_country(doc: Document, head_i: int) -> str | None:
    """The country of a state's demonym before the head (`twee Engelse meisjes`)."""
    kb = load_kb()
    for child in doc.children(head_i):
        if child.i < head_i and child.pos == "ADJ" and child.deprel == "mod":
            entry = kb.by_demonym(child.text)
            if entry is not None and entry.kind == "state" and entry.country:
                return entry.country
    return None
