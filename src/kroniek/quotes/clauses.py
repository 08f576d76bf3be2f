"""Candidate quotes of the clause frames: a cue verb's complement clause (`zegt dat ...`),
a clause with its attribution cut out (`..., zegt hij, ...`), an `om ... te` infinitive, a
prepositional object (`wees op ...`), and the source of `blijkt uit onderzoek van ...`.
The frames of quoted spans are in frames.py.
"""

from __future__ import annotations

from kroniek.actors.reference import mention_at
from kroniek.model import Document
from kroniek.quotes.candidate import Candidate, merge_ranges
from kroniek.quotes.cues import Cue
from kroniek.quotes.grammar import possessive_zijn
from kroniek.quotes.lexicon import Lexicon
from kroniek.quotes.phrases import (
    clause_end,
    clause_end_after,
    clause_start,
    is_coordinator,
    name_run_end,
    phrase_after,
    phrase_range,
    sentence_range,
    subject,
    trim,
)
from kroniek.syntax import is_finite, is_subordinator


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
    return Candidate(first, last, cue.cue, speaker, i, cuts=merge_ranges(cuts))


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
    cuts = merge_ranges([c for c in cut if c[0] >= first and c[1] <= last])
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
