"""A pronoun speaker the actor layer left unresolved (`hij`, `zij`, plural `ze`): the
speaker of a recent quote that agrees with it in number and gender.

A stopgap beside the actor layer's own pronoun resolution, used only when that gives no
actor. Number comes from the finite verb the pronoun is subject of (`zij vrezen` plural,
`zij vreest` singular); gender from `cues.yaml` (`pronoun_genders`) and, for the person,
from the actor layer's `actor_gender`. Decision (checked on 200 DPG 2019 articles): a
person whose gender is unknown is taken only when they are the one person quoted in the
window, the quote must end at most two sentences before the pronoun's with no other
person named in between (`Ivey ... 'Onze harten ...'` after another speaker's quote), and
a plural pronoun only takes a group (not an organisation: `het wetsvoorstel ...
Zij stellen` is no group), since looser choices picked wrong speakers there.
"""

from __future__ import annotations

from kroniek.actors.gender import actor_gender
from kroniek.model import Actor, Document, Quote
from kroniek.quotes.lexicon import Lexicon


def _plural(doc: Document, head_i: int) -> bool | None:
    """Number of the pronoun by its verb: True plural, False singular, None unknown."""
    head = doc.tokens[head_i]
    verb = doc.tokens[head.head] if head.head >= 0 else None
    if verb is not None and verb.pos == "WW" and "pv" in verb.features:
        if "mv" in verb.features:
            return True
        if "ev" in verb.features:
            return False
    if "mv" in head.features:
        return True
    return False if "ev" in head.features else None

NEAR_SENTENCES = 2  # a pronoun's antecedent quote ends at most this many sentences back


def _token_at(doc: Document, offset: int) -> int:
    for token in doc.tokens:
        if token.start <= offset < token.end or token.start > offset:
            return token.i
    return len(doc.tokens) - 1


def pronoun_speaker(doc: Document, head_i: int, recent: list[Quote], lexicon: Lexicon
                    ) -> Actor | None:
    """The actor a third-person subject pronoun stands for among `recent` quotes'
    speakers (oldest first), or None."""
    head = doc.tokens[head_i]
    if head.pos != "VNW" or "pers" not in head.features:
        return None
    genders = dict(lexicon.pronoun_genders)
    gender = genders.get(head.text.lower()) or genders.get(head.lemma.lower())
    if gender is None:
        return None
    plural = _plural(doc, head_i)
    if plural is None:
        return None
    sentence = head.sent
    near = [q for q in recent if q.speaker is not None and q.end <= head.start and (
        sentence - doc.tokens[_token_at(doc, q.end - 1)].sent <= NEAR_SENTENCES)]
    if not near:
        return None
    others = {m.actor.id for m in doc.mentions
              if near[0].start <= m.start < head.start and m.actor is not None
              and m.actor.kind == "person" and m.kind in {"name", "role"}}
    speakers = [q.speaker for q in reversed(near)]
    if others - {a.id for a in speakers}:
        return None  # another person named in between may be meant
    if plural:
        if gender != "f":
            return None  # only `zij`/`ze` are also plural
        groups = [a for a in speakers if a.kind == "group"]
        return groups[0] if groups else None
    persons = [a for a in speakers if a.kind == "person"]
    if not persons and _spokesperson(near[-1], lexicon):
        return near[-1].speaker  # `zegt de woordvoerder (Shell) … Daarbovenop, zegt ze, …`
    for actor in persons:
        if actor_gender(actor) == gender:
            return actor
    distinct = {a.id for a in persons}
    if len(distinct) == 1 and actor_gender(persons[0]) is None:
        return persons[0]  # the only person quoted lately, gender unknown
    return None



def _spokesperson(quote: Quote, lexicon: Lexicon) -> bool:
    """A quote of an organisation's spokesperson (`zegt een woordvoerder van de ILT`):
    a singular pronoun after it (`Dat moet volgens hem eerst gebeuren`, `zegt ze`) is
    that spokesperson, so the organisation speaks (build._spokesperson_for)."""
    words = (quote.speaker_text or "").lower().split()
    return quote.speaker is not None and quote.speaker.kind == "organisation" and any(
        w.endswith(lexicon.spokespersons) for w in words)


def plural_group(doc: Document, head_i: int, lexicon: Lexicon) -> int | None:
    """The group a plural subject pronoun (`zij vrezen`, `ze eisen`) refers back to when
    no quoted group does: the nearest plural noun before it, in its sentence or the one
    before, that names people or bodies the way a bare group speaker does (`religieuze
    leiders`, `de onderzoekers`; build.is_group_noun). None when the pronoun is not
    plural by its verb, or no such noun is near: then it is left unresolved."""
    from kroniek.quotes.build import is_group_noun  # build imports this module's users

    head = doc.tokens[head_i]
    if head.pos != "VNW" or "pers" not in head.features or _plural(doc, head_i) is not True:
        return None
    first = doc.sentences[max(0, head.sent - 1)].token_start
    for k in range(head_i - 1, first - 1, -1):
        if is_group_noun(doc, k, lexicon):
            return k
    return None
