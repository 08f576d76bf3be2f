"""Matching tokens against the lexicon: which frames a verb or noun triggers here."""

from __future__ import annotations

from kroniek.events.labels import praising_label
from kroniek.events.lexicon import Frame, Lexicon
from kroniek.events.misparse import glued_object
from kroniek.events.phrases import (
    clause_dependents,
    mentions_in_span,
    place_mentions,
    preposition_lemma,
    slot_span,
)
from kroniek.model import Document, Token
from kroniek.nlp.quote_marks import DOUBLE, SINGLE
from kroniek.syntax import is_finite, is_subordinator, subtree

_VERB_TAGS = {"WW", "ADJ"}  # Frog tags some past forms (`bemiddelde`) as adjectives
_WINDOW = 8  # tokens either side searched for a detached fixed part


def _sentence_tokens(doc: Document, token: Token) -> list[Token]:
    return doc.sentence_tokens(doc.sentences[token.sent])


_NOUN_PHRASE_POS = frozenset({"LID", "ADJ", "N", "VNW", "SPEC", "TW"})
_PHRASE_MAX = 4  # words of the noun phrase between a stranded particle and `te`


def _stranded_particle(doc: Document, t: Token, lex: Lexicon | None) -> bool:
    """A separable particle Frog parsed as a preposition: it stands right before a
    complement clause's `om` or `te` + infinitive, or before a short noun phrase and then
    `te` + infinitive (`riep hem ... op de verschillen te overbruggen`): a preposition
    never governs a clause (cues.yaml `infinitive_openers`)."""
    if lex is None or t.pos != "VZ" or t.lemma.lower() not in lex.word_set(
            "separable_particles"):
        return False
    openers = lex.word_set("infinitive_openers")
    k = t.i + 1
    while k < len(doc.tokens) and k - t.i <= _PHRASE_MAX and doc.tokens[k].sent == t.sent \
            and doc.tokens[k].pos in _NOUN_PHRASE_POS:
        k += 1
    if k >= len(doc.tokens) or doc.tokens[k].lemma.lower() not in openers:
        return False
    opener = doc.tokens[k].lemma.lower()
    after = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    if k == t.i + 1:
        return opener != "te" or (after is not None and after.pos == "WW")
    # after a noun phrase only `te` + infinitive: `op de trein om ...` is a phrase
    return opener == "te" and after is not None and after.pos == "WW"


def _between(doc: Document, i: int, j: int) -> list[Token]:
    """The tokens strictly between two positions (of one sentence)."""
    return doc.tokens[min(i, j) + 1:max(i, j)]


def _particles(doc: Document, token: Token, lex: Lexicon | None = None) -> set[str]:
    """Separable particles in the verb's clause (`af`, `op aan` -> {op, aan})."""
    found: set[str] = set()
    tokens = _sentence_tokens(doc, token)
    for t in tokens:
        if t.deprel == "svp" or (t.pos == "VZ" and "fin" in t.features) or (
                _stranded_particle(doc, t, lex)):
            # Beyond the window, a final particle with no verb between it and the trigger
            # still closes the trigger's clause (`zet de Duitse ambassadeur, Daniel Martin
            # Kriener, het land uit`): the right bracket of a Dutch main clause.
            if t.head == token.i or abs(t.i - token.i) <= _WINDOW or (
                    t.i > token.i and not any(b.pos == "WW" for b in _between(doc, t.i, token.i))):
                found.update(t.lemma.lower().split())
    return found


def _own_particle(doc: Document, token: Token, particle: str,
                  lex: Lexicon | None = None) -> bool:
    """The verb's own separable particle: parsed as a particle (`svp`, or a final VZ) and
    hung on the verb, or closing its main clause with no verb between (`kraakte het plan
    af`); not a preposition opening a phrase (`uit de zijlijn te komen`) nor the particle of
    a neighbouring verb (`om de belasting af te schaffen`)."""
    for t in _sentence_tokens(doc, token):
        if t.lemma.lower() != particle:
            continue
        stranded = _stranded_particle(doc, t, lex)
        if not (t.deprel == "svp" or (t.pos == "VZ" and "fin" in t.features) or stranded):
            continue
        nxt = t.i + 1
        if nxt < len(doc.tokens) and doc.tokens[nxt].pos == "LID" and not stranded:
            continue
        if t.head == token.i or (t.i > token.i and not any(
                b.pos == "WW" for b in _between(doc, t.i, token.i))):
            return True
    return False


