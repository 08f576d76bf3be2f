"""Wrongdoing a speaker ascribes to someone else: an accusation (PLOVER ACCUSE, allege).

`De Onderzoeksraad voor Veiligheid oordeelde dat de overheid zwaar tekort schoot`,
`Volgens de advocaat-generaal zijn de twee agenten fors over de schreef gegaan`, `Het
Venezolaanse ministerie zegt dat Kriener zich heeft bemoeid met de binnenlandse
aangelegenheden`: no verb of accusing, but a reported speaker (the speaker of the quote
or indirect speech the clause is in, or a `volgens` source: modality.py `source_of`)
says that a named other failed a duty or broke a rule (data/evaluative.yaml
`wrongdoing_verbs`, `wrongdoing_phrases`). The one accused is the clause's subject.

Not an accusation: the narrator's own report (no speaker), a denial (`niet tekort
geschoten`), a speaker about themselves or their own side (`we hebben fouten gemaakt` is
an admission), a question or a condition (`als de overheid faalt`), and a subject the
text only describes or refers to with a pronoun, whose referent is too often a guess.
"""

from __future__ import annotations

from kroniek.events.arguments import subject_of
from kroniek.events.lexicon import Lexicon
from kroniek.events.modality import questioned_or_conditional, source_of
from kroniek.events.phrases import clause_members
from kroniek.model import Actor, Document, Token
from kroniek.quotes.build import is_described
from kroniek.syntax import is_verb, lemmas_with_particle, negated


def _clause_start(doc: Document, token: Token) -> int:
    """The first token of the verb's stretch: after the nearest `dat` or punctuation
    before it, read linearly (Frog often hangs the clause's phrases on the auxiliary or
    on the subject: `dat het kabinet fouten heeft gemaakt`)."""
    start = doc.sentences[token.sent].token_start
    for i in range(token.i - 1, start - 1, -1):
        before = doc.tokens[i]
        if before.lemma.lower() == "dat" or before.text in {",", ";", ":"}:
            return i + 1
    return start


def _wrongdoing(doc: Document, token: Token, lex: Lexicon) -> bool:
    """The verb names a failing or a breach, alone or with the words of its phrase."""
    lemmas = lemmas_with_particle(doc, token)
    if lemmas & lex.word_set("wrongdoing_verbs"):
        return True
    members = set(clause_members(doc, token.i)) | set(range(_clause_start(doc, token), token.i))
    # Frog joins `over de schreef` into one token: its words count one by one
    words = {w for i in members for w in doc.tokens[i].lemma.lower().split()}
    for phrase in lex.word_set("wrongdoing_phrases"):
        verb, *rest = phrase.split()
        if verb in lemmas and all(w in words for w in rest):
            return True
    return False


def _accused(doc: Document, token: Token, speakers: list[Actor]) -> list[Actor]:
    """The named subject of the verb's clause that is not the speaker's own side: the
    parsed subject, else the name right after the complementizer `dat` (Frog may take
    `dat` for a pronoun subject and the name for a second one)."""
    found = [m for m in subject_of(doc, token.i) if m.kind != "pronoun"]
    start = _clause_start(doc, token)
    if start > 0 and doc.tokens[start - 1].lemma.lower() == "dat":
        found += [m for m in doc.mentions if m.token_start == start and m.kind != "pronoun"]
    accused: list[Actor] = []
    for mention in found:
        actor = mention.actor
        if actor is None or is_described(actor) or any(_own_side(s, actor) for s in speakers):
            continue
        if actor not in accused:
            accused.append(actor)
    return accused


def _own_side(speaker: Actor, accused: Actor) -> bool:
    """The speaker itself, or the state the speaker governs (`Rutte` on `Nederland`)."""
    return speaker.id == accused.id or (
        accused.kind == "state" and speaker.country == accused.country
        and (speaker.kind == "state" or speaker.sector == "GOV"))


def wrongdoing_claim(doc: Document, token: Token,
                     lex: Lexicon) -> tuple[list[Actor], list[Actor]] | None:
    """(speakers, accused) when this verb's clause is a speaker's claim that a named other
    did wrong (module docstring); None otherwise."""
    if not is_verb(token) or not _wrongdoing(doc, token, lex) or negated(doc, token.i):
        return None
    if questioned_or_conditional(doc, token, lex):
        return None
    speakers = source_of(doc, token)
    accused = _accused(doc, token, speakers)
    if not accused or not speakers:
        return None
    return speakers, accused
