"""Repairs of Frog dependency errors that Dutch word order settles, before any layer runs.

Frog's parser (Alpino-style labels, trained on newspaper text) leaves some constituents
unattached. Every layer reads subjects (`su`) to find who speaks and who acts, so a
subject the parse lost drops a quote speaker, a metonym (`Aalten gaat onderzoeken`: the
municipality acts) and an event actor alike. Repairing it once here is better than a
fallback in each layer.

Repairs, each a rule of Dutch syntax (ANS 2nd ed.), applied only where the parse has
left a gap (a token with no head, a finite verb with no subject) or made an attachment
the syntax rules out (a second finite verb in one clause, an object outside the
`te`-clause it belongs to: the sibling modules below), never overriding a plausible
attachment:

- **Fronted noun phrase** (ANS 21.2, the V2 rule: one constituent precedes the finite
  verb of a main clause, and a bare noun phrase there with no other subject in the
  clause is the subject): the whole fronted position is one noun phrase Frog left
  unattached (`Aalten gaat onderzoeken hoe ...`, `Van Dijk noemde de samenleving
  mislukt`, `De Universiteit van Amsterdam (UvA) heeft ...`, `De kans dat hij ... ligt,
  is niet zo groot`) before a root finite verb with no subject. It becomes the subject
  when it agrees in number with the verb (ANS 8.3), is no time noun (`Afgelopen zomer
  maakte het bedrijf ...`: fronted adverbial, the subject follows), every subordinate
  clause opened inside it is closed there (verb-final, ANS 10.3), and it is no vocative
  (`Amsterdammers, zeg er wat van!`). A fronted coordination of nouns (`Getuigen en de
  officieren van justitie zouden ...`, `Premier Mark Rutte (VVD) en koning
  Willem-Alexander toonden ...`) before a plural verb is the subject the same way (ANS
  8.3.2: coordinated subjects take the plural). Measured on 473 DPG 2019 articles: 83
  attached (5 of them coordinations), 77 right by hand (wrong: two headlines run into
  the next sentence, a quoted title, an imperative inside a quoted title, a relative
  `waarop` clause taken for the main verb, a sentence split mid-phrase).
- **Displaced subject** (the same V2 rule, ANS 21.2; subject first is the unmarked order):
  the fronted noun phrase is unattached as above but Frog made a noun after the finite
  verb its subject (`Nazarbajev (78) besloot dinsdag ...`: `dinsdag`; `De stafchef van de
  Algerijnse krijgsmacht riep Bouteflika ... op`: `Bouteflika`). The fronted phrase
  becomes the subject and the displaced noun the direct object (a time noun: a
  modifier), when the verb has no other object, the fronted phrase agrees with the verb
  (as above), has no demonstrative (`Die uitkomst zagen wij`: a topicalised object), the
  clause has no copula (`Aanleiding waren de aanslagen`: fronted predicate) and is no
  question. Measured on 473 DPG 2019 articles: 19 clauses, 17 right (wrong: a
  locative inversion `... naar het westen ligt Spanje`, a
  predicate `staat niet bekend als 'topspul'` made an object under the right subject);
  one event record changed, right (Nazarbayev resigns); dpg-dev 1-16 and the seeds
  unchanged.
- **Plural present tagged an infinitive** (ANS 8.3: a plural subject takes the plural
  finite verb, whose present form is the infinitive's): in a sentence with no finite verb
  at all, the first verb, tagged infinitive, after a fronted plural noun phrase (only
  articles, adjectives, numerals, determiners and nouns; no time noun; no question) is
  the finite verb (`De parlementariërs roepen ... op`, `Griekse aanklagers vervolgen
  twintig mensen`, `De klimaatstakers voeren deze week geen actie`). Runs first, so the
  subject repairs see the verb. Measured on 473 DPG 2019 articles: 24 retagged, all
  right; no record of any layer changed there, on dpg-dev or the seeds (the parse is
  right, the records wait for other misses in those sentences). The noun phrase may end
  in one prepositional phrase (ANS 14.4: `Tegenstanders van Bercow betichten hem`, `De
  scholieren achter het spijbelprotest gaan ... in gesprek`), and where Frog made the
  phrase the infinitive's object it becomes the subject: 11 more retagged on the 473,
  all right; three event records more there (the pupils meet Rutte and Wiebes: right;
  `De klimaatstakers voeren deze week geen actie`: PROTEST, right but not marked negated,
  as Frog leaves `geen actie` a root of its own). The sentence may have finite verbs in
  clauses opened after the verb (a complementizer, relative pronoun or punctuation
  between): `De rebellen verwijten May dat zij ...`, whose main clause has no other
  finite verb; `Zaken blijven doen met Huawei wordt ...` (no opener between: the finite
  verb is the main clause's) is left. Measured on 473 DPG 2019 articles (2026-11-28): 24
  more retagged, all right by hand; one event record more (the rebels accuse May, right).
  The noun phrase may carry a loose apposition closed by a comma right before the verb
  (ANS 14.7, bijstelling: verbless, opening no clause after its opener from
  `apposition_openers` in data/repair.yaml: `De meeste westerse landen, waaronder
  Nederland en Duitsland, erkennen Guaidó`), and open with a prenominal quantifier
  (Frog's VNW(onbep, prenom): `Veel mensen denken`, `Beide kampen claimen`). Measured on
  473 DPG 2019 articles: 5 more retagged (2 appositions, 3 quantifiers), all right.
- **Subject hung on the complementizer** (ANS 10.3: in a subordinate clause the subject
  follows the complementizer and the verbs close the clause): Frog sometimes makes the
  subject a second `body` of `dat`/`omdat`/... beside the clause's verb (`dat de VS hun
  bondgenoten blijven steunen`: `VS` and `blijven` both bodies, `bondgenoten` an object
  of `VS`). The first nominal body before the verb becomes the verb's subject, and an
  object hung on it (a noun takes no object) goes to the last verb of the cluster.
  Measured on 473 DPG 2019 articles: 82 such clauses.
- **Focus adverb read as a preposition** (ANS 8.5.4: `met name` is a focus adverb, like
  `vooral`; the V2 prefield holds one constituent, ANS 21.2): Frog makes `met` a
  preposition with two objects, `name` and the noun phrase after it, so in `Met name
  vicepremier Matteo Salvini ... riep La Scala op ...` the subject sits in a `met`-phrase
  and the object after the verb becomes the subject. When the fronted `met name` holds
  a noun phrase and the finite verb's only nominal argument follows it as `su`, the
  fronted phrase is the subject and the other the direct object (subject first is the
  unmarked order). Measured on 473 DPG 2019 articles: 1 such clause, right; the other
  fronted `met name` phrases Frog already parsed as a focused subject.
- **Object pronoun taken for a conjunct** (ANS 21.2 and 26.4: an object-case pronoun,
  `hem`, `hen`, `mij`, right after a finite verb is that verb's object; a coordination
  of two clauses joins their finite verbs): in `Mark Rutte belt hem en zegt: ...` Frog
  makes `hem` and `zegt` the conjuncts of `en`, leaving `belt` a root of its own without
  object and `zegt` cut off from the subject the two verbs share. The pronoun becomes
  the object of the verb before it and that verb the first conjunct. Measured on 473 DPG
  2019 articles: 2 (`Ze treiterden hem en schopten zijn hond`), both right.

- **Complement clause cut off from its complementizer** (ANS 10.3: a `dat`/`of` clause
  closes with its finite verb): Frog makes `dat` the `vc` of the main verb but leaves it
  without a `body` and the clause's finite verb a root (`Hij eist dat het Openbaar
  Ministerie (OM) de vrouw vervolgt`: the prosecution is demanded, and read as done). The
  first finite verb after `dat`, before any comma, colon or quote mark, becomes its body
  when it is a root with a subject of its own (a subjectless one is a wider misparse:
  the cleft `dat het in 2019 Trump was die ... stuurde`). Only for a `dat` hung on a
  verb: one hung on a noun is often a relative pronoun Frog tagged a complementizer
  (`het aantal dat de petitie tekende`).
  Measured on 473 DPG 2019 articles: 10 clauses, 9 right (wrong: a relative `dat` hung
  on a verb, `een uitreisverbod had genegeerd dat hem was opgelegd`); one event record
  changed, right (`Hij eist dat het OM de vrouw vervolgt`: the demand, not a prosecution).

Tried and left out (decision, 2026-11-27): attaching a fronted prepositional phrase or
adverb Frog left a root (`Volgens de politie kan ...`, 162 on 473 DPG articles, nearly
all right as parses) to the finite verb after it. The time layer then reads the verb's
tense for the phrase's date (`Voor zaterdag hebben beide rivalen demonstraties
aangekondigd`: last Saturday instead of next), and event dates on dpg-dev 1-16 fell
from 0.913 to 0.870. Worth doing once time/tense.py no longer takes a deadline
(`voor zaterdag`) for the time of the perfect it hangs on.

- **Verb cluster split in two roots** (ANS 18.5, `nlp/verb_cluster.py`): a participle or
  infinitive Frog left a root becomes the `vc` of the root auxiliary before it (`En
  maandag nog werd een 21-jarige vrouw uit Nijmegen aangehouden`). Measured on 473 DPG
  2019 articles: 35 clusters, 34 right by hand (wrong: the free relative `wat mensen ...
  schrijven` after `Ik ga niet in op`); one event record more there
  (a mayor closing a house, COERCE, right); dpg-dev 1-16 and the seeds unchanged.

- **Inverted subject left unlabelled** (ANS 21.3, `nlp/inversion.py`): the noun phrase
  right after a subjectless root finite verb with a fronted constituent becomes its
  subject (`In november, ..., beloofde Fidesz geen nieuwe schandalen te veroorzaken`).
  Measured on 473 DPG 2019 articles: 12 clauses, all right; no event record changed
  there, on dpg-dev or the seeds (the triggers in them wait for other arguments).

- **Weekday taken for a direct object** (ANS 8.7.3, `nlp/time_object.py`): a bare
  weekday Frog made a verb's `obj1` (`Duizenden mensen demonstreerden zaterdag in
  Amsterdam`) is a modifier of time. Runs before the subject repairs, which count objects.

Two sibling modules hold repairs that change more than one attachment:
`nlp/possessive.py` (a possessive `zijn` tagged as a second finite verb) and
`nlp/te_clause.py` (a `te`-infinitive clause hung on the noun before `te`); a third,
`nlp/unlabelled.py`, labels the subject or object Frog hung on a verb-final clause's verb
with no relation.

- **Fronted subject labelled a second object** (ANS 21.2 and 18.3, `nlp/fronted_object.py`):
  a root finite verb with two `obj1` and no subject, the first filling the fronted
  position, takes that one as its subject (`Benflis beschuldigde 'buitengerechtelijke
  krachten' ervan dat ...`). Measured on 473 DPG 2019 articles, dpg-dev 1-16, the seeds
  and the 88 silver-set articles: 7 clauses, all right; no record of any layer changed
  (the Benflis accusation waits for its described target to be linked).
"""

