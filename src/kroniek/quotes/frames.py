"""Candidate quotes for each attribution frame: where the content is and who speaks.

A candidate names token ranges only; `build.py` turns it into a `Quote`
(kind from the quotation marks inside, text without the cut-out attribution,
speaker through the actor layer).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kroniek.actors.reference import mention_at
from kroniek.model import Document
from kroniek.nlp.quote_marks import QuotedSpan
from kroniek.quotes.cues import Cue
from kroniek.quotes.grammar import possessive_zijn
from kroniek.quotes.lexicon import Lexicon, load
from kroniek.quotes.phrases import (
    clause_end,
    clause_end_after,
    clause_start,
    ends_sentence,
    is_coordinator,
    is_mark,
    name_run_end,
    phrase_after,
    phrase_range,
    sentence_range,
    subject,
    trim,
)
from kroniek.syntax import is_finite, is_subordinator


@dataclass
class Candidate:
    first: int  # content tokens, inclusive
    last: int
    cue: str | None
    speaker: int | None  # head token of the speaker phrase; None: running speaker
    anchor: int  # token whose sentence is the quote's `sentence`
    cuts: list[tuple[int, int]] = field(default_factory=list)  # inclusive ranges left out
    direct: QuotedSpan | None = None  # content is exactly this quoted span
    needs_quote: bool = False  # only a quote if it holds quoted words

    def tokens(self) -> set[int]:
        return set(range(self.first, self.last + 1))


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
    """`"…", zei Trump.`, `…, zegt Schoof.`, `…, aldus Rutte.`: content before the comma."""
    i = cue.token_i
    start, _ = sentence_range(doc, i)
    before = i - 1
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
    if speaker is None:
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
    if not is_finite(doc.tokens[after + 1]):
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


def source_phrase(doc: Document, cue: Cue, lexicon: Lexicon) -> int | None:
    """The source of `blijkt uit onderzoek van I&O` / `Uit cijfers van het CBS blijkt`:
    the noun after `van` in the `uit`-phrase of the clause, else the `uit`-phrase's noun."""
    i = cue.token_i
    start = clause_start(doc, i, lexicon)
    end = clause_end_after(doc, i, lexicon, after_vp=True)
    for k in range(start, end):
        if doc.tokens[k].lemma not in lexicon.source_prepositions or doc.tokens[k].pos != "VZ":
            continue
        # only evidence with an owner speaks (`onderzoek van I&O`); `uit de exitpolls`
        # is the data itself
        for j in range(k + 2, min(end, k + 9)):
            if doc.tokens[j].lemma == "van" and doc.tokens[j].pos == "VZ":
                return phrase_after(doc, j + 1, end, lexicon)
        return None
    return None


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


def complement(doc: Document, cue: Cue, lexicon: Lexicon) -> Candidate | None:
    """`zegt dat …`, `vraagt of …`, `zei … te kunnen beëindigen`."""
    i = cue.token_i
    limit = clause_end_after(doc, i, lexicon, after_vp=True)
    parts = set(cue.parts)
    for k in range(i + 1, limit):
        token = doc.tokens[k]
        if k in parts:
            continue
        if _opens_clause(doc, k, lexicon):
            end = clause_end_after(doc, k, lexicon, after_vp=True)
            first, last = trim(doc, k + 1, end - 1)
            if first > last:
                return None
            blocked = set(range(k, last + 1))
            speaker = (source_phrase(doc, cue, lexicon) if cue.frame == "source"
                       else subject(doc, i, blocked))
            return Candidate(first, last, cue.cue, speaker, i)
        if token.lemma == "te" and k + 1 < limit and doc.tokens[k + 1].pos == "WW":
            if cue.frame == "source":
                return None  # `blijkt de grootste te blijven`: no source speaks
            return _infinitive(doc, cue, lexicon, parts, k)
        if is_finite(token) and not possessive_zijn(doc, k) or (
                is_coordinator(token) and doc.tokens[k + 1].pos == "WW"):
            return None  # `erkennen … en steunen zijn plan om … te`: another verb's clause
    return None


