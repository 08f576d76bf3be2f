"""Members named in an inclusion apposition of a fronted group phrase act for it.

`De meeste westerse landen, waaronder Nederland en Duitsland, erkennen Guaidó`: the
group noun (`landen`) is no actor the actor layer can link, but the apposition names
the members that act. A Dutch main clause has one constituent before the finite verb,
so when the prefield is `group , opener list ,` the listed names are the subject, and
an object Frog put inside that prefield (it often parses the group as `obj1`) is not one.

Decision: only the prefield pattern is read (group phrase at the start of the sentence,
the apposition closed by a comma right before the finite verb). `zoals` inside a clause
(`Simango heeft niet, zoals de meeste toppolitici, ...`) or with a verb in its list
(`zoals GroenLinks deze verkiezingen betitelde`) is a comparison, not an enumeration.
The list may hold commas of its own (`zoals de Verenigde Staten en Nederland, maar ook
vrijwel alle buurlanden van Venezuela,`); a name inside a prepositional phrase there
modifies an item and is none. Dashes set an apposition off like commas (ANS 14.7), but
the one prefield case in DPG 2019 (`De negen andere kandidaten - onder wie Mertens -
gunnen`) has no event verb and Frog tags its verb finite, so they are not read; `Onder
druk van zes landen - waaronder Nederland - werd ... uitgesteld` names no actor of an
act (a passive without agent). A list in brackets after a counted
group in the middle field (`plaatsten de zes landen (Nederland, Duitsland, ...) een
lange reeks (7 pagina's) kritiekpunten bij ...`) is left: Frog makes each bracketed name
a root of its own and splits `pagina's` into a verb `'s`, so no clause to read is left.
Every verb of the clause takes the members as subject, a coordinated second one too
(`erkennen Guaidó ... en steunen het plan van Guaidó`, whose recipient is the owner
named in the object: events/arguments.py).
Measured on 473 DPG 2019 articles (with the apposition retag of nlp/repair.py): 2
records more, right (`Een groot aantal landen, zoals de Verenigde Staten en Nederland,
..., erkennen Maduro niet meer`: SUPPORT negated from each); dpg-dev 1-16, the seeds
and the silver set unchanged.
"""

from __future__ import annotations

from kroniek.actors.reference import mention_at
from kroniek.events.lexicon import load_lexicon
from kroniek.model import Document, Mention
from kroniek.syntax import is_participle

# Tags that may not appear in the group phrase or in the list: a verb or a clause.
_CLAUSE_TAGS = {"WW"}


def _openers() -> list[list[str]]:
    return [entry.split() for entry in sorted(load_lexicon().word_set("inclusion_openers"))]


def _opener_end(doc: Document, start: int, end: int) -> int | None:
    """The index after an opener that starts at `start`, or None."""
    for words in _openers():
        stop = start + len(words)
        if stop <= end and [doc.tokens[i].lemma.lower() for i in range(start, stop)] == words:
            return stop
    return None


def _finite_verb(doc: Document, verb_i: int) -> int | None:
    """The finite verb of the trigger's main clause when it is the sentence's first verb
    (V2) or a subjectless verb coordinated right after it (`erkennen ... en steunen`)."""
    sentence = doc.sentences[doc.tokens[verb_i].sent]
    verbs = [i for i in range(sentence.token_start, sentence.token_end)
             if doc.tokens[i].pos == "WW"]
    # Frog tags a plural present (`erkennen`) as an infinitive: the verb right after the
    # prefield is the finite one whatever its tag, unless it is a participle.
    if not verbs or is_participle(doc.tokens[verbs[0]]):
        return None
    first = verbs[0]
    if verb_i == first:
        return first
    token = doc.tokens[verb_i]
    if (verbs[1:2] == [verb_i] and not is_participle(token) and doc.tokens[verb_i - 1].lemma == "en"
            and not any(c.deprel == "su" for c in doc.children(verb_i))):
        return first
    return None


def _in_prepositional_phrase(doc: Document, i: int, list_start: int) -> bool:
    """Whether the name at `i` is the object of a preposition (`buurlanden van Venezuela`):
    a modifier of a list item, not an item."""
    j = i - 1
    while j >= list_start and doc.tokens[j].pos in {"LID", "ADJ"}:
        j -= 1
    return j >= list_start and doc.tokens[j].pos == "VZ"


def prefield_members(doc: Document, verb_i: int) -> list[Mention]:
    """The linked members of a fronted `group, waaronder A en B,` subject of `verb_i`."""
    if doc.tokens[verb_i].pos != "WW":
        return []
    finite = _finite_verb(doc, verb_i)
    if finite is None:
        return []
    start = doc.sentences[doc.tokens[verb_i].sent].token_start
    while start < finite and doc.tokens[start].lemma.lower() == "ook":
        start += 1
    if finite - 1 <= start or doc.tokens[finite - 1].text != ",":
        return []
    # The first comma closes the group phrase; later ones separate list items (`zoals de
    # Verenigde Staten en Nederland, maar ook vrijwel alle buurlanden van Venezuela,`).
    commas = [i for i in range(start, finite - 1) if doc.tokens[i].text == ","]
    if not commas or commas[0] == start:
        return []
    # The group is a common noun phrase no actor is linked in: after a name (`Ook Rutte,
    # zoals Wilders, steunt ...`) the apposition compares, it does not enumerate.
    if doc.tokens[commas[0] - 1].pos != "N" or any(
            (m := mention_at(doc, i)) is not None and m.actor is not None
            for i in range(start, commas[0])):
        return []
    list_start = _opener_end(doc, commas[0] + 1, finite - 1)
    if list_start is None:
        return []
    if any(doc.tokens[i].pos in _CLAUSE_TAGS for i in range(start, finite)):
        return []
    members: list[Mention] = []
    for i in range(list_start, finite - 1):
        mention = mention_at(doc, i)
        if (mention is not None and mention.actor is not None and mention.token_start == i
                and mention not in members and not _in_prepositional_phrase(doc, i, list_start)):
            members.append(mention)
    return members


def in_prefield(doc: Document, verb_i: int, token_i: int) -> bool:
    """Whether `token_i` lies in the prefield whose members are the subject of `verb_i`."""
    finite = _finite_verb(doc, verb_i)
    return (finite is not None and token_i < finite
            and doc.tokens[token_i].sent == doc.tokens[verb_i].sent
            and bool(prefield_members(doc, verb_i)))
