"""Criticism and praise told as an evaluation (PLOVER ACCUSE `disapprove`, SUPPORT).

A speaker who calls someone, or someone's act, by a judging word criticises or praises
them, though no verb of criticising is used:

- `noemen`, `vinden`, `achten` with a predicate complement (ANS 18.5.2): `De PVV noemt
  de provincie 'overbodig'`, `Maduro noemde zijn tegenstanders 'opportunisten en
  lafaards'`, `vindt het onacceptabel dat de minister ...`;
- a copula in the speaker's own words (a quote, or after `volgens X`): `,,Hij is een
  crimineel''`, `,,Het is een schande dat de Kamer ...''`.

The judging words (data/evaluative.yaml) come from a Dutch subjectivity lexicon. The one
judged is the recipient: the object or copula subject when it names an actor, else the
actor named inside it (`het besluit van de minister`, `zijn tegenstanders` has none), else
the subject of an extraposed `dat`-clause (`Het is triest dat X ...`). Decision: with no
one judged an evaluation codes nothing. On DPG 2019 most such sentences judge a situation
(`Het is pijnlijk`, `Dat is schadelijk`, `De schade is catastrofaal`), which is an
opinion, not an event (spec: "statements alone are quotes").
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.events.arguments import subject_of
from kroniek.events.lexicon import Lexicon, load_lexicon
from kroniek.events.modality import source_of
from kroniek.events.participants import sports_club
from kroniek.events.phrases import (
    clause_dependents,
    mentions_in_span,
    mentions_of_phrase,
    owner_mentions,
)
from kroniek.events.reaction import reaction_recipients
from kroniek.model import Actor, Document, Mention, Token
from kroniek.syntax import is_verb, negated, subtree


@dataclass(frozen=True)
class Judgement:
    """What an evaluation codes: ACCUSE or SUPPORT by the judges of the judged."""

    type: str
    actors: list[Actor]
    recipients: list[Actor | None]


def _words() -> dict[str, frozenset[str]]:
    """The word lists of data/evaluative.yaml (read with the rest by load_lexicon)."""
    return load_lexicon().status


def _polarity(doc: Document, predicate: Token) -> str | None:
    """ACCUSE or SUPPORT for a predicate that judges: a judging adjective, a judging noun,
    or a noun with a judging adjective (`een onbegrijpelijke beslissing`). A degree word
    `te` before it (`te gek`, `te lang`) or a negation inside it leaves it out."""
    words = _words()
    children = doc.children(predicate.i)
    if any(c.lemma.lower() in {"niet", "geen", "te", "nooit"} for c in children):
        return None
    if {"comp", "sup"} & set(predicate.features) or (
            predicate.pos == "ADJ" and any(c.pos == "VZ" for c in children)):
        # `het was beter om ...` weighs options; `daar is Baudet heel goed in`, `slecht
        # voor het milieu` judge a skill or an effect, not the conduct of the one named.
        return None
    lemma = predicate.lemma.lower()
    if predicate.pos == "ADJ":
        lemmas = {lemma}
    elif predicate.pos == "N":
        if lemma in words["negative_nouns"]:
            return "ACCUSE"
        if lemma in words["positive_nouns"]:
            return "SUPPORT"
        lemmas = {c.lemma.lower() for c in children if c.pos == "ADJ" and c.deprel == "mod"}
    else:
        return None
    if lemmas & words["negative_adjectives"]:
        return "ACCUSE"
    if lemmas & words["positive_adjectives"]:
        return "SUPPORT"
    return None


def _auxiliary(doc: Document, verb: Token) -> bool:
    """`zijn` with a participle is the passive or perfect auxiliary, its `predc` an adverb
    of the participle: `dat de beslissing niet goed is onderbouwd` judges how it was
    argued, and Frog hangs `niet` elsewhere."""
    return any(d.deprel == "vc" and is_verb(d) and "vd" in d.features
               for d in clause_dependents(doc, verb.i))


def _judged_phrases(doc: Document, verb: Token, copula: bool) -> list[Token]:
    """The phrase judged: a copula's subject; a judging verb's object, which Frog labels
    `obj1`, `pobj1` (`vind het ...`) or a second `su` (`noemt de provincie ...`)."""
    deps = clause_dependents(doc, verb.i)
    if copula:
        return [d for d in deps if d.deprel in {"su", "sup"} and d.pos != "VG"]
    subjects = [d for d in deps if d.deprel == "su"]
    return [d for d in deps if d.deprel in {"obj1", "pobj1"}] + subjects[1:]


def _extraposed_subject(doc: Document, verb: Token) -> list[Mention]:
    """The subject of a `dat`-clause the judged `het` stands for (`Ik vind het zorgwekkend
    dat deze architect ...`, `Het is een schande dat de Kamer ...`)."""
    for dep in clause_dependents(doc, verb.i):
        if dep.pos == "VG" and dep.lemma.lower() == "dat" and dep.deprel in {"vc", "su"}:
            for body in doc.children(dep.i):
                if body.deprel == "body" and is_verb(body):
                    return [m for d in clause_dependents(doc, body.i) if d.deprel == "su"
                            for m in mentions_of_phrase(doc, d.i)]
    return []


def _judged(doc: Document, verb: Token, predicate: Token, copula: bool,
            lex: Lexicon) -> list[Actor]:
    """The actors judged: named by the judged phrase, inside it, inside the predicate
    (`een onbegrijpelijke beslissing van Maduro`), or the subject of its `dat`-clause."""
    first = lex.word_set("first_person")
    found: list[Mention] = []
    for phrase in _judged_phrases(doc, verb, copula):
        if phrase.lemma.lower() in first:
            return []  # `Ik ben ...`, `vind mij ...`: the speaker judges themself
        if phrase.pos in {"VZ", "VG"}:
            continue  # `om het Haga Lyceum te weren`: a clause, not someone judged
        found = mentions_of_phrase(doc, phrase.i) or owner_mentions(doc, phrase)
        if found:
            break
    if not found and predicate.pos == "N":
        found = owner_mentions(doc, predicate)
    found = found or _extraposed_subject(doc, verb)
    actors: list[Actor] = []
    for mention in found:
        # A pronoun's referent inside a quote is the speaker's, and the actor layer's
        # guess for it is too often wrong to accuse or praise someone by (`,,Hij is een
        # extremist,'' zei de premier` about an unnamed attacker).
        if mention.actor is not None and mention.actor not in actors and (
                mention.kind != "pronoun"):
            actors.append(mention.actor)
    return actors


def _cue_speaker(doc: Document, verb: Token) -> list[Actor]:
    """The speaker the quote layer found for this verb as its cue (`Ik vind ...`,
    `zegt X`; `Hij noemde ...` with `hij` resolved): one quote of this sentence."""
    sentence = doc.sentences[verb.sent]
    found = [q.speaker for q in doc.quotes
             if q.cue == verb.lemma.lower() and q.speaker is not None
             and sentence.start <= q.start < sentence.end]
    return found[:1] if len(set(a.id for a in found)) == 1 else []


def _judges(doc: Document, verb: Token, copula: bool, lex: Lexicon) -> list[Actor]:
    if copula:
        return source_of(doc, verb)
    found = _cue_speaker(doc, verb)
    if found:
        return found
    subjects = [d for d in clause_dependents(doc, verb.i) if d.deprel == "su"][:1]
    if subjects and subjects[0].lemma.lower() in lex.word_set("first_person"):
        return source_of(doc, verb)
    return [m.actor for d in subjects for m in mentions_of_phrase(doc, d.i)
            if m.actor is not None]


def judgement(doc: Document, token: Token, lex: Lexicon) -> Judgement | None:
    """The criticism or praise a judging verb or copula with a judging predicate codes."""
    words = _words()
    lemma = token.lemma.lower()
    copula = lemma in words["judging_copulas"]
    if not is_verb(token) or not (copula or lemma in words["judging_verbs"]):
        return None
    if negated(doc, token.i) or _auxiliary(doc, token):
        return None
    predicates = [d for d in clause_dependents(doc, token.i) if d.deprel == "predc"
                  and doc.tokens[d.i - 1].lemma.lower() not in {"niet", "geen", "nooit"}]
    kinds = {k for p in predicates if (k := _polarity(doc, p)) is not None}
    if len(kinds) != 1:
        return None
    predicate = next(p for p in predicates if _polarity(doc, p) is not None)
    judges = _judges(doc, token, copula, lex)
    if not judges:
        return None
    ids = {a.id for a in judges}
    judged = [a for a in _judged(doc, token, predicate, copula, lex) if a.id not in ids]
    if not judged and not any(p.lemma.lower() in lex.word_set("first_person")
                              for p in _judged_phrases(doc, token, copula)):
        # `Turkije noemt het 'onacceptabel'`: the doer of the act named before.
        heads = _judged_phrases(doc, token, copula) + [
            c for c in doc.children(predicate.i) if c.pos == "LID"]
        judged = reaction_recipients(doc, token, heads, judges, lex)
    if not judged or any(sports_club(a, lex) for a in judged):
        # `,,Ajax is geweldig''`: a club judged is sports commentary, not the political
        # interaction PLOVER codes (an explicit verbal act, `Ajax beschuldigt de KNVB`,
        # stays an event: cues.yaml, sport_sources).
        return None
    return Judgement(kinds.pop(), judges, judged)


def _wrong_suffered(doc: Document, copula: Token, lex: Lexicon) -> Token | None:
    """The wrong in `... is (het) slachtoffer van <wrong>`: a negative noun after `van`,
    on the copula or on `slachtoffer` (Frog hangs it either way)."""
    words = _words()
    victims = [d for d in clause_dependents(doc, copula.i)
               if d.deprel == "predc" and d.lemma.lower() in words["victim_nouns"]]
    # Frog may label `het slachtoffer` a second subject of the copula.
    victims += [d for d in clause_dependents(doc, copula.i)
                if d.deprel == "su" and d.lemma.lower() in words["victim_nouns"]]
    heads = [copula.i] + [v.i for v in victims]
    if not victims:
        return None
    for head in heads:
        for prep in doc.children(head):
            if prep.pos == "VZ" and prep.lemma.lower() == "van":
                for obj in doc.children(prep.i):
                    if obj.deprel == "obj1" and obj.lemma.lower() in words["negative_nouns"]:
                        return obj
    return None


def victim_claim(doc: Document, token: Token, lex: Lexicon) -> Judgement | None:
    """ACCUSE by a speaker who says they are the victim of a wrong: `Maduro zegt dat hij
    het slachtoffer is van een staatsgreep`. The subject must be the speaker themself
    (`ik`/`we` in the quote, or a mention of the speaker); the doer is named only when the
    wrong's phrase names someone (`een heksenjacht van de Democraten`), else none."""
    if not is_verb(token) or token.lemma.lower() not in _words()["judging_copulas"]:
        return None
    wrong = _wrong_suffered(doc, token, lex)
    if wrong is None:
        return None  # most copulas: before the speaker search, which reads the quotes
    speakers = source_of(doc, token)
    if not speakers or negated(doc, token.i):
        return None
    first = lex.word_set("first_person")
    subjects = [d for d in clause_dependents(doc, token.i) if d.deprel == "su"
                and d.lemma.lower() not in _words()["victim_nouns"]]
    own = any(s.lemma.lower() in first or any(
        m.actor is not None and m.actor in speakers for m in mentions_of_phrase(doc, s.i))
        for s in subjects)
    if not own:
        return None
    ids = {a.id for a in speakers}
    doers = [m.actor for m in mentions_in_span(doc, subtree(doc, wrong.i))
             if m.actor is not None and m.actor.id not in ids]
    return Judgement("ACCUSE", speakers, doers or [None])


