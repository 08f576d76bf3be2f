"""Candidate quotes of the quoted-span frames (a quote followed or preceded by its
attribution, a colon, a naming verb): where the content is and who speaks. The clause
frames are in clauses.py.

A candidate names token ranges only; `build.py` turns it into a `Quote`
(kind from the quotation marks inside, text without the cut-out attribution,
speaker through the actor layer).
"""

from __future__ import annotations

from kroniek.actors.reference import mention_at
from kroniek.model import Document
from kroniek.nlp.quote_marks import QuotedSpan
from kroniek.quotes.candidate import Candidate
from kroniek.quotes.clauses import complement, source_phrase
from kroniek.quotes.cues import Cue, pointing_attribution
from kroniek.quotes.lexicon import Lexicon, load
from kroniek.quotes.phrases import (
    clause_end_after,
    clause_start,
    ends_sentence,
    is_mark,
    phrase_after,
    phrase_range,
    sentence_range,
    subject,
    trim,
)
from kroniek.syntax import is_finite, is_subordinator


def span_closing_before(spans: list[QuotedSpan], i: int) -> QuotedSpan | None:
    """A quoted span whose closing mark sits at `i` (or is `i`'s last token)."""
    for span in spans:
        if span.close_i is not None and span.close_i <= i <= (span.close_last or span.close_i):
            return span
        if span.close_i is None and span.last == i:
            return span
    return None


def _whole(doc: Document, span: QuotedSpan, cue: Cue | None, speaker: int | None,
           anchor: int) -> Candidate:
    return Candidate(span.first, span.last, cue.cue if cue else None, speaker, anchor,
                     direct=span)


def postposed(doc: Document, cue: Cue, spans: list[QuotedSpan], lexicon: Lexicon
              ) -> Candidate | None:
    """`"…", zei Trump.`, `…, zegt Schoof.`, `…, aldus Rutte.`, `…, zo meldt de politie.`:
    content before the comma."""
    i = cue.token_i
    start, _ = sentence_range(doc, i)
    pointing = pointing_attribution(doc, i, lexicon)
    if pointing and not any(is_finite(doc.tokens[k]) for k in range(start, i - 1)):
        return None  # `zo` points back to a clause: `Brexiteer Leadsom, zo meldde de BBC, …`
    before = i - 2 if pointing else i - 1
    inside = before
    while inside > start + 1 and is_mark(doc.tokens[inside]):
        inside -= 1  # Frog may write the closing `''` as two marks
    if inside < before and doc.tokens[inside].text == ",":
        pass  # `…aanhouden," aldus een politiewoordvoerder`: the comma inside the quote
    elif before <= start or doc.tokens[before].text != ",":
        return None
    if cue.frame in {"report", "source"} and not is_finite(doc.tokens[i]) and (
            doc.tokens[i].pos != "N"):  # a cue verb Frog tagged a noun (cues.py)
        return None
    speaker = _speaker_after(doc, cue)
    if speaker is None or _plural_verb_single_person(doc, i, speaker):
        return None
    span = span_closing_before(spans, before - 1) or span_closing_before(spans, before)
    if span is not None:
        joined = _rejoined(doc, cue, span, spans, speaker)
        if joined is not None:
            return joined
    if cue.frame == "report" and (complement(doc, cue, lexicon) is not None
                                  or colon_quote(doc, cue, spans, lexicon) is not None):
        return None  # `…, zegt Rutte dat …`, `X, die …, concludeert: ,,…''`: what follows
    span = span_closing_before(spans, before - 1) or span_closing_before(spans, before)
    if span is not None and span.open_i <= _content_start(doc, start):
        return _whole(doc, span, cue, speaker, i)
    first, last = trim(doc, start, before - 1)
    if span is not None:
        first = min(first, span.open_i)
    if first > last or span is None and _subordinate(doc, first, last):
        return None
    return _interposed(doc, Candidate(first, last, cue.cue, speaker, i), before)


