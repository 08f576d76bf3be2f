"""Third person pronouns (`hij`, `hem`, `zijn`, singular `zij`/`ze`) resolved to the
actor they refer back to, for the quote and event layers.

The antecedent is a linked mention before the pronoun: first the subject of an
earlier clause in the same sentence (`Trump zei dat hij ...`), then the subject of
the nearest previous sentence that has one (`Trump zei ... . Hij ...`), then the
nearest person mentioned. Person pronouns take persons; the possessive `zijn` may
also take the state or organisation that is the subject of its own clause
(`Oekraïne zou ... zijn waardigheid`). An object pronoun (`hem`) is never the
subject of its own clause (`Trump prees hem`: not Trump).

Salience rules (Dutch): number from the finite verb (`schreef ze` is singular), the
subject of a subordinate clause by word order, no antecedent inside quoted speech for
a pronoun outside it, and with no subject to go by a person outside a prepositional
phrase. A demonstrative subject opening its sentence (`Die gaf aan …`) takes the
last-named referent of the sentence before (`_demonstrated`).
"""

from __future__ import annotations

from kroniek.actors.gender import actor_gender
from kroniek.actors.lexicon import PronounInfo, load_lexicon
from kroniek.model import Document, Mention, Token
from kroniek.nlp.quote_marks import quoted_spans
from kroniek.syntax import clause_verb, is_finite, is_subordinator, word_before_title

LOOK_BACK = 3  # sentences searched for an antecedent


def resolve_pronoun(doc: Document, token_i: int,
                    quoted: list[tuple[int, int]] | None = None) -> Mention | None:
    """The pronoun mention at `token_i` with the actor it refers to, or None. `quoted`:
    the document's `quoted_speech`, when the caller resolves many pronouns of one text."""
    token = doc.tokens[token_i]
    lexicon = load_lexicon()
    if token.pos != "VNW":
        return None
    info = lexicon.pronouns.get(token.text.casefold())
    if info is None and token.text.casefold() not in lexicon.demonstratives:
        return None
    if _plural(doc, token):
        return None
    quoted = quoted_speech(doc) if quoted is None else quoted
    if info is None:
        antecedent = _demonstrated(doc, token, quoted)
    else:
        antecedent = _antecedent(doc, token, info, quoted)
    if antecedent is None:
        return None
    return Mention(token.text, token.start, token.end, token_i, token_i + 1, "PER",
                   antecedent, kind="pronoun", is_entity=False)


def _demonstrated(doc: Document, token: Token, quoted: list[tuple[int, int]]):
    """`… de coalitie onder leiding van Mark Rutte. Die gaf aan …`: a demonstrative
    subject opening its sentence refers to the last-named referent of the sentence
    before, when that sentence names no other noun after it (a thing named last, `De
    wet is aangenomen. Die zegt …`, is not an actor)."""
    if "aanw" not in token.features or "pron" not in token.features or (
            token.deprel != "su" or token.sent == 0):
        return None
    sentence = doc.sentences[token.sent]
    if any(doc.tokens[k].pos != "LET" for k in range(sentence.token_start, token.i)):
        return None  # not the first word: a relative `die`
    previous = doc.sentences[token.sent - 1]
    named = [m for m in doc.mentions
             if m.actor is not None and previous.token_start <= m.token_start < previous.token_end
             and not any(a <= m.token_start <= b for a, b in quoted)]
    if not named:
        return None
    last = max(named, key=lambda m: m.token_end)
    if any(doc.tokens[k].pos in {"N", "SPEC"} for k in range(last.token_end, previous.token_end)):
        return None
    return last.actor


def _weak_link(doc: Document, mention: Mention, token: Token) -> bool:
    """A pronoun that was not a subject, in an earlier sentence: a chain of object and
    possessive pronouns (`in haar woning … dat hij haar had gewurgd`) carries no
    referent across sentences; subjects and names do (centering: the referent that
    continues is the one realised as subject)."""
    return mention.kind == "pronoun" and doc.tokens[mention.token_start].sent < token.sent \
        and _subject_of(doc, mention) is None


def _plural(doc: Document, token: Token) -> bool:
    """A plural pronoun: by the finite verb it is the subject of when there is one
    (Dutch subject-verb agreement: `schreef ze` singular, `zeggen ze` plural, whatever
    Frog tags the ambiguous `ze`/`zij`), else by Frog's own number."""
    verb = doc.tokens[token.head] if token.deprel == "su" and token.head >= 0 else None
    if verb is None and token.i > 0 and is_subordinator(doc.tokens[token.i - 1]):
        verb = _clause_finite(doc, token.i)  # `dat ze … wil behouden`: by word order
    if verb is not None and verb.pos == "WW" and "pv" in verb.features:
        if "ev" in verb.features:
            return False
        if "mv" in verb.features:
            return True
    return "mv" in token.features