from __future__ import annotations

from kroniek.model import Document, Sentence, Token
from kroniek.nlp.adjective_te import attach_adjective_te_clauses
from kroniek.nlp.clause_subject import detach_clause_subjects
from kroniek.nlp.fronted_object import attach_fronted_object_subjects, detach_second_subjects
from kroniek.nlp.inversion import attach_inverted_subjects
from kroniek.nlp.possessive import attach_possessives
from kroniek.nlp.repair_words import (
    OPENING_MARKS,
    copular_cluster,
    demonstrative,
    repair_words,
    time_nouns,
)
from kroniek.nlp.te_clause import attach_te_clauses
from kroniek.nlp.time_object import detach_time_objects
from kroniek.nlp.unlabelled import attach_unlabelled_arguments
from kroniek.nlp.verb_cluster import attach_split_clusters
from kroniek.syntax import agrees_in_number, cluster_end, is_finite, is_subordinator

# Marks that end a verb-final subordinate clause's stretch (ANS 10.3): a comma, colon,
# semicolon or quote mark.
_CLAUSE_MARKS = frozenset("\"'‘’“”„«»,;:")
# CGN tag of a present-tense plural finite verb (Van Eynde 2004): `roepen` in `De
# parlementariërs roepen ... op`, which Frog sometimes tags as the homographic infinitive.
_PLURAL_PRESENT_TAG = "WW(pv,tgw,mv)"


