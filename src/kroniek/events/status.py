"""An event's status (reported, future, hypothetical, negated, historical) and its date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kroniek.events.lexicon import Lexicon, load_lexicon
from kroniek.model import Document, Timex, Token
from kroniek.syntax import (
    ancestors,
    clause_verb,
    is_finite,
    is_verb,
    negated,
    subtree,
    tense,
    verb_chain,
)
from kroniek.time.anaphora import parse_point
from kroniek.time.annotate import (
    CALENDAR_VALUE,
    POINT_TYPES,
    governing_timex,
    head_of,
    published_date,
    scene_timex,
    timex_tokens,
)
from kroniek.time.annotate import event_date as time_event_date
from kroniek.time.calendar import add_months
from kroniek.time.normalise import Value


def _chain(doc: Document, trigger_i: int) -> list[int]:
    token = doc.tokens[trigger_i]
    if is_verb(token):
        return verb_chain(doc, trigger_i)
    for head in ancestors(doc, trigger_i):
        if is_verb(doc.tokens[head]):
            return verb_chain(doc, head)
    return [trigger_i] if token.pos == "ADJ" else []  # a verb Frog tagged as adjective


def _heads_clause(doc: Document, conjunction_i: int) -> bool:
    """Whether a conjunction opens a clause (a finite verb below it): `als` + a phrase
    without one is "as" (`erkennen Guaidó als het wettige staatshoofd`, `Net als de
    PO-raad, schaart ...`), a comparison, not a condition."""
    return any(is_finite(doc.tokens[i]) for i in subtree(doc, conjunction_i)
               if i != conjunction_i)


def _in_condition(doc: Document, trigger_i: int, lex: Lexicon) -> bool:
    """Inside a clause opened by `als`, `indien`, ... (the trigger or its verb hangs under it)."""
    subordinators = lex.word_set("conditional_subordinators")
    for head in [trigger_i, *ancestors(doc, trigger_i)]:
        token = doc.tokens[head]
        if token.pos == "VG" and token.lemma.lower() in subordinators:
            return _heads_clause(doc, head)
        if head != trigger_i and token.lemma.lower() in subordinators and token.pos == "VZ":
            return token.deprel in {"mod", "cmp"} and is_verb(doc.tokens[trigger_i])
    return False


def _under_condition(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    """A non-past clause with a condition of its own (`Als dat niet lukt, gaan we weer
    staken`) describes what would happen. In a past clause `als` means "when", unless
    both clauses are pluperfect: that is the irrealis of the past (`hadden mannen de
    regering ... geholpen, als zij het alleen voor het zeggen hadden gehad`), what would
    have happened and did not."""
    subordinators = lex.word_set("conditional_subordinators")
    conditions = [c for i in chain for c in doc.children(i)
                  if c.pos == "VG" and c.lemma.lower() in subordinators
                  and _heads_clause(doc, c.i)]
    if tense(doc, chain[0]) != "past":
        return any(c.i < chain[0] for c in conditions)
    return _pluperfect(doc, chain) and any(
        _pluperfect(doc, verb_chain(doc, body.i)) for c in conditions
        for body in doc.children(c.i) if body.deprel == "body" and is_verb(body))


def _timex_tokens(doc: Document) -> set[int]:
    covered: set[int] = set()
    for timex in doc.timexes:
        for token in doc.tokens:
            if token.start >= timex.start and token.end <= timex.end:
                covered.add(token.i)
    return covered


def _adverb_of_time(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A historical adverb, and for a word that is also a subordinator (`toen`: "then" or
    "when"; Frog tags both BW) only in an adverb's place: right after the finite verb
    (`Israël wees toen ook naar Hamas`) or first, before it (`Toen wees Israël ...`)."""
    if token.lemma.lower() not in lex.word_set("historical_adverbs") or token.pos == "VG":
        return False
    if token.lemma.lower() not in lex.word_set("subordinating_adverbs"):
        return True
    before = doc.tokens[token.i - 1] if token.i > 0 else None
    after = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if before is None or before.sent != token.sent or before.pos == "LET":
        return after is not None and is_finite(after)  # first: `Toen wees Israël`
    return is_finite(before)


