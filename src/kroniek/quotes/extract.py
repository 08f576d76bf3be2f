"""The quote layer: direct, indirect and mixed quotes with their speakers.

Works on Frog's analysis: quotation marks as Dutch newspapers write them
(`,,…''`, `"…"`, `“…”`, `„…"`, `'…'`, `‘…’`) read as mark units and paired into
spans (marks.py), cue verbs, particles and prepositions by lemma from
`data/cues.yaml` (cues.py), subjects from the dependency parse with a
word-order fallback (phrases.py), and one builder per attribution frame
(frames.py for quoted spans, clauses.py for clauses):

1. attributions that own the material before them: `…, zegt X`, `…, aldus X`,
   `…, blijkt uit onderzoek van X`, `Dat zegt X` / `Dat heeft X gezegd` /
   `Zo zegt X het` (the previous sentence), a quote interrupted by its
   attribution (`'…', zegt X, '…'`) joined into one;
2. cues with a colon quote, a `dat`/`of` clause or a `te`-infinitive (a passive
   cue takes its `door`-agent), prepositional-object speech acts (`pleiten
   voor`, `waarschuwen voor`), naming cues (`noemen`, `afdoen als`) whose quoted
   predicate is a direct quote, `volgens X`/`wat X betreft` and cue verbs whose
   clause holds a quote;
3. verbless colon quotes (`Rutte daarover: "…"`, `Jetten tegen Klaver: ,,…''`);
4. quoted sentences standing on their own: the running speaker of the quotes
   just before them, the person the sentence before introduces, or the
   article's only quoted person (an interview);
5. a quoted verb phrase in a person's own clause without a cue (mixed).

A quote is kept only when the article gives its speaker (spec: "a speaker is
always required"): a name, a pronoun, a definite noun phrase, a spokesperson;
not an anonymous or generic one, nor the writer's own `ik`. The speaker's
actor comes from the actor layer; where it has none, a surname takes the full
name before it and a role noun for a person (`de socioloog`) the person quoted
just before, if it agrees in gender and is no fixed office title (stopgaps to move
into the actor layer).

Speakers follow Dutch grammar where Frog's parse goes wrong (grammar.py, phrases.py):
a possessed person is the speaker, not the possessor (`zijn advocaat`); verb-second
order makes a lone or unattached noun phrase before the finite verb the subject; a
separable particle ends the addressee of `oproepen`; a passive speech verb speaks
only through its `door`-agent; a plural `ze`/`zij` takes the group named just
before it or stays unresolved. Pronoun salience is the actor layer's
(actors/pronouns.py).
"""

from __future__ import annotations

from kroniek.actors.gender import actor_gender, noun_gender
from kroniek.actors.reference import mention_at, phrase_mention
from kroniek.model import Actor, Document, Quote
from kroniek.nlp.quote_marks import QuotedSpan, quoted_spans
from kroniek.quotes import clauses, frames
from kroniek.quotes.build import (
    bare_van_noun,
    described_actor,
    is_described,
    is_name,
    make_quote,
    settle_kind,
    speaker_of,
    speaker_text,
)
from kroniek.quotes.candidate import Candidate
from kroniek.quotes.cues import Cue, pointing_attribution, postposed_slot, sentence_cues
from kroniek.quotes.lexicon import Lexicon, load
from kroniek.quotes.phrases import (
    clause_end_after,
    clause_start,
    conjuncts,
    ends_sentence,
    is_coordinator,
    is_nominal,
    member_suffix,
    sentence_range,
    subject,
    trim,
)
from kroniek.quotes.pronouns import plural_group, pronoun_speaker
from kroniek.syntax import has_definite_article, is_finite, is_subordinator

RUNNING_SPEAKER_WINDOW = 3  # sentences back to look for the running speaker


def _owning(doc: Document, cue: Cue, spans: list[QuotedSpan], lexicon: Lexicon
            ) -> Candidate | None:
    if cue.frame not in {"report", "preposition", "source"}:
        return None
    if cue.frame == "preposition" and cue.cue == "volgens":
        return None
    return frames.postposed(doc, cue, spans, lexicon) or frames.pointing_back(doc, cue, spans)