def _comitative(doc: Document, token: Token) -> set[str]:
    """Adverbs that open a `samen met X` phrase ("together with X") in a clause that has
    another `met` complement (`kwam samen met omroep Max met het manifest`): there `samen`
    is not the particle of `samenkomen`, and the clause is `komen met` (present a plan)."""
    tokens = _sentence_tokens(doc, token)
    mets = [t for t in tokens if t.lemma.lower() == "met" and t.pos == "VZ"]
    if len(mets) < 2:
        return set()
    return {t.lemma.lower() for t in tokens
            if t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].lemma.lower() == "met"
            and t.pos == "BW"}


def _near_lemmas(doc: Document, token: Token, own_clause: bool = False) -> set[str]:
    """Lemmas of the clause's dependents and of tokens close to the trigger.

    With `own_clause`, no window word after the trigger past the finite verb of another
    clause: an adverbial particle (`samen`, `akkoord`: not parsed `svp`) belongs to the
    clause it stands in, so `om samen stil te zijn` after `met ... vrijwilligers naar toe
    gewerkt, maar het was goed` does not make `werken` `samenwerken` (ANS 21.1: the verb
    forms bracket their clause's middle field). Nor past a subordinating conjunction: it
    opens a clause of its own (ANS 10.3), so `om het leven gekomen nadat ze samen met ...`
    is no `samenkomen`."""
    lemmas: set[str] = set()
    for dep in clause_dependents(doc, token.i):
        lemmas.update(doc.tokens[i].lemma.lower() for i in subtree(doc, dep.i))
    for t in _sentence_tokens(doc, token):
        if abs(t.i - token.i) <= _WINDOW and not (
                own_clause and t.i > token.i
                and any(is_finite(b) or is_subordinator(b)
                        for b in _between(doc, t.i, token.i))):
            lemmas.add(t.lemma.lower())
    return lemmas


def _prepositions_only(doc: Document, token: Token) -> set[str]:
    """Words that stand in the trigger's sentence only as prepositions with an object
    (`stapt met zijn ligfiets op de trein`): a separable particle takes no object of its
    own (ANS 8.4.3), so such an `op` does not make `stappen` `opstappen`."""
    tokens = _sentence_tokens(doc, token)
    # Read off the words as well as the parse: Frog also hangs a noun phrase on a true
    # particle (`roept hij Europa op meer sancties af te kondigen`), but an article right
    # after the word (`op de trein`, `op het station`) opens its own phrase.
    # A possessive or demonstrative determiner (`op zijn rug`, `op die trein`) opens one
    # as an article does, and so does a bare noun that is the word's object (`op station
    # Kapelle`), unless a `te`-infinitive follows in the clause, whose object the phrase
    # then is (`roept Haftar op zijn offensief tot staan te brengen`: oproepen).
    with_object = {t.head for t in tokens if t.deprel == "obj1"}
    heads = {t.i for t in tokens if t.pos == "VZ" and t.i in with_object
             and t.i + 1 < len(doc.tokens) and _opens_phrase(doc, doc.tokens[t.i + 1], t.i)}
    return ({tokens[i - tokens[0].i].lemma.lower() for i in heads}
            - {t.lemma.lower() for t in tokens if t.i not in heads})


def _opens_phrase(doc: Document, word: Token, preposition_i: int) -> bool:
    """Whether the word after a preposition opens its object noun phrase (see
    `_prepositions_only`)."""
    if word.pos == "LID":
        return True
    determiner = word.pos == "VNW" and word.deprel == "det" and (
        "bez" in word.features or "aanw" in word.features)
    noun = word.pos in {"N", "SPEC"} and word.head == preposition_i and word.deprel == "obj1"
    return (determiner or noun) and not _infinitive_follows(doc, word)


def _infinitive_follows(doc: Document, word: Token) -> bool:
    """Whether `te` comes later in the word's clause (before a comma, the sentence end or
    an `om` that opens a purpose clause of its own: `greep zijn column in De Telegraaf aan
    om Nijpels terecht te wijzen`)."""
    for later in doc.tokens[word.i + 1:]:
        if later.sent != word.sent or later.text == "," or later.lemma.lower() == "om":
            return False
        if later.lemma.lower() == "te" and later.pos == "VZ":
            return True
    return False