def _opens_clause(token: Token) -> bool:
    return (token.pos == "VNW" and ("betr" in token.features or "vb" in token.features)) or (
        is_subordinator(token))


def _nominal_coordination(doc: Document, token: Token) -> bool:
    """A coordinator whose conjuncts are all nouns or names (`Getuigen en de officieren van
    justitie`)."""
    if token.pos != "VG" or "neven" not in token.features:
        return False
    conjuncts = [c for c in doc.children(token.i) if c.deprel == "cnj"]
    return len(conjuncts) >= 2 and all(c.pos in {"N", "SPEC"} for c in conjuncts)


def _fronted_phrase(doc: Document, tokens: list[Token]) -> tuple[Token, Token] | None:
    """The head of an unattached noun phrase filling the whole fronted position, and the
    subjectless finite verb after it, or None."""
    k = 0
    while k < len(tokens) and tokens[k].pos == "LET" and tokens[k].text in OPENING_MARKS:
        k += 1
    first = k
    while k < len(tokens) and not (is_finite(tokens[k]) and tokens[k].head in (-1, tokens[k].i)):
        k += 1
    if k == first or k >= len(tokens):
        return None
    verb, span = tokens[k], tokens[first:k]
    if tokens[first].pos == "VNW" or any(t.text in {":", ";"} for t in span):
        return None
    # a lone comma opening the sentence is a splitting error (`, de moordenaar van ...`,
    # the DPG quote opener is `, ,`); a single comma closing the phrase with no clause
    # in it marks a vocative before an imperative (`Amsterdammers, zeg er wat van!`)
    if tokens[0].text == "," and not (len(tokens) > 1 and tokens[1].text == ","):
        return None
    if span[-1].text == "," and sum(t.text == "," for t in span) == 1 and not any(
            map(is_finite, span)):
        return None
    # subordinate clauses are verb-final (ANS 10.3): each one opened in the fronted
    # phrase (`De kans dat hij ... ligt`) must be closed there, or the verb is its own
    if sum(map(_opens_clause, span)) > sum(map(is_finite, span)):
        return None
    inside = range(span[0].i, verb.i)
    tops = [t for t in span if t.head not in inside]
    if len(tops) != 1 or tops[0].head != -1:
        return None
    noun = tops[0]
    if _nominal_coordination(doc, noun):
        if "mv" not in verb.features:  # `X en Y` takes a plural verb (ANS 8.3.2)
            return None
    elif noun.pos not in {"N", "SPEC"} or noun.lemma.casefold() in time_nouns() or (
            not agrees_in_number(noun, verb)):
        return None
    return noun, verb


