"""Acts that name their counterpart by referring back: `meer sancties` (more sanctions) are
against whom the sanctions named before were (`De VS heeft al aangekondigd meer sancties
in te stellen` after `... meer financiële sancties af te kondigen tegen het regime van
Maduro`). An additive modifier (`meer`, `extra`, `nieuwe`, `aanvullende`, `verdere`:
ANS 7.5, quantifying and adjectival additives) presupposes earlier acts of the same kind;
the counterpart is that of the last earlier mention of the same noun in the article.
"""

from __future__ import annotations

from kroniek.events.embedded import first_slot, slot_actors
from kroniek.events.lexicon import Frame, Lexicon
from kroniek.events.phrases import mentions_in_span
from kroniek.events.triggers import frames_for
from kroniek.model import Actor, Document, Token
from kroniek.syntax import is_subordinator

_WINDOW = 8  # tokens either side of a verb searched for its event noun (Frog's parse
#              often hangs the object elsewhere: `aangekondigd meer sancties in te stellen`)


def _event_noun(doc: Document, token: Token, frame: Frame) -> Token | None:
    """The noun that names the act: the trigger itself, or the verb's fixed object."""
    if token.pos == "N":
        return token
    sentence = doc.sentence_tokens(doc.sentences[token.sent])
    nouns = [t for t in sentence if t.pos == "N" and abs(t.i - token.i) <= _WINDOW
             and t.lemma.lower() in frame.objects]
    return min(nouns, key=lambda t: abs(t.i - token.i)) if nouns else None


def _additive(doc: Document, noun: Token, lex: Lexicon) -> bool:
    words = lex.word_set("additive_modifiers")
    return any(c.text.lower() in words or c.lemma.lower() in words
               for c in doc.children(noun.i) if c.deprel in {"det", "mod"})


def _counterpart_after(doc: Document, noun: Token, lex: Lexicon) -> list[Actor]:
    """`sancties af te kondigen tegen het regime van Maduro`: a counterpart preposition
    after the noun in its stretch of the sentence, read linearly where Frog hangs it on
    the verb."""
    sentence = doc.sentences[noun.sent]
    prepositions = lex.word_set("counterpart_prepositions")
    for i in range(noun.i + 1, sentence.token_end):
        token = doc.tokens[i]
        if token.text in {",", ";", ":"} or is_subordinator(token):
            return []
        if token.pos == "VZ" and token.lemma.lower() in prepositions:
            end = next((k for k in range(i + 1, sentence.token_end)
                        if doc.tokens[k].text in {",", ";", ":", "."}), sentence.token_end)
            return slot_actors(mentions_in_span(doc, list(range(i + 1, end))))
    return []


def additive_counterpart(doc: Document, token: Token, frame: Frame,
                         lex: Lexicon) -> list[Actor]:
    """The counterpart of `meer sancties` from the last earlier mention of sanctions."""
    noun = _event_noun(doc, token, frame)
    if noun is None or not _additive(doc, noun, lex):
        return []
    start = doc.sentences[noun.sent].token_start
    lemma = noun.lemma.lower()
    for earlier in reversed(doc.tokens[:start]):
        if earlier.pos != "N" or not earlier.lemma.lower().endswith(lemma):
            continue
        frames = [f for f in frames_for(doc, earlier, lex) if f.noun]
        found = first_slot(doc, earlier, frames[0].recipient) if frames else []
        found = found or _counterpart_after(doc, earlier, lex)
        if found:
            return found
    return []
