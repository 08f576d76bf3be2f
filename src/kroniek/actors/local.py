"""Names the knowledge base does not know, found by Frog's NER (the fallback).

- An unknown person (`defensie-expert Patrick Bolder`) becomes a local actor with a
  stable id (`local:patrick-bolder`), kind person, and the role (and organisation)
  its apposition gives; a later bare surname (`Bolder`) links to it.
- An unknown organisation (`Fox News`) becomes a local actor of kind organisation,
  named as written: it identifies the same body across articles, and the spec
  compares actors by canonical name when no Wikidata id is known.
- Unknown places and other names are entity mentions with actor null.

Only proper-name tokens (CGN `SPEC`) count: Frog's spans often swallow a
neighbouring word (`wanneer Trump`).
"""

from __future__ import annotations

import re

from kroniek.actors.context import LinkContext
from kroniek.actors.gender import is_common_word, is_dutch_first_name, is_first_name
from kroniek.actors.kb import slug
from kroniek.actors.local_person import local_person
from kroniek.actors.person_evidence import link_initial_names, roles_from_predicates
from kroniek.actors.reference import mention_at
from kroniek.model import Actor, Mention, Token
from kroniek.syntax import noun_before

NER_TYPE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # Frog's PRO, EVE, MISC -> MISC


def link_unknown_names(ctx: LinkContext) -> None:
    """Frog's name runs in text order; between them, later surnames of local persons."""
    _link_headed_names(ctx)
    link_initial_names(ctx)
    runs = {run[0]: run for run in _name_runs(ctx)}
    i = 0
    while i < len(ctx.doc.tokens):
        run = runs.get(i)
        if run is not None and not any(j in ctx.claimed for j in run):
            _link_run(ctx, run)
            i = run[-1] + 1
            continue
        if i not in ctx.claimed:
            _link_local_surname(ctx, i)
        i += 1
    roles_from_predicates(ctx)


def _street_name(ctx: LinkContext, word: str) -> bool:
    """A compound ending in a street name's head (`Vierlinghstraat`; link_lexicon.yaml
    `street_heads`); the head alone (`Laan`, `Van der Laan`) is a surname."""
    return any(word.endswith(head) and len(word) > len(head) + 1
               for head in ctx.lexicon.street_heads)


def _person_follows(ctx: LinkContext, token: Token) -> bool:
    """`Sarinda van E.`: after a particle comes a person's surname or initial (Frog may
    start a new entity there), not an organisation (`Weststrate van de Partij ...`)."""
    tokens = ctx.doc.tokens
    j = token.i + 1
    while j < len(tokens) and tokens[j].text in ctx.lexicon.name_particles:
        j += 1
    if j >= len(tokens) or tokens[j].sent != token.sent or not tokens[j].text[:1].isupper():
        return False
    return tokens[j].ner.endswith("PER")