def _ordinary(doc: Document, cue: Cue, spans: list[QuotedSpan], lexicon: Lexicon
              ) -> list[Candidate]:
    if cue.frame == "naming":
        return frames.naming(doc, cue, spans, lexicon)
    if cue.frame in {"preposition", "circumposition"}:
        found = clauses.clause_with_cut(doc, cue, lexicon)
        return [found] if found else []
    if cue.frame == "source":
        found = clauses.complement(doc, cue, lexicon)
        return [found] if found else []
    if cue.frame == "object":
        found = clauses.prepositional_object(doc, cue, lexicon)
        return [found] if found else []
    if cue.cue in lexicon.attribution_only_verbs:  # `sprak hij: ,,…''` only
        found = frames.colon_quote(doc, cue, spans, lexicon)
        return [found] if found else []
    found = (frames.colon_quote(doc, cue, spans, lexicon)
             or clauses.complement(doc, cue, lexicon)
             or clauses.clause_with_cut(doc, cue, lexicon))
    return [found] if found else []


def _denied(doc: Document, cue: Cue, lexicon: Lexicon) -> bool:
    """A negated cue verb: the speaker did not say it (`wil Schoof niet zeggen`)."""
    if cue.frame not in {"report", "naming"}:
        return False
    i = cue.token_i
    # right after a closing quote the cue's clause starts at the cue: a negation before
    # it is the quote's own (`,,… scheelt dat niet zo veel,'' verklaart Traag`, where
    # Frog's clause runs back into the quote)
    after_quote = postposed_slot(doc, i) or pointing_attribution(doc, i, lexicon)
    before = range(i, i) if after_quote else range(clause_start(doc, i, lexicon), i)
    if any(doc.tokens[k].lemma in lexicon.negators for k in before):
        return True
    after = range(i + 1, min(i + 4, clause_end_after(doc, i, lexicon)))
    return any(doc.tokens[k].lemma in lexicon.nothing for k in after)


def _candidates(doc: Document, spans: list[QuotedSpan], lexicon: Lexicon) -> list[Candidate]:
    cues = [c for s in doc.sentences for c in sentence_cues(doc, s.token_start, s.token_end,
                                                              lexicon)]
    cues = [c for c in cues if not frames.is_inside_quote(spans, c.token_i)
            and not _denied(doc, c, lexicon)]
    found: list[Candidate] = []
    taken: set[int] = set()
    for cue in cues:
        candidate = _owning(doc, cue, spans, lexicon)
        if candidate is not None:
            found.append(candidate)
            taken |= candidate.tokens() | {cue.token_i}
    for cue in cues:
        if cue.token_i in taken:
            continue
        for candidate in _ordinary(doc, cue, spans, lexicon):
            if not candidate.tokens() & taken or candidate.direct is not None and not (
                candidate.tokens() & {t for c in found for t in c.tokens()}
            ):
                found.append(candidate)
                taken |= candidate.tokens()
    for token in doc.tokens:
        if token.text == ":" and token.i not in taken:
            candidate = frames.bare_colon(doc, token.i, spans)
            if candidate is None:
                candidate = frames.clause_colon(doc, token.i, spans)
                if candidate is not None and not _named_or_person(doc, candidate.speaker,
                                                                  lexicon):
                    candidate = None
            if candidate is not None and not candidate.tokens() & taken:
                found.append(candidate)
                taken |= candidate.tokens()
    return found


def _named_or_person(doc: Document, head_i: int | None, lexicon: Lexicon) -> bool:
    """A speaker a clause without a cue verb can introduce: a name, a person's mention,
    `hij`/`zij`, or a definite person noun (`De advocaat die hem bijstaat`); a thing
    (`Het thema`, `De meestgestelde vraag`) or the writer's `ik`/`we` is not."""
    if head_i is None:
        return False
    return is_name(doc, head_i, lexicon) or _is_person(doc, head_i, lexicon) or (
        _person_noun(doc, head_i, lexicon))


def _standalone(doc: Document, spans: list[QuotedSpan], taken: set[int]) -> list[Candidate]:
    """Quoted spans that make up whole sentences and belong to no attribution."""
    found: list[Candidate] = []
    for span in spans:
        if taken & set(range(span.first, span.last + 1)):
            continue
        whole = _opens_sentence(doc, span.open_i) or _interrupted(doc, span, spans)
        if whole and _closes_sentence(doc, span):
            found.append(Candidate(span.first, span.last, None, None, span.first, direct=span))
    return found


