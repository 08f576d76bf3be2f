"""Third person pronouns (`hij`, `hem`, `zijn`, singular `zij`/`ze`) resolved to the
actor they refer back to, for the quote and event layers.

The antecedent is a linked mention before the pronoun: first the subject of an
earlier clause in the same sentence (`Trump zei dat hij ...`), then the subject of
the nearest previous sentence that has one (`Trump zei ... . Hij ...`), then the
nearest person mentioned. Person pronouns take persons; the possessive `zijn` may
also take the state or organisation that is the subject of its own clause
(`Oekraïne zou ... zijn waardigheid`). An object pronoun (`hem`) is never the
subject of its own clause (`Trump prees hem`: not Trump).
"""

from __future__ import annotations

from kroniek.actors.gender import actor_gender
from kroniek.actors.lexicon import PronounInfo, load_lexicon
from kroniek.model import Document, Mention, Token
from kroniek.syntax import clause_verb

LOOK_BACK = 3  # sentences searched for an antecedent


def resolve_pronoun(doc: Document, token_i: int) -> Mention | None:
    """The pronoun mention at `token_i` with the actor it refers to, or None."""
    token = doc.tokens[token_i]
    info = load_lexicon().pronouns.get(token.text.casefold())
    if info is None or token.pos != "VNW" or "mv" in token.features:
        return None
    antecedent = _antecedent(doc, token, info)
    if antecedent is None:
        return None
    return Mention(token.text, token.start, token.end, token_i, token_i + 1, "PER",
                   antecedent, kind="pronoun", is_entity=False)


def _antecedent(doc: Document, token: Token, info: PronounInfo):
    candidates = [
        m for m in doc.mentions
        if m.actor is not None and m.token_end <= token.i
        and doc.tokens[m.token_start].sent >= token.sent - LOOK_BACK
    ]
    candidates.sort(key=lambda m: (m.token_start, m.token_end))
    own_clause = clause_verb(doc, token.i)
    if info.gender == "n":
        return _reporting_body(doc, token, candidates, own_clause)
    if info.role == "possessive":
        for mention in reversed(candidates):
            if _subject_of(doc, mention) == own_clause and own_clause is not None:
                return mention.actor
    wanted = _wanted(info)  # `zij` is not Wopke Hoekstra, `hij` not Kajsa Ollongren
    persons = [m for m in candidates if m.actor.kind == "person"
               and (wanted is None or actor_gender(m.actor) in (None, wanted))]
    if info.role == "object":
        persons = [m for m in persons if own_clause is None or _subject_of(doc, m) != own_clause]
    same = [m for m in persons if doc.tokens[m.token_start].sent == token.sent]
    for mention in reversed(same):
        if _subject_of(doc, mention) is not None:
            return mention.actor
    for sent in range(token.sent - 1, token.sent - LOOK_BACK - 1, -1):
        subjects = [m for m in persons if doc.tokens[m.token_start].sent == sent
                    and _subject_of(doc, m) is not None]
        if subjects:
            return _main_subject(doc, subjects).actor
    return persons[-1].actor if persons else None


def _wanted(info: PronounInfo) -> str | None:
    """The gender a pronoun asks of a person; `zijn` (also neuter) and `any` ask none."""
    return info.gender if info.gender in ("m", "f") and info.role != "possessive" else None


def _subject_of(doc: Document, mention: Mention) -> int | None:
    """The verb a mention is the subject of (through appositions and `volgens`-free paths)."""
    for i in range(mention.token_start, mention.token_end):
        token = doc.tokens[i]
        current = token
        while current.deprel in ("app", "cnj") and current.head >= 0:
            current = doc.tokens[current.head]
            if current.pos == "VG" and current.head >= 0 and current.deprel == "su":
                break
        if current.deprel == "su" and current.head >= 0:
            return current.head
    return None


def _main_subject(doc: Document, subjects: list[Mention]) -> Mention:
    """Of several subjects in a sentence, the one of the highest clause."""
    def depth(mention: Mention) -> int:
        steps, current = 0, doc.tokens[mention.token_start].head
        while current >= 0 and steps < 50:
            steps, current = steps + 1, doc.tokens[current].head
        return steps

    return min(subjects, key=depth)


def _reporting_body(doc: Document, token: Token, candidates: list[Mention],
                    own_clause: int | None):
    """`het` as the subject of a clause below another in the same sentence: the body
    (organisation or state) that is the subject of an earlier clause there."""
    if token.deprel != "su" or own_clause is None:
        return None
    bodies = [m for m in candidates if doc.tokens[m.token_start].sent == token.sent
              and m.actor.kind in ("organisation", "state")
              and _subject_of(doc, m) not in (None, own_clause)]
    return bodies[-1].actor if bodies else None