def _link_run(ctx: LinkContext, run: list[int]) -> None:
    tokens = ctx.doc.tokens
    headed = tokens[run[0]].text in ctx.lexicon.organisation_heads or _org_head_before(ctx, run[0])
    if headed and tokens[run[0]].text not in ctx.lexicon.organisation_heads:
        run = [run[0] - 1, *run]  # `de Stichting Straatkat`: the head is part of the name
    elif len(run) > 1 and tokens[run[0]].pos == "N" and not _first_name_word(tokens[run[0]].text):
        run = run[1:]  # `Advocaat Umut Ural` at the start of a sentence: the title is no name
    first, last = tokens[run[0]], tokens[run[-1]]
    end = _name_end(ctx, last)
    start = first.start + _merged_title(ctx, run, end)
    text = ctx.doc.text[start:end]
    name = " ".join(text.split())
    if not name:
        return
    if " " not in name and not first.ner.endswith("PER") and \
            _capital_only_by_position(ctx, first, name):
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, "MISC", None))
        return
    stems = [name[: -len(x)] for x in ctx.lexicon.possessive_suffixes
             if name.endswith(x) and len(name) > len(x) + 1]
    known = next((ctx.local_surnames[k] for k in (name, *stems) if k in ctx.local_surnames), None)
    if known is None and " " not in name:
        # `Kims 'redding'` after `Kim Jansen`: a possessive of the first name too
        known = next((a for w in (name, *stems)
                      if (a := _named_in_full_before(ctx, w, run[0])) is not None), None)
    if known is not None:  # `R.` for `Sylvia R.`, `Vermeulens` for `Willem Vermeulen`
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, _label_of(known), known))
        return
    if " " not in name and not headed and (
            _common_noun_opening(ctx, first, name) or _bracketed_attribute(ctx, run)):
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, "MISC", None))
        return
    if _is_fragment(ctx, name):
        ctx.claimed.update(run)  # `Van`, `E.`: a particle or an initial is no name
        return
    label = NER_TYPE.get(next((ctx.doc.tokens[j].ner for j in run if ctx.doc.tokens[j].ner != "O"),
                              "O").split("-", 1)[-1], "MISC")
    if label != "PER" and not headed and (same := _same_name_before(ctx, name, run[0])):
        # a person tagged PER again is made by `local_person` below, with the gender and
        # role this mention states
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, _label_of(same), same))
        return
    if ctx.kb.by_demonym(name) is not None or _names_a_thing_of(ctx, name):
        # `Curaçaose`: an adjective; `Ajaxfans`, `Facebookpagina`: a compound whose head
        # is a common noun: no actor
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, "MISC", None))
        return
    words = name.split()
    if len(words) > 1 and not headed and any(
            w.casefold() in ctx.lexicon.title_place_heads for w in words):
        # `Johan Cruijff Arena`, `Van der Valk Hotel Amstel`: a venue's name is a place
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, "LOC", None))
        return
    if not headed and _street_name(ctx, words[-1]):
        # `de Marco Pololaan`, `in de Andries Vierlinghstraat`: a street, a place
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, "LOC", None))
        return
    core = [w for w in words if w not in ctx.lexicon.name_particles]  # `Frank van der Lee`
    if label in ("MISC", "LOC") and len(core) in (2, 3) and words[0] not in \
            ctx.lexicon.name_particles and is_first_name(words[0]) and not ctx.kb.lookup(name):
        label = "PER"  # `Marien Weststrate` tagged MISC: a first name and a surname
    elif label == "ORG" and 2 <= len(words) <= 4 and is_dutch_first_name(words[0]) and (
            any(w in ctx.lexicon.name_particles for w in words[1:-1])
            or first.deprel == "app"):
        label = "PER"  # `woordvoerder Iris van Veen` tagged ORG
    elif label in ("MISC", "LOC") and len(words) == 1 and not headed and _after_kin_title(
            ctx, run[0]):
        label = "PER"  # `haar zoontje Milan` tagged LOC: a kinship noun names a person
    elif label == "ORG" and 2 <= len(words) <= 3 and _apposed_to_role(ctx, first):
        # `De Amerikaanse minister van Binnenlandse Veiligheid, Kirstjen Nielsen,`: a name
        # in apposition to an office noun names its holder, a person, whatever NER said
        label = "PER"
    label = "ORG" if headed else label
    title_kind = _title_kind(ctx, run) if label == "PER" and name not in ctx.local_surnames \
        else None
    if title_kind == "place":  # `café Silva Ducis`
        ctx.add(Mention(text, start, end, run[0], run[-1] + 1, "LOC", None))
        return
    label = "ORG" if title_kind == "organisation" else label
    actor = None
    if label == "PER" or name in ctx.local_surnames:
        label = "PER"
        actor = local_person(ctx, run, name)
    elif label == "ORG":
        actor = Actor(id=f"local:{slug(name)}", name=name, kind="organisation")
        _register_abbreviation(ctx, run[-1], actor)
    ctx.add(Mention(text, start, end, run[0], run[-1] + 1, label, actor))