def _interrupted(doc: Document, span: QuotedSpan, spans: list[QuotedSpan]) -> bool:
    """The second half of a quote the attribution interrupts: `'Maar je moet bedenken',
    zegt Sánchez-Cuenca, 'dat de progressieve rechters …'` (a comma, a short stretch
    with a verb, a comma, the quote reopened)."""
    if span.open_i == 0 or doc.tokens[span.open_i - 1].text != ",":
        return False
    for before in spans:
        close = before.close_last if before.close_last is not None else None
        if close is None or close >= span.open_i or span.open_i - close > 10:
            continue
        between = doc.tokens[close + 1 : span.open_i]
        return any(t.pos == "WW" for t in between) and between[0].text == ","
    return False


def _fragments(doc: Document, spans: list[QuotedSpan], taken: set[int], lexicon: Lexicon
               ) -> list[Candidate]:
    """A quoted verb phrase in a person's own clause, with no cue verb: `Hij … kan de
    hoge opkomst … 'alleen maar toejuichen'`, `Door haar te wurgen zou hij de vrouw 'bij
    haar moeder brengen'`: the person's words in the journalist's sentence (mixed). A
    quoted term or title (no verb, or fewer than three words) stays a term."""
    found: list[Candidate] = []
    for span in spans:
        inside = set(range(span.first, span.last + 1))
        if taken & inside or span.last - span.first < 2:
            continue
        if _opens_sentence(doc, span.open_i) and _closes_sentence(doc, span):
            continue
        if not any(doc.tokens[k].pos == "WW" for k in inside):
            continue
        start = clause_start(doc, span.first, lexicon)
        end = clause_end_after(doc, span.close_last or span.last, lexicon)
        sentence_start, sentence_end = sentence_range(doc, span.first)
        if taken & set(range(sentence_start, sentence_end)):
            continue  # the sentence has its cue: `Trump zei … te streven, en dat is "…"`
        if start > sentence_start and is_coordinator(doc.tokens[start - 1]):
            start_verbs = sentence_start  # `Hij is opgelucht … en kan …`: shared subject
        else:
            start_verbs = start
        verbs = [k for k in range(start_verbs, span.open_i) if is_finite(doc.tokens[k])]
        quoted_verb = any(is_finite(doc.tokens[k]) for k in inside)
        own = _subordinate_subject(doc, start, span.open_i) if quoted_verb else None
        if own is not None and (not verbs or verbs[-1] < own):
            head = own  # the quote holds the finite verb of the subordinate clause
        elif verbs:
            head = subject(doc, verbs[0], inside)
        else:
            continue
        if head is None or not sentence_start <= head < span.open_i or not _is_person(
                doc, head, lexicon):
            continue
        first, last = trim(doc, start, end - 1)
        if first <= last:
            found.append(Candidate(first, last, None, head, span.first))
    return found


def _subordinate_subject(doc: Document, start: int, open_i: int) -> int | None:
    """`Eén reden is dat ze voor MC Slotervaart 'de buurtzorgfunctie wil behouden'`: in a
    verb-final subordinate clause whose finite verb is quoted, the subject is the word
    right after the subordinating conjunction (ANS 21.1), before the quote."""
    for k in range(start, open_i - 1):
        token = doc.tokens[k]
        if is_subordinator(token) and is_nominal(doc.tokens[k + 1]):
            return k + 1
    return None