def _merged_prepositions(doc: Document, token: Token, near: set[str]) -> set[str]:
    """The bare prepositions of merged preposition-article tokens near the trigger (`tegen
    de` is a `tegen` phrase). Only for a frame's preposition: such a token is never a
    separable particle (`hield aan het duel ... over` is no `aanhouden`)."""
    return {preposition_lemma(t) for t in _sentence_tokens(doc, token)
            if t.lemma.lower() in near and t.pos == "VZ"}


def _particle_words(doc: Document, token: Token, lex: Lexicon) -> set[str]:
    """The words that can be the token's separable particle: parsed particles of its clause,
    and adverbial ones (`samen`, `akkoord`: not parsed `svp`) standing in its own clause,
    less prepositions with an object, the adverb of a `samen met X` phrase and the
    particles of other verbs' te-infinitives."""
    words = _near_lemmas(doc, token, own_clause=True)
    return ((words - _prepositions_only(doc, token)) | _particles(doc, token, lex)
            ) - _comitative(doc, token) - _infinitive_particles(doc, token)


def _infinitive_particles(doc: Document, token: Token) -> set[str]:
    """Particles standing right before `te` and another verb's infinitive (`zegt niets toe
    te voegen te hebben`, `om dit beleid toe te passen`): a separable verb splits its
    te-infinitive around `te` (ANS 2.3.1.4), so the particle is that verb's (`toevoegen`,
    `toepassen`), not the trigger's (`toezeggen`). Only where every such word in the
    sentence stands so."""
    tokens = _sentence_tokens(doc, token)
    foreign: dict[str, bool] = {}
    for k, t in enumerate(tokens):
        own = not (k + 2 < len(tokens) and tokens[k + 1].lemma.lower() == "te"
                   and tokens[k + 2].pos == "WW" and tokens[k + 2].i != token.i)
        lemma = t.lemma.lower()
        foreign[lemma] = foreign.get(lemma, True) and not own
    return {lemma for lemma, is_foreign in foreign.items() if is_foreign}


def _fits(doc: Document, token: Token, frame: Frame, lex: Lexicon, near: set[str],
          particle_words: set[str]) -> bool:
    """Whether the frame's fixed parts are present; `near` is `_near_lemmas` of the token,
    `particle_words` its `_particle_words` (both once per token, not per frame)."""
    lemma = token.lemma.lower()
    if frame.type == "REQUEST" and not frame.pp and lemma in lex.word_set("question_verbs") and (
            _asks_a_question(doc, token, lex)):
        return False
    if frame.intransitive:
        # A direct object, or Frog's second subject for it (`Ajax staakte de training`).
        deps = [d.deprel for d in clause_dependents(doc, token.i)]
        if "obj1" in deps or deps.count("su") > 1 or glued_object(doc, token.i) is not None:
            return False
    if not frame.svp and not frame.objects and frame.type in _PARTICLE_SENSITIVE and (
            _foreign_particle(doc, token, lex)):
        return False
    if frame.split and lemma != frame.svp + frame.lemma and not _own_particle(
            doc, token, frame.svp, lex):
        return False
    if frame.svp and lemma != frame.svp + frame.lemma:
        # Particles are tagged `svp`/VZ(fin); adverbial ones (`samen`, `akkoord`) are not.
        if frame.svp not in particle_words:
            return False
    if frame.objects and frame.pp and _merged_fixed_phrase(near, frame):
        return True
    if frame.objects or frame.pp or frame.object_kind:
        if frame.objects and not (near & set(frame.objects) or (
                frame.elided and _named_before(doc, token) & set(frame.objects)) or (
                frame.object_compounds and _compound_objects(near, frame.objects))):
            return False
        if frame.pp and frame.pp not in near | _merged_prepositions(doc, token, near):
            return False
        if frame.pp == "als" and frame.type == "ACCUSE" and praising_label(doc, token, lex):
            return False  # `bestempeld als een van de rijkste Russen` (events/labels.py)
        if frame.object_kind and not (near & lex.object_kinds.get(frame.object_kind, set())
                                      or _names_territory(doc, token, frame)):
            return False
    return True