def _link_headed_names(ctx: LinkContext) -> None:
    """`de Stichting Islamitisch Onderwijs (SIO)`: an organisation head and the
    capitalised words after it (through `voor`, `van`, `en` before another capital) are
    one organisation's name, however Frog cut and tagged them."""
    tokens = ctx.doc.tokens
    connectors = ctx.lexicon.name_connectors
    for token in tokens:
        if token.i in ctx.claimed or token.text not in ctx.lexicon.organisation_heads:
            continue
        j = token.i
        while j + 1 < len(tokens) and tokens[j + 1].sent == token.sent:
            nxt = tokens[j + 1]
            if nxt.i in ctx.claimed:
                break
            if nxt.text[:1].isupper() and nxt.text[:1].isalpha():
                j += 1
            elif nxt.text in connectors and j + 2 < len(tokens) and \
                    tokens[j + 2].text[:1].isupper() and tokens[j + 2].i not in ctx.claimed:
                j += 2
            else:
                break
        if j == token.i:
            continue
        text = ctx.doc.text[token.start : tokens[j].end]
        name = " ".join(text.split())
        actor = ctx.local_surnames.get(name) or Actor(
            id=f"local:{slug(name)}", name=name, kind="organisation")
        _register_abbreviation(ctx, j, actor)
        ctx.add(Mention(text, token.start, tokens[j].end, token.i, j + 1, "ORG", actor))


def _after_kin_title(ctx: LinkContext, i: int) -> bool:
    """The name stands right after a kinship or child noun of its sentence (`haar zoontje
    Milan`): a close apposition naming that relative (link_lexicon.yaml `kin_titles`)."""
    before = noun_before(ctx.doc, i)
    return before is not None and before.text.islower() and before.text in ctx.lexicon.kin_titles


def _apposed_to_role(ctx: LinkContext, first: Token) -> bool:
    """Whether the name is an apposition (`app`) to a noun of the role table (`minister`,
    `woordvoerder`): only a person holds an office."""
    if first.deprel != "app" or first.head < 0:
        return False
    head = ctx.doc.tokens[first.head]
    return head.pos == "N" and any(
        word.casefold() in ctx.role_nouns for word in (head.text, head.lemma))


def _title_kind(ctx: LinkContext, run: list[int]) -> str | None:
    """`organisation` or `place` when the title word right before a name Frog tags a
    person ends in an organisation or a venue noun (`regeringspartij Smer-SD`, `café Silva
    Ducis`; link_lexicon.yaml), else None."""
    tokens = ctx.doc.tokens
    if run[0] == 0:
        return None
    before = tokens[run[0] - 1]  # right before the name: `hoofdstad, Mansur Yavas` is
    noun = before.text  # an apposition to a place, not a title
    if before.sent != tokens[run[0]].sent or not noun.isalpha() or not noun.islower():
        return None
    if noun.endswith(ctx.lexicon.title_place_heads):
        return "place"
    if noun.endswith(ctx.lexicon.title_organisation_heads):
        return "organisation"
    return None


def _merged_title(ctx: LinkContext, run: list[int], end: int) -> int:
    """Characters of a title noun Frog merged into a one-token name at the start of a
    sentence (`Statisticus Joop Hox`, like `Advocaat Umut Ural` as separate tokens): a
    capitalised word that is no first name before a first name and a surname; 0 if none."""
    token = ctx.doc.tokens[run[0]]
    words = ctx.doc.text[token.start : end].split(" ")
    if len(run) == 1 and _title_word(ctx, words[0]) and " ".join(words[1:]) in ctx.local_surnames:
        return len(words[0]) + 1  # `Wethouder Van Wakeren` after `wethouder Bas van Wakeren`
    if len(run) > 1 or len(words) < 3 or is_first_name(words[0]) or not is_first_name(
            words[1]) or {words[0], words[1].lower()} & ctx.lexicon.name_particles or (
            not words[0].replace("-", "").isalpha()):
        return 0  # `Radboud-historica Dolly Verhoeven`: a compound title is a title too
    if ctx.kb.lookup(" ".join(words)) or ctx.kb.lookup(words[0]) or words[-1].isupper():
        return 0  # a known name as a whole, an organisation before the person, `JFK`
    heads = (*ctx.lexicon.title_organisation_heads, *ctx.lexicon.title_place_heads)
    if words[0] in ctx.lexicon.organisation_heads or words[0].casefold().endswith(heads):
        return 0  # `Universiteit Carlos III`, `Wasserette De Roos`: the head names it
    return len(words[0]) + 1


