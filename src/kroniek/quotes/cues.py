"""Finding cues in a sentence: reporting verbs (with particles and multiword
parts), attributing prepositions (`volgens`, `aldus`) and `wat X betreft`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kroniek.model import Document
from kroniek.quotes.lexicon import Lexicon
from kroniek.quotes.phrases import clause_end_after, sentence_range
from kroniek.syntax import is_finite


@dataclass(frozen=True)
class Cue:
    token_i: int
    cue: str
    frame: str  # report | naming | preposition | circumposition | source
    parts: tuple[int, ...] = field(default=())  # other tokens of the cue (particles, words)


def _verb_lemma(doc: Document, verb_i: int, lexicon: Lexicon, end: int) -> tuple[str, list[int]]:
    """The verb's lemma with a separated particle joined (`tekent ... aan` → `aantekenen`)."""
    verb = doc.tokens[verb_i]
    if is_finite(verb):
        for i in range(verb_i + 1, end):
            token = doc.tokens[i]
            word = token.text.lower()
            if word in lexicon.particles and word + verb.lemma in lexicon.verbs:
                return word + verb.lemma, [i]
            if word in lexicon.particles and token.pos == "VZ" and _separated_particle(
                    doc, i, end, lexicon) and not any(
                    m.verb == verb.lemma and word in m.words for m in lexicon.multiword):
                # `het vredesplan schrijft voor dat …`: a separated particle at the end of
                # the verb phrase makes another verb (`voorschrijven`), not `schrijven`
                return word + verb.lemma, [i]
    return verb.lemma, []


def _separated_particle(doc: Document, i: int, end: int, lexicon: Lexicon) -> bool:
    """A preposition-like word that closes the verb phrase: right before the
    complementiser (`schrijft voor dat`), or last in its clause when Frog marks it
    as a final particle (`zegt het toe.`)."""
    if i + 1 < end and doc.tokens[i + 1].lemma in lexicon.complementisers:
        return True
    last = i + 1 >= end or doc.tokens[i + 1].pos == "LET"
    return last and "fin" in doc.tokens[i].features


# A quotation mark in running text: double marks, `,,` and a single mark not inside a
# word (`'t`, `Rutte's` keep theirs).
OPENING_MARK = re.compile(r"[\"„“”«»]|,,|''|(?<!\w)['‘’]|['‘’](?!\w)")
QUOTE_CHARS = "\"„“”«»'‘’,"
CLOSING_MARKS = frozenset({"'", '"', "”", "’", "''"})


def _closing_mark(doc: Document, i: int) -> bool:
    return doc.tokens[i].pos == "LET" and doc.tokens[i].text in CLOSING_MARKS


def postposed_slot(doc: Document, i: int) -> bool:
    """Right after `…'',` or `…",` (or `…,''` with the comma inside the quote): where
    only an attribution verb can stand."""
    if i < 2:
        return False
    if doc.tokens[i - 1].text == ",":
        return _closing_mark(doc, i - 2)
    k = i - 1
    while k > 0 and _closing_mark(doc, k):
        k -= 1  # Frog may write the closing `''` as two marks
    return k < i - 1 and doc.tokens[k].text == ","


def pointing_attribution(doc: Document, i: int, lexicon: Lexicon) -> bool:
    """`…, zo zegt X`, `…'', zo meldt de politie`: a finite verb after a comma and a
    pointing adverb (cues.yaml `pointing_adverbs`, ANS: `zo` as a demonstrative adverb
    of manner) heads an attribution inverted after the clause it points back to, the
    same frame as `…, zegt X` with the adverb filling the first position."""
    if i < 3 or not is_finite(doc.tokens[i]):
        return False
    adverb = doc.tokens[i - 1]
    if adverb.lemma.lower() not in lexicon.pointing_adverbs or adverb.pos != "BW":
        return False
    return doc.tokens[i - 2].text == "," or postposed_slot(doc, i - 1)


def _quote_first(doc: Document, i: int) -> bool:
    """The postposed slot after a quote that fills the sentence up to it: its opening
    mark first in the sentence, or in a sentence before (`…. Dan ben je blij'', blikt
    Van Os terug`). A quoted fragment inside the sentence's own words (`In Le Petit
    Bistro, 'een mooi klein restaurantje', dineerde Wiegel`) is no quoted clause."""
    if not postposed_slot(doc, i):
        return False
    close = i - 2 if doc.tokens[i - 1].text == "," else i - 1
    start, _ = sentence_range(doc, i)
    # on the text, as Frog may split `,,` into two commas
    before = doc.text[doc.tokens[start].start : doc.tokens[close].start]
    return not OPENING_MARK.search(before.lstrip(QUOTE_CHARS + " ").rstrip(QUOTE_CHARS + " "))


