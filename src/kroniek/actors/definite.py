"""Definite person nouns after a named person: `de baby` after `haar zoontje Milan`,
`de 28-jarige` after `Sylvia R. (28)`, `de verdachte` after `Sylvia R. wordt verdacht
van ...`, `de vrouw` after the one woman named.

ANS 2nd ed. 14.3.1: the definite article marks a referent the reader can identify.
Court, police and human-interest reports name a person once and then refer back with a
definite person noun; after exactly one named person the noun fits, that is the person.
described.py links a noun the text wrote next to the name (`advocaat X` ... `de
advocaat`); this pass links nouns the text did not write as a title, so each class needs
evidence from the text that the person fits (data/definite.yaml):

- an age (`de 28-jarige`, `de 28-jarige vrouw`): the one person named with that age
  (`Sylvia R. (28)`, `de 28-jarige Sylvia R.`);
- a child noun (`de baby`, `het kind`): the one person the text made a child (a child
  noun as title, `haar zoontje Milan`, or an age of 12 or less, `Daan (8)`);
- `de verdachte`: the one person the text made a suspect (the title, or the subject of
  passive `verdenken`, `Sylvia R. wordt verdacht van`);
- `de man`, `de vrouw`: the one person named before of that gender, no child, when every
  person named before has a known gender (gender.py).

Guards (a wrong link is worse than a description): the noun stands right after `de`/
`het` with no other modifier, no `van` owner (`de vrouw van X` is X's wife), no
apposition or name after it and no relative clause (`de man die ...` is identified by the
clause, often someone else); it is no predicate and no `als` phrase; the person was
mentioned in the same or the previous `WINDOW` sentences; no indefinite of the noun
(`een 63-jarige man`) since the person was named; `de man`/`de vrouw` not in an article
that writes both (`wanneer de vrouw meer verdient dan de man`: the sexes in general).

Measured on the 473 DPG 2019 articles (d500): 3 links, all right (`het meisje` -> Diya
(8), `De vrouw` -> Charlotte van L., `De man` -> Radovan Karadzic (73)); one event record
changed, rightly (`De vader` -> `De vader van het meisje`). Before the two last guards
there were 6 more, all wrong (`de man` -> the Van Lent brothers after `een 63-jarige man`;
the generic `Werd de man werkloos`). dpg-dev 1-16: `de baby` -> Milan once local.py
reads `haar zoontje Milan` as a person (kin titles), which makes `Sylvia R. -> Milan` a
gold match; seeds and silver: no record changes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import actor_gender
from kroniek.actors.person_evidence import AGE_ADJECTIVE, bracketed_age
from kroniek.model import Mention, Token
from kroniek.syntax import noun_before

WORDS = Path(__file__).parent / "data" / "definite.yaml"
WINDOW = 3  # sentences back to the person's last mention


@cache
def _words() -> dict:
    with WORDS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def link_definite_persons(ctx: LinkContext) -> None:
    """Link `de baby`, `de 28-jarige`, `de verdachte`, `de vrouw` to the one fitting
    person named before."""
    persons = _persons(ctx)
    if not persons:
        return
    for token in ctx.doc.tokens:
        if token.i in ctx.claimed:
            continue
        found = _description(ctx, token)
        if found is None:
            continue
        start, kind, value = found
        before = [p for p in persons.values() if p["first"] < start]
        fit = [p for p in before if _fits(ctx, p, kind, value, before)]
        if len(fit) != 1:
            continue
        person = fit[0]
        if _introduced(ctx, token, person["first"], start) or (
                kind == "gendered" and _generic_pair(ctx)):
            continue
        last = max(m.token_start for m in ctx.doc.mentions if m.actor is not None
                   and m.actor.id == person["actor"].id and m.token_start < start)
        if token.sent - ctx.doc.tokens[last].sent > WINDOW:
            continue
        first = ctx.doc.tokens[start]
        ctx.add(Mention(ctx.doc.text[first.start:token.end], first.start, token.end, start,
                        token.i + 1, "PER", person["actor"], kind="role", is_entity=False))


def _introduced(ctx: LinkContext, token: Token, since: int, start: int) -> bool:
    """`een 63-jarige man` between the person's first mention and `de man` brings in
    someone new, whom the description may mean (ANS 14.3.1: the indefinite introduces,
    the definite refers back to the last one introduced)."""
    doc = ctx.doc
    word = token.text.casefold()
    for other in doc.tokens[since + 1 : start]:
        if other.text.casefold() != word:
            continue
        if any(c.deprel == "det" and c.lemma.casefold() == "een" for c in doc.children(other.i)) \
                or other.i > 0 and doc.tokens[other.i - 1].text.casefold() == "een":
            return True
    return False


def _generic_pair(ctx: LinkContext) -> bool:
    """`wanneer de vrouw meer verdient dan de man`: an article that writes both `de man`
    and `de vrouw` bare speaks of the sexes in general (the generic definite, ANS
    14.3.1), or of a couple; either way not of one person named before."""
    tokens = ctx.doc.tokens
    seen = {t.text.casefold() for t in tokens[1:] if t.text.casefold() in _words()["gendered"]
            and tokens[t.i - 1].text.casefold() == "de"}
    return len(seen) > 1


def _fits(ctx: LinkContext, person: dict, kind: str, value: object, before: list[dict]) -> bool:
    if kind == "age":
        age, gender = value  # type: ignore[misc]
        return age in person["ages"] and (gender is None or person["gender"] == gender)
    if kind == "child":
        return person["child"]
    if kind == "suspect":
        return person["suspect"]
    # gendered: every person named before must have a known gender
    if any(p["gender"] is None for p in before):
        return False
    return person["gender"] == value and not person["child"]


def _persons(ctx: LinkContext) -> dict[str, dict]:
    """The persons named in the article, with what the text says of them."""
    doc = ctx.doc
    words = _words()
    found: dict[str, dict] = {}
    for mention in sorted(doc.mentions, key=lambda m: m.token_start):
        actor = mention.actor
        if actor is None or actor.kind != "person" or mention.kind != "name":
            continue
        person = found.setdefault(actor.id, {"actor": actor, "first": mention.token_start,
                                             "ages": set(), "child": False,
                                             "suspect": False, "gender": actor_gender(actor)})
        age = _age_of(ctx, mention)
        if age is not None:
            person["ages"].add(age)
            if age <= words["child_age_max"]:
                person["child"] = True
        title = _title_word(ctx, mention)
        if title in words["child_titles"]:
            person["child"] = True
        if title in words["suspects"] or _suspect_clause(ctx, mention):
            person["suspect"] = True
    return found


def _age_of(ctx: LinkContext, mention: Mention) -> int | None:
    """`Sylvia R. (28)`, `de 28-jarige Sylvia R.`."""
    tokens = ctx.doc.tokens
    j = mention.token_end
    age = bracketed_age(tokens, j)
    if age is not None and j + 2 < len(tokens) and tokens[j + 2].text == ")":
        return age
    k = mention.token_start - 1
    if k >= 0 and tokens[k].sent == tokens[mention.token_start].sent:
        matched = AGE_ADJECTIVE.fullmatch(tokens[k].text)
        if matched:
            return int(matched.group(1))
    return None


def _title_word(ctx: LinkContext, mention: Mention) -> str | None:
    """The lowercase noun right before the name (`zoontje Milan`, `verdachte Tim S.`)."""
    before = noun_before(ctx.doc, mention.token_start)
    return before.text.casefold() if before is not None else None


def _suspect_clause(ctx: LinkContext, mention: Mention) -> bool:
    """`Sylvia R. wordt verdacht van ...`, `Het OM verdenkt Sylvia R. van ...`: the name
    is the subject or object of `verdenken` (Frog lemmatises the participle either way)."""
    doc = ctx.doc
    verbs = _words()["suspect_verbs"]
    for i in range(mention.token_start, mention.token_end):
        token = doc.tokens[i]
        if token.deprel not in ("su", "obj1") or token.head < 0:
            continue
        head = doc.tokens[token.head]
        if head.lemma.casefold() in verbs:
            return True
        # `wordt verdacht`: the subject hangs on the auxiliary, the participle is its vc
        if token.deprel == "su" and any(c.deprel == "vc" and c.lemma.casefold() in verbs
                                        for c in doc.children(head.i)):
            return True
    return False


def _description(ctx: LinkContext, token: Token) -> tuple[int, str, object] | None:
    """(start token, class, value) of a definite person noun ending at the token."""
    doc = ctx.doc
    words = _words()
    tokens = doc.tokens
    if token.deprel in ("predc", "body") or (
            token.head >= 0 and tokens[token.head].lemma == "als"):
        return None
    nxt = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == token.sent and (
            nxt.pos in ("N", "SPEC") or nxt.text[:1].isupper() and nxt.pos != "LET"
            or nxt.lemma in ("van", "die", "dat", "wie", "welke") or nxt.text == "("):
        return None  # a name, an owner, a relative clause or an age of its own follows
    if any(c.deprel in ("app", "mod") and c.i > token.i for c in doc.children(token.i)):
        return None
    word = token.text
    age = AGE_ADJECTIVE.fullmatch(word)
    prev = token.i - 1
    if age is not None:  # `de 28-jarige`: the adjective as the noun
        if prev >= 0 and tokens[prev].text.casefold() == "de":
            return prev, "age", (int(age.group(1)), None)
        return None
    if token.pos != "N" or "mv" in token.features or not word.islower():
        return None
    folded = word.casefold()
    if prev >= 1 and tokens[prev].sent == token.sent:
        age = AGE_ADJECTIVE.fullmatch(tokens[prev].text)
        if age is not None and tokens[prev - 1].text.casefold() == "de":  # `de 28-jarige vrouw`
            gender = words["gendered"].get(folded)
            if gender is not None:
                return prev - 1, "age", (int(age.group(1)), gender)
            return None
    if prev < 0 or tokens[prev].sent != token.sent or \
            tokens[prev].text.casefold() not in words["determiners"]:
        return None
    if folded in words["children"]:
        return prev, "child", None
    if folded in words["suspects"]:
        return prev, "suspect", None
    if folded in words["gendered"] and tokens[prev].text.casefold() == "de":
        return prev, "gendered", words["gendered"][folded]
    return None