def _is_person(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """A third-person pronoun for a person (`hij`, `zij`) or a person's mention."""
    token = doc.tokens[head_i]
    mention = phrase_mention(doc, head_i)
    if mention is not None and mention.actor is not None:
        return mention.actor.kind == "person"
    return (token.pos == "VNW" and token.lemma.lower() in lexicon.person_pronouns
            and "mv" not in token.features)  # plural `zij`: a group, not one speaker


def _opens_sentence(doc: Document, open_i: int) -> bool:
    start = doc.sentences[doc.tokens[open_i].sent].token_start
    for k in range(open_i - 1, start - 1, -1):
        if ends_sentence(doc, k):
            return True
        if doc.tokens[k].pos != "LET":
            return False
    return True


def _closes_sentence(doc: Document, span: QuotedSpan) -> bool:
    if doc.tokens[span.last].text in {".", "!", "?"}:
        return True
    end = doc.sentences[doc.tokens[span.last].sent].token_end
    after = (span.close_i if span.close_i is not None else span.last) + 1
    return all(doc.tokens[k].pos == "LET" for k in range(after, end))


def _content_tokens(candidate: Candidate) -> set[int]:
    """The candidate's tokens without its cut-out attribution (`, zegt X,`)."""
    cut = {k for a, b in candidate.cuts for k in range(a, b + 1)}
    return candidate.tokens() - cut


def _introduced(doc: Document, sentence: int, quotes: list[tuple[int, Quote]],
                lexicon: Lexicon) -> int | None:
    """The person a free-standing quote belongs to when the sentence before introduces
    them and holds no quote itself: `Sietse Brouwer (63) loopt bij de grootouders mee.
    'We lopen …'` — the subject of that sentence, if it is a person's name."""
    if sentence == 0 or any(s == sentence - 1 for s, _ in quotes):
        return None
    before = doc.sentences[sentence - 1]
    roots = [t.i for t in doc.tokens[before.token_start : before.token_end]
             if t.deprel == "ROOT" and t.pos == "WW"]
    for root in roots:
        head = subject(doc, root, set())
        if head is None or not before.token_start <= head < before.token_end:
            continue
        actor, given = speaker_of(doc, head, lexicon)
        if actor is not None and actor.kind == "person" or actor is None and given and (
                is_name(doc, head, lexicon)):
            return head
    return None


def _person_noun(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """A definite singular noun naming a person by role (`de socioloog`, `de
    gepensioneerde rechter`, `de VVD'er`): Dutch agent-noun endings, `cues.yaml`."""
    head = doc.tokens[head_i]
    if member_suffix(doc, head_i, lexicon):
        return True  # `De VVD'er`
    if head.pos != "N" or "ev" not in head.features:
        return False
    definite = has_definite_article(doc, head_i)
    # `De officier van justitie`: a fixed office title names that office's holder, a
    # new person, not the one quoted last (the suspect in a court report)
    return definite and head.text.lower().endswith(lexicon.person_suffixes) and (
        bare_van_noun(doc, head_i, lexicon) is None)


def _owner_of_name(doc: Document, head_i: int, lexicon: Lexicon) -> int:
    """`Socioloog Tanja Traag van het CBS reageert`: when Frog makes the object of the
    owner preposition the subject (the name before it read as an adjective), the phrase
    is headed by the person named before `van` (`X van Y` is X). Only when the actor
    layer has a person name ending right before `van`; a `van` inside a name (`Ingrid
    van Engelshoven`) is no preposition."""
    k = head_i - 1
    if k >= 0 and doc.tokens[k].pos == "LID":
        k -= 1
    if k < 1 or doc.tokens[k].lemma not in lexicon.owner_prepositions:
        return head_i
    if mention_at(doc, k) is not None:
        return head_i
    person = next((m for m in doc.mentions if m.type == "PER" and m.kind == "name"
                   and m.token_end == k), None)
    return person.token_end - 1 if person is not None else head_i


def _listed_names(doc: Document, head_i: int) -> list[int]:
    """`coalitiepartijen VVD, D66 en PvdA`: a plural noun with a list of names in
    apposition right after it; each name speaks (as `Netanyahu en Gantz` do). The list
    is names joined by commas and a final `en`, at least two, each a linked mention."""
    head = doc.tokens[head_i]
    if head.pos != "N" or "mv" not in head.features:
        return []
    names: list[int] = []
    k = head_i + 1
    while k < len(doc.tokens) and doc.tokens[k].pos == "SPEC":
        mention = mention_at(doc, k)
        if mention is None or mention.actor is None:
            return []
        names.append(k)
        k = mention.token_end
        if k < len(doc.tokens) and doc.tokens[k].text in {",", "en"} and (
                doc.tokens[k - 1].text != "en"):
            k += 1
            continue
        break
    ended = len(names) >= 2 and doc.tokens[names[-1] - 1].text == "en"
    return names if ended else []


def _recent_person(quotes: list[tuple[int, Quote]], sentence: int, noun: str
                   ) -> Actor | None:
    """The person quoted last, a few sentences back: journalists vary the name with a
    role noun (`Blom: '…' … , aldus de socioloog`). The noun must agree in gender with
    the person where both are known (`de man` is not Marieke van Doorninck)."""
    wanted = noun_gender(noun)
    for s, quote in reversed(quotes):
        if sentence - s > 2 * RUNNING_SPEAKER_WINDOW:
            break
        if quote.speaker is not None and quote.speaker.kind == "person" and (
                not is_described(quote.speaker)):
            known = actor_gender(quote.speaker)
            return quote.speaker if None in (wanted, known) or wanted == known else None
    return None


def _interviewee(quotes: list[tuple[int, Quote]]) -> list[tuple[int, Quote]]:
    """The article's only quoted person so far (an interview or a profile): a free
    quote further on than the running-speaker window is still theirs. With two or
    more speakers quoted, nobody is assumed."""
    speakers = {q.speaker.id for _, q in quotes
                if q.speaker is not None and not is_described(q.speaker)}
    if len(speakers) != 1:
        return []  # unresolved speakers (`de parlementariër`) do not count against it
    return [(s, q) for s, q in quotes if q.speaker is not None]


def extract(doc: Document, lexicon: Lexicon | None = None) -> list[Quote]:
    lexicon = lexicon or load()
    spans = quoted_spans(doc)
    candidates = _candidates(doc, spans, lexicon)
    taken = {t for c in candidates for t in c.tokens()}
    candidates += _standalone(doc, spans, taken)
    taken = {t for c in candidates for t in c.tokens()}
    candidates += _fragments(doc, spans, taken, lexicon)
    candidates.sort(key=lambda c: c.first)
    quotes: list[tuple[int, Quote]] = []
    for candidate in candidates:
        kind = settle_kind(candidate, spans)
        if candidate.needs_quote and kind == "indirect":
            continue
        sentence = doc.tokens[candidate.first].sent
        if candidate.speaker is None and candidate.cue is None:
            candidate.speaker = _introduced(doc, sentence, quotes, lexicon)
        if candidate.speaker is None:
            previous = [(s, q) for s, q in quotes if sentence - s <= RUNNING_SPEAKER_WINDOW]
            if not previous:
                previous = _interviewee(quotes)
            if not previous or candidate.cue is not None:
                continue
            last = previous[-1][1]
            quote = make_quote(doc, candidate, kind, last.speaker, last.speaker_text)
        else:
            candidate.speaker = _owner_of_name(doc, candidate.speaker, lexicon)
            listed = _listed_names(doc, candidate.speaker)
            if listed:
                candidate.speaker = listed[0]
            actor, given = speaker_of(doc, candidate.speaker, lexicon)
            if not given:
                continue
            if actor is None and _person_noun(doc, candidate.speaker, lexicon):
                actor = _recent_person(quotes, sentence, doc.tokens[candidate.speaker].text)
            if actor is None:
                actor = described_actor(doc, candidate.speaker, lexicon)
            if actor is None:
                recent = [q for s, q in quotes if sentence - s <= 2 * RUNNING_SPEAKER_WINDOW]
                actor = pronoun_speaker(doc, candidate.speaker, recent, lexicon)
            if actor is None:
                group = plural_group(doc, candidate.speaker, lexicon)
                actor = described_actor(doc, group, lexicon) if group is not None else None
            if actor is None and candidate.needs_actor:
                continue
            stop = _content_tokens(candidate) | {candidate.anchor}
            phrase = speaker_text(doc, candidate.speaker, stop, lexicon)
            quote = make_quote(doc, candidate, kind, actor, phrase)
            for other in listed[1:] or conjuncts(doc, candidate.speaker):
                other_actor, other_given = speaker_of(doc, other, lexicon)
                if other_given and other_actor is None:
                    other_actor = described_actor(doc, other, lexicon)
                if other_given and other_actor is not None and other_actor != actor:
                    other_phrase = speaker_text(doc, other, stop, lexicon)
                    quotes.append((doc.tokens[candidate.anchor].sent, make_quote(
                        doc, candidate, kind, other_actor, other_phrase)))
        quotes.append((doc.tokens[candidate.anchor].sent, quote))
    return sorted((q for _, q in quotes), key=lambda q: q.start)


def annotate(doc: Document) -> None:
    """Pipeline stage: fill `doc.quotes`."""
    doc.quotes = extract(doc)