def necessity_demand(doc: Document, token: Token, lex: Lexicon) -> Judgement | None:
    """REQUEST by a speaker who says it is necessary that a named other acts: `Volgens
    Rutte is het belangrijk dat de landen het eens worden`, `X vindt het noodzakelijk dat
    de minister ingrijpt`. The one asked is the subject of the `dat`-clause; with none
    named, or the speaker's own side (`dat we ...`), it is an opinion and codes nothing."""
    words = _words()
    lemma = token.lemma.lower()
    copula = lemma in words["judging_copulas"]
    if not is_verb(token) or not (copula or lemma in words["judging_verbs"]):
        return None
    if negated(doc, token.i) or not any(
            d.deprel == "predc" and d.lemma.lower() in words["necessity_adjectives"]
            and not {"comp", "sup"} & set(d.features)
            for d in clause_dependents(doc, token.i)):
        return None
    judges = _judges(doc, token, copula, lex)
    ids = {a.id for a in judges}
    first = lex.word_set("first_person")
    asked = [m.actor for m in _extraposed_subject(doc, token)
             if m.actor is not None and m.actor.id not in ids and m.kind != "pronoun"
             and m.text.lower() not in first]
    if not judges or not asked:
        return None
    return Judgement("REQUEST", judges, asked)


def _attitude_target(doc: Document, adjective: Token, copula: Token) -> list[Mention]:
    """Who the attitude is aimed at: the object of `over`/`op` on the adjective or the
    copula, a named actor or the owner of the thing named (`het plan van Z`)."""
    prepositions = _words()["attitude_prepositions"]
    for head in (adjective.i, copula.i):
        for prep in doc.children(head):
            if prep.pos != "VZ" or prep.lemma.lower() not in prepositions:
                continue
            for obj in doc.children(prep.i):
                if obj.deprel == "obj1":
                    return mentions_of_phrase(doc, obj.i) or owner_mentions(doc, obj)
    return []