def quoted_speech(doc: Document) -> list[tuple[int, int]]:
    """Token ranges of the article's quoted speech (nlp/quote_marks.py pairs the marks): a
    span with a finite verb; a quoted name or term (`Verhuurder 'Jesper'`) is no speech."""
    return [(s.first, s.last) for s in quoted_spans(doc)
            if any(is_finite(doc.tokens[k]) for k in range(s.first, s.last + 1))]


def _antecedent(doc: Document, token: Token, info: PronounInfo,
                quoted: list[tuple[int, int]]):
    inside = any(a <= token.i <= b for a, b in quoted)
    # A pronoun outside quotation marks does not refer to a person named inside them:
    # in `"Rutte belde me", zegt hij` he is the speaker, and a name in the quote is the
    # speaker's words (a vocative, an object), not the narration's topic.
    candidates = [
        m for m in doc.mentions
        if m.actor is not None and m.token_end <= token.i
        and doc.tokens[m.token_start].sent >= token.sent - LOOK_BACK
        and (inside or not any(a <= m.token_start <= b for a, b in quoted))
        and not _weak_link(doc, m, token)
    ]
    candidates.sort(key=lambda m: (m.token_start, m.token_end))
    own_clause = clause_verb(doc, token.i)
    if info.gender == "n":
        return _reporting_body(doc, token, candidates, own_clause)
    if info.role == "possessive":
        for mention in reversed(candidates):
            if _subject_of(doc, mention) == own_clause and own_clause is not None:
                return mention.actor
    wanted = _wanted(info)  # `zij` is not Wopke Hoekstra, `hij` not Kajsa Ollongren
    persons = [m for m in candidates if m.actor.kind == "person"
               and (wanted is None or actor_gender(m.actor) in (None, wanted))]
    if info.role == "object":
        persons = [m for m in persons if (own_clause is None or _subject_of(doc, m) != own_clause)
                   and ("bez" in token.features or not _co_argument(doc, m, token))]
    same = [m for m in persons if doc.tokens[m.token_start].sent == token.sent]
    for mention in reversed(same):
        if _subject_of(doc, mention) is not None or _attributed_speaker(doc, mention):
            return mention.actor
    for sent in range(token.sent - 1, token.sent - LOOK_BACK - 1, -1):
        named = [m for m in persons if doc.tokens[m.token_start].sent == sent]
        subjects = [m for m in named if _subject_of(doc, m) is not None or (
            sent == token.sent - 1 and _attributed_speaker(doc, m))]
        if subjects:
            return _main_subject(doc, subjects).actor
        if named and info.role == "object" and "bez" not in token.features:
            # An object pronoun takes up the nearest sentence that names a person, even
            # as a non-subject (`gaat de smartphone van Wopke Hoekstra. Rutte belt hem`):
            # an earlier sentence's subject is further back than the person just named.
            return _least_oblique(doc, named)
    return _least_oblique(doc, persons)


def _co_argument(doc: Document, mention: Mention, token: Token) -> bool:
    """A name in the same clause before an object pronoun, outside a prepositional
    phrase: a co-argument of its verb, which a non-reflexive pronoun never refers to
    (binding: `Mark Rutte belt hem` is not Rutte calling himself; ANS 5.2.3.1, `zich`
    is the reflexive). Read off the words, for parses that hang the pronoun elsewhere
    (Frog makes `hem` a conjunct there): no punctuation, conjunction, relative or
    interrogative word stands between, so both are in one clause."""
    if doc.tokens[mention.token_start].sent != token.sent or mention.token_end > token.i:
        return False
    between = doc.tokens[mention.token_end:token.i]
    if any(t.pos in {"LET", "VG"} or "betr" in t.features or "vb" in t.features
           for t in between):  # `somde op welk bewijs er volgens hem ontbreekt`
        return False
    return not _in_prepositional_phrase(doc, mention.token_start)