def _plural_verb_single_person(doc: Document, verb_i: int, speaker: int) -> bool:
    """A plural finite verb cannot have one person as its subject (ANS 8.3, agreement):
    in `De meeste westerse landen, waaronder ..., erkennen Guaidó` the name after the verb
    is its object and the phrase before the comma its subject, not a reported clause."""
    verb = doc.tokens[verb_i]
    mention = mention_at(doc, speaker)
    person = doc.tokens[speaker].ner[2:] == "PER" or (
        mention is not None and mention.actor is not None and mention.actor.kind == "person")
    if not (is_finite(verb) and "mv" in verb.features) or not person:
        return False
    first, last = phrase_range(doc, speaker, set())
    _, end = sentence_range(doc, speaker)
    return not any(doc.tokens[k].lemma == "en" for k in range(first, min(last + 2, end)))


def _rejoined(doc: Document, cue: Cue, first_span: QuotedSpan, spans: list[QuotedSpan],
              speaker: int) -> Candidate | None:
    """`'Maar je moet bedenken', zegt Sánchez-Cuenca, 'dat de progressieve rechters …'`:
    one quote the attribution interrupts; its halves are joined, the attribution cut."""
    _, speaker_last = phrase_range(doc, speaker, set())
    _, end = sentence_range(doc, cue.token_i)
    k = speaker_last + 1
    if k >= end or doc.tokens[k].text != ",":
        return None
    second = next((s for s in spans if s.open_i == k + 1), None)
    if second is None:
        return None
    return Candidate(first_span.first, second.last, cue.cue, speaker, cue.token_i,
                     cuts=[(first_span.last + 1, second.first - 1)])


def _subordinate(doc: Document, first: int, last: int) -> bool:
    """A fronted subordinate clause (`Waar alle partijleiders … mochten zeggen, verweet
    hij …`, `Omdat …, zegt X`): the verb after the comma is the main clause's, inverted
    after it, so the clause is no content of it. Questions (`Waarom …?`) stay."""
    token = doc.tokens[first]
    opens = is_subordinator(token) or (
        token.pos in {"VNW", "BW"} and "vb" in token.features)
    return opens and doc.tokens[last].text != "?"


def _interposed(doc: Document, candidate: Candidate, comma_i: int) -> Candidate:
    """`Het wantrouwen, denkt Almenar, wordt gevoed …`: an attribution between commas
    inside the reported clause; the clause runs on after it, the attribution is cut."""
    _, end = sentence_range(doc, comma_i)
    _, speaker_last = phrase_range(doc, candidate.speaker, set())
    after = speaker_last + 1
    while after < end and doc.tokens[after].text != "," and after - speaker_last <= 4:
        after += 1  # `zegt hij in een reactie,`
    if after + 1 >= end or doc.tokens[after].text != ",":
        return candidate
    resumed = after + 1
    if doc.tokens[resumed].pos == "BW" and resumed + 1 < end and is_finite(
            doc.tokens[resumed + 1]):
        resumed += 1  # `…, zegt een vriendin, dan hadden er …`: an adverb first (V2)
    if not is_finite(doc.tokens[resumed]):
        return candidate  # `zegt Woonink, die …`: an apposition, the sentence is done
    _, last = trim(doc, after + 1, end - 1)
    if last <= after:
        return candidate
    candidate.last = last
    candidate.cuts = [(comma_i, after)]
    return candidate


def _content_start(doc: Document, start: int) -> int:
    first, _ = trim(doc, start, sentence_range(doc, start)[1] - 1)
    return first