def verb_cue(doc: Document, verb_i: int, lexicon: Lexicon) -> Cue | None:
    """The cue a verb (or `overtuigd`) stands for, or None if it is no cue."""
    verb = doc.tokens[verb_i]
    if verb.pos == "N" and postposed_slot(doc, verb_i):
        word = verb.text.lower()  # `'', oordelen de onderzoekers`: Frog read a plural noun
        return Cue(verb_i, word, "report") if word in lexicon.report_verbs else None
    if verb.pos not in {"WW", "ADJ"}:
        return None
    end = clause_end_after(doc, verb_i, lexicon, after_vp=True)
    lemma, parts = _verb_lemma(doc, verb_i, lexicon, end)
    after = {doc.tokens[i].text.lower(): i for i in range(end - 1, verb_i, -1)}
    for multi in lexicon.multiword:
        if multi.verb == lemma and all(w in after for w in multi.words):
            words = [after[w] for w in multi.words]
            return Cue(verb_i, multi.cue, multi.frame, tuple(parts + words))
    if verb.pos == "WW" and lemma in lexicon.source_verbs:
        return Cue(verb_i, lemma, "source", tuple(parts))
    if verb.pos == "WW" and lemma in lexicon.report_verbs and not _aspectual(
            doc, verb_i, lemma, lexicon) and not _shown(doc, verb_i, lemma, lexicon):
        return Cue(verb_i, lemma, "report", tuple(parts))
    if verb.pos == "WW" and is_finite(verb) and _quote_first(doc, verb_i) and (
            lemma not in lexicon.non_attributing):
        # `,,…'', blikt ze terug`, `,,…'', verwoordt Berkhof`: a quoted clause in first
        # position with the finite verb and its subject inverted after it is that verb's
        # object, so the verb attributes the quote whatever its lemma (ANS, direct
        # speech with the reporting clause after the quote); copulas, auxiliaries and
        # verbs whose subject is the text itself (`luidt de conclusie`) are left out
        # (cues.yaml `non_attributing`).
        return Cue(verb_i, lemma, "report", tuple(parts))
    return None


def _aspectual(doc: Document, verb_i: int, lemma: str, lexicon: Lexicon) -> bool:
    """`dreigt te verdwijnen`: a semi-aspectual verb right before its `te`-infinitive
    means 'is about to' (ANS 18.5.6), no speech; the threat has its object first
    (`dreigde Rusland het luchtruim te sluiten`, `dreigde hem te ontslaan`)."""
    following = doc.tokens[verb_i + 1] if verb_i + 1 < len(doc.tokens) else None
    return lemma in lexicon.aspectual_verbs and following is not None and (
        following.lemma == "te" and following.pos == "VZ")


SHOWN_WINDOW = 4  # tokens before a perception verb searched for its causative `laten`


def _shown(doc: Document, verb_i: int, lemma: str, lexicon: Lexicon) -> bool:
    """`De foto's laten zien dat …`, `dit onderzoek laat wel zien dat …`, `is te zien
    op de tentoonstelling`: a perception verb (`zien`, cues.yaml `perception_verbs`)
    under causative `laten` (cues.yaml `causative_verbs`) means 'show', the evidence of
    a thing or a deed, and after `te` (`te zien zijn`, `zien te slingeren`) it is no
    verb of its subject's at all;
    neither is speech (ANS 18.5.3 laten + infinitive). `X ziet dat …` stays a cue."""
    if lemma not in lexicon.perception_verbs or is_finite(doc.tokens[verb_i]):
        return False
    sentence = doc.tokens[verb_i].sent
    before = [t for t in doc.tokens[max(0, verb_i - SHOWN_WINDOW) : verb_i] if t.sent == sentence]
    if before and before[-1].lemma == "te" and before[-1].pos == "VZ":
        return True
    return any(t.lemma in lexicon.causative_verbs and t.pos == "WW" for t in before)


def word_cue(doc: Document, token_i: int, lexicon: Lexicon) -> Cue | None:
    """`volgens`/`aldus` (preposition) or the first word of `wat X betreft`."""
    token = doc.tokens[token_i]
    word = token.text.lower()
    if word in lexicon.prepositions and token.pos in {"VZ", "BW"}:
        return Cue(token_i, word, "preposition")
    _, end = sentence_range(doc, token_i)
    for first, last in lexicon.circumpositions:
        if word != first:
            continue
        for j in range(token_i + 2, min(end, token_i + 6)):
            if doc.tokens[j].lemma == last:
                text = doc.text[token.start : doc.tokens[j].end].lower()
                return Cue(token_i, text, "circumposition", (j,))
    return None


def sentence_cues(doc: Document, start: int, end: int, lexicon: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    for i in range(start, end):
        found = verb_cue(doc, i, lexicon) or word_cue(doc, i, lexicon)
        if found is not None:
            cues.append(found)
    return cues
