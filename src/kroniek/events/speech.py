"""Verbal acts with no verb of their kind: demands carried by a modal (`X moet`, `S wil
dat X`), challenges, reproaches, necessity, victimhood claims, criticism and praise told
as evaluations (events/modality.py, events/evaluation.py). The coder asks `verbal_act`
for a token no lexicon frame codes.

Every one of them is made in the saying (spec: "a statement that demands, accuses,
rejects, promises or threatens is both a quote and an event"), so its status is the
statement's (`speech_act`), whatever the tense or modal of what it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.events.allegation import wrongdoing_claim
from kroniek.events.evaluation import attitude, judgement, necessity_demand, victim_claim
from kroniek.events.lexicon import Lexicon
from kroniek.events.modality import (
    challenge,
    obligation_request,
    policy_demand,
    reproach,
    wish_request,
)
from kroniek.model import Actor, Document, Token


@dataclass(frozen=True)
class VerbalAct:
    """What a verbal act codes: type, actors, recipients (None: no one named), mode."""

    type: str
    actors: list[Actor]
    recipients: list[Actor | None]
    mode: str | None


def _own_state(actors: list[Actor], recipients: list[Actor]) -> bool:
    """Whether what must happen is asked of the state the speaker governs: `Voor die datum
    moet het Verenigd Koninkrijk uit de EU zijn gestapt, vindt May` is a head of
    government's view of her own country's course, no demand on another actor (PLOVER
    REQUEST is directed at someone else)."""
    return bool(recipients) and all(
        r is not None and r.kind == "state" and any(
            a.kind == "person" and a.sector == "GOV" and a.country == r.country for a in actors)
        for r in recipients)


def _demand(doc: Document, token: Token, lex: Lexicon) -> VerbalAct | None:
    found = obligation_request(doc, token, lex)
    if found is not None and _own_state(list(found[0]), list(found[1])):
        return None
    if found is not None:
        return VerbalAct("REQUEST", found[0], list(found[1]) or [None], "change")
    found = wish_request(doc, token)
    if found is not None:
        return VerbalAct("REQUEST", found[0], list(found[1]) or [None], "yield")
    policy = policy_demand(doc, token, lex)
    if policy:
        return VerbalAct("REQUEST", policy, [None], "change")
    needed = necessity_demand(doc, token, lex)
    if needed is not None:
        return VerbalAct("REQUEST", needed.actors, list(needed.recipients), "change")
    return None


def verbal_act(doc: Document, token: Token, lex: Lexicon) -> VerbalAct | None:
    """The demand, challenge, reproach, accusation or praise this token carries."""
    demand = _demand(doc, token, lex)
    if demand is not None:
        return demand
    challenged = challenge(doc, token, lex)
    if challenged is not None:
        return VerbalAct("ACCUSE", [challenged[0]], [challenged[1]], "disapprove")
    found = reproach(doc, token, lex)  # `vindt dat X ... had moeten noemen`
    if found is not None:
        return VerbalAct("ACCUSE", found[0], list(found[1]), "disapprove")
    alleged = wrongdoing_claim(doc, token, lex)  # `oordeelde dat de overheid tekortschoot`
    if alleged is not None:
        return VerbalAct("ACCUSE", alleged[0], list(alleged[1]), "allege")
    claimed = victim_claim(doc, token, lex)
    if claimed is not None:
        return VerbalAct("ACCUSE", claimed.actors, list(claimed.recipients), "allege")
    judged = judgement(doc, token, lex) or attitude(doc, token, lex)
    if judged is not None:
        mode = "disapprove" if judged.type == "ACCUSE" else None
        return VerbalAct(judged.type, judged.actors, list(judged.recipients), mode)
    return None