def attach_fronted_subjects(doc: Document) -> int:
    """Make an unattached noun phrase that fills the fronted position the subject of the
    root finite verb after it (module docstring); returns how many were attached. A
    separate repair for fronted names only was measured redundant with this one (no
    record changed on dpg-dev, the seeds and 473 DPG articles without it) and removed."""
    attached = 0
    for sentence in doc.sentences:
        found = _fronted_phrase(doc, doc.sentence_tokens(sentence))
        if found is None or any(c.deprel == "su" for c in doc.children(found[1].i)):
            continue
        noun, verb = found
        noun.head, noun.deprel = verb.i, "su"
        attached += 1
    return attached


_PREFIELD_POS = frozenset({"LID", "ADJ", "N", "SPEC", "TW"})


def _only_embedded_finites(tokens: list[Token], verb: Token) -> bool:
    """Whether every finite verb of the sentence stands in a clause opened after `verb`:
    a main clause has a finite verb (ANS 21.2), so with the finite verbs all embedded
    (`De oppositiepartijen verwijten Rutte dat hij niets doet`) the infinitive-looking
    root is the main clause's. `Mensen helpen kost tijd` has its finite verb in the main
    clause (no subordinator, relative pronoun or punctuation between) and is left."""
    finites = [t for t in tokens if is_finite(t)]
    if not finites:
        return True
    if verb.head != -1 or finites[0].i < verb.i:
        return False
    between = [t for t in tokens if verb.i < t.i < finites[0].i]
    return any(_opens_clause(t) or t.text in _CLAUSE_MARKS for t in between)


