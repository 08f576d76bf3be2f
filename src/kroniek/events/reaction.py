"""Reactions that name the act they react to by referring back to it.

A Dutch news report tells an act and then the reactions to it, which take the act up with
a pronoun or a definite noun instead of naming its doer again: `Trump erkent de
Golanhoogten als Israëlisch grondgebied. Turkije noemt het 'onacceptabel'`, `De VS legt
Iran nieuwe sancties op. Teheran veroordeelt het besluit`, `Duitsland reageerde daar
afwijzend op`. The neuter `het`, `dit`, `dat` standing on their own (and `hier`/`daar` +
preposition for them) refer to what was said before, a whole act included (ANS 5.1.2,
5.6.3.1, 8.7.1.3); so does a definite or demonstrative noun that names an act (`het
besluit`, `deze stap`, `de sancties`). The one criticised, rejected or praised (PLOVER
ACCUSE, REJECT, SUPPORT) is then whoever did that act.

The rule is kept narrow (an earlier general "recipient from context" was dropped for its
precision):

- the reaction is a verbal act of those types whose slots name no one, and what it
  reacts to (its object, its `op`/`over`/`tegen` complement, or what an evaluation
  judges) is such a pronoun or act noun, not an anticipatory `het` of a clause that
  follows (`noemt het onwenselijk dat ...`);
- the act referred to is coded in the sentence before, or earlier in the same sentence
  outside the reaction's own clause (a noun of the act lists with its owner named, `het
  besluit van Trump`, counts as an act of that owner), and there is exactly one such act
  (one doer or set of doers); with no act there, a pronoun may take up what one speaker
  was reported to say there (`Volgens de Britse autoriteiten heeft zij ook de Bengaalse
  nationaliteit. Zelf ontkent ze dat`);
- its doer is named (not a phrase the text only describes), and is not the reacting
  actor or the state its government member speaks for (`Heiko Maas zei dat Duitsland
  ... zal blijven steunen. "Dit is een onbegrijpelijke beslissing"` reacts to another act).

The acts of earlier tokens come from the coder's pass over the document in text order
(`remember`, `coded_before`); the word lists are in data/reaction.yaml.

Measured on the development stores: DPG dev 1-16 and the seeds unchanged; the 40 silver
articles +1 event (`Turkije noemt het 'onacceptabel'` -> Trump, a gold event); on 473
DPG 2019 articles 2 new events, both judged right (Begum denies the British claim,
Airwars criticises Trump's decision). Such reactions are rare in these articles: of 34
reactions on 558 DPG 2019 articles whose object refers back, most follow a sentence with
no act in it (a situation, an opinion), and then nothing is coded.
"""

from __future__ import annotations

from kroniek.events.lexicon import Lexicon
from kroniek.events.phrases import (
    clause_dependents,
    clause_members,
    mentions_in_span,
    object_of_preposition,
    owner_mentions,
    prepositions,
)
from kroniek.events.triggers import frames_for
from kroniek.model import Actor, Document, Event, Mention, Token
from kroniek.quotes.build import is_described
from kroniek.syntax import is_finite, is_verb, subtree

_CODED = "events_by_token"  # doc.derived key: the events coded at each token so far


def remember(doc: Document, token: Token, events: list[Event]) -> None:
    """Record the events coded at a token (called by the coder in text order)."""
    if events:
        doc.derived.setdefault(_CODED, {})[token.i] = events


def forget(doc: Document) -> None:
    """Clear the record before a new pass over the document."""
    doc.derived.pop(_CODED, None)


def coded_before(doc: Document, token_i: int) -> list[Event]:
    """The events coded at a token earlier in this pass."""
    return doc.derived.get(_CODED, {}).get(token_i, [])


def _lemma(token: Token) -> str:
    return token.lemma.lower()


def _neuter_pronoun(doc: Document, token: Token, lex: Lexicon) -> bool:
    """`het`, `dit`, `dat` standing on their own. Frog may tag `het` an article hung on
    an adjective (`noemt het 'onacceptabel'`); an article with no noun to go with is the
    pronoun."""
    if _lemma(token) not in lex.word_set("neuter_pronouns"):
        return False
    if any(c.deprel == "body" for c in doc.children(token.i)):
        return False  # the conjunction `dat` of a clause Frog tags a pronoun
    after = next((t for t in doc.tokens[token.i + 1:] if t.pos != "LET"), None)
    if after is not None and after.sent == token.sent and (
            after.pos == "N" or "prenom" in after.features):
        return False  # an article Frog tags a pronoun (`roemt hij het 'lef' van ...`)
    if token.pos == "VNW":
        return token.deprel != "det" and "betr" not in token.features
    if token.pos != "LID" or token.head < 0:
        return False
    # Only an article right before its head (quotes aside), a predicate adjective of the
    # verb: `het 'lef' van de partijleider` and `het explosief` have their noun.
    head = doc.tokens[token.head]
    between = doc.tokens[token.i + 1:head.i]
    verb = doc.tokens[head.head] if head.head >= 0 else None
    return (head.pos == "ADJ" and head.i > token.i and all(t.pos == "LET" for t in between)
            and head.deprel in {"svp", "predc", "predm"} and verb is not None
            and is_verb(verb))