def _speaker_after(doc: Document, cue: Cue) -> int | None:
    _, end = sentence_range(doc, cue.token_i)
    if cue.frame == "source":
        found = source_phrase(doc, cue, load())
        return found if found is not None and found > cue.token_i else None
    if cue.frame == "preposition":
        return phrase_after(doc, cue.token_i + 1, end, load())
    start, _ = sentence_range(doc, cue.token_i)
    # Frog often makes a word of the quote before the subject (`"Je kijkt …', zegt X`):
    # the quote is blocked, so the parse's subject must come after the verb
    found = subject(doc, cue.token_i, set(range(start, cue.token_i)))
    if found is None and cue.token_i + 1 < end and _capitalised_name(doc, cue.token_i + 1):
        return cue.token_i + 1
    return found if found is not None and found > cue.token_i else None


def _capitalised_name(doc: Document, i: int) -> bool:
    """A surname that is also a Dutch word, which Frog tags as one (`verklaart Traag`,
    `Traag` read as the adjective `traag`): capitalised right after the inverted verb,
    where no sentence starts, it is a name (Dutch spelling capitalises names only)."""
    token = doc.tokens[i]
    return token.pos in {"ADJ", "N"} and token.text[:1].isupper() and not token.text.isupper()


def _fronted_dat_clause(doc: Document, start: int, i: int) -> bool:
    """`Dat zegt X`, or with an auxiliary `Dat heeft de politie dinsdag bekendgemaakt`:
    the cue is the finite verb right after `dat`, or a participle whose auxiliary is."""
    if i == start + 1:
        return is_finite(doc.tokens[i])
    aux = doc.tokens[start + 1] if start + 1 < i else None
    if aux is None or not is_finite(aux) or "vd" not in doc.tokens[i].features:
        return False
    return not any(doc.tokens[k].pos == "WW" for k in range(start + 2, i))


def pointing_back(doc: Document, cue: Cue, spans: list[QuotedSpan]) -> Candidate | None:
    """`Dat zegt X (na ...)`: the content is the sentence (or quote) before."""
    i = cue.token_i
    start, _ = sentence_range(doc, i)
    if cue.frame != "report" or not _fronted_dat_clause(doc, start, i):
        return None
    first = doc.tokens[start]
    pointing = first.pos == "VNW" and "aanw" in first.features
    if not pointing and first.lemma.lower() not in load().pointing_adverbs:
        return None  # `Dat zegt X`, `Zo voelen ze dat hier`
    _, end = sentence_range(doc, i)
    if not pointing and any(is_subordinator(doc.tokens[k])
                            for k in range(i + 1, end)):
        return None  # `Zo vindt Klaver dat …`: `zo` is `for instance`, the clause follows
    if any(doc.tokens[k].pos == "WW" and k not in cue.parts for k in range(i + 1, end)):
        return None  # `Dat vond staatsraad Minderhoud te lang duren`: `dat` is an object
    sentence = doc.tokens[i].sent
    if sentence == 0:
        return None
    previous = doc.sentences[sentence - 1]
    speaker = _speaker_after(doc, cue) if i == start + 1 else subject(doc, i, {start})
    if speaker is None:
        return None
    last_token = previous.token_end - 1
    span = next((s for s in spans if s.first <= last_token <= (s.close_i or s.last) + 1
                 and s.open_i <= _content_start(doc, previous.token_start)), None)
    if span is not None:
        return _whole(doc, span, cue, speaker, i)
    first, last = trim(doc, previous.token_start, previous.token_end - 1)
    return Candidate(first, last, cue.cue, speaker, i) if first <= last else None


def colon_quote(doc: Document, cue: Cue, spans: list[QuotedSpan], lexicon: Lexicon
                ) -> Candidate | None:
    """`Pistorius hekelde de opstelling: "…"`: a quote opening right after a colon."""
    i = cue.token_i
    _, end = sentence_range(doc, i)
    for j in range(i + 1, end - 1):
        if doc.tokens[j].text == ":":
            span = next((s for s in spans if s.open_i == j + 1), None)
            if span is None:
                return None
            speaker = subject(doc, i, set(range(j, end)))
            return _whole(doc, span, cue, speaker, i)
    return None


