"""An event's date: the time expression that dates the trigger's own clause (or its scene),
and the verb chain and clause fields that search reads. The status (events/status.py)
builds on the same clause reading."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kroniek.events.lexicon import Lexicon, load_lexicon
from kroniek.model import Document, Timex, Token
from kroniek.syntax import (
    ancestors,
    clause_verb,
    is_finite,
    is_subordinator,
    is_verb,
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


def trigger_chain(doc: Document, trigger_i: int) -> list[int]:
    token = doc.tokens[trigger_i]
    if is_verb(token):
        return verb_chain(doc, trigger_i)
    for head in ancestors(doc, trigger_i):
        if is_verb(doc.tokens[head]):
            return verb_chain(doc, head)
    return [trigger_i] if token.pos == "ADJ" else []  # a verb Frog tagged as adjective


def last_day(point: Value) -> date:
    """The last day a calendar point covers (its week, month or year)."""
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
    return point is not None and now is not None and point.day > last_day(now)


def distant_past(timex: Timex | None, lex: Lexicon) -> bool:
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


def own_timex(doc: Document, trigger_i: int, chain: list[int]) -> Timex | None:
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


def modifies_noun(doc: Document, timex: Timex) -> bool:
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


def middle_field(doc: Document, chain: list[int]) -> range | None:
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
        if is_subordinator(token) or (
                token.pos == "VNW" and "betr" in token.features):
            return range(i + 1, first)
    return None


def _middle_field_timex(doc: Document, chain: list[int]) -> Timex | None:
    """The last dated time in the clause's middle field (see `middle_field`), which dates
    the clause the parse left undated."""
    field = middle_field(doc, chain)
    if field is None:
        return None
    inside = [t for t in doc.timexes if t.type in POINT_TYPES
              and CALENDAR_VALUE.match(t.value or "")
              and (tokens := timex_tokens(doc, t)) and tokens[0] in field and tokens[-1] in field]
    return inside[-1] if inside else None


def conjunct_partners(doc: Document, chain: list[int]) -> list[int]:
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
    for partner in conjunct_partners(doc, chain):
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
_YEAR = re.compile(r"^\d{4}$")


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
    # An event noun under a past verb is narrated on as a verb is (`Dat leidde tot de
    # combinatie van SGP en PvdA met ...`, `Pereira kwam toen in gesprek met ...`).
    if chain and any(
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
    when it comes after the day-level scene and its own clause is told in the past.

    A year told in the past is narrated on within its own paragraph only (`werd hij vorig
    jaar aangesteld als informateur. Dat leidde tot de verrassende combinatie van SGP en
    PvdA ...`); a new paragraph returns to the scene (`In dat jaar annexeerde Rusland de
    Krim.` then, a paragraph on, `Pistorius hekelde ...` in `Eerder deze week`), and only
    in the sentences after it: within its own sentence the clause rules decide (`In 2016
    zei de minister dat de politie de man arresteerde`)."""
    paragraph = doc.sentences[doc.tokens[first].sent].paragraph
    for timex in reversed(doc.timexes):
        tokens = timex_tokens(doc, timex)
        if not tokens or tokens[0] >= first:
            continue
        own_paragraph = doc.sentences[doc.tokens[tokens[0]].sent].paragraph
        if (scene is not None and timex.start <= scene.start) or own_paragraph < paragraph - 1:
            return None
        if timex.type in {"DATE", "TIME"} and (_MONTH.match(timex.value or "") or (
                own_paragraph == paragraph and _YEAR.match(timex.value or "")
                and doc.tokens[tokens[0]].sent < doc.tokens[first].sent
                and _narrating_clause(doc, tokens))):
            return timex if _told_in_past(doc, tokens) and not after_publication(
                doc, timex.value) else None
    return None


def _narrating_clause(doc: Document, tokens: list[int]) -> bool:
    """A time expression in the narration itself: not in a quote (`"De VVD wilde twee jaar
    geleden nog geen klimaatbeleid", zei Jetten`) nor in a relative clause, which dates
    the noun it describes (`het restaurant waar de VVD-prominent in 1977 ... tafelde`,
    `de deal die de EU in 2016 met Turkije sloot`).

    Read linearly, as Frog often hangs a relative clause's words on the main clause: a
    relative pronoun (`die`, `dat`, `waar`, `waarin`) before the expression, after the
    sentence's first word, with no finite verb between (the relative clause's verb comes
    last)."""
    if _in_quote(doc, tokens[0]):
        return False
    first = doc.sentences[doc.tokens[tokens[0]].sent].token_start
    for i in range(tokens[0] - 1, first, -1):
        token = doc.tokens[i]
        if is_finite(token):
            return True
        if token.pos == "VNW" and ({"betr", "vb"} & set(token.features)):
            return False
    return True


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


def phrase_date(doc: Document, head_i: int) -> tuple[str | None, str | None]:
    """(date, date_text) of a calendar time expression inside a noun's own phrase (`de
    aanslagen in Parijs in 2015`), else (None, None): for an event the noun names that
    the clause around it does not date (records.py, a known attack)."""
    inside = set(subtree(doc, head_i))
    for timex in doc.timexes:
        tokens = timex_tokens(doc, timex)
        if tokens and set(tokens) <= inside and CALENDAR_VALUE.match(timex.value or ""):
            return _bounded(doc, timex, time_event_date(doc, timex)), timex.text
    return None, None


def event_date(doc: Document, trigger_i: int) -> tuple[str | None, str | None, bool]:
    """(date, date_text, from_timex) for the clause of a trigger."""
    chain = trigger_chain(doc, trigger_i)
    indices = _clause_indices(doc, trigger_i, chain)
    # The clause's own time, else its coordinated partner's, else the scene's: news dates a
    # scene once and narrates on (`Eerder deze week ... Hij zei dat ...`), see scene_timex.
    timex = own_timex(doc, trigger_i, chain)
    if distant_past(timex, load_lexicon()):
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
    if timex is not None and modifies_noun(doc, timex):
        timex = None
    if timex is None or not timex.value or timex.value.startswith("X"):
        return published_date(doc), None, False
    return _bounded(doc, timex, time_event_date(doc, timex)), timex.text, True