def _opens_clause(doc: Document, k: int, lexicon: Lexicon) -> bool:
    """A complementiser; Frog tags `dat` after a verb of saying as a pronoun now and
    then (`zegt dat Zelensky …`), which it can't be when no noun phrase follows."""
    token = doc.tokens[k]
    if token.lemma not in lexicon.complementisers:
        return False
    if token.pos == "VG":
        return is_subordinator(token)
    if k > 0 and doc.tokens[k - 1].text == ",":
        return False  # `Peter Kanne van I&O Research, dat in opdracht …`: a relative clause
    following = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    if following is None or following.sent != token.sent or token.pos != "VNW":
        return False
    if following.pos == "N" and following.text[:1].isupper() and k + 2 < len(doc.tokens):
        # `gezegd dat Kriener hoopte`: a name, a verb (after a clitic or adverb: `dat
        # Kriener zich heeft bemoeid`, `dat Kriener nu hoopt`)
        for j in range(k + 2, min(len(doc.tokens), k + 5)):
            if is_finite(doc.tokens[j]):
                return True
            if doc.tokens[j].pos not in {"VNW", "BW"}:
                return False
        return False
    if following.pos in {"N", "ADJ"}:
        # `houdt vol dat Europese landen welkom zijn`: a finite verb before the clause
        # ends makes it a clause; `vindt dat boek goed` has none
        _, end = sentence_range(doc, k)
        for j in range(k + 1, min(end, k + 10)):
            if doc.tokens[j].text in {",", ";", ":"}:
                return False
            if is_finite(doc.tokens[j]):
                return True
        return False
    return following.pos not in {"LET", "WW"}


def _infinitive(doc: Document, cue: Cue, lexicon: Lexicon, parts: set[int], te_i: int
                ) -> Candidate | None:
    i = cue.token_i
    speaker = subject(doc, i, set())
    begin = i + 1
    if speaker is not None and speaker > i:
        begin = max(begin, speaker + 1)
    cue_cut: list[tuple[int, int]] = []
    main_clause = doc.tokens[i].deprel == "ROOT" and is_finite(doc.tokens[i])
    if speaker is not None and speaker < i and not main_clause:
        # verb-final clause: `omdat de partij een kleinere overheid zegt na te streven`
        _, speaker_last = phrase_range(doc, speaker, {i})
        between = range(speaker_last + 1, i)
        if any(doc.tokens[k].pos in {"N", "SPEC"} for k in between) and not any(
                is_finite(doc.tokens[k]) for k in between):
            begin, cue_cut = speaker_last + 1, [(i, i)]
    # `riep zijn achterban op om massaal te gaan stemmen`: the `om`-clause is the content
    om = [k for k in range(begin, te_i) if doc.tokens[k].lemma == "om"]
    if om and cue.cue in lexicon.small_clause_verbs:
        om = []  # `vinden vervolgonderzoek nodig om te bepalen …`: the opinion is it all
    elif om and cue.cue not in lexicon.om_infinitive_verbs:
        return None  # `kondigde maatregelen aan om … te`: a purpose or a noun's complement
    begin = max([begin] + [k + 1 for k in om])
    # `riep … Asscher op niet tegenover … te staan`: the separable particle closes the
    # middle field (the verbal end bracket), so the addressee before it is no content
    begin = max([begin] + [p + 1 for p in parts if begin <= p < te_i])
    while begin in parts or (begin < len(doc.tokens) and doc.tokens[begin].text.lower() == "er"):
        begin += 1
    end = clause_end(doc, begin, lexicon, after_vp=True)
    first, last = trim(doc, begin, end - 1)
    if first > last:
        return None
    cuts = cue_cut + [(p, p) for p in sorted(parts) if first <= p <= last]
    return Candidate(first, last, cue.cue, speaker, i, cuts=_merge(cuts))


def clause_with_cut(doc: Document, cue: Cue, lexicon: Lexicon) -> Candidate | None:
    """`volgens X …`, `wat hem betreft`, `… vindt hij "onrealistisch"`: the clause
    around the cue with the cue and speaker left out of the text."""
    i = cue.token_i
    start = clause_start(doc, i, lexicon)
    end = clause_end(doc, start, lexicon, after_vp=False)
    if end <= i:
        end = clause_end_after(doc, i, lexicon, after_vp=False)
    _, sentence_end = sentence_range(doc, i)
    if cue.frame == "preposition":
        speaker = phrase_after(doc, i + 1, sentence_end, lexicon)
        cut = [(i, speaker)] if speaker is not None else []
        apposition = _apposition_end(doc, speaker, sentence_end) if speaker else None
        if apposition is not None:
            # `Volgens Stijn Warmenhoven (17), die …, hoeven critici …`: the apposition
            # belongs to the speaker; the clause runs on after it
            cut = [(i, apposition)]
            end = max(end, clause_end_after(doc, apposition, lexicon, after_vp=False))
        elif speaker is not None:
            fronted = _fronted_end(doc, i, speaker, start, sentence_end, lexicon)
            cut = [(i, fronted)] if fronted is not None else cut
        named = mention_at(doc, speaker) if speaker is not None else None
        if named is not None and cut and named.token_end - 1 > cut[0][1]:
            # `Volgens het Centraal Bureau voor de Statistiek …`: the whole name speaks
            cut = [(i, named.token_end - 1)]
        if end < sentence_end - 1 and doc.tokens[end].text == ":" and (
                doc.tokens[end + 1].text[:1].islower()):
            # `Dat leidt volgens X tot …: mensen stellen …`: the colon elaborates
            end = clause_end(doc, end + 1, lexicon, after_vp=False)
    elif cue.frame == "circumposition":
        speaker = phrase_after(doc, i + 1, sentence_end)
        cut = [(i, cue.parts[0])]
    else:
        speaker = subject(doc, i, set())
        cut = [(i, i)] + [(p, p) for p in cue.parts]
        if speaker is not None:
            cut.append(phrase_range(doc, speaker, {i}))  # `De VIG ziet`: the whole phrase
    if speaker is None:
        return None
    first, last = trim(doc, start, end - 1)
    opening = min((a for a, _ in cut), default=first)
    if all(doc.tokens[k].pos in {"BW", "VG"} for k in range(first, opening)):
        first = opening  # `wel verwacht hij …`: the adverb belongs to the attribution
    while any(a <= first <= b for a, b in cut):
        first, last = trim(doc, first + 1, last)
    if first > last:
        return None
    cuts = _merge([c for c in cut if c[0] >= first and c[1] <= last])
    return Candidate(first, last, cue.cue, speaker, i, cuts=cuts,
                     needs_quote=cue.frame == "report")


