"""From a coded trigger to Event records: the type's intent reading (an announced
meeting is AGREE), mode and context labels from cue words, the clause's status and date
(its own time expression, else the date of the earlier mention of the same event), and
one record per actor-recipient pair. events/coder.py decides what a trigger codes; this
module only writes it down.
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.events.attacks import known_attack
from kroniek.events.event_date import after_publication, event_date, phrase_date, trigger_chain
from kroniek.events.lexicon import Lexicon
from kroniek.events.modality import intention_above, quote_at
from kroniek.events.phrases import clause_dependents
from kroniek.events.status import event_status
from kroniek.events.triggers import frames_for
from kroniek.model import QUAD_OF_TYPE, Actor, Document, Event, Token
from kroniek.syntax import (
    FUTURE_AUXILIARIES,
    is_finite,
    is_subordinator,
    is_verb,
    negated,
    tense,
)
from kroniek.time.annotate import published_date


@dataclass
class Coded:
    """What a trigger codes before it becomes events: type, dyad lists and labels."""

    type: str
    actors: list[Actor]
    recipients: list[Actor | None]
    mode: str | None = None
    context: tuple[str, ...] = ()
    planned: bool = False
    mutual: bool = False
    speech_act: bool = False  # a demand carried by a reported clause: it was made
    handed_down: bool = False  # a sentence told in the present (`krijgt`, `moet de cel in`)


def _intention_negated(doc: Document, intention: Token) -> bool:
    """Whether the intention is denied: `niet willen`, and for a predicative adjective
    (`bereid`, `van plan`) the negation of its copula's clause (`De VVD was niet bereid tot
    samenwerking`, `Rutte was niet van plan ... te ontmoeten`: `niet` negates the predicate
    through the copula, ANS 20.5.5; Frog hangs it on the copula)."""
    if negated(doc, intention.i):
        return True
    head = doc.tokens[intention.head] if intention.head >= 0 else None
    return (not is_verb(intention) and intention.deprel == "predc" and head is not None
            and is_verb(head) and negated(doc, head.i))


def _denied_by_adjective(doc: Document, token: Token, lex: Lexicon) -> bool:
    """An act under a denied predicative adjective of intention (`niet bereid ... te`):
    the status rule reads `niet` in the act's own verb cluster (`wil ... niet`), but the
    adjective's `niet` hangs on its copula, outside the act's clause. Cooperation so denied
    is a refusal made (`apply_intent`); the status of any other act is negated."""
    intention = intention_above(doc, token.i, lex)
    return intention is not None and not is_verb(intention) and _intention_negated(
        doc, intention)


def apply_intent(doc: Document, token: Token, coded: Coded, lex: Lexicon) -> None:
    """Cooperation that is only intended or announced is PLOVER AGREE; cooperation or
    agreement one declares not to want is a refusal (REJECT)."""
    if QUAD_OF_TYPE[coded.type] not in (1, 2):
        return
    intention = intention_above(doc, token.i, lex)
    if coded.type == "AGREE":
        # `nu de DUP niet wil instemmen met haar akkoord`: not wanting to agree is a
        # refusal (PLOVER REJECT), as not wanting to govern together is (below).
        if intention is not None and (negated(doc, token.i) or _intention_negated(doc, intention)):
            coded.type, coded.speech_act = "REJECT", True
        return
    if intention is not None and (negated(doc, token.i) or _intention_negated(doc, intention)):
        # `hebben verklaard niet met elkaar in een kabinet te willen zitten`: refusing to
        # cooperate is PLOVER REJECT, a refusal that was made.
        coded.type, coded.speech_act = "REJECT", True
    elif intention is not None:
        coded.type = "AGREE"
    elif token.pos == "N" and any(c.lemma.lower() in lex.word_set("planned_modifiers")
                                  for c in doc.children(token.i)):
        # `een aanstaand bezoek aan Trump`, `de geplande top`: announced, not held.
        coded.type, coded.planned = "AGREE", True
    elif is_verb(token) and (tense(doc, token.i) == "future" or _future_by_auxiliary(doc, token)):
        coded.type, coded.planned = "AGREE", True
    else:
        # `Zelensky reist volgende week naar Washington`: a meeting dated after the article
        # is announced, not held (PLOVER AGREE, status future); so is one later on the
        # paper's own day (`_later_today`). The clause's date is read once for both.
        when = event_date(doc, token.i)
        if after_publication(doc, when[0]) or (
                coded.type == "CONSULT" and _later_today(doc, token, when, lex)):
            coded.type, coded.planned = "AGREE", True


def _later_today(doc: Document, token: Token, when: tuple[str | None, str | None, bool],
                 lex: Lexicon) -> bool:
    """A meeting verb in the present whose own time expression `when` (event_date) is
    `vanavond`, `vandaag` or the day's later part (`dinsdagmiddag`; status.yaml
    `same_day_ahead`, `same_day_ahead_parts`) in a paper dated that day: still ahead when
    the paper went out."""
    date, date_text, from_timex = when
    # a meeting noun (`gaan ... in gesprek met`) is told in the tense of its clause's verb
    chain = trigger_chain(doc, token.i)
    if not from_timex or date_text is None or not chain or not is_verb(doc.tokens[chain[0]]):
        return False
    text = date_text.lower()
    ahead = text in lex.word_set("same_day_ahead") or text.endswith(
        tuple(lex.word_set("same_day_ahead_parts")))
    return date == published_date(doc) and ahead and tense(doc, chain[0]) == "present"


def _future_by_auxiliary(doc: Document, token: Token) -> bool:
    """`Oekraïne gaat ... samen met de VS werken`: an infinitive Frog tags as a plural
    finite verb, after a finite `gaan`/`zullen` in the same clause, is a future."""
    if token.text.lower() != token.lemma.lower() or not is_finite(token):
        return False
    sentence = doc.sentences[token.sent]
    for i in range(token.i - 1, sentence.token_start - 1, -1):
        before = doc.tokens[i]
        if is_subordinator(before) or (
                before.pos == "LET" and before.text != '"'):
            return False
        if is_finite(before):
            return before.lemma in FUTURE_AUXILIARIES and "mv" not in before.features
    return False


def _labels(doc: Document, token: Token, coded: Coded, lex: Lexicon) -> None:
    """Mode and context from cue words in the trigger's sentence (data/cues.yaml)."""
    sentence = doc.sentences[token.sent]
    lemmas = [t.lemma.lower() for t in doc.sentence_tokens(sentence)]
    if coded.mode is None and coded.type == "CONSULT":
        coded.mode = next((lex.modes[w] for w in lemmas if w in lex.modes), None)
    extra = [lex.contexts[w] for w in lemmas if w in lex.contexts]
    coded.context = tuple(dict.fromkeys([*coded.context, *extra]))


def _antecedent_date(doc: Document, token: Token,
                     lex: Lexicon) -> tuple[str | None, str | None, bool] | None:
    """A definite event noun refers back to an earlier mention of the same event: `De
    milieuorganisatie organiseert de mars` after `de klimaatmars belooft zondag ...`
    takes that earlier clause's date (the same noun, or a compound with it as head)."""
    nouns = [token] if token.pos == "N" else [
        d for d in clause_dependents(doc, token.i) if d.pos == "N"]
    for noun in nouns:
        lemma = noun.lemma.lower()
        definite = any(c.deprel == "det" and c.lemma.lower() in lex.word_set("definite_determiners")
                       for c in doc.children(noun.i))
        if not definite or not frames_for(doc, noun, lex):
            continue
        start = doc.sentences[noun.sent].token_start
        for earlier in reversed(doc.tokens[:start]):
            if earlier.pos == "N" and earlier.lemma.lower().endswith(lemma):
                found = event_date(doc, earlier.i)
                if found[2]:
                    return found
    return None


def events_of(doc: Document, token: Token, coded: Coded, lex: Lexicon,
              trigger: str) -> list[Event]:
    """The Event records of a coded trigger: one per actor-recipient pair (both ways for a
    mutual act), with mode and context labels, the clause's status and date, and the
    quote's speaker when the trigger is inside a quote."""
    _labels(doc, token, coded, lex)
    date, date_text, from_timex = event_date(doc, token.i)
    if not from_timex:
        date, date_text, from_timex = _antecedent_date(doc, token, lex) or (
            date, date_text, from_timex)
    status = event_status(doc, token.i, lex, date if from_timex else None, coded.planned)
    if _denied_noun(doc, token) or _denied_fixed_object(doc, token, coded.type, lex):
        status = "negated"  # `Deze week geen staking!`, `Zij krijgen geen opvang`
    if _denied_by_adjective(doc, token, lex):
        status = "negated"  # `is niet bereid X te bekritiseren`, as `wil X niet bekritiseren`
    if coded.handed_down and status == "future" and after_publication(doc, date):
        # `Een man moet twaalf jaar de cel in`: the sentence has been handed down; a later
        # scene of the article (another news item's `vrijdag`) does not date it.
        date, date_text, status = published_date(doc), None, "reported"
    if coded.speech_act:
        # `zouden ook Europa en de VS vertegenwoordigd moeten zijn, benadrukte hij`: the
        # tense and modals of the content do not make the demand itself unreal.
        status = "reported"
    if coded.type == "ASSAULT" and known_attack(doc, token.i, lex):
        # `na de aanslag in Utrecht`, `de schuld geven van de aanslag in Utrecht`: an attack
        # the reader knows happened before the article, whatever the clause around it
        # says (dev gold: historical); only its own phrase dates it (`in 2015`).
        status = "historical"
        date, date_text = phrase_date(doc, token.i)
        from_timex = date is not None
    if status == "historical" and not from_timex:
        date = None
    sentence = doc.sentences[token.sent]
    quote = quote_at(doc, token)
    events = []
    for actor in coded.actors:
        for recipient in coded.recipients:
            pairs = [(actor, recipient)]
            # CONSULT is symmetric: one event per pair (spec); other mutual acts go both ways.
            if coded.mutual and recipient is not None and coded.type != "CONSULT":
                pairs.append((recipient, actor))
            for who, whom in pairs:
                if whom is not None and whom.id == who.id:
                    continue
                events.append(Event(
                    type=coded.type, actor=who, recipient=whom, date=date,
                    date_text=date_text, status=status, text=doc.sentence_text(sentence),
                    start=sentence.start, end=sentence.end, mode=coded.mode,
                    context=list(coded.context), trigger=trigger,
                    speaker=quote.speaker if quote else None,
                ))
    return events


def _denied_noun(doc: Document, token: Token) -> bool:
    """`geen staking`, `geen steun`: a noun under `geen` names an act that is not there."""
    return token.pos == "N" and any(c.lemma.lower() == "geen" for c in doc.children(token.i))


_FIXED_OBJECT_WINDOW = 8  # tokens after a light verb searched for its detached noun


def _denied_fixed_object(doc: Document, token: Token, event_type: str, lex: Lexicon) -> bool:
    """`De klimaatstakers voeren deze week geen actie`, `bereikten geen overeenstemming`: in
    a light-verb construction the noun carries the act, and `geen` on it denies the act
    (ANS 20.4: `geen` negates the clause through its noun phrase). The clause's own
    negation (status.py) reads only the verb's dependents; Frog sometimes leaves the noun
    unattached. Only the fixed object of the frame that coded the event counts."""
    if token.pos != "WW":
        return False
    objects = {o for f in frames_for(doc, token, lex) if f.type == event_type for o in f.objects}
    if not objects:
        return False
    sentence = doc.sentences[token.sent]
    last = min(sentence.token_end, token.i + _FIXED_OBJECT_WINDOW + 1)
    return any(t.pos == "N" and t.lemma.lower() in objects and any(
        c.lemma.lower() == "geen" for c in doc.children(t.i)) for t in doc.tokens[token.i + 1:last])