_QUOTE_MARKS = DOUBLE | SINGLE  # nlp/quote_marks.py: every mark the tokenizer yields


def _asks_a_question(doc: Document, token: Token, lex: Lexicon) -> bool:
    """`vragen` with an indirect question as complement (`heeft gevraagd of je mag zeggen
    ...`: the opener before any other verb, comma or colon) or as the inquit of a quoted
    question (`'Yago heet hij?' vraagt ...`): asking for an answer, not for an act
    (cues.yaml `question_verbs`). A polite request put as a question (`vroeg of hij wilde
    helpen`) is still a request."""
    sentence = _sentence_tokens(doc, token)
    before = [t for t in sentence if t.i < token.i and t.text not in _QUOTE_MARKS]
    if before and before[-1].text == "?":
        return True
    openers = lex.word_set("question_openers")
    after = [t for t in sentence if t.i > token.i]
    for k, later in enumerate(after):
        if later.text in {",", ":", ";"} or later.pos == "WW":
            return False
        if later.lemma.lower() in openers and _interrogative(later, after[k - 1] if k else token):
            rest = [t for t in sentence if t.i > later.i]
            polite = any(t.lemma in lex.word_set("question_polite_modals") for t in rest) and (
                not any(t.lemma == "worden" for t in rest))
            return not polite
    return False


def _interrogative(word: Token, previous: Token) -> bool:
    """An interrogative pronoun or adverb, or `of` = `whether`. Frog tags that `of`
    coordinating as often as not, so it is read off its place: right after the verb, a
    pronoun, a name or an adverb (`heeft zojuist gevraagd of`, `vroeg ons of`), not
    between two nouns (`vroeg hulp of advies`: `or`)."""
    if word.pos == "VG":
        return previous.pos in {"WW", "VNW", "SPEC", "BW"}
    return word.pos == "BW" or "vrag" in word.features


def _merged_fixed_phrase(near: set[str], frame: Frame) -> bool:
    """Frog merges a verb's fixed prepositional phrase into one token (`in beslag` of
    `in beslag nemen`, `aan de kaak`, `om het leven`: lemma `in_beslag`). Such a token
    holds both fixed parts of a frame with a noun and a preposition when it opens with the
    preposition and ends with the noun. Only whole phrases count: a loose word of one
    (`plan` of `van plan zijn`, `hulp` of `te hulp schieten`) is no object."""
    for lemma in near:
        words = lemma.split()
        if len(words) > 1 and words[0] == frame.pp and words[-1] in frame.objects:
            return True
    return False


_ELIDED_WINDOW = 2  # sentences before a trigger that may name its elided object


def _named_before(doc: Document, token: Token) -> set[str]:
    """Noun lemmas (and compound heads' full lemmas) of the sentences just before the
    trigger's, and of its own sentence before it: where an elided object is named."""
    first = max(0, token.sent - _ELIDED_WINDOW)
    lemmas: set[str] = set()
    for sentence in doc.sentences[first:token.sent + 1]:
        lemmas.update(t.lemma.lower() for t in doc.sentence_tokens(sentence)
                      if t.pos == "N" and t.i < token.i)
    return lemmas


