"""Dutch grammar that corrects Frog's reading of a cue's surroundings: a genitive
name determines the noun after it, a passive speech verb speaks only through its
`door`-agent, and a possessive `zijn` is no verb. Used by the speaker and complement
finders (phrases.py, frames.py).
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.quotes.lexicon import load
from kroniek.syntax import verb_chain

GENITIVE_ENDINGS = ("'", "’", "'s", "’s", "s")  # `Biemans'`, `Zelensky's`, `Trumps`


def possessed_noun(doc: Document, token: Token) -> Token:
    """The noun a prenominal genitive name determines, when Frog made the name the
    subject and the noun an object (`vraagt Biemans' vrouw Maaike zich af`): a name in
    its genitive form right before a common noun is that noun's determiner (ANS 5.4),
    so the noun heads the subject."""
    following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if token.pos != "SPEC" or following is None or following.pos != "N" or (
            following.sent != token.sent):
        return token
    text, lemma = token.text, token.lemma
    genitive = text != lemma and text.startswith(lemma) and text[len(lemma):] in GENITIVE_ENDINGS
    return following if genitive or text.endswith(("'", "’", "'s", "’s")) or (
        _genitive_of_actor(doc, token)) else token


def _genitive_of_actor(doc: Document, token: Token) -> bool:
    """`Trumps`: a linked person's surname with the genitive `s` (Frog keeps the `s`)."""
    from kroniek.actors.reference import mention_at  # the actor layer's reading

    mention = mention_at(doc, token.i)
    if mention is None or mention.actor is None or not token.text.endswith("s"):
        return False
    return mention.actor.name.split()[-1] == token.text[:-1]


def agentless_passive(doc: Document, verb_i: int) -> bool:
    """A cue participle with a passive auxiliary in its verb chain (`wordt … verteld`,
    `werd gemeld`; cues.yaml `passive_auxiliaries`) and no `door`-agent: the speaker
    is not given, and the grammatical subject is the message or the addressee."""
    verb = doc.tokens[verb_i]
    if verb.pos != "WW" or "vd" not in verb.features:
        return False
    auxiliaries = load().passive_auxiliaries
    chain = verb_chain(doc, verb_i)
    head = doc.tokens[verb.head] if verb.head >= 0 else None
    return any(doc.tokens[k].lemma in auxiliaries for k in chain if k != verb_i) or (
        head is not None and head.lemma in auxiliaries)


def possessive_zijn(doc: Document, k: int) -> bool:
    """`zegt op zijn website dat`, `riep zijn achterban op`: Frog tags the possessive
    `zijn` as the verb now and then; before a noun or an adjective, between a cue verb
    and its complement (where no second finite verb can stand), it is the possessive."""
    following = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return doc.tokens[k].lemma == "zijn" and following is not None and (
        following.pos in {"N", "ADJ"})
