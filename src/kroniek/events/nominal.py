"""The agent of a nominal event in its own `door` phrase (`de moord op de kritische
journalist Jamal Khashoggi door vijftien Saoedische agenten`, `de veroordeling door het
parlement`): ANS 2nd ed. 14.6, the agent of a nominalisation is introduced by `door`, as
in the passive. It names the actor before the clause's subject does (the one who reports
or judges the act is not its doer).

Not when the noun sits in the subject of a passive clause: Frog then hangs the clause's
own agent on the noun (`Het verzoek van de Veenendaalse ... werd gisteren door de
rechtbank afgewezen`: the court answered the request, it did not make it; dpg-dev).
"""

from __future__ import annotations

from kroniek.events.phrases import is_passive, object_of_preposition, prepositions
from kroniek.model import Document, Mention
from kroniek.syntax import ancestors, is_verb


def nominal_agent(doc: Document, noun_i: int) -> list[Mention]:
    """The mentions of the noun's own `door` phrase, if it is an agent (module docstring)."""
    verb = next((h for h in ancestors(doc, noun_i) if is_verb(doc.tokens[h])), None)
    if verb is not None and is_passive(doc, verb):
        return []
    for prep in prepositions(doc, noun_i, "door", strict=True):
        found = object_of_preposition(doc, prep)
        if found:
            return found
    return []