def _fronted_end(doc: Document, cue_i: int, speaker: int, start: int, end: int,
                 lexicon: Lexicon) -> int | None:
    """A fronted `volgens`-phrase whose speaker has an owner adjunct (`van`, cues.yaml
    `owner_prepositions`) runs up to the finite verb (Dutch verb-second: one constituent
    before it), so the adjunct is the speaker's, not the content's: `Volgens de
    woordvoerder van het OM is er nog geen aangifte gedaan`."""
    first, _ = trim(doc, start, end - 1)
    after = doc.tokens[speaker + 1] if speaker + 1 < end else None
    if cue_i != first or after is None or after.pos != "VZ" or (
            after.lemma not in lexicon.owner_prepositions):
        return None
    for k in range(speaker + 2, end):
        token = doc.tokens[k]
        if token.pos == "WW":
            return k - 1 if is_finite(token) else None
        if token.pos == "LET" and token.text != "-":
            return None  # a comma or a mark: no plain verb-second order to trust
    return None


def _apposition_end(doc: Document, head_i: int, end: int) -> int | None:
    """The comma closing an apposition or bracket after a speaker's name (`Volgens X,
    voorzitter van Y, laat …`): the first comma after it that a finite verb follows."""
    k = head_i + 1
    if k >= end or doc.tokens[k].text not in {",", "("}:
        return None
    for j in range(k + 1, end - 1):
        if doc.tokens[j].text == "," and is_finite(doc.tokens[j + 1]):
            return j
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


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def is_inside_quote(spans: list[QuotedSpan], i: int) -> bool:
    return any(s.covers(i) for s in spans)


def prepositional_object(doc: Document, cue: Cue, lexicon: Lexicon) -> Candidate | None:
    """`Rob Jetten pleitte voor meer Europese samenwerking`, `waarschuwt voor
    rechtsongelijkheid`: what is pleaded for or warned against is the content."""
    i = cue.token_i
    prep = max(cue.parts) if cue.parts else None
    if prep is None or prep < i:
        return None
    speaker = subject(doc, i, set())
    if speaker is not None and speaker > i:
        # `waarschuwt de Adviesraad voor Internationale Vraagstukken voor …`: the
        # preposition of the speaker's name is not the verb's
        _, speaker_last = phrase_range(doc, speaker, set())
        speaker_last = max(speaker_last, name_run_end(doc, speaker, len(doc.tokens), lexicon)
                           or speaker_last)
        word = doc.tokens[prep].text.lower()
        _, sentence_end = sentence_range(doc, i)
        later = [k for k in range(speaker_last + 1, sentence_end)
                 if doc.tokens[k].text.lower() == word]
        if prep <= speaker_last:
            if not later:
                return None
            prep = later[0]
    end = clause_end_after(doc, prep, lexicon, after_vp=True)
    first, last = trim(doc, prep + 1, end - 1)
    if first > last:
        return None
    if speaker is None or speaker in range(prep, last + 1):
        speaker = subject(doc, i, set(range(prep, last + 1)))
    cuts = [(p, p) for p in cue.parts if first <= p <= last]
    return Candidate(first, last, cue.cue, speaker, i, cuts=cuts)


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
    if span is None or colon_i == start or not any(
            doc.tokens[k].pos == "WW" or doc.tokens[k].text in {".", "!", "?"}
            for k in range(span.first, span.last + 1)):
        return None  # `Jett Rebel: 'Unconditionale love'.`: a title, not an utterance
    before = range(start, colon_i)
    if any(doc.tokens[k].pos == "WW" or is_mark(doc.tokens[k]) for k in before):
        return None
    speaker = phrase_after(doc, start, colon_i, load())
    if speaker is None:
        return None
    return Candidate(span.first, span.last, None, speaker, colon_i, direct=span)