def _opener_length(tokens: list[Token]) -> int:
    """How many tokens an apposition opener (`waaronder`, `onder wie`) at the start takes."""
    for opener in sorted(repair_words()["apposition_openers"], key=len, reverse=True):
        words = opener.split()
        if [t.text.casefold() for t in tokens[:len(words)]] == words:
            return len(words)
    return 0


def _without_apposition(span: list[Token]) -> list[Token]:
    """The fronted span without a loose apposition closed by a comma right before the verb
    (ANS 14.7: `De meeste westerse landen, waaronder Nederland en Duitsland, erkennen`):
    the phrase after the first comma, verbless and opening no clause after its opener,
    belongs to the noun phrase before it. Any other span is returned as it is."""
    commas = [n for n, t in enumerate(span) if t.text == ","]
    if len(commas) < 2 or commas[-1] != len(span) - 1 or commas[0] == 0:
        return span
    apposition = span[commas[0] + 1:-1]
    apposition = apposition[_opener_length(apposition):]
    if not apposition or any(t.pos == "WW" or _opens_clause(t) for t in apposition):
        return span
    return span[:commas[0]]


def _plural_present(tokens: list[Token]) -> tuple[Token, Token] | None:
    """The verb Frog tagged an infinitive where the sentence has no finite verb outside
    the clauses opened after it and a plural noun phrase alone fills the position before
    it, and that phrase's head noun (module docstring)."""
    if tokens[-1].text == "?":
        return None
    k = 0
    while k < len(tokens) and tokens[k].pos == "LET" and tokens[k].text in OPENING_MARKS:
        k += 1
    verbs = [t for t in tokens[k:] if t.pos == "WW"]
    if not verbs or "inf" not in verbs[0].features:
        return None
    verb = verbs[0]
    if not _only_embedded_finites(tokens, verb):
        return None
    span = _without_apposition(tokens[k:verb.i - tokens[0].i])
    # One prepositional phrase may follow the head noun (ANS 14.4, postmodifiers: `Tegen-
    # standers van Bercow betichten hem`, `De scholieren achter het spijbelprotest gaan`).
    preps = [n for n, t in enumerate(span) if t.pos == "VZ"]
    if len(preps) > 1 or (preps and not 0 < preps[0] < len(span) - 1):
        return None
    modifier = span[preps[0] + 1:] if preps else []
    span = span[:preps[0]] if preps else span
    if not span or any(t.pos not in _PREFIELD_POS and not (
            t.pos == "VNW" and {"det", "prenom"} & set(t.features)) for t in span + modifier):
        return None
    head = span[-1]
    if head.pos != "N" or "mv" not in head.features or head.lemma.casefold() in time_nouns():
        return None
    return verb, head


