"""Labelling someone as something (`X bestempelt Y als Z`): criticism unless the label praises.

`bestempelen` and `betitelen` ("to label, to brand") with an `als` phrase are in news mostly
a charge (`Levada is door het Kremlin bestempeld als 'buitenlandse agent'`, `die Baudets
beweringen ronduit als onjuist bestempelden`, `door de VS als terroristische organisatie
bestempeld`), PLOVER ACCUSE (disapprove). Unlike `wegzetten als` and `afschilderen als`
the verbs themselves are neutral, and a label that ranks or praises is no charge (`Door
Forbes bestempeld als een van de honderd rijkste Russen`, `door ReumaNederland bestempeld
als een van de zeven Research Centres of Excellence`: every such use in DPG 2019). Decision:
such a label (a superlative, `een van`, or a praising word of data/evaluative.yaml) leaves
the frame out; any other label codes.
"""

from __future__ import annotations

from kroniek.events.lexicon import Lexicon
from kroniek.model import Document, Token

_END = {",", ".", ";", ":", "!", "?", "(", ")"}


def _label_tokens(doc: Document, trigger: Token) -> list[Token]:
    """The words of the `als` phrase nearest the trigger in its sentence, up to the next
    punctuation mark, the trigger or the sentence end."""
    sentence = doc.sentence_tokens(doc.sentences[trigger.sent])
    openers = [t for t in sentence if t.lemma.lower() == "als" and t.i != trigger.i]
    if not openers:
        return []
    opener = min(openers, key=lambda t: abs(t.i - trigger.i))
    words = []
    for token in sentence:
        if token.i <= opener.i:
            continue
        if token.text in _END or token.i == trigger.i:
            break
        words.append(token)
    return words


def praising_label(doc: Document, trigger: Token, lex: Lexicon) -> bool:
    """Whether the `als` label of a labelling verb ranks or praises (module docstring)."""
    words = _label_tokens(doc, trigger)
    praise = lex.word_set("positive_adjectives") | lex.word_set("positive_nouns")
    for k, token in enumerate(words):
        if "sup" in token.features or token.lemma.lower() in praise:
            return True
        if (token.lemma.lower() == "een" and k + 1 < len(words)
                and words[k + 1].lemma.lower() == "van"):
            return True
    return False
