"""An event's status (reported, future, hypothetical, negated, historical); its date is
events/event_date.py."""

from __future__ import annotations

from kroniek.events.event_date import (
    after_publication,
    conjunct_partners,
    distant_past,
    last_day,
    middle_field,
    modifies_noun,
    own_timex,
    trigger_chain,
)
from kroniek.events.lexicon import Lexicon
from kroniek.events.modality import quote_at
from kroniek.model import Document, Token
from kroniek.syntax import (
    ancestors,
    clause_verb,
    is_finite,
    is_participle,
    is_past_finite,
    is_verb,
    lemmas_with_particle,
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
    published_date,
    timex_tokens,
)


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
    field = middle_field(doc, chain) or range(0)
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


def _long_before(doc: Document, value: str | None, lex: Lexicon) -> bool:
    """Whether a day or month value (a month counted from its last day) lies more than
    status.yaml `background_days` before the article's day or month."""
    published = parse_point(published_date(doc) or "")
    when = parse_point(value or "")
    if published is None or when is None or not {published.granularity, when.granularity} <= {
            "day", "month"}:
        return False
    days = min(int(n) for n in lex.word_set("background_days"))
    return (published.day - last_day(when)).days > days


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


def event_status(
    doc: Document, trigger_i: int, lex: Lexicon, date: str | None, planned: bool = False
) -> str:
    """The spec's status for the event a trigger codes."""
    chain = trigger_chain(doc, trigger_i)
    verb = chain[0] if chain else None
    if verb is not None and negated(doc, verb) and not _negation_elsewhere(doc, trigger_i, chain):
        return "negated"
    if _in_condition(doc, trigger_i, lex) or (chain and _hypothetical_modal(doc, chain, lex)) or (
            verb is not None and _under_condition(doc, chain, lex)):
        return "hypothetical"
    earlier_year = _before_publication_year(doc, date)
    if (planned and not earlier_year) or after_publication(doc, date) or (
            verb is not None and tense(doc, verb) == "future" and not earlier_year):
        # `zou in 2011 hebben deelgenomen`: `zou` with a year before the article's is what
        # someone is said to have done then, not a future.
        return "future"
    if chain and (_pluperfect(doc, chain) or _has_historical_adverb(doc, chain, lex)
                  or distant_past(own_timex(doc, trigger_i, chain), lex) or any(
            _has_historical_adverb(doc, verb_chain(doc, p), lex)
            for p in conjunct_partners(doc, chain)) or _said_earlier(doc, chain, lex)
            or _quoted_earlier(doc, trigger_i, lex)):
        # Coordinated clauses share their time as they share a date (`Israël wees toen ook
        # naar Hamas en bestookte ... doelen`: the shelling is then too).
        return "historical"
    if chain and tense(doc, chain[0]) == "past" and (
            _within_earlier_year(doc, chain) or _framed_by_earlier_year(doc, chain, lex)
            or (date is None and _repeated(doc, chain, lex)) or _alleged_ground(doc, chain, lex)):
        return "historical"
    return "historical" if earlier_year or _long_before(doc, date, lex) else "reported"


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


def _quoted_earlier(doc: Document, trigger_i: int, lex: Lexicon) -> bool:
    """A direct quote whose cue verb, outside it in its sentence, is told in the past with
    a historical adverb: `In een interview met Trouw zei hij eerder: "We willen best
    samenwerken ..."`, `..., zei hij toen`. What was said then is background, as for the
    complement of such a verb (`_said_earlier`); Frog parses the quote as a clause of its
    own, so the cue is found through the quote layer."""
    quote = quote_at(doc, doc.tokens[trigger_i])
    if quote is None or quote.kind == "indirect" or not quote.cue:
        return False
    for sentence in doc.sentences:
        if not (sentence.start <= quote.start < sentence.end
                or sentence.start < quote.end <= sentence.end):
            continue
        for token in doc.sentence_tokens(sentence):
            if (quote.start <= token.start < quote.end or not is_finite(token)
                    or quote.cue not in lemmas_with_particle(doc, token)):
                continue
            chain = verb_chain(doc, token.i)
            if tense(doc, token.i) == "past" and _has_historical_adverb(doc, chain, lex):
                return True
    return False


def _alleged_ground(doc: Document, chain: list[int], lex: Lexicon) -> bool:
    """An act told with the reportative perfect (`zou hebben` + participle, ANS 18.4.3: what
    someone is said to have done) in a clause of reason or of preceding time (`omdat`,
    `doordat`, `nadat`, ANS 10.3.3) is the alleged deed behind the main clause's act, so
    earlier than it: background. `Een 72-jarige man ... is op Schiphol opgepakt omdat hij
    in Nepal kinderen zou hebben misbruikt`: the abuse, not the arrest, is historical, as
    the dev gold codes the crime behind a case (`verdacht wordt de opdracht te hebben
    gegeven voor de moord op Kuciak`). A plain past in such a clause may be the same scene
    (`greep in omdat demonstranten stenen gooiden`) and stays reported."""
    tokens = [doc.tokens[i] for i in chain]
    reportative = (any(t.lemma == "zullen" and is_past_finite(t) for t in tokens)
                   and any(t.lemma in {"hebben", "zijn"} and not is_finite(t) for t in tokens)
                   and any(is_participle(t) for t in tokens))
    if not reportative:
        return False
    head = doc.tokens[chain[0]].head  # the chain's top verb (verb_chain is top down)
    if head < 0:
        return False
    opener = doc.tokens[head]
    return opener.pos == "VG" and opener.lemma.lower() in lex.word_set("ground_subordinators")


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
    return bool(value and CALENDAR_VALUE.match(value) and not modifies_noun(doc, timex)
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
    gives no date (see `modifies_noun`), but the arrest told in the past just before an
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