def _title_word(ctx: LinkContext, word: str) -> bool:
    """A capitalised person title opening a sentence (`Wethouder`, `Advocaat`): a person
    noun or role noun of link_lexicon.yaml."""
    folded = word.casefold()
    return word[:1].isupper() and (folded in ctx.lexicon.person_nouns
                                   or folded in ctx.lexicon.role_sectors)


def _label_of(actor: Actor) -> str:
    return "PER" if actor.kind == "person" else "ORG"


def _org_head_before(ctx: LinkContext, i: int) -> bool:
    """`de Stichting Straatkat`: a capitalised organisation head right before the run."""
    if i == 0:
        return False
    before, token = ctx.doc.tokens[i - 1], ctx.doc.tokens[i]
    return before.sent == token.sent and before.i not in ctx.claimed and \
        before.text in ctx.lexicon.organisation_heads


def _common_noun_opening(ctx: LinkContext, token: Token, name: str) -> bool:
    """`Apps die mensen gebruiken ...`: a single word opening its sentence whose
    lowercase form the article also writes is a common noun, whatever Frog's label
    (a name keeps its capital everywhere)."""
    sentence = ctx.doc.sentences[token.sent]
    opening = token.i == sentence.token_start or all(
        ctx.doc.tokens[j].pos == "LET" for j in range(sentence.token_start, token.i))
    lower = name.lower()
    if not opening or lower == name or not name.isalpha():
        return False
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", ctx.doc.text) is not None


def _bracketed_attribute(ctx: LinkContext, run: list[int]) -> bool:
    """`wethouder Marieke van Doorninck (Grondzaken)`: a word in brackets right after a
    person is the person's portfolio or attribute, not an actor; an abbreviation there
    (`(SGP)`, a party the KB lacks) still is one."""
    tokens = ctx.doc.tokens
    start, end = run[0], run[-1]
    if start < 2 or end + 1 >= len(tokens) or tokens[start - 1].text != "(" \
            or tokens[end + 1].text != ")":
        return False
    word = ctx.doc.text[tokens[start].start : tokens[end].end]
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return False
    person = mention_at(ctx.doc, start - 2)
    return person is not None and person.actor is not None and person.actor.kind == "person"


def _register_abbreviation(ctx: LinkContext, last: int, actor: Actor) -> None:
    """`Adviesraad voor Internationale Vraagstukken (AIV)`: the abbreviation in brackets
    after a local organisation names it later in the article."""
    tokens = ctx.doc.tokens
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return
    abbreviation = tokens[last + 2].text
    initials = "".join(w[0] for w in actor.name.split() if w[:1].isupper())
    if abbreviation.isupper() and 2 <= len(abbreviation) <= 6 and \
            abbreviation[0] == initials[:1]:
        ctx.local_surnames.setdefault(abbreviation, actor)


def _name_end(ctx: LinkContext, last: Token) -> int:
    """Where the name ends in its last token: Frog merges following words into it
    (`Verhulst zaterdag`, `Koen van`); lowercase words and particles at the end go."""
    words = last.text.split(" ")
    while len(words) > 1 and (words[-1][:1].islower() or words[-1] in ctx.lexicon.name_particles):
        words.pop()
    end = last.start + len(" ".join(words))
    if len(words[-1]) == 1 and words[-1].isupper() and ctx.doc.text[end:end + 1] == ".":
        # `Peter B., de 58-jarige`, `Tim S.: "..."`: before a comma, colon or quote Frog
        # splits the dot off the initial; without it the name became a second actor
        end += 1
    return end