def _attitude_heads(doc: Document, adjective: Token, copula: Token) -> list[Token]:
    """The heads of the phrases an attitude is aimed at (`over het besluit`)."""
    prepositions = _words()["attitude_prepositions"]
    return [obj for head in (adjective.i, copula.i) for prep in doc.children(head)
            if prep.pos == "VZ" and prep.lemma.lower() in prepositions
            for obj in doc.children(prep.i) if obj.deprel == "obj1"]


def attitude(doc: Document, token: Token, lex: Lexicon) -> Judgement | None:
    """ACCUSE or SUPPORT for `X is kritisch over Y`, `X was woedend op Y`, `X is
    enthousiast over het plan van Y`: the copula's named subject toward the named Y.
    Inside a quote a pronoun subject or target is left out (its referent is a guess)."""
    words = _words()
    if not is_verb(token) or token.lemma.lower() not in words["judging_copulas"] or negated(
            doc, token.i):
        return None
    kind = None
    for dep in clause_dependents(doc, token.i):
        lemma = dep.lemma.lower()
        if dep.deprel == "predc" and dep.pos == "ADJ":
            kind = ("ACCUSE" if lemma in words["negative_attitudes"] else
                    "SUPPORT" if lemma in words["positive_attitudes"] else None)
            if kind is not None:
                adjective = dep
                break
    if kind is None:
        return None
    quoted = source_of(doc, token) != []
    usable = [m for m in _attitude_target(doc, adjective, token)
              if m.actor is not None and not (quoted and m.kind == "pronoun")]
    # `Baudet wilde ... en was eerder uitgesproken kritisch op Wilders`: coordinated
    # clauses share their subject (subject_of).
    holders = [m.actor for m in subject_of(doc, token.i)
               if m.actor is not None and not (quoted and m.kind == "pronoun")]
    ids = {a.id for a in holders}
    targets = [m.actor for m in usable if m.actor.id not in ids]
    if not targets:
        # `zijn niet te spreken over deze actie`: the doer of the act named before.
        targets = reaction_recipients(doc, token, _attitude_heads(doc, adjective, token),
                                      holders, lex)
    if not holders or not targets:
        return None
    return Judgement(kind, holders, targets)