def _adverbial_pronoun(token: Token, lex: Lexicon) -> bool:
    """`daar`/`hier` as the object of a preposition (`reageerde daar afwijzend op`)."""
    return token.pos == "VNW" and _lemma(token) in lex.word_set("adverbial_pronouns")


def _act_noun(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A noun naming an act, with a definite or demonstrative determiner and no name of
    its own inside (`het besluit`, `deze stap`, `de sancties`; not `het besluit van
    Trump`, whose owner the slots read)."""
    if token.pos != "N":
        return False
    if _lemma(token) not in lex.word_set("act_nouns") and not any(
            f.noun for f in frames_for(doc, token, lex)):
        return False
    definite = any(c.deprel == "det" and _lemma(c) in lex.word_set("definite_determiners")
                   for c in doc.children(token.i))
    return definite and not any(m.actor is not None for m in mentions_in_span(
        doc, subtree(doc, token.i)))


def _clause_follows(doc: Document, verb: Token) -> bool:
    """A `dat`/`of`/`om`-clause or a `te`-infinitive in the reaction's clause: a `het`
    there is the anticipatory pronoun of that clause (`noemt het onwenselijk dat de
    gemeente ...`) or an article Frog read as one (`weigerde het aandelenpakket ... uit
    te breiden`), not a pronoun referring back."""
    for dep in clause_dependents(doc, verb.i):
        if dep.pos == "VG" and _lemma(dep) in {"dat", "of"}:
            return True
        if dep.deprel in {"vc", "su", "obj1"} and is_verb(dep):
            return True
        if dep.pos == "VZ" and _lemma(dep) in {"om", "te"}:
            return True
    return False


def _complementizer(doc: Document, verb: Token, word: Token) -> bool:
    """A `dat` after the verb with a finite verb of its own before the next comma or the
    end: the conjunction of a `dat`-clause Frog tags a pronoun (`erkende ... dat
    eilandterrassen op parkeervakken in strijd zijn met ...`)."""
    if _lemma(word) != "dat" or word.i < verb.i:
        return False
    sentence = doc.sentences[word.sent]
    for token in doc.tokens[word.i + 1:sentence.token_end]:
        if token.text in {",", ";", ":"}:
            return False
        if is_finite(token):
            return True
    return False


def referring_head(doc: Document, verb: Token, heads: list[Token],
                   lex: Lexicon) -> Token | None:
    """Of the phrases a reaction reacts to (their heads), the first that refers back."""
    for head in heads:
        if _neuter_pronoun(doc, head, lex):
            if _lemma(head) == "het" and _clause_follows(doc, verb) or _complementizer(
                    doc, verb, head):
                return None
            return head
        if _adverbial_pronoun(head, lex) or _act_noun(doc, head, lex):
            return head
    return None


def object_heads(doc: Document, verb: Token, slots: tuple[str, ...]) -> list[Token]:
    """The heads of a verb's object (`obj1`) and of its prepositional complements named
    by the slots (`pp:op`), with `het` hung as an article on a predicate adjective."""
    heads: list[Token] = []
    deps = clause_dependents(doc, verb.i)
    if any(s in {"obj1", "obj1-of"} for s in slots):
        heads += [d for d in deps if d.deprel in {"obj1", "pobj1"}]
        heads += [c for d in deps if d.pos == "ADJ" for c in doc.children(d.i)
                  if c.pos == "LID"]
    for slot in slots:
        if slot.startswith(("pp:", "pp-of:")):
            lemma = slot.split(":", 1)[1]
            for prep in prepositions(doc, verb.i, lemma, strict=True):
                heads += [c for c in doc.children(prep) if c.deprel == "obj1"]
    return heads


def _own_side(reactor: Actor, doer: Actor) -> bool:
    """The reacting actor itself, or the state a government member of it speaks for (and
    the reverse): `Heiko Maas` and `Germany`."""
    if reactor.id == doer.id:
        return True
    if reactor.country is None or reactor.country != doer.country:
        return False
    kinds = {reactor.kind, doer.kind}
    other = doer if reactor.kind == "state" else reactor
    return "state" in kinds and other.kind != "state" and other.sector == "GOV"


def _earlier_tokens(doc: Document, verb: Token, anaphor: Token) -> list[Token]:
    """The tokens of the sentence before, and of this sentence before the referring word
    outside the reaction's own clause."""
    sentence = doc.sentences[anaphor.sent]
    before = doc.sentences[anaphor.sent - 1] if anaphor.sent > 0 else None
    own = set(clause_members(doc, verb.i))
    found = list(doc.sentence_tokens(before)) if before is not None else []
    found += [t for t in doc.sentence_tokens(sentence) if t.i < anaphor.i and t.i not in own]
    return found


def _owner(doc: Document, noun: Token) -> list[Mention]:
    """Whose act a noun names (`het besluit van Trump`); Frog may leave the `van` phrase
    without its object (`Trump` as a predicate of the verb), then read after `van`."""
    found = owner_mentions(doc, noun)
    if found:
        return found
    for child in doc.children(noun.i):
        if child.pos == "VZ" and _lemma(child) == "van" and child.i == noun.i + 1 and not any(
                c.deprel == "obj1" for c in doc.children(child.i)):
            return object_of_preposition(doc, child.i)
    return []


def _acts(doc: Document, tokens: list[Token], lex: Lexicon) -> list[tuple[set[str], list[Actor]]]:
    """The acts at these tokens: (types, doers) of the events coded there, or of an act
    noun with its owner named (`het besluit van Trump`)."""
    acts: list[tuple[set[str], list[Actor]]] = []
    for token in tokens:
        events = coded_before(doc, token.i)
        if events:
            doers: dict[str, Actor] = {}
            for event in events:
                doers.setdefault(event.actor.id, event.actor)
            acts.append(({e.type for e in events}, list(doers.values())))
        elif token.pos == "N" and _lemma(token) in lex.word_set("act_nouns"):
            owners = {m.actor.id: m.actor for m in _owner(doc, token)
                      if m.actor is not None}
            if owners:
                acts.append((set(), list(owners.values())))
    return acts


def _statements(doc: Document, tokens: list[Token]) -> list[tuple[set[str], list[Actor]]]:
    """The statements the quote layer found over these tokens, as acts of their speakers:
    a pronoun may take up what was said (`Volgens de Britse autoriteiten heeft zij ook de
    Bengaalse nationaliteit. Zelf ontkent ze dat`)."""
    if not tokens:
        return []
    start, end = tokens[0].start, tokens[-1].end
    return [(set(), [q.speaker]) for q in doc.quotes
            if q.speaker is not None and start <= q.start < end]


def referred_doers(doc: Document, verb: Token, anaphor: Token, reactors: list[Actor],
                   lex: Lexicon) -> list[Actor]:
    """Who did the one act the referring word takes up, or none."""
    tokens = _earlier_tokens(doc, verb, anaphor)
    acts = _acts(doc, tokens, lex)
    if not acts and anaphor.pos != "N":
        # With no act there, a pronoun may take up what someone said; an act named in the
        # saying comes first (`Syrië ziet het besluit van Trump als een 'aanval ...'.
        # Turkije noemt het 'onacceptabel'` rejects Trump's decision, not Syria's words).
        acts = _statements(doc, tokens)
    if anaphor.pos == "N" and _lemma(anaphor) not in lex.word_set("act_nouns"):
        # `de sancties`, `de aanval`: an act of the noun's own kind.
        kinds = {f.type for f in frames_for(doc, anaphor, lex) if f.noun}
        acts = [(types, doers) for types, doers in acts if types & kinds]
    sides = {tuple(sorted(a.id for a in doers)) for _, doers in acts}
    if len(sides) != 1:
        return []
    doers = acts[0][1]
    if any(is_described(d) for d in doers) or any(
            _own_side(r, d) for r in reactors for d in doers):
        return []
    return doers


def reaction_recipients(doc: Document, verb: Token, heads: list[Token],
                        reactors: list[Actor], lex: Lexicon) -> list[Actor]:
    """The doers of the act a reaction takes up by a pronoun or an act noun among the
    heads of what it reacts to (none when it names no such act)."""
    anaphor = referring_head(doc, verb, heads, lex)
    if anaphor is None or not reactors:
        return []
    return referred_doers(doc, verb, anaphor, reactors, lex)