def _foreign_particle(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A separable particle of the trigger that makes another verb the lexicon does not
    list (`trof de baby aan`: aantreffen "find", not treffen "hit"; `sloeg de informatie
    op`: opslaan; ANS 22.2: a particle verb is a verb of its own). Joined verbs the
    lexicon lists (`werken ... samen`: samenwerken) keep their frames."""
    lemma = token.lemma.lower()
    return any(c.deprel == "svp" and c.pos == "VZ"
               and c.lemma.lower() + lemma not in lex.verbs and c.lemma.lower() + lemma != lemma
               for c in doc.children(token.i))


def _names_territory(doc: Document, token: Token, frame: Frame) -> bool:
    """A territorial act's object may be a named place or state (`annexeerde de Krim`,
    `veroverde Koeweit`) instead of a place noun."""
    if frame.object_kind != "territory":
        return False
    span = slot_span(doc, token.i, "obj1")
    if place_mentions(doc, span):
        return True
    return any(m.actor is not None and m.actor.kind == "state"
               for m in mentions_in_span(doc, span))


# Types whose bare verbs turn harmless with a particle (`trof ... aan`, `sloeg ... op`,
# `stak ... in`). A meeting's verbs too: `sprak de menigte toe` is toespreken (a speech
# to a crowd), `praatte beleggers bij` bijpraten (a company briefing investors), no talks
# with a counterpart (PLOVER CONSULT); listed particle verbs (`afspreken`, `samenkomen`)
# keep their frames. Other verbal acts keep theirs.
_PARTICLE_SENSITIVE = {"ASSAULT", "COERCE", "SANCTION", "CONSULT"}
_MIN_PART = 3  # letters of a compound's head
_MIN_MODIFIER = 4  # letters of its modifier: `com-petitie` and `re-petitie` are no petitions


def _compound_objects(near: set[str], objects: tuple[str, ...]) -> bool:
    """A word near the trigger is a compound headed by one of the frame's fixed objects
    (`een handelsakkoord ondertekenen`, `het uittredingsakkoord dat ze sloot`, `een
    Brexit-akkoord sluiten`): right-headed, with a modifier of at least `_MIN_MODIFIER`
    letters (`ideal`, `no-deal` are no deals)."""
    return any(word.endswith(head) and len(word.removesuffix(head).strip("-")) >= _MIN_MODIFIER
               for word in near for head in objects)


def _compound_head(lemma: str, lex: Lexicon) -> list[Frame]:
    """Frames of a compound's head noun: Dutch compounds are right-headed, so a
    `droneaanval` or `raketaanval` is an `aanval`, `vredesoverleg` an `overleg`. Only heads
    marked `compounds` in the lexicon (`verkiezingsstrijd` is no fighting)."""
    for cut in range(_MIN_MODIFIER, len(lemma) - _MIN_PART + 1):
        head = lemma[cut:].lstrip("-")
        frames = [f for f in lex.nouns.get(head, []) if f.compounds]
        if frames and len(head) > _MIN_PART:
            return frames
    return []


def _nominal(doc: Document, token: Token) -> bool:
    """An infinitive used as a noun names an act, it does not report one: `dreigde met
    opstappen` (Frog: `nom`), `als Maduro's aftreden op de agenda staat`, `het staken`."""
    if "nom" in token.features:
        return True
    if "inf" not in token.features or token.i == 0:
        return False
    before = doc.tokens[token.i - 1]
    return (before.pos == "LID" or (before.pos == "VNW" and "bez" in before.features)
            or before.text.endswith(("'s", "’s"))
            or (before.pos == "VZ" and before.lemma.lower() != "te"))


def _attributive(doc: Document, token: Token) -> bool:
    """A participle before its noun (`de veroordeelde man`) describes, it does not report."""
    if "prenom" not in token.features:
        return False
    nxt = token.i + 1
    return nxt < len(doc.tokens) and doc.tokens[nxt].pos in {"N", "SPEC", "ADJ"}


def frames_for(doc: Document, token: Token, lex: Lexicon) -> list[Frame]:
    """The lexicon frames this token triggers (most specific first), or none."""
    lemma = token.lemma.lower()
    if token.pos == "N":
        candidates = lex.nouns.get(lemma, []) or (
            [] if lemma in lex.word_set("non_event_compounds") else _compound_head(lemma, lex))
    elif token.pos in _VERB_TAGS and not _attributive(doc, token) and not _nominal(doc, token):
        candidates = lex.verbs.get(lemma, [])
    elif token.pos == "VZ" and " " in lemma:
        # Frog merges a complex preposition round an event noun into one token (`in
        # samenwerking met`, `in overleg met`): its frame is listed with the nouns under
        # the whole multiword lemma, the object of the preposition its counterpart.
        candidates = lex.nouns.get(lemma, [])
    else:
        return []
    if not candidates:
        return []
    near = _near_lemmas(doc, token)  # once per token, shared by its candidate frames
    particle_frames = [f for f in candidates if f.svp and lemma != f.svp + f.lemma]
    particle_words = _particle_words(doc, token, lex) if particle_frames else set()
    fitting = [f for f in candidates if _fits(doc, token, f, lex, near, particle_words)]
    # A frame with fixed parts (`afdoen als`, `concessies doen`) outranks a bare one.
    fitting.sort(key=lambda f: -(bool(f.svp) + bool(f.objects) + bool(f.pp)))
    return fitting