def naming(doc: Document, cue: Cue, spans: list[QuotedSpan], lexicon: Lexicon
           ) -> list[Candidate]:
    """`noemde dat "een zeer geschikte datum"`, `deed … af als "loze praatjes"`."""
    i = cue.token_i
    end = clause_end_after(doc, i, lexicon, after_vp=True)
    start = clause_start(doc, i, lexicon)
    inside = [s for s in spans if start <= s.open_i < end and s.open_i != start]
    if not inside:
        return []
    speaker = subject(doc, i, {t for s in inside for t in range(s.open_i, s.last + 2)})
    return [_whole(doc, s, cue, speaker, i) for s in inside]


def is_inside_quote(spans: list[QuotedSpan], i: int) -> bool:
    return any(s.covers(i) for s in spans)


def _utterance(doc: Document, span: QuotedSpan) -> bool:
    """A quoted span that says something (a verb or a sentence end inside), not a title
    or a label (`Jett Rebel: 'Unconditionale love'.`, `het devies: 'nooit meer honger'`)."""
    return any(doc.tokens[k].pos == "WW" or doc.tokens[k].text in {".", "!", "?"}
               for k in range(span.first, span.last + 1))


def clause_colon(doc: Document, colon_i: int, spans: list[QuotedSpan]) -> Candidate | None:
    """`Politiek tekenaar Ruben Oppenheimer is resoluut: ,,Dit gaat een grens over.''`,
    `Premier Rutte deed er laconiek over: ,,…''`: a main clause without a cue verb that
    ends in a colon and a quoted utterance introduces its subject's direct speech (the
    colon of Dutch news introducing a quote, ANS 'dubbele punt' before direct speech).
    The subject is the speaker; extract.py keeps it only when it is a person or a name
    (`Het thema is dit jaar suf: '…'` is no one speaking) that resolves to an actor."""
    span = next((s for s in spans if s.open_i == colon_i + 1), None)
    if span is None or not _utterance(doc, span):
        return None
    start, end = sentence_range(doc, colon_i)
    for k in range(colon_i - 1, start - 1, -1):
        if ends_sentence(doc, k) or is_mark(doc.tokens[k]):
            start = k + 1
            break
    finite = [k for k in range(start, colon_i) if is_finite(doc.tokens[k])]
    if not finite or is_subordinator(doc.tokens[start]):
        return None  # verbless (`bare_colon`) or a fronted subordinate clause
    speaker = subject(doc, finite[0], set(range(colon_i, end)))
    if speaker is None or not start <= speaker < colon_i:
        return None
    # no cue verb vouches for speech here, so an unresolved `hij` or an unknown
    # description (`de Gorinchemse`) is not enough: the speaker must be an actor
    return Candidate(span.first, span.last, None, speaker, colon_i, direct=span,
                     needs_actor=True)


def bare_colon(doc: Document, colon_i: int, spans: list[QuotedSpan]) -> Candidate | None:
    """`Rutte daarover: "…"`: a verbless phrase, a colon and a quote. Frog may glue the
    sentence before to it (`…maken?'' CDA-leider Buma tegen Marijnissen: ,,…''`), so the
    phrase starts after the last sentence end before the colon."""
    start, _ = sentence_range(doc, colon_i)
    for k in range(colon_i - 1, start - 1, -1):
        if ends_sentence(doc, k):
            start = k + 1
            while start < colon_i and is_mark(doc.tokens[start]):
                start += 1
            break
    span = next((s for s in spans if s.open_i == colon_i + 1), None)
    if span is None or colon_i == start or not _utterance(doc, span):
        return None  # `Jett Rebel: 'Unconditionale love'.`: a title, not an utterance
    before = range(start, colon_i)
    if any(doc.tokens[k].pos == "WW" or is_mark(doc.tokens[k]) for k in before):
        return None
    speaker = phrase_after(doc, start, colon_i, load())
    if speaker is None:
        return None
    return Candidate(span.first, span.last, None, speaker, colon_i, direct=span)
