"""Which sentences need Frog's dependency parser (selective parsing, issue 11).

The parser is most of Frog's time, and the layers read the parse only around
their own anchors: a quote needs a quotation mark or a cue (`zei`, `volgens`),
an event needs a trigger from the event lexicon, and a time expression needs
the tense of its clause only when its value depends on it (a weekday, a date
without a year). A sentence with none of these is given to the layers with
tokens, lemmas, tags and names but no parse.

The words come from the layers' own data files through their loaders
(`kroniek.quotes.lexicon`, `kroniek.events.lexicon`, `kroniek.time.detect`), so
a word added to a lexicon is parsed for without touching this module. The
check is generous on purpose (any inflection, any particle in the sentence):
parsing a sentence too many costs time, parsing one too few changes the output.
"""

from __future__ import annotations

from functools import cache

from kroniek.model import Token
from kroniek.nlp.base import RawSentence
from kroniek.nlp.quote_marks import DOUBLE, SINGLE

# Readings whose value is chosen by the clause's tense (time.normalise `direction`).
_TENSE_KINDS = frozenset({"weekday", "date", "holiday"})


@cache
def _lexicons():
    from kroniek.events.lexicon import load_lexicon
    from kroniek.quotes import lexicon as quote_lexicon

    quotes = quote_lexicon.load()
    events = load_lexicon()
    circumposition_starts = frozenset(first for first, _ in quotes.circumpositions)
    return quotes, events, DOUBLE | SINGLE, circumposition_starts


def tokens_of(raw: RawSentence) -> list[Token]:
    """Unparsed Tokens of one raw sentence (offsets are not needed to choose)."""
    return [
        Token(i=i, text=t["text"].replace("_", " "), start=0, end=0,
              lemma=t["lemma"].replace("_", " "), tag=t["tag"],
              ner=t["ner"].split("_", 1)[0], head=-1, deprel="", sent=0)
        for i, t in enumerate(raw)
    ]  # fmt: skip


def _quote_anchor(tokens: list[Token]) -> bool:
    """A quotation mark, `volgens`/`aldus`, `wat ... betreft`, or a cue verb with the other
    words of its cue somewhere in the sentence (`laten weten`, `te kennen geven`)."""
    quotes, _, marks, _ = _lexicons()
    words = {t.text.lower() for t in tokens}
    lemmas = {t.lemma.lower() for t in tokens}
    if words & marks or words & quotes.prepositions:
        return True
    if any(first in words and last in lemmas for first, last in quotes.circumpositions):
        return True
    particles = words & quotes.particles
    for token in tokens:
        lemma = token.lemma.lower()
        verbs = {lemma} | {p + lemma for p in particles}
        if verbs & quotes.report_verbs:
            return True
        if any(m.verb in verbs and set(m.words) <= words for m in quotes.multiword):
            return True
    return False


def _present(part: str | None, lemmas: set[str]) -> bool:
    return part is None or set(part.lower().split()) <= lemmas


def _frame_may_fit(frame, lemma: str, lemmas: set[str], kinds) -> bool:
    """The frame's fixed parts occur somewhere in the sentence (the layer looks in the
    clause and near the trigger, always inside the sentence: `triggers._fits`)."""
    if frame.svp and lemma != frame.svp + frame.lemma and not _present(frame.svp, lemmas):
        return False
    if frame.objects and not any(_present(o, lemmas) for o in frame.objects):
        return False
    if not _present(frame.pp, lemmas):
        return False
    if frame.object_kind and frame.object_kind != "territory":  # territory: a named place
        return any(_present(w, lemmas) for w in kinds.get(frame.object_kind, ()))
    return True


def _event_anchor(tokens: list[Token]) -> bool:
    from kroniek.events.triggers import _compound_head  # the layer's own compound rule

    _, events, _, _ = _lexicons()
    lemmas = {w for t in tokens for w in t.lemma.lower().split()}
    # `X moet ...` said by someone else, `S wil dat X ...` (events.modality).
    if lemmas & (events.word_set("obligation_modals") | events.word_set("intention_verbs")):
        return True
    for token in tokens:
        lemma = token.lemma.lower()
        frames = events.verbs.get(lemma, []) + events.nouns.get(lemma, [])
        if token.pos == "N" and not frames:
            frames = _compound_head(lemma, events)
        if any(_frame_may_fit(f, lemma, lemmas, events.object_kinds) for f in frames):
            return True
    return False


def _tense_anchor(tokens: list[Token]) -> bool:
    from kroniek.time.detect import detect

    for found in detect(tokens):
        reading = found.reading
        if reading.kind in _TENSE_KINDS and not (reading.kind != "weekday" and reading.year):
            return True
    return False


def needs_parse(raw: RawSentence) -> bool:
    """Whether a layer reads the dependency parse of this (unparsed) sentence."""
    tokens = tokens_of(raw)
    return _quote_anchor(tokens) or _event_anchor(tokens) or _tense_anchor(tokens)