def _capital_only_by_position(ctx: LinkContext, token: Token, name: str) -> bool:
    """A single word capitalised only because it opens the sentence (`Lijnbussen ...`),
    named nowhere else in the article and no first name: no evidence of a name."""
    sentence = ctx.doc.sentences[token.sent]
    opening = token.i == sentence.token_start or all(
        ctx.doc.tokens[j].pos == "LET" for j in range(sentence.token_start, token.i))
    if not opening or is_first_name(name):
        return False
    return ctx.doc.text.count(name) == 1


def _names_a_thing_of(ctx: LinkContext, name: str) -> bool:
    """A one-word compound of a known name and a lowercase noun (`Ajaxfans`)."""
    if " " in name or len(name) < 6:
        return False
    for cut in range(3, len(name) - 2):
        head, tail = name[:cut], name[cut:]
        if tail.islower() and tail.isalpha() and (ctx.kb.lookup(head) or ctx.kb.metonyms.get(head)):
            return True
    return False


def _is_fragment(ctx: LinkContext, name: str) -> bool:
    words = name.split()
    particles = ctx.lexicon.name_particles
    if all(w in particles for w in words):
        return True
    return len(words) == 1 and len(name.rstrip(".")) == 1


def _link_local_surname(ctx: LinkContext, i: int) -> None:
    """`Kalk`, `Van Doorninck`, `Vermeulens`: a local person named in full before."""
    tokens = ctx.doc.tokens
    token = tokens[i]
    if not token.text[:1].isupper():
        return
    j = i
    while j + 1 < len(tokens) and tokens[j].text in ctx.lexicon.name_particles \
            and tokens[j + 1].sent == token.sent:
        j += 1  # `Van der Maat`: particles before the surname
    text = ctx.doc.text[token.start : tokens[j].end]
    start = token.start
    first, _, rest = text.partition(" ")
    if j == i and rest and _title_word(ctx, first) and " ".join(rest.split()) in ctx.local_surnames:
        # Frog merged a sentence-opening title into the surname token (`Wethouder Van
        # Wakeren`): the person is the surname's, the title is no part of the name
        start, text = start + len(first) + 1, rest
    for key in (text, *(text[: -len(s)] for s in ctx.lexicon.possessive_suffixes
                        if text.endswith(s) and len(text) > len(s) + 1)):
        actor = ctx.local_surnames.get(" ".join(key.split()))
        if actor is not None:
            ctx.add(Mention(text, start, tokens[j].end, i, j + 1, _label_of(actor), actor))
            return