def retag_plural_presents(doc: Document) -> int:
    """Retag as a plural present the infinitive-looking finite verb after a plural subject
    (module docstring); returns how many were retagged."""
    retagged = 0
    for sentence in doc.sentences:
        found = _plural_present(doc.sentence_tokens(sentence))
        if found is None:
            continue
        verb, noun = found
        verb.retag(_PLURAL_PRESENT_TAG)
        retagged += 1
        if noun.head == verb.i and noun.deprel in {"obj1", "obj2"} and not any(
                c.deprel == "su" for c in doc.children(verb.i)):
            # Frog read the phrase as the object of an infinitive (`Tegenstanders van
            # Bercow betichten hem`); before a finite verb it is the subject (ANS 21.2).
            noun.deprel = "su"
    return retagged


def attach_displaced_subjects(doc: Document) -> int:
    """Make the unattached fronted noun phrase the subject where Frog took a noun after the
    finite verb for it (module docstring); returns how many were repaired."""
    attached = 0
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        found = _fronted_phrase(doc, tokens)
        if found is None or tokens[-1].text == "?":  # a question fronts its verb
            continue
        noun, verb = found
        subjects = [c for c in doc.children(verb.i) if c.deprel == "su"]
        if len(subjects) != 1 or subjects[0].i < verb.i or subjects[0].pos not in {"N", "SPEC"}:
            continue
        old, timed = subjects[0], subjects[0].lemma.casefold() in time_nouns()
        has_object = any(c.deprel == "obj1" for c in doc.children(verb.i))
        if (has_object and not timed) or copular_cluster(doc, verb) or demonstrative(doc, noun):
            continue
        old.deprel = "mod" if timed else "obj1"
        noun.head, noun.deprel = verb.i, "su"
        attached += 1
    return attached


def _nominal_subject(token: Token) -> bool:
    return token.pos in {"N", "SPEC"} or (token.pos == "VNW" and "pers" in token.features)


def attach_subordinate_subjects(doc: Document) -> int:
    """Make a nominal `body` of a subordinator the subject of the clause's verb (module
    docstring); returns how many were attached."""
    attached = 0
    for conjunction in doc.tokens:
        if conjunction.pos != "VG" or "onder" not in conjunction.features:
            continue
        bodies = [c for c in doc.children(conjunction.i) if c.deprel == "body"]
        verbs = [c for c in bodies if c.pos == "WW"]
        if not verbs:
            continue
        verb = verbs[0]
        nominals = [c for c in bodies if c.i < verb.i and _nominal_subject(c)]
        if not nominals or any(c.deprel == "su" for c in doc.children(verb.i)):
            continue
        subject = nominals[0]
        main = cluster_end(doc, verb)
        has_object = any(c.deprel == "obj1" for c in doc.children(main.i))
        for child in doc.children(subject.i):
            if child.deprel == "obj1" and not has_object:
                child.head, has_object = main.i, True
        subject.head, subject.deprel = verb.i, "su"
        attached += 1
    return attached


def attach_complement_clauses(doc: Document) -> int:
    """Give a bodiless complementizer of a verb's complement the root finite verb that
    closes its clause (module docstring); returns how many were attached."""
    words = frozenset(repair_words()["complement_complementizers"])
    attached = 0
    for conjunction in doc.tokens:
        if (conjunction.pos != "VG" or conjunction.lemma.lower() not in words
                or conjunction.deprel != "vc" or conjunction.head < 0
                or doc.tokens[conjunction.head].pos != "WW"
                or any(True for _ in doc.children(conjunction.i))):
            continue
        depth = 0  # inside brackets: an aside (`het Openbaar Ministerie (OM)`)
        for token in doc.tokens[conjunction.i + 1:doc.sentences[conjunction.sent].token_end]:
            depth += (token.text == "(") - (token.text == ")")
            if depth or token.text == ")":
                continue
            if token.pos == "LET" and token.text in _CLAUSE_MARKS:
                break
            if is_finite(token):
                if token.head < 0 and any(c.deprel == "su" for c in doc.children(token.i)):
                    token.head, token.deprel = conjunction.i, "body"
                    attached += 1
                break
    return attached


