"""Clause boundaries, noun phrases and subjects, read from Frog's tags and parse.

Frog's dependency parse is often broken around quotes and commas (several
roots in one sentence, subjects attached to the wrong verb), so each helper
asks the parse first and falls back on word order and part-of-speech tags.
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.quote_marks import DOUBLE, SINGLE
from kroniek.quotes.grammar import agentless_passive, possessed_noun
from kroniek.quotes.lexicon import Lexicon
from kroniek.syntax import is_finite, subtree, verb_chain

QUOTE_MARKS = DOUBLE | SINGLE
NP_INNER = frozenset({"LID", "ADJ", "N", "SPEC", "TW"})


def is_mark(token: Token) -> bool:
    return token.pos == "LET" and token.text in QUOTE_MARKS


def is_nominal(token: Token) -> bool:
    """A token that can head a speaker phrase: a noun, a name or a personal pronoun."""
    if token.pos in {"N", "SPEC"}:
        return "afk" not in token.features or token.ner != "O" or token.text.isupper()
    # not a neuter pronoun (`het`): it stands for a thing, never for a speaker. A
    # demonstrative standing alone (`Die waarschuwt …`) speaks when the actor layer
    # resolves it (build.speaker_of leaves it out otherwise).
    if token.pos == "VNW" and {"aanw", "pron"} <= set(token.features):
        return "onz" not in token.features and token.lemma.lower() in {"die", "deze"}
    return (token.pos == "VNW" and "pers" in token.features and "refl" not in token.features
            and "onz" not in token.features)


def member_suffix(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """`VVD'er`, `CDA'ers`, split by Frog into name, apostrophe and `er`: a member of the
    named body, a person, not the body itself."""
    tokens = doc.tokens
    if head_i + 2 >= len(tokens) or tokens[head_i + 1].text not in {"'", "’"}:
        return False
    touching = (tokens[head_i].end == tokens[head_i + 1].start
                and tokens[head_i + 1].end == tokens[head_i + 2].start)
    return touching and tokens[head_i + 2].text.lower() in lexicon.member_suffixes


def _subject_like(token: Token) -> bool:
    """A token that can head a subject: nominal, and no object-case pronoun (`hem`,
    `haar`: Frog's `obl`), which only the fallbacks would otherwise pick."""
    return is_nominal(token) and not (token.pos == "VNW" and "obl" in token.features)


def is_coordinator(token: Token) -> bool:
    return token.pos == "VG" and "neven" in token.features


def sentence_range(doc: Document, token_i: int) -> tuple[int, int]:
    sentence = doc.sentences[doc.tokens[token_i].sent]
    return sentence.token_start, sentence.token_end


def _breaks_after_comma(doc: Document, comma_i: int, end: int, lexicon: Lexicon) -> bool:
    """A comma opens a new clause when a coordinator, a scope breaker or a finite verb follows."""
    following = doc.tokens[comma_i + 1 : min(end, comma_i + 4)]
    if not following:
        return True
    words = tuple(t.text.lower() for t in following)
    if any(words[: len(b)] == b for b in lexicon.scope_breakers):
        return True
    if is_coordinator(following[0]) and following[0].lemma != "of":
        return True
    if is_finite(following[0]):
        return True
    return following[0].pos == "BW" and len(following) > 1 and is_finite(following[1])


def ends_sentence(doc: Document, i: int) -> bool:
    """A full stop inside a Frog sentence (Frog glues `…in." Volgens Rutte` together),
    or the closing mark right after one."""
    token = doc.tokens[i]
    if token.text in {".", "!", "?"}:
        return True
    return is_mark(token) and i > 0 and doc.tokens[i - 1].text in {".", "!", "?"}


def _elaboration(doc: Document, colon_i: int, end: int) -> bool:
    """A colon before a verbless run to the sentence end, with no quote mark (`pleiten voor
    een zakelijkere houding: minder neutraal en actiever oplossingen aandragen`): it spells
    out the clause's last phrase and belongs to it; a colon before a quote or a new clause
    with a finite verb ends the clause."""
    rest = doc.tokens[colon_i + 1 : end]
    return bool(rest) and not any(is_finite(t) or is_mark(t) for t in rest)


def clause_end(doc: Document, begin: int, lexicon: Lexicon, after_vp: bool = True) -> int:
    """One past the last token of the clause that runs from `begin` to its boundary.

    Boundaries: `;` or `:`, a comma before a coordinator or a scope breaker
    (`, ook al`), and, when `after_vp`, a coordinator directly before a finite
    verb (`... te zijn en zegt dat ...`: the next verb phrase of the subject).
    """
    if begin >= len(doc.tokens):
        return begin
    _, end = sentence_range(doc, begin)
    for i in range(begin, end):
        token = doc.tokens[i]
        if token.text in {";", ":"} and i > begin and not (
                token.text == ":" and _elaboration(doc, i, end)):
            return i
        if i > begin and ends_sentence(doc, i - 1) and not ends_sentence(doc, i):
            return i
        if token.text == "," and i > begin and _breaks_after_comma(doc, i, end, lexicon):
            return i
        if after_vp and is_coordinator(token) and i + 1 < end and i > begin:
            if is_finite(doc.tokens[i + 1]):
                return i
    return end



def clause_end_after(doc: Document, i: int, lexicon: Lexicon, after_vp: bool = True) -> int:
    """One past the last token of the clause that follows token `i` in its own sentence;
    empty (`i + 1`) when `i` closes its sentence, so the next sentence is never read."""
    if i + 1 >= doc.sentences[doc.tokens[i].sent].token_end:
        return i + 1
    return clause_end(doc, i + 1, lexicon, after_vp)

def clause_start(doc: Document, token_i: int, lexicon: Lexicon) -> int:
    """First token of the clause around `token_i` (after `;`, `:` or a clause comma)."""
    start, end = sentence_range(doc, token_i)
    for i in range(token_i - 1, start - 1, -1):
        token = doc.tokens[i]
        if token.text in {";", ":"} or ends_sentence(doc, i) and not ends_sentence(doc, i + 1):
            return i + 1
        if token.text == "," and _breaks_after_comma(doc, i, end, lexicon):
            return i + 1
        if is_coordinator(token) and is_finite(doc.tokens[i + 1]):
            return i + 1
    return start


def _touches_next(doc: Document, i: int) -> bool:
    return i + 1 < len(doc.tokens) and doc.tokens[i + 1].start == doc.tokens[i].end


def _touches_previous(doc: Document, i: int) -> bool:
    return i > 0 and doc.tokens[i - 1].end == doc.tokens[i].start


INTERTITLE_MAX = 4  # words of an intertitle glued before a sentence


def after_intertitle(doc: Document, first: int, last: int) -> int:
    """Skip an intertitle the text glues before a sentence (`Kentering Die kentering
    hangt …`, `Cadeaupolitiek Volgens Breuker …`): a function word written with a
    capital inside the run can only start a sentence, so the words before it are a
    heading."""
    starts = first == sentence_range(doc, first)[0] or first > 0 and ends_sentence(doc, first - 1)
    if not starts:
        return first
    while first < last and doc.tokens[first].pos == "LET":
        first += 1  # `'' Cadeaupolitiek Volgens Breuker …`: the last quote's closer
    for k in range(first + 1, min(last, first + INTERTITLE_MAX + 1)):
        token = doc.tokens[k]
        if token.pos in {"LET"}:
            return first
        if token.text[:1].isupper() and token.pos in {"LID", "VNW", "VZ", "VG", "BW"} and (
                doc.tokens[k - 1].pos not in {"LID", "VZ"}):
            return k
    return first


def trim(doc: Document, first: int, last: int) -> tuple[int, int]:
    """Drop an intertitle before the sentence, leading coordinators, punctuation and
    closing marks, and trailing punctuation and opening marks."""
    first = after_intertitle(doc, first, last)
    while first <= last:
        token = doc.tokens[first]
        closing = is_mark(token) and not _touches_next(doc, first) or (
            is_mark(token) and first + 1 <= last and is_mark(doc.tokens[first + 1])
            and not _touches_next(doc, first + 1))  # `''` closing the quote before
        if is_coordinator(token) or closing or token.pos == "LET" and not is_mark(token):
            first += 1
        else:
            break
    while last >= first:
        token = doc.tokens[last]
        opening = is_mark(token) and not _touches_previous(doc, last)
        if opening or token.pos == "LET" and not is_mark(token):
            last -= 1
        else:
            break
    return first, last


def phrase_range(doc: Document, head_i: int, stop: set[int]) -> tuple[int, int]:
    """The contiguous noun phrase around `head_i` (parse subtree, cut at commas and `stop`)."""
    members = set(subtree(doc, head_i)) - stop
    first = last = head_i
    while first - 1 in members and doc.tokens[first - 1].text != ",":
        first -= 1
    while first - 1 >= 0 and doc.tokens[first - 1].sent == doc.tokens[head_i].sent and (
        doc.tokens[first - 1].pos in NP_INNER and first - 1 not in stop
    ):
        first -= 1
    while last + 1 in members and doc.tokens[last + 1].text != "," and not is_mark(
        doc.tokens[last + 1]
    ):
        last += 1
    while last > head_i and doc.tokens[last].pos in {"LET", "VZ", "VG"}:
        last -= 1
    return first, last


def _subject_child(doc: Document, verb_i: int) -> int | None:
    """The `su` dependent of the verb chain; a name first when the parse gives several."""
    found = [
        child for i in verb_chain(doc, verb_i) + [verb_i] for child in doc.children(i)
        if child.deprel == "su" and _subject_like(child)
    ] + [  # `Netanyahu en Gantz hebben verklaard`: the coordinator heads the subject
        conjunct for i in verb_chain(doc, verb_i) + [verb_i] for child in doc.children(i)
        if child.deprel == "su" and is_coordinator(child)
        for conjunct in doc.children(child.i)[:1] if _subject_like(conjunct)
    ]
    found = [t for t in found if not in_timex(doc, t.i)]  # `Maandag had de ambassade`
    brackets = _bracketed(doc, verb_i)  # `Rutte (hij vergat zijn tekst) riep …`: the
    found = [t for t in found if t.i not in brackets]  # aside has its own subject
    fronted = _fronted_unattached(doc, verb_i, brackets)
    if fronted is not None and all(t.i > verb_i for t in found):
        return fronted
    fronted = _first_constituent_head(doc, verb_i, brackets)
    if fronted is not None and found and all(t.i > fronted for t in found):
        return fronted
    found = [possessed_noun(doc, t) for t in found]
    names = [t for t in found if t.pos == "SPEC"]
    if names or not found:
        return names[0].i if names else None
    # several nouns as subject: the one nearest the verb (`Onwrikbare steun De Duitse
    # minister … zei`: an intertitle glued on before the sentence)
    return min(found, key=lambda t: abs(t.i - verb_i)).i


def _bracketed(doc: Document, i: int) -> set[int]:
    """Tokens between brackets in the sentence of token `i`."""
    start, end = sentence_range(doc, i)
    inside: set[int] = set()
    depth = 0
    for k in range(start, end):
        text = doc.tokens[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(k)
    return inside


def _first_constituent_head(doc: Document, verb_i: int, brackets: set[int]) -> int | None:
    """`Projectontwikkelaar Aard van Alsté van Domain Twente bv denkt …`: with nothing
    but one noun phrase before the finite verb of a main clause (verb-second: one
    constituent), that phrase is the subject, headed by its first noun; Frog left the
    head unattached and made a name inside its `van`-phrases the subject. Not after a
    glued intertitle (`Bedrog Een woordvoerder …`)."""
    verb = doc.tokens[verb_i]
    if "pv" not in verb.features or verb.deprel != "ROOT":
        return None
    start, _ = sentence_range(doc, verb_i)
    while start < verb_i and doc.tokens[start].pos == "LET":
        start += 1
    if start >= verb_i or after_intertitle(doc, start, verb_i) != start:
        return None
    for j in range(start, verb_i):
        token = doc.tokens[j]
        if j not in brackets and (is_finite(token) or token.pos == "VG" or (
                token.pos == "LET" and token.text not in {"(", ")", "-"})):
            return None  # a clause, a quote or punctuation: not one plain noun phrase
    top = start
    while 0 <= doc.tokens[top].head < verb_i and doc.tokens[top].head >= start:
        top = doc.tokens[top].head
    head = doc.tokens[top]
    if head.head != -1 or head.pos not in {"N", "SPEC"}:
        return None
    return top


def _fronted_unattached(doc: Document, verb_i: int, brackets: set[int]) -> int | None:
    """A name or noun before the finite verb that Frog left unattached (a ROOT of its
    own) while it made a noun after the verb the subject: `Een zichtbaar vermoeide Rutte
    (…) riep voormalig kompaan … Asscher op …`. In a Dutch main clause the one
    constituent before the finite verb (verb-second) is the subject unless the parse
    makes it an object or adjunct, so an unattached nominal there is the subject and
    the noun after the verb its object (`oproepen`, `dreigen` with an object)."""
    verb = doc.tokens[verb_i]
    if "pv" not in verb.features or verb.deprel != "ROOT":
        return None
    start, _ = sentence_range(doc, verb_i)
    k = verb_i - 1
    while k >= start and (k in brackets or doc.tokens[k].text in {"(", ")"}):
        k -= 1
    if k < start:
        return None
    token = doc.tokens[k]
    if token.deprel != "ROOT" or token.head >= 0 or token.pos not in {"SPEC", "N"}:
        return None
    first = min(subtree(doc, k))
    if any(is_finite(doc.tokens[j]) or doc.tokens[j].pos == "VG" or doc.tokens[j].text in {",", ":"}
           for j in range(max(start, first), k)):
        return None
    return k


def conjuncts(doc: Document, head_i: int) -> list[int]:
    """Other heads coordinated with a speaker (`Netanyahu en Gantz`): each speaks too."""
    token = doc.tokens[head_i]
    if token.deprel != "cnj" or token.head < 0 or not is_coordinator(doc.tokens[token.head]):
        return []
    return [c.i for c in doc.children(token.head)
            if c.i != head_i and c.deprel == "cnj" and c.pos in {"SPEC", "N"}]


def _conjunct_subject(doc: Document, verb_i: int, blocked: set[int]) -> int | None:
    """Subject shared with an earlier coordinated verb (`… deed … af, en voerde … aan`)."""
    head = doc.tokens[verb_i].head
    if head < 0:
        return None
    if is_coordinator(doc.tokens[head]):
        earlier = [c.i for c in doc.children(head) if c.pos == "WW" and c.i < verb_i]
    elif doc.tokens[verb_i].deprel == "cnj" and doc.tokens[head].pos == "WW":
        earlier = [head]
    else:
        earlier = []
    for other in earlier:
        found = _subject_child(doc, other)
        if found is None:  # `waarschuwde de Adviesraad … en wees op …`: inverted subject
            found = _linear_subject(doc, other, blocked)
        if found is not None and found not in blocked:
            return found
    return None


def _door_agent(doc: Document, verb_i: int, blocked: set[int]) -> int | None:
    """The agent of a passive cue (`Dat werd door de politie bevestigd`, `er wordt door
    de gemeente gewaarschuwd dat`): the noun phrase after `door` before the participle."""
    verb = doc.tokens[verb_i]
    if verb.pos != "WW" or "vd" not in verb.features:
        return None
    start, end = sentence_range(doc, verb_i)
    after = [k for k in range(verb_i + 1, min(end, verb_i + 3))
             if doc.tokens[k].lemma == "door"]  # `werd bevestigd door de politie`
    for k in after + list(range(verb_i - 1, max(start, verb_i - 10) - 1, -1)):
        token = doc.tokens[k]
        if token.text in {",", ";", ":"} or k in blocked:
            return None
        if token.lemma == "door" and token.pos == "VZ":
            head = phrase_after(doc, k + 1, end if k > verb_i else verb_i)
            return head if head is not None and head not in blocked else None
    return None


def subject(doc: Document, verb_i: int, blocked: set[int]) -> int | None:
    """The head of the subject of a cue verb, outside `blocked` tokens (the content);
    for a passive cue, its `door`-agent."""
    agent = _door_agent(doc, verb_i, blocked)
    if agent is not None:
        return agent
    if agentless_passive(doc, verb_i):
        return None  # `wordt Hongaren verteld dat …`: the subject is who is told
    found = _subject_child(doc, verb_i)
    if found is not None and found not in blocked:
        return found
    found = _conjunct_subject(doc, verb_i, blocked)
    if found is not None:
        return found
    return _linear_subject(doc, verb_i, blocked)


def _linear_subject(doc: Document, verb_i: int, blocked: set[int]) -> int | None:
    """Word-order fallback: the noun phrase right after the verb (inversion) or the
    first one of the clause before it, never inside a prepositional phrase."""
    start, end = sentence_range(doc, verb_i)
    i = verb_i + 1
    while i < end and doc.tokens[i].pos in {"BW", "LID", "ADJ"} and i - verb_i <= 3:
        i += 1
    if i < end and i not in blocked and _subject_like(doc.tokens[i]) and not in_timex(doc, i):
        return _phrase_head(doc, i, end)
    for j in range(start, verb_i):
        token = doc.tokens[j]
        if is_finite(token) and j not in blocked:
            # `Maandag had de Duitse ambassade … gezegd`: inverted after the finite verb
            k = j + 1
            while k < verb_i and doc.tokens[k].pos in {"LID", "ADJ"}:
                k += 1
            if k < verb_i and k not in blocked and _subject_like(doc.tokens[k]):
                return _phrase_head(doc, k, verb_i)
            break
        if j in blocked or token.pos in {"VZ", "WW"}:
            break
        if _subject_like(token) and not in_timex(doc, j):
            return _phrase_head(doc, j, verb_i)
    return None


def in_timex(doc: Document, i: int) -> bool:
    """A time expression (`Maandag had de ambassade …`) is never the subject."""
    token = doc.tokens[i]
    return any(t.start <= token.start and token.end <= t.end for t in doc.timexes)


def _phrase_head(doc: Document, i: int, end: int) -> int:
    """Last noun or name of a run of noun-phrase words (`de demissionair premier`).

    The run ends where a next noun phrase begins, which Frog often glues on after
    `volgens X` in the middle field: an article after a noun (`volgens de bonden | een
    verhoging`, `volgens experts | een rol`; Dutch puts no article after the head) or a
    lowercase adjective after a name (`volgens bestuurskundige Marcel Boogers |
    waarschijnlijk gevolgen`)."""
    head = i
    j = i
    seen_noun = False
    while j < end and (doc.tokens[j].pos in NP_INNER) and not is_mark(doc.tokens[j]):
        token = doc.tokens[j]
        if j > i and in_timex(doc, j):
            break  # `de president vorige week`: the time is no part of the phrase
        if seen_noun and (token.pos == "LID" or doc.tokens[j - 1].pos == "SPEC" and (
                token.pos == "ADJ" and token.text[:1].islower())):
            break  # a noun after a name stays (`het Frankfurter museum`)
        if token.pos in {"N", "SPEC"}:
            head = j
            seen_noun = True
        j += 1
    return head


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos not in {"LET", "TW"}


def name_run_end(doc: Document, i: int, end: int, lexicon: Lexicon) -> int | None:
    """Last token of a personal name written from `i`: capitalised words and surname
    particles (`Van Oosterhout`, `Van Lange`, `Sánchez-Cuenca`, `Jan de Vries`),
    whatever Frog tagged them; None when no capitalised word ends the run."""
    last = None
    j = i
    while j < end:
        token = doc.tokens[j]
        if is_capitalised(token) and token.text.lower() not in lexicon.name_particles:
            last = j
        elif token.text.lower() not in lexicon.name_particles:
            break
        j += 1
    return last


def name_run_start(doc: Document, head_i: int, lexicon: Lexicon) -> int:
    """First token of the name ending at `head_i`, stepping back over capitalised
    words and surname particles (`Van` in `Van Oosterhout`)."""
    start, _ = sentence_range(doc, head_i)
    first = head_i
    for k in range(head_i - 1, start - 1, -1):
        token = doc.tokens[k]
        if token.text.lower() in lexicon.name_particles:
            if token.text[:1].isupper() or is_capitalised(doc.tokens[k + 1]):
                first = k
                continue
        if is_capitalised(token) and token.pos in {"SPEC", "N", "ADJ"}:
            first = k
            continue
        break
    while first < head_i and doc.tokens[first].text.islower():
        first += 1  # `de` before `Vries` opens a name only when written `De`
    return first


def phrase_after(doc: Document, i: int, end: int, lexicon: Lexicon | None = None
                 ) -> int | None:
    """Head of the noun phrase starting at token `i` (after `volgens`, `aldus`)."""
    if i >= end:
        return None
    if is_nominal(doc.tokens[i]) and doc.tokens[i].pos == "VNW":
        return i
    head = _phrase_head(doc, i, end)
    if lexicon is not None and is_capitalised(doc.tokens[i]):
        name_end = name_run_end(doc, i, end, lexicon)
        if name_end is not None and name_end >= head:
            return name_end  # `Van Lange`: Frog tags `Lange` as an adjective
    if lexicon is not None and is_capitalised(doc.tokens[head]):
        head = name_run_end(doc, head, end, lexicon) or head  # `minister Cora van Nieuwenhuizen`
    return head if doc.tokens[head].pos in {"N", "SPEC"} else None