def _least_oblique(doc: Document, persons: list[Mention]):
    """No subject to go by: the person of the nearest sentence that names one, and of
    those the one not inside a prepositional phrase (salience: subject > object >
    oblique; `Ellen Hoog is bevallen van dochter Bowie Mae. ... schrijft ze`), the
    most recent on a tie."""
    if not persons:
        return None
    nearest = doc.tokens[persons[-1].token_start].sent
    same = [m for m in persons if doc.tokens[m.token_start].sent == nearest]
    direct = [m for m in same if not _in_prepositional_phrase(doc, m.token_start)]
    return (direct or same)[-1].actor


def _in_prepositional_phrase(doc: Document, token_i: int) -> bool:
    """Whether a preposition governs the token before any verb does."""
    current = doc.tokens[token_i].head
    steps = 0
    while current >= 0 and steps < 50:
        token = doc.tokens[current]
        if token.pos == "VZ":
            return True
        if token.pos == "WW":
            return False
        current, steps = token.head, steps + 1
    return False


def _wanted(info: PronounInfo) -> str | None:
    """The gender a pronoun asks of a person; `zijn` (also neuter) and `any` ask none."""
    return info.gender if info.gender in ("m", "f") and info.role != "possessive" else None


def _subject_of(doc: Document, mention: Mention) -> int | None:
    """The verb a mention is the subject of (through appositions and `volgens`-free paths)."""
    for i in range(mention.token_start, mention.token_end):
        token = doc.tokens[i]
        current = token
        while current.deprel in ("app", "cnj") and current.head >= 0:
            current = doc.tokens[current.head]
            if current.pos == "VG" and current.head >= 0 and current.deprel == "su":
                break
        if current.deprel == "su" and current.head >= 0:
            return current.head
    return _subordinate_subject(doc, mention)


def _attributed_speaker(doc: Document, mention: Mention) -> bool:
    """`"...", aldus Guaidó tegen journalisten, waarna hij ...`: the one an attribution
    adverb names (data/link_lexicon.yaml `attribution_adverbs`) is the subject of the
    reporting clause the adverb stands for. Title words may stand between (`aldus
    minister Hoekstra`, `aldus de woordvoerder`). Read for a pronoun in the same or the
    next sentence only (`_antecedent`): further back, a person the text names nearer wins
    even where Frog gave that sentence no subject (`'...', aldus Cotton op Twitter. Ook
    president Trump, die ..., wakkert de angst aan. '...', twitterde hij`: Trump)."""
    before = word_before_title(doc, mention.token_start)
    return before is not None and before.lemma.lower() in load_lexicon().attribution_adverbs


def _clause_finite(doc: Document, after: int) -> Token | None:
    """The first finite verb after a token in its clause (no comma between)."""
    for k in range(after + 1, len(doc.tokens)):
        token = doc.tokens[k]
        if token.sent != doc.tokens[after].sent or token.text == ",":
            return None
        if is_finite(token):
            return token
    return None


def _subordinate_subject(doc: Document, mention: Mention) -> int | None:
    """The verb of a subordinate clause whose subject the mention is by word order, when
    Frog hangs it elsewhere (`Alsof Baudet het horen kan`: Baudet as the body of
    `alsof`): Dutch puts the subject right after the subordinating conjunction
    (ANS 21.1), and the clause's finite verb comes later in the same sentence."""
    first = mention.token_start
    before = doc.tokens[first - 1] if first > 0 else None
    if before is None or before.pos != "VG" or "onder" not in before.features:
        return None
    if doc.tokens[first].deprel not in ("body", "su", "ROOT"):
        return None
    sentence = doc.tokens[first].sent
    for k in range(mention.token_end, len(doc.tokens)):
        token = doc.tokens[k]
        if token.sent != sentence or token.text == ",":
            return None
        if is_finite(token):
            return k
    return None


def _main_subject(doc: Document, subjects: list[Mention]) -> Mention:
    """Of several subjects in a sentence, the one of the highest clause."""
    def depth(mention: Mention) -> int:
        steps, current = 0, doc.tokens[mention.token_start].head
        while current >= 0 and steps < 50:
            steps, current = steps + 1, doc.tokens[current].head
        return steps

    return min(subjects, key=depth)


def _reporting_body(doc: Document, token: Token, candidates: list[Mention],
                    own_clause: int | None):
    """`het` as the subject of a clause below another in the same sentence: the body
    (organisation or state) that is the subject of an earlier clause there."""
    if token.deprel != "su" or own_clause is None:
        return None
    bodies = [m for m in candidates if doc.tokens[m.token_start].sent == token.sent
              and m.actor.kind in ("organisation", "state")
              and _subject_of(doc, m) not in (None, own_clause)]
    return bodies[-1].actor if bodies else None
