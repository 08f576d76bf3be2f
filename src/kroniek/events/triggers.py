"""Matching tokens against the lexicon: which frames a verb or noun triggers here."""

from __future__ import annotations

from kroniek.events.arguments import clause_dependents
from kroniek.events.lexicon import Frame, Lexicon
from kroniek.model import Document, Token
from kroniek.syntax import subtree

_VERB_TAGS = {"WW", "ADJ"}  # Frog tags some past forms (`bemiddelde`) as adjectives
_WINDOW = 8  # tokens either side searched for a detached fixed part


def _sentence_tokens(doc: Document, token: Token) -> list[Token]:
    return doc.sentence_tokens(doc.sentences[token.sent])


def _particles(doc: Document, token: Token) -> set[str]:
    """Separable particles in the verb's clause (`af`, `op aan` -> {op, aan})."""
    found: set[str] = set()
    for t in _sentence_tokens(doc, token):
        if t.deprel == "svp" or (t.pos == "VZ" and "fin" in t.features):
            if t.head == token.i or abs(t.i - token.i) <= _WINDOW:
                found.update(t.lemma.lower().split())
    return found


def _near_lemmas(doc: Document, token: Token) -> set[str]:
    """Lemmas of the clause's dependents and of tokens close to the trigger."""
    lemmas: set[str] = set()
    for dep in clause_dependents(doc, token.i):
        lemmas.update(doc.tokens[i].lemma.lower() for i in subtree(doc, dep.i))
    for t in _sentence_tokens(doc, token):
        if abs(t.i - token.i) <= _WINDOW:
            lemmas.add(t.lemma.lower())
    return lemmas


def _fits(doc: Document, token: Token, frame: Frame, lex: Lexicon) -> bool:
    lemma = token.lemma.lower()
    if frame.svp and lemma != frame.svp + frame.lemma:
        # Particles are tagged `svp`/VZ(fin); adverbial ones (`samen`, `akkoord`) are not.
        if frame.svp not in _particles(doc, token) | _near_lemmas(doc, token):
            return False
    if frame.objects or frame.pp or frame.object_kind:
        near = _near_lemmas(doc, token)
        if frame.objects and not near & set(frame.objects):
            return False
        if frame.pp and frame.pp not in near:
            return False
        if frame.object_kind == "aid" and not near & lex.aid_objects:
            return False
    return True


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
        candidates = lex.nouns.get(lemma, [])
    elif token.pos in _VERB_TAGS and not _attributive(doc, token):
        candidates = lex.verbs.get(lemma, [])
    else:
        return []
    fitting = [f for f in candidates if _fits(doc, token, f, lex)]
    # A frame with fixed parts (`afdoen als`, `concessies doen`) outranks a bare one.
    fitting.sort(key=lambda f: -(bool(f.svp) + bool(f.objects) + bool(f.pp)))
    return fitting