def attach_focused_subjects(doc: Document) -> int:
    """Free the noun phrase Frog hung on a fronted focus adverb (`Met name X riep Y op`)
    and make it the subject, the post-verbal `su` the object (module docstring)."""
    adverbs = repair_words()["focus_adverbs"]
    attached = 0
    for prep in doc.tokens:
        rest = adverbs.get(prep.lemma.casefold())
        if rest is None or prep.pos != "VZ" or prep.i + 1 >= len(doc.tokens):
            continue
        if doc.tokens[prep.i + 1].text.casefold() != rest or prep.head < prep.i:
            continue
        verb = doc.tokens[prep.head]
        objects = [c for c in doc.children(prep.i) if c.deprel == "obj1" and c.i > prep.i + 1]
        if not objects or not is_finite(verb) or verb.sent != prep.sent:
            continue
        arguments = [c for c in doc.children(verb.i) if c.deprel in {"su", "obj1"}]
        if len(arguments) != 1 or arguments[0].deprel != "su" or arguments[0].i < verb.i:
            continue
        subject = objects[0]
        arguments[0].deprel = "obj1"
        subject.head, subject.deprel = verb.i, "su"
        attached += 1
    return attached


def _object_pronoun(token: Token) -> bool:
    """A personal pronoun in its object form (CGN `obl`: `hem`, `hen`, `mij`, `ons`)."""
    return token.pos == "VNW" and "pers" in token.features and "obl" in token.features


def attach_object_pronouns(doc: Document) -> int:
    """Make an object pronoun Frog took for a conjunct the object of the finite verb
    before it, and that verb the coordination's first conjunct (module docstring)."""
    attached = 0
    for pronoun in doc.tokens:
        if not (_object_pronoun(pronoun) and pronoun.deprel == "cnj" and pronoun.i > 0):
            continue
        verb, conjunction = doc.tokens[pronoun.i - 1], doc.tokens[pronoun.head]
        if verb.sent != pronoun.sent or not is_finite(verb) or verb.head != -1:
            continue
        if conjunction.pos != "VG" or "neven" not in conjunction.features:
            continue
        if not any(is_finite(c) and c.i > conjunction.i for c in doc.children(conjunction.i)):
            continue  # no second clause: `hem en haar` is a coordination of pronouns
        if any(c.deprel == "obj1" for c in doc.children(verb.i)):
            continue
        pronoun.head, pronoun.deprel = verb.i, "obj1"
        verb.head, verb.deprel = conjunction.i, "cnj"
        attached += 1
    return attached


_REPAIRS = (retag_plural_presents, attach_split_clusters, detach_time_objects,
            detach_clause_subjects,
            attach_fronted_subjects,
            attach_displaced_subjects, attach_fronted_object_subjects, detach_second_subjects,
            attach_focused_subjects, attach_complement_clauses,
            attach_subordinate_subjects, attach_inverted_subjects,
            attach_unlabelled_arguments, attach_possessives,
            attach_object_pronouns, attach_te_clauses, attach_adjective_te_clauses)


def _cyclic(doc: Document, sentence: Sentence) -> bool:
    """Whether a head chain in the sentence loops (a repair that moved a token under its
    own dependent: `bovenop zijn voorarrest` where Frog hung the clause's verb on `zijn`)."""
    for token in doc.sentence_tokens(sentence):
        seen: set[int] = set()
        head = token.i
        while head >= 0:
            if head in seen:
                return True
            seen.add(head)
            head = doc.tokens[head].head
    return False


def annotate(doc: Document) -> None:
    """Apply the parse repairs to `doc.tokens` in place. A repair that leaves a loop in a
    sentence's tree is undone for that sentence: every layer walks head chains."""
    for repair in _REPAIRS:
        before = [(t.head, t.deprel, t.tag) for t in doc.tokens]
        if not repair(doc):
            continue
        for sentence in doc.sentences:
            if _cyclic(doc, sentence):
                for token in doc.sentence_tokens(sentence):
                    token.head, token.deprel, tag = before[token.i]
                    if tag != token.tag:
                        token.retag(tag)