def _has_historical_adverb(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    adverbs = lex.word_set("historical_adverbs")
    in_timex = _timex_tokens(doc)
    for i in chain:
        for child in doc.children(i):
            if _adverb_of_time(doc, child, lex) and child.i not in in_timex:
                return True
            # Or one level down, under an adverb or particle of the clause: Frog hangs
            # `eerder` on the particle in `kwam dat eerder overeen met Fivoor`.
            if child.pos == "BW" and any(_adverb_of_time(doc, g, lex) and g.i not in in_timex
                                         for g in doc.children(child.i)):
                return True
    # Detached in a broken parse: the adverb right after the finite verb (`bemiddelde eerder`),
    # or right before it in first place (`vorig jaar: toen kwamen slechts 2500 mensen af`,
    # `toen` hung from the noun before the colon), which `_adverb_of_time` checks.
    previous = chain[0] - 1
    if _word_after_finite(doc, chain, adverbs, in_timex) or (
            previous >= 0 and doc.tokens[previous].sent == doc.tokens[chain[0]].sent
            and previous not in in_timex and _adverb_of_time(doc, doc.tokens[previous], lex)):
        return True
    # Or anywhere in the middle field of a verb-final clause (`overeenkomsten die Moskou
    # eerder met Venezuela heeft gesloten`), where the adverb can only be the clause's own.
    field = _middle_field(doc, chain) or range(0)
    return any(doc.tokens[i].lemma.lower() in adverbs and doc.tokens[i].pos == "BW"
               and i not in in_timex for i in field)


def _word_after_finite(doc: Document, chain: list[int], words: frozenset[str],
                       exclude: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether the token right after the clause's finite verb, in its sentence and not in
    `exclude`, is one of `words`: an adverb the parse hung elsewhere (`bemiddelde eerder`,
    `diende vaak moties in`)."""
    nxt = chain[0] + 1
    return (nxt < len(doc.tokens) and doc.tokens[nxt].sent == doc.tokens[chain[0]].sent
            and nxt not in exclude and doc.tokens[nxt].lemma.lower() in words)


def _before_publication_year(doc: Document, value: str | None) -> bool:
    """Whether a date value lies in a year before the article's."""
    published = doc.article.published
    return bool(value and published and value[:4].isdigit() and published[:4].isdigit()
                and int(value[:4]) < int(published[:4]))


def _pluperfect(doc: Document, chain: list[int]) -> bool:
    tokens = [doc.tokens[i] for i in chain]
    return any(
        t.lemma in {"hebben", "zijn"} and "verl" in t.features and "pv" in t.features
        for t in tokens
    ) and any("vd" in t.features for t in tokens)


def _hypothetical_modal(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    lemmas = [doc.tokens[i].lemma for i in chain]
    tokens = [doc.tokens[i] for i in chain]
    conditional_zou = any(t.lemma == "zullen" and "verl" in t.features for t in tokens)
    return conditional_zou and any(lemma in lex.word_set("hypothetical_modals") for lemma in lemmas)


def _last_day(point: Value) -> date:
    if point.granularity == "week":
        return point.day + timedelta(days=6)
    if point.granularity == "month":
        return add_months(point.day, 1) - timedelta(days=1)
    if point.granularity == "year":
        return date(point.day.year, 12, 31)
    return point.day


def after_publication(doc: Document, value: str | None) -> bool:
    """Whether a calendar value lies wholly after the publication date (`volgende week`
    in an article of Friday 2025-11-21 is 2025-W48)."""
    published = published_date(doc)
    if not value or not published:
        return False
    point, now = parse_point(value), parse_point(published)
    return point is not None and now is not None and point.day > _last_day(now)


def _distant_past(timex: Timex | None, lex: Lexicon) -> bool:
    """A vague past time years or more back (`al jaren geleden`, `decennia geleden`:
    status.yaml `distant_past_words`)."""
    return timex is not None and timex.value == "PAST_REF" and any(
        word in lex.word_set("distant_past_words") for word in timex.text.lower().split())


def _clause_indices(doc: Document, trigger_i: int, chain: list[int]) -> list[int]:
    """The trigger, its verb chain and their adverbial and nominal dependents: where the
    clause's own time expression hangs."""
    indices = sorted({trigger_i, *chain})
    for i in list(indices):
        indices.extend(c.i for c in doc.children(i) if c.pos in {"BW", "N", "VZ", "SPEC", "ADJ"})
    return sorted(set(indices))


def _own_timex(doc: Document, trigger_i: int, chain: list[int]) -> Timex | None:
    timex = governing_timex(doc, _clause_indices(doc, trigger_i, chain))
    if timex is not None and _in_infinitive_field(doc, timex, chain):
        timex = None
    return timex or _middle_field_timex(doc, chain)


def _in_infinitive_field(doc: Document, timex: Timex, chain: list[int]) -> bool:
    """Whether a time stands between `om` and `te` + infinitive, the middle field of an
    infinitive clause (ANS 18.5.1, om-te-infinitief), which Frog may hang on the verb above:
    `riep de Venezolanen op om komende zaterdag massaal te demonstreren`. The time is the
    demonstration's, not the call's (made yesterday, so not a plan)."""
    tokens = timex_tokens(doc, timex)
    if not tokens:
        return False
    openers = load_lexicon().word_set("infinitive_clause_openers")

    def blocked(token: Token) -> bool:
        return (token.sent != doc.tokens[tokens[0]].sent or token.i in chain
                or is_finite(token) or token.pos == "LET")

    i = tokens[0] - 1
    while i >= 0 and not blocked(doc.tokens[i]) and doc.tokens[i].lemma.lower() not in openers:
        i -= 1
    if i < 0 or doc.tokens[i].lemma.lower() not in openers or doc.tokens[i].pos != "VZ":
        return False
    for j in range(tokens[-1] + 1, len(doc.tokens) - 1):
        # A second `om` opens the infinitive clause; the first was the time's own
        # preposition (`kwamen om vijf uur om de man te arresteren`).
        if blocked(doc.tokens[j]) or doc.tokens[j].lemma.lower() in openers:
            return False
        if doc.tokens[j].lemma == "te" and "inf" in doc.tokens[j + 1].features:
            return True
    return False


def event_status(
    doc: Document, trigger_i: int, lex: Lexicon, date: str | None, planned: bool = False
) -> str:
    """The spec's status for the event a trigger codes."""
    chain = _chain(doc, trigger_i)
    verb = chain[0] if chain else None
    if verb is not None and negated(doc, verb) and not _negation_elsewhere(doc, trigger_i, chain):
        return "negated"
    if _in_condition(doc, trigger_i, lex) or (chain and _hypothetical_modal(doc, chain, lex)) or (
            verb is not None and _under_condition(doc, chain, lex)):
        return "hypothetical"
    earlier_year = _before_publication_year(doc, date)
    if planned or after_publication(doc, date) or (
            verb is not None and tense(doc, verb) == "future" and not earlier_year):
        # `zou in 2011 hebben deelgenomen`: `zou` with a year before the article's is what
        # someone is said to have done then, not a future.
        return "future"
    if chain and (_pluperfect(doc, chain) or _has_historical_adverb(doc, chain, lex)
                  or _distant_past(_own_timex(doc, trigger_i, chain), lex) or any(
            _has_historical_adverb(doc, verb_chain(doc, p), lex)
            for p in _conjunct_partners(doc, chain)) or _said_earlier(doc, chain, lex)):
        # Coordinated clauses share their time as they share a date (`Israël wees toen ook
        # naar Hamas en bestookte ... doelen`: the shelling is then too).
        return "historical"
    if chain and tense(doc, chain[0]) == "past" and (
            _within_earlier_year(doc, chain) or _framed_by_earlier_year(doc, chain, lex)
            or (date is None and _repeated(doc, chain, lex))):
        return "historical"
    return "historical" if earlier_year else "reported"


def _said_earlier(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    """The clause is the complement of a speech verb told in the past with a historical
    adverb: `Minister Bijleveld zei eerder een onafhankelijk onderzoek in te stellen`. What
    was said then (a promise, a demand) is an act of then, background to the story, as the
    dev gold codes that sentence (AGREE, historical). Only speech verbs (status.yaml
    `speech_verbs`): under other verbs (`besloot eerder de weg af te sluiten`) the act may
    come later than the governing one."""
    top = min(chain, key=lambda i: len(ancestors(doc, i)))
    above = next((h for h in ancestors(doc, top) if is_verb(doc.tokens[h])), None)
    if above is None:
        return False
    speaker_chain = verb_chain(doc, above)
    return (any(doc.tokens[i].lemma in lex.word_set("speech_verbs") for i in speaker_chain)
            and tense(doc, above) == "past" and _has_historical_adverb(doc, speaker_chain, lex))


def _within_earlier_year(doc: Document, chain: list[int]) -> bool:
    """A past clause under a clause dated in a year before the article's took place by then.

    `Rosenmöller en Duisenberg, die als informateurs het college vormden, toonden zich
    vorig jaar al geschrokken`: the forming told in the past inside a clause of `vorig jaar`
    is background. Only the status follows: the date stays the clause's own (scene rules), as
    a subordinate clause inherits no date (see `_conjunct_timex`). The boundary is the year,
    as for a clause's own date: the dev gold codes an earlier month of the same year
    (`begin dit jaar`, `de laatste dagen`) as reported, an earlier year (`vorig jaar`, 2011,
    2017) as historical.
    """
    top = min(chain, key=lambda i: len(ancestors(doc, i)))
    above = next((h for h in ancestors(doc, top) if is_verb(doc.tokens[h])), None)
    if above is None:
        return False
    timex = governing_timex(doc, verb_chain(doc, above))
    value = timex.value if timex is not None else None
    return bool(value and CALENDAR_VALUE.match(value) and not _modifies_noun(doc, timex)
                and _before_publication_year(doc, value))


def _repeated(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    """An adverb of repetition on the clause (`diende vaak moties in`, `heeft herhaaldelijk
    gedreigd`): with a past tense and no time of its own (the caller's conditions), the
    clause sums up earlier acts; a dated clause (`gooiden zaterdag herhaaldelijk stenen`)
    is the story's own scene and stays reported. As for historical adverbs, the word right
    after the finite verb counts when the parse hangs it elsewhere (`diende vaak moties in`:
    Frog reads `vaak` as an adjective of `moties`)."""
    adverbs = lex.word_set("repetition_adverbs")
    return any(c.lemma.lower() in adverbs for i in chain for c in doc.children(i)) or (
        _word_after_finite(doc, chain, adverbs))


def _framed_by_earlier_year(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    """The clause's own `voor`/`na`/`tijdens` phrase names an occasion of an earlier year.

    `De man werd voor de Vierdaagse van 2017 opgepakt`: `van 2017` describes the noun, so it
    gives no date (see `_modifies_noun`), but the arrest told in the past just before an
    occasion of 2017 is background to a 2019 story. Only the status follows; the words
    between the preposition and `van` must be one noun phrase (article, adjectives, nouns).
    """
    prepositions = lex.word_set("framing_prepositions")
    for timex in doc.timexes:
        tokens = timex_tokens(doc, timex)
        value = timex.value or ""
        if (not tokens or timex.type not in POINT_TYPES or not CALENDAR_VALUE.match(value)
                or not _before_publication_year(doc, value) or tokens[0] < 2):
            continue
        if doc.tokens[tokens[0] - 1].lemma.lower() != "van":
            continue
        i = tokens[0] - 2
        while i >= 0 and doc.tokens[i].pos in {"LID", "ADJ", "N", "SPEC", "TW"}:
            i -= 1
        if i == tokens[0] - 2 or i < 0:
            continue
        preposition = doc.tokens[i]
        if (preposition.pos == "VZ" and preposition.lemma.lower() in prepositions
                and preposition.sent == doc.tokens[tokens[0]].sent
                and clause_verb(doc, i) in chain):
            return True
    return False


def _negation_elsewhere(doc: Document, trigger_i: int, chain: list[int]) -> bool:
    """`niet` that belongs to a nominal trigger's other phrase, not to the event."""
    return not is_verb(doc.tokens[trigger_i]) and trigger_i not in chain


def _modifies_noun(doc: Document, timex: Timex) -> bool:
    """A time after `van` describes a noun (`de landsgrenzen van voor 2014`, `de top van
    vorige week`); it does not date the clause."""
    first = next((t for t in doc.tokens if t.start >= timex.start), None)
    if first is None:
        return False
    for i in range(first.i - 1, max(first.i - 3, -1), -1):  # `van voor 2014`: over one more
        previous = doc.tokens[i]
        if previous.sent != first.sent or previous.pos != "VZ":
            return False
        if previous.lemma.lower() == "van":
            return True
    return False


def _middle_field(doc: Document, chain: list[int]) -> range | None:
    """The middle field of a verb-final subordinate clause, when the parse may have hung its
    words elsewhere.

    A Dutch subordinate clause puts its finite verb last; everything between its opener (a
    subordinator `dat`/`omdat`, a relative pronoun `die`/`dat`) and its verbs is its own
    middle field (ANS 21.2). Frog sometimes hangs a word of that field on the main clause
    (`noemde de deal die de EU in 2016 met Turkije sloot`: `in 2016` under `noemde`).
    Walking left from the verbs, a finite verb or punctuation before any opener means the
    verbs are not verb-final after one: no middle field.
    """
    if not chain:
        return None
    first = min(chain)
    sentence = doc.tokens[first].sent
    for i in range(first - 1, -1, -1):
        token = doc.tokens[i]
        if token.sent != sentence or is_finite(token) or token.pos == "LET":
            return None
        if (token.pos == "VG" and "onder" in token.features) or (
                token.pos == "VNW" and "betr" in token.features):
            return range(i + 1, first)
    return None


def _middle_field_timex(doc: Document, chain: list[int]) -> Timex | None:
    """The last dated time in the clause's middle field (see `_middle_field`), which dates
    the clause the parse left undated."""
    field = _middle_field(doc, chain)
    if field is None:
        return None
    inside = [t for t in doc.timexes if t.type in POINT_TYPES
              and CALENDAR_VALUE.match(t.value or "")
              and (tokens := timex_tokens(doc, t)) and tokens[0] in field and tokens[-1] in field]
    return inside[-1] if inside else None


def _conjunct_partners(doc: Document, chain: list[int]) -> list[int]:
    """The verbs of the clauses a clause is coordinated with (`wees toen naar Hamas en
    bestookte ... doelen`: `wees` for `bestookte`)."""
    if not chain:
        return []
    top = doc.tokens[min(chain, key=lambda i: len(ancestors(doc, i)))]
    if top.deprel != "cnj" or top.head < 0:
        return []
    head = doc.tokens[top.head]
    return [head.i] if is_verb(head) else [
        c.i for c in doc.children(head.i) if c.deprel == "cnj" and c.i != top.i and is_verb(c)]


def _conjunct_timex(doc: Document, chain: list[int]) -> Timex | None:
    """Coordinated clauses share their time (`viel vrijdag Kiev aan en beschoot Charkiv`): the
    timex of the conjunct this clause is coordinated with, when it has none of its own.
    Subordinate clauses do not inherit: `zei vrijdag dat hij zal bellen` is not dated so."""
    for partner in _conjunct_partners(doc, chain):
        timex = governing_timex(doc, verb_chain(doc, partner))
        if timex is not None:
            return timex
    return None


def _fronted_fragment(doc: Document, timex: Timex | None, chain: list[int]) -> bool:
    """Whether Frog parsed a time expression that stands before the clause's verbs (the
    fronted adverbial of a Dutch main clause) as a root fragment with no verb; a phrase
    detached at the end may belong to a noun (`betrokkenheid bij de liquidatie ... op 9
    mei 2016`) and is left alone."""
    if timex is None:
        return False
    tokens = [t for t in doc.tokens if timex.start <= t.start < timex.end]
    if not tokens or not chain or tokens[-1].i > min(chain):
        return False
    top = tokens[0].i
    while doc.tokens[top].head >= 0:
        top = doc.tokens[top].head
    return not is_verb(doc.tokens[top]) and not any(
        is_verb(doc.tokens[i]) for i in subtree(doc, top))


def _sole_timex(doc: Document, trigger_i: int) -> Timex | None:
    sentence = doc.sentences[doc.tokens[trigger_i].sent]
    found = [t for t in doc.timexes if sentence.start <= t.start < sentence.end
             and t.type in {"DATE", "TIME"} and t.value and not t.value.startswith("X")
             and not t.value.endswith("_REF")]
    return found[0] if len(found) == 1 else None


_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _in_quote(doc: Document, token_i: int) -> bool:
    start = doc.tokens[token_i].start
    return any(q.start <= start < q.end for q in doc.quotes)


def _scene(doc: Document, trigger_i: int, chain: list[int], first: int) -> Timex | None:
    """The scene date a clause without a date of its own is narrated in, if it takes one.

    Tense decides (Dutch news narrates a dated scene in the past and returns to the time of
    writing in the present):
    - a clause told in the past did not happen in a scene still to come (`Zadelhoff spreekt
      vrijdag met de gemeente. Zadelhoff heeft de curatoren verzekerd ...`);
    - a present-tense clause outside a quote is the time of writing, not an earlier scene
      (`... werd gisteren door de rechtbank afgewezen. Sylvia R. wordt verdacht van ...`);
      a later scene it keeps, the present tells the scheduled future (`zondag ... De
      milieuorganisatie organiseert de mars`). Inside a quote the present is the time of
      speaking, which is the scene's (`Maas zei gisteren: ,,De steun is onwrikbaar.''`);
    - a date after publication in a clause told in the past dates the thing announced, not
      a scene (`Voor zaterdag hebben beide rivalen demonstraties aangekondigd.`);
    - a past clause narrates on in the latest past it follows: a month told in the past
      after the day scene (`gisteren ... Dat gebeurde in april 2012. ... Ze werd al snel
      verhoord`) is the scene, not the older day.
    """
    scene = scene_timex(doc, first)
    if chain and is_verb(doc.tokens[trigger_i]) and any(
            is_finite(doc.tokens[i]) and "verl" in doc.tokens[i].features for i in chain):
        scene = _past_month(doc, first, scene) or scene  # narrated on in the simple past
    if scene is None or not chain:
        return scene
    later = after_publication(doc, scene.value)
    if later and _told_in_past(doc, timex_tokens(doc, scene)):
        return None
    clause_tense = tense(doc, chain[0])
    if clause_tense == "past" and later:
        return None
    if clause_tense == "present" and not later and not _in_quote(doc, trigger_i):
        return None
    return scene


def _past_month(doc: Document, first: int, scene: Timex | None) -> Timex | None:
    """The last month-level date before token `first` in its paragraph or the one before,
    when it comes after the day-level scene and its own clause is told in the past."""
    paragraph = doc.sentences[doc.tokens[first].sent].paragraph
    for timex in reversed(doc.timexes):
        tokens = timex_tokens(doc, timex)
        if not tokens or tokens[0] >= first:
            continue
        if (scene is not None and timex.start <= scene.start) or doc.sentences[
                doc.tokens[tokens[0]].sent].paragraph < paragraph - 1:
            return None
        if timex.type in {"DATE", "TIME"} and _MONTH.match(timex.value or ""):
            return timex if _told_in_past(doc, tokens) and not after_publication(
                doc, timex.value) else None
    return None


def _told_in_past(doc: Document, tokens: list[int]) -> bool:
    """The clause of a time expression is told in the past; when Frog leaves the expression
    outside any clause (`Voor zaterdag` as a root of its own), the sentence's finite verb."""
    if not tokens:
        return False
    verb = clause_verb(doc, head_of(doc, tokens))
    if verb is None:
        sentence = doc.sentences[doc.tokens[tokens[0]].sent]
        verb = next((t.i for t in doc.sentence_tokens(sentence) if is_finite(t)), None)
    return verb is not None and tense(doc, verb) == "past"


def _bounded(doc: Document, timex: Timex, value: str) -> str:
    """`net voor de kerstdagen van vorig jaar` (mod BEFORE/AFTER): the event lies near the
    named day, not on it; only its month is known."""
    if timex.modifier in {"BEFORE", "AFTER"} and len(value) == 10:
        if timex.modifier == "BEFORE" and after_publication(doc, value):
            # `Voor zaterdag hebben beide rivalen demonstraties aangekondigd`: `voor` with a
            # day still to come names the day planned for (or the deadline), not a time
            # somewhere before it.
            return value
        return value[:7]
    return value


def event_date(doc: Document, trigger_i: int) -> tuple[str | None, str | None, bool]:
    """(date, date_text, from_timex) for the clause of a trigger."""
    chain = _chain(doc, trigger_i)
    indices = _clause_indices(doc, trigger_i, chain)
    # The clause's own time, else its coordinated partner's, else the scene's: news dates a
    # scene once and narrates on (`Eerder deze week ... Hij zei dat ...`), see scene_timex.
    timex = _own_timex(doc, trigger_i, chain)
    if _distant_past(timex, load_lexicon()):
        return None, timex.text, True  # `al jaren geleden`: before the story, day unknown
    if timex is None and (not chain or _fronted_fragment(doc, _sole_timex(doc, trigger_i),
                                                          chain)):
        # A nominal event in a sentence Frog leaves without a verb chain above it (the
        # noun is a root), or a sentence whose only time, fronted before the finite verb,
        # Frog detached as a root fragment of its own (`Voor zaterdag hebben beide rivalen
        # demonstraties aangekondigd`: `Voor zaterdag` a second root): the sentence's only
        # point in time dates it, before any scene.
        timex = _sole_timex(doc, trigger_i)
    if timex is None or not CALENDAR_VALUE.match(timex.value or ""):  # `nu` dates no scene
        scene = _scene(doc, trigger_i, chain, indices[0])
        timex = _conjunct_timex(doc, chain) or scene or timex
    if timex is not None and _modifies_noun(doc, timex):
        timex = None
    if timex is None or not timex.value or timex.value.startswith("X"):
        return published_date(doc), None, False
    return _bounded(doc, timex, time_event_date(doc, timex)), timex.text, True
