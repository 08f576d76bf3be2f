"""Turning candidates into `Quote` objects: kind, text, offsets, speaker."""

from __future__ import annotations

from kroniek.actors.gender import noun_gender
from kroniek.actors.pronouns import quoted_speech
from kroniek.actors.reference import mention_at, phrase_mention
from kroniek.model import DESCRIBED, Actor, Document, Quote, Token, described_id
from kroniek.nlp.quote_marks import QuotedSpan
from kroniek.quotes.candidate import Candidate
from kroniek.quotes.grammar import possessed_noun
from kroniek.quotes.lexicon import Lexicon
from kroniek.quotes.phrases import (
    in_timex,
    is_capitalised,
    is_mark,
    member_suffix,
    name_run_end,
    name_run_start,
    phrase_after,
    phrase_range,
    sentence_range,
)
from kroniek.syntax import is_finite


def _spans_in(candidate: Candidate, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    return [s for s in spans if s.first <= candidate.last and s.last >= candidate.first]


def settle_kind(candidate: Candidate, spans: list[QuotedSpan]) -> str:
    """`direct`, `mixed` or `indirect`; widens the content to whole quoted spans."""
    if candidate.direct is not None:
        return "direct"
    inside = _spans_in(candidate, spans)
    cut = {k for a, b in candidate.cuts for k in range(a, b + 1)}
    if candidate.cuts and all(any(s.covers(k) for s in inside)
                              for k in candidate.tokens() - cut):
        return "direct"  # an interrupted quote rejoined: all its words are quoted
    for span in inside:
        if span.first <= candidate.first and span.last >= candidate.last:
            candidate.direct = span
            candidate.first, candidate.last = span.first, span.last
            return "direct"
    for span in inside:
        candidate.first = min(candidate.first, span.open_i)
        candidate.last = max(candidate.last,
                             span.close_last if span.close_last is not None else span.last)
    return "mixed" if inside else "indirect"


def content_text(doc: Document, candidate: Candidate) -> tuple[str, int, int]:
    """Text of the content without the cut-out ranges, and its character span."""
    if candidate.direct is not None:
        span = candidate.direct
        return doc.text[span.start : span.end], span.start, span.end
    tokens = doc.tokens
    start, end = tokens[candidate.first].start, tokens[candidate.last].end
    pieces: list[str] = []
    cursor = start
    for a, b in candidate.cuts:
        pieces.append(doc.text[cursor : tokens[a].start].strip())
        cursor = tokens[b].end
    pieces.append(doc.text[cursor:end].strip())
    return " ".join(p for p in pieces if p), start, end


def speaker_of(doc: Document, head_i: int, lexicon: Lexicon) -> tuple[Actor | None, bool]:
    """The speaker's actor and whether the article gives the speaker at all.

    Anonymous and indefinite speakers (`een omwonende`, `omstanders`) are not
    given; names are, even when the actor layer found no actor for them.
    """
    head = doc.tokens[head_i]
    lemma = head.lemma.lower().rsplit("-", 1)[-1]  # `tv-prognose`: the compound's head
    if lemma in lexicon.anonymous or head.text.lower() in lexicon.anonymous:
        return None, False
    if head.lemma.lower() in lexicon.authors:
        return None, False  # `Ik hoop dat …` outside quotes: the columnist, no quote
    if head.lemma.lower().endswith(lexicon.spokespersons):
        return _spokesperson_for(doc, head_i, lexicon), True
    for child in doc.children(head_i):
        # `een omwonende` is anonymous; `Een zichtbaar vermoeide Rutte` is still Rutte
        if child.deprel == "det" and child.pos == "LID" and "onbep" in child.features and (
                not is_name(doc, head_i, lexicon)):
            return None, indefinite_person(doc, head_i, lexicon)
    if member_suffix(doc, head_i, lexicon):
        return None, True  # `De VVD'er`: a person the quote layer finds (extract.py)
    named = _apposed_person(doc, head_i)
    if named is not None:
        return named, True
    if _possessed(doc, head_i, lexicon):
        return None, True  # `zijn advocaat`: the lawyer speaks, not the client (described)
    mention = phrase_mention(doc, head_i)
    if mention is not None and mention.actor is not None:
        return mention.actor, True
    if is_name(doc, head_i, lexicon):
        return earlier_person(doc, head_i, lexicon), True
    # a definite noun phrase or a pronoun names a speaker the article gives even when
    # the actor layer cannot resolve it (`de rechter`, `Vermeulens raadsman`, `ze`)
    return None, _definite(doc, head_i) or _bare_group(doc, head_i, lexicon)


def indefinite_person(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """`zegt een oud-medewerker`, `vertelt een voormalige activiste`, `zei een
    hooggeplaatste ambtenaar`: one person the article introduces by role or relation
    with `een`. The article gives this speaker (a descriptive actor, spec records.md;
    the blind quote annotations of the silver sets give them so), unlike the anonymous
    ones of `cues.yaml` (`een omwonende`, `een bron`), which are checked before. Only
    a singular noun a person is named by: an agent-noun ending or relation noun
    (`cues.yaml`) or a noun with a gender of its own (`activiste`, actors/gender);
    `een rapport`, `een onderzoek` are no person. It must be the parse's subject: an
    indefinite object or predicate (`roep een vrouw!`, `noemde het een gamechanger`) is
    no speaker."""
    head = doc.tokens[head_i]
    if head.pos != "N" or "ev" not in head.features or head.deprel != "su":
        return False  # `roep een vrouw`, `noemt het een gamechanger`: no subject, no speaker
    word = head.text.lower().rsplit("-", 1)[-1]
    return (word.endswith(lexicon.person_suffixes) or head.lemma.lower() in lexicon.relation_nouns
            or noun_gender(head.text) is not None)


def described_actor(doc: Document, head_i: int, lexicon: Lexicon) -> Actor | None:
    """An actor the text names only by a description (`de rechter`, `de Duitse ambassade`,
    `religieuze leiders`): its name is the description itself, determiner, adjectives and
    head noun, the way the spec names such actors (records.md: "a descriptive gold name and
    the Dutch words among its aliases"). Only for a common noun the actor layer left
    unresolved; pronouns and names get none (they refer to an actor named elsewhere).
    Decision: the words stop at the head noun (`de rechter`, not `de rechter in
    Arnhem`), as a description is usually written without its adjuncts; but a person
    known only by a relation to a named person keeps that person (`Vermeulens raadsman`,
    `de raadsman van Vermeulen`, `Trumps zoon`): without the possessor the description
    names nobody in particular."""
    head = doc.tokens[head_i]
    if head.pos != "N" or is_name(doc, head_i, lexicon):
        return None
    first = head_i
    for child in doc.children(head_i):
        if child.i < head_i and child.deprel in {"det", "mod"} and child.pos in {
                "LID", "ADJ", "VNW"}:
            first = min(first, child.i)
    last = head_i
    if _possessed(doc, head_i, lexicon):
        if head_i > 0 and possessed_noun(doc, doc.tokens[head_i - 1]).i == head_i:
            first = min(first, head_i - 1)  # `Vermeulens raadsman`
        last = _owner_name_end(doc, head_i, lexicon) or head_i
    elif head.text.lower().endswith(lexicon.person_suffixes) or (
            head.lemma.lower() in lexicon.relation_nouns):
        last = _owner_name_end(doc, head_i, lexicon) or head_i  # `de raadsman van Vermeulen`
    if last == head_i:
        last = bare_van_noun(doc, head_i, lexicon) or head_i  # `de officier van justitie`
    first = _after_intertitle(doc, first, head_i)
    words = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    plural = "mv" in head.features
    kind = "group" if plural else (
        "person" if head.text.lower().endswith(lexicon.person_suffixes) else "organisation")
    return Actor(id=described_id(words), name=words, kind=kind)


def bare_van_noun(doc: Document, head_i: int, lexicon: Lexicon) -> int | None:
    """`officier van justitie`, `minister van defensie`: a `van` with a bare lowercase
    noun (no article) makes a fixed title with the head, part of the description; a
    `van`-phrase with an article (`de rechter van de rechtbank`) is an adjunct."""
    k = head_i + 1
    if k + 1 >= len(doc.tokens) or doc.tokens[k].lemma not in lexicon.owner_prepositions:
        return None
    noun = doc.tokens[k + 1]
    after = doc.tokens[k + 2] if k + 2 < len(doc.tokens) else None
    if noun.pos != "N" or not noun.text.islower() or (after is not None and after.pos == "N"):
        return None
    return k + 1


def _owner_name_end(doc: Document, head_i: int, lexicon: Lexicon) -> int | None:
    """Last token of a person's name in a `van`-phrase right after the noun (`de
    raadsman van Vermeulen`), or None."""
    k = head_i + 1
    if k + 1 >= len(doc.tokens) or doc.tokens[k].lemma not in lexicon.owner_prepositions:
        return None
    mention = mention_at(doc, k + 1)
    if mention is None or mention.actor is None or mention.actor.kind != "person":
        return None
    return mention.token_end - 1


def is_described(actor: Actor | None) -> bool:
    """An actor made by `described_actor`: a stand-in, never a person to carry over."""
    return actor is not None and actor.id.startswith(DESCRIBED)


def _apposed_person(doc: Document, head_i: int) -> Actor | None:
    """`VVD-lijsttrekker Christophe van der Maat`: a role noun with a person's name in
    apposition is that person, even when the noun itself names a party or a country."""
    if doc.tokens[head_i].pos != "N":
        return None
    for child in doc.children(head_i):
        if child.deprel == "app" and child.i > head_i:
            mention = mention_at(doc, child.i)
            if mention is not None and mention.actor is not None and (
                    mention.actor.kind == "person"):
                return mention.actor
    following = head_i + 1  # Frog does not always hang the name on the noun
    if following < len(doc.tokens) and doc.tokens[following].pos == "N" and (
            doc.tokens[following].sent == doc.tokens[head_i].sent):
        following += 1  # `hoogleraar strafrecht Henny Sackers`: the title's field, then the name
    if following < len(doc.tokens) and doc.tokens[following].pos == "SPEC":
        mention = mention_at(doc, following)
        if mention is not None and mention.actor is not None and mention.actor.kind == "person":
            return mention.actor
    return _comma_apposition(doc, head_i) or _title_apposition(doc, head_i)


def _title_apposition(doc: Document, head_i: int) -> Actor | None:
    """`minister van Gezondheidszorg Agnès Buzyn`, `CDA-minister van Defensie Bijleveld`:
    a role noun with a `van`-phrase of capitalised words (a department, a city) and a
    person's name right after it, no comma, is that person (the Dutch way to write an
    office title before a name). The words between `van` and the name must all be
    capitalised (or `en`), so `de vader van Jan Jansen` (no title words) is none."""
    _, end = sentence_range(doc, head_i)
    if head_i + 2 >= end or doc.tokens[head_i + 1].lemma != "van":
        return None
    glued = mention_at(doc, head_i + 2)  # Frog joins `Gezondheidszorg Agnès Buzyn`
    if glued is not None and glued.start > doc.tokens[head_i + 2].start and (
            glued.actor is not None and glued.actor.kind == "person"):
        return glued.actor
    for k in range(head_i + 3, min(end, head_i + APPOSITION_REACH)):
        title = doc.tokens[head_i + 2 : k]
        if not all(t.text[:1].isupper() or t.text == "en" for t in title):
            return None
        mention = mention_at(doc, k)
        if mention is not None and mention.token_start == k and mention.actor is not None and (
                mention.actor.kind == "person"):
            return mention.actor
    return None


APPOSITION_REACH = 8  # tokens of a `van`-phrase between a role noun and its apposition


def _comma_apposition(doc: Document, head_i: int) -> Actor | None:
    """`De gouverneur van Alabama, Kay Ivey, liet weten`: a person's name between commas
    after the role noun and its `van`-phrase is an apposition of the noun (Frog often
    hangs it on the last name of the phrase). The name must close with a comma or be
    followed by the finite verb, so a list (`de burgemeester, Jan en Piet`) is none."""
    _, end = sentence_range(doc, head_i)
    k = head_i + 1
    if k < end and doc.tokens[k].lemma == "van":
        while k < min(end, head_i + APPOSITION_REACH) and doc.tokens[k].text != ",":
            if doc.tokens[k].pos == "WW":
                return None
            k += 1
    if k + 1 >= end or doc.tokens[k].text != ",":
        return None
    mention = mention_at(doc, k + 1)
    if mention is None or mention.actor is None or mention.actor.kind != "person":
        return None
    after = doc.tokens[mention.token_end] if mention.token_end < end else None
    if after is not None and (after.text == "," or is_finite(after)):
        return mention.actor
    return None


def _possessed(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """A person noun with a possessor as determiner (`zijn advocaat`, `haar moeder`,
    `Louwes' advocaat`, `Trumps zoon`): the phrase names the possessed person, and the
    possessor's mention inside it is someone else (ANS 5.4: the possessive pronoun and
    the genitive name are determiners of the noun, not its referent). A thing
    (`zijn handreiking`) is left to the actor layer's reading."""
    head = doc.tokens[head_i]
    lemma = head.lemma.lower().replace("_", "")
    if head.pos != "N" or not (lemma in lexicon.relation_nouns or lemma.endswith(
            lexicon.person_suffixes)):
        return False
    if head_i > 0 and possessed_noun(doc, doc.tokens[head_i - 1]).i == head_i:
        return True  # `zegt Trumps zoon` with the genitive parsed as the subject
    for child in doc.children(head_i):
        if child.i > head_i or child.deprel != "det":
            continue
        if child.pos == "VNW" and "bez" in child.features:
            return True
        mention = mention_at(doc, child.i)
        if child.pos in {"SPEC", "N"} and mention is not None and mention.actor is not None \
                and mention.actor.kind == "person":
            return True  # `Louwes' advocaat`, `Vermeulens raadsman`
    return False


def _spokesperson_for(doc: Document, head_i: int, lexicon: Lexicon) -> Actor | None:
    """The organisation a spokesperson speaks for: the actor layer's reading of the
    phrase, else the `van`-phrase after it (`een woordvoerder van de politie`), else
    the organisation the text named last (`Shell … zei een woordvoerder`, `zegt de
    woordvoerder`), also when the `van`-phrase only names the kind of body (`een
    woordvoerder van het olieconcern`: a body noun of `group_nouns`)."""
    mention = phrase_mention(doc, head_i)
    if mention is not None and mention.actor is not None:
        return mention.actor
    _, end = sentence_range(doc, head_i)
    if head_i + 2 < end and doc.tokens[head_i + 1].lemma == "van":
        owner = phrase_after(doc, head_i + 2, end)
        if owner is not None:
            found = phrase_mention(doc, owner) or mention_at(doc, owner)
            if found is not None and found.actor is not None:
                return found.actor
            if not doc.tokens[owner].lemma.lower().endswith(lexicon.group_nouns):
                return None  # `van Ciran`, `van de onderwijsinspectie`: an owner of its own
    return _last_organisation(doc, head_i)


SPOKESPERSON_LOOK_BACK = 2  # sentences searched for the organisation a bare spokesperson speaks for


def _last_organisation(doc: Document, head_i: int) -> Actor | None:
    """Decision: Dutch news writes `zegt een woordvoerder` (`van het bedrijf`, `de
    woordvoerder`) for the spokesperson of the organisation it is writing about; the
    spec and the blind silver annotations give that organisation as the speaker. Taken
    is the organisation named last before the spokesperson outside quotation marks (a
    name inside the quote is what is talked about: `met de Airbus A321`), in its
    sentence or the two before; places are passed over (`Brabant`), but none is taken
    when a person is named after it (whose office may be meant)."""
    head = doc.tokens[head_i]
    first_sentence = max(0, head.sent - SPOKESPERSON_LOOK_BACK)
    quoted = quoted_speech(doc)
    near = [m for m in doc.mentions if m.actor is not None and m.start < head.start
            and doc.tokens[m.token_start].sent >= first_sentence
            and m.actor.kind in {"organisation", "person", "group"}
            and not any(a <= m.token_start <= b for a, b in quoted)]
    if not near:
        return None
    last = max(near, key=lambda m: m.start)
    return last.actor if last.actor.kind == "organisation" else None


def _definite(doc: Document, head_i: int) -> bool:
    """A personal or demonstrative pronoun, or a noun with a definite article, a
    possessive or a demonstrative (`de gemeente`, `haar advocaat`, `die organisatie`).
    A bare noun (`klimaatverandering`, `eind februari`, `tv-prognoses`) is no speaker
    the article gives; bare plural groups (`religieuze leiders`) are, but only the actor
    layer can say which are people rather than data, so they are left out for now."""
    head = doc.tokens[head_i]
    if head.pos == "VNW":  # not `het`: a thing (`het is veilig`), not a speaker
        if "aanw" in head.features and "pron" in head.features:
            return False  # `Die waarschuwt voor …`: a speaker only as the actor layer's
        return "pers" in head.features and head.lemma.lower() != "het"
    if head.pos != "N":
        return False
    for child in doc.children(head_i):
        if child.deprel != "det" or child.i > head_i:
            continue
        if child.pos == "LID" and "bep" in child.features:
            return True
        if child.pos == "VNW" and {"bez", "aanw"} & set(child.features):
            return True
        if child.pos in {"SPEC", "N"} and child.text.endswith("s"):
            return True  # `Vermeulens raadsman`
    return False


def _bare_group(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """A plural noun without article naming people or bodies (`religieuze leiders`,
    `Waarnemers op Curaçao`, `Oppositiepartijen`, `Omwonenden`, `critici`): an
    agent-noun ending, a body noun or a plural person ending (`cues.yaml`). Data and
    poll nouns are anonymous speakers and never reach here. A quantified part
    (`sommige commissies`, `drie getuigen`, `andere demonstranten`) speaks too: the
    blind annotations of the silver sets give it as a descriptive group."""
    if any(c.deprel == "det" and c.pos == "LID" for c in doc.children(head_i)):
        return False  # `de …`: definite, decided by `_definite`
    return _plural_ending(doc.tokens[head_i], lexicon.person_suffixes + lexicon.group_nouns
                          + lexicon.plural_person_endings)


def is_group_noun(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """A plural noun naming people or bodies (`religieuze leiders`, `de onderzoekers`,
    `oppositiepartijen`): an agent-noun ending or a body noun, with no quantifier."""
    if any(c.deprel == "det" and c.pos != "LID" for c in doc.children(head_i)):
        return False  # `veel/sommige leiders`: a part, not the group
    return _plural_ending(doc.tokens[head_i], lexicon.person_suffixes + lexicon.group_nouns)


def _plural_ending(head: Token, endings: tuple[str, ...]) -> bool:
    """A plural common noun whose lemma ends in one of the endings (person and body
    nouns), the test `_bare_group` and `is_group_noun` share."""
    return head.pos == "N" and "mv" in head.features and head.lemma.lower().endswith(endings)


def _fold(text: str) -> list[str]:
    return [w for w in text.casefold().replace("-", " ").split() if w]


def earlier_person(doc: Document, head_i: int, lexicon: Lexicon) -> Actor | None:
    """A stopgap for the actor layer: a surname on its own (`Korteling`, `Van der Maat`)
    that the actor layer left unlinked is the person named in full earlier in the article
    (`Willem Korteling`), the nearest one whose name ends in the same words.

    Belongs in the actor layer (local actors); used only when it gives no actor.
    """
    first = name_run_start(doc, head_i, lexicon)
    surname = _fold(doc.text[doc.tokens[first].start : doc.tokens[head_i].end])
    if not surname:
        return None
    start = doc.tokens[first].start
    for mention in sorted(doc.mentions, key=lambda m: -m.start):
        actor = mention.actor
        if actor is None or actor.kind != "person" or mention.start >= start:
            continue
        for name in (mention.text, actor.name):
            words = _fold(name)
            if len(words) > len(surname) and words[-len(surname):] == surname:
                return actor
    return None


def is_name(doc: Document, head_i: int, lexicon: Lexicon) -> bool:
    """A proper name: Frog's name tag or NER, or a capitalised word that does not
    open its sentence or follows a surname particle (`Van Lange`, `Sánchez-Cuenca`)."""
    head = doc.tokens[head_i]
    if head.pos == "SPEC" and {"deeleigen", "vreemd"} & set(head.features):
        return head.text[:1].isupper()
    if head.ner[2:] in {"PER", "ORG"}:
        return True
    if not is_capitalised(head) or head.pos not in {"N", "SPEC", "ADJ"}:
        return False  # `Het` inside a sentence Frog glued on is no name
    return name_run_start(doc, head_i, lexicon) < head_i or (
        head_i > doc.sentences[head.sent].token_start)


def speaker_text(doc: Document, head_i: int, content: set[int], lexicon: Lexicon) -> str:
    first, last = phrase_range(doc, head_i, content)
    if is_capitalised(doc.tokens[head_i]):
        first = min(first, name_run_start(doc, head_i, lexicon))
    _, sentence_end = sentence_range(doc, head_i)
    if doc.tokens[last].text.split()[-1].lower() in lexicon.name_particles:
        # `Rienk de Groot` with `Groot` tagged as an adjective: finish the name
        end = name_run_end(doc, last + 1, sentence_end, lexicon)
        last = end if end is not None and end not in content else last
    while first < last and is_mark(doc.tokens[first]):
        first += 1
    first = _after_intertitle(doc, first, head_i)
    while last > head_i and (in_timex(doc, last) or "refl" in doc.tokens[last].features):
        last -= 1  # `de gemeente Utrecht dinsdag`, `vraagt X zich af`: not the speaker's
    last = _without_adjuncts(doc, head_i, last, lexicon)
    text = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()  # `Rob Jetten (D66` → `Rob Jetten`
    return text


def _after_intertitle(doc: Document, first: int, head_i: int) -> int:
    """Start the speaker at a capitalised article inside it: an intertitle the sentence
    splitter glued on (`Bedrog Een woordvoerder van ...`, `Onwrikbare steun De Duitse
    minister ...`); mid-sentence Dutch writes articles in lower case, and name particles
    (`De` in a surname) are tagged as names, not articles."""
    for k in range(head_i, first, -1):
        token = doc.tokens[k]
        if token.pos == "LID" and token.text[:1].isupper():
            return k
    return first


def _without_adjuncts(doc: Document, head_i: int, last: int, lexicon: Lexicon) -> int:
    """End the speaker phrase before a prepositional adjunct of the clause that Frog hung
    on it (`'t Hooft in 2013 over Mars One`, `Dijksma (Infrastructuur) in Den Haag`);
    `van` + a name stays (`Pelle Berting van Greenpeace Nederland`)."""
    for k in range(head_i + 1, last + 1):
        token = doc.tokens[k]
        if in_timex(doc, k):
            return max(head_i, k - 1)  # `de president vorige week`
        if token.pos != "VZ":
            continue
        following = doc.tokens[k + 1] if k + 1 <= last else None
        owner = token.lemma in lexicon.owner_prepositions and following is not None and (
            following.text[:1].isupper() or following.pos in {"LID", "ADJ", "N", "VNW"})
        if not owner:
            return max(head_i, k - 1)
    return last


def make_quote(doc: Document, candidate: Candidate, kind: str, actor: Actor | None,
               speaker_phrase: str | None) -> Quote:
    text, start, end = content_text(doc, candidate)
    sentence = doc.sentences[doc.tokens[candidate.anchor].sent]
    return Quote(
        text=text, start=start, end=end, kind=kind, speaker=actor,
        speaker_text=speaker_phrase, cue=candidate.cue, sentence=doc.sentence_text(sentence),
    )