def _name_runs(ctx: LinkContext) -> list[list[int]]:
    """Maximal runs of unclaimed proper-name tokens inside one Frog entity.

    Surname particles continue a person's name (`Marieke van Doorninck`, `Van der
    Maat`, where Frog tags `Maat` a noun); a run never ends in a particle.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    tokens = ctx.doc.tokens
    particles = ctx.lexicon.name_particles
    for token in tokens:
        after_particle = bool(current) and tokens[current[-1]].text in particles
        continues_person = bool(current) and token.ner == "I-PER" and token.text[:1].isupper()
        # `Stichting Welzijn Tubbergen`: an organisation's name runs through the
        # capitalised words of Frog's entity, nouns included
        continues_person = continues_person or (
            bool(current) and token.ner == "I-ORG" and token.text[:1].isupper()
            and tokens[current[0]].text in ctx.lexicon.organisation_heads)
        particle_inside = bool(current) and token.text in particles and _person_follows(ctx, token)
        if bool(current) and token.text in particles and _has_full_surname(ctx, current):
            # `Frank van der Lee van BDO`: a second `van` after a whole surname with its
            # particles is the affiliation, not more name
            runs.append(current)
            current = []
            continue
        inside = (token.ner != "O" or after_particle or particle_inside) and \
            token.i not in ctx.claimed and (particle_inside or
            token.pos == "SPEC" or after_particle or continues_person
            or (token.ner == "B-PER" and is_first_name(token.text))  # `Eppie` tagged a noun
            or (token.text in particles and token.ner.startswith("I-") and bool(current)))
        opens = not inside and _first_name_before_person(ctx, token)
        inside = (inside or opens) and (token.text[:1].isupper() or token.text in particles)
        after_first = current == [token.i - 1] and _first_name_before_person(
            ctx, tokens[token.i - 1])
        continues = (
            inside and current and (token.ner.startswith("I-") or after_particle
                                    or particle_inside or after_first)
            and tokens[current[-1]].sent == token.sent
            and current[-1] == token.i - 1
        )
        if continues:
            current.append(token.i)
            continue
        if current:
            runs.append(current)
        current = [token.i] if inside else []
    if current:
        runs.append(current)
    for run in runs:
        while len(run) > 1 and tokens[run[-1]].text in particles:
            run.pop()
    return runs


def _first_name_before_person(ctx: LinkContext, token: Token) -> bool:
    """`Siemen Dijkstra`, `Jan-Willem de Feijter`: a first name Frog tagged a common noun
    outside the entity, right before the person's name Frog starts at the surname (or
    its particle), opens the name; it is no title (`Advocaat Umut Ural`)."""
    tokens = ctx.doc.tokens
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if after is None or after.sent != token.sent or token.ner != "O" or token.pos != "N" \
            or token.i in ctx.claimed or " " in token.text:
        return False
    if not _first_name_word(token.text) or is_common_word(token.text) or \
            token.text.casefold() in ctx.role_nouns:
        return False
    return after.ner == "B-PER" and (after.pos == "SPEC" or after.text in
                                     ctx.lexicon.name_particles)


def _first_name_word(word: str) -> bool:
    """A first name, or a double one (`Jan-Willem`)."""
    return all(is_first_name(part) for part in word.split("-"))


def _same_name_before(ctx: LinkContext, name: str, before: int) -> Actor | None:
    """`Harsco` again after `slakverwerker Harsco`: a name written the same way earlier
    in the article and linked there is the same actor, whatever entity type Frog gives
    the repeat (one sense per discourse; Frog tagged the second `Harsco` LOC). Only an
    unambiguous earlier link of a name counts: a demonym read as the state (`het
    Nederlands` as the apposition of `taal`) is no name, and its repeats are no state."""
    found = {m.actor.id: m.actor for m in ctx.doc.mentions
             if m.actor is not None and m.token_start < before and m.is_entity
             and " ".join(m.text.split()) == name}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_in_full_before(ctx: LinkContext, word: str, before: int) -> Actor | None:
    """`Hillary` after `Hillary Clinton`, `Yvonne` after `Yvonne Verheul`, `Kim` after
    `Kim Jong-un`: a single name that is the first word of exactly one person named in
    full earlier in the article is that person (features and interviews go on by first
    name); with two such persons it is left alone. The same holds for an organisation
    named in full before (`Tata` after `Tata Steel`), unless the word is a generic head
    of organisation names (`Universiteit` of `Universiteit Utrecht`)."""
    found: dict[str, Actor] = {}
    if word.casefold() in ctx.lexicon.name_particles:
        return None  # `De` opening a sentence is no first name (`De Jonge`)
    heads = {h.casefold() for h in ctx.lexicon.organisation_heads}
    for mention in ctx.doc.mentions:
        actor = mention.actor
        if actor is None or mention.token_start >= before:
            continue
        if actor.kind != "person" and (actor.kind != "organisation"
                                       or word.casefold() in heads):
            continue
        for name in (mention.text, actor.name):
            words = name.split()
            if len(words) > 1 and words[0] == word:
                found[actor.id] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def _has_full_surname(ctx: LinkContext, run: list[int]) -> bool:
    """Whether the run's words already hold a first word, particles and a capitalised
    surname after them (`Frank van der Lee`)."""
    tokens = ctx.doc.tokens
    words = " ".join(tokens[j].text for j in run).split()
    particles = ctx.lexicon.name_particles
    for k in range(1, len(words) - 1):
        if words[k] in particles and words[k - 1][:1].isupper() and words[k - 1] not in particles:
            rest = words[k:]
            while rest and rest[0] in particles:
                rest = rest[1:]
            if rest and rest[0][:1].isupper():
                return True
    return False

