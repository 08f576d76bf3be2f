"""Readings of Frog's misparses the argument slots correct (events/arguments.py).

Frog's dependency parser hangs phrases on the wrong head and sometimes leaves a phrase
as a second root of its sentence. Both readings here go by word order, which Dutch fixes
where the parse does not: the phrase after a preposition after a noun belongs to that
noun, and the noun phrase right after a finite verb in a main clause is in its middle
field (ANS 2nd ed. 21.1, the order of the middle field).
"""

from __future__ import annotations

from kroniek.actors.reference import mention_at
from kroniek.events.lexicon import load_lexicon
from kroniek.events.phrases import clause_dependents, mentions_of_phrase
from kroniek.model import Document, Mention
from kroniek.syntax import clause_members, is_finite, subtree


def after_act_noun(doc: Document, noun_i: int, act_nouns: dict) -> bool:
    """A nominal event in the prepositional phrase right after another act's noun (`doet
    onderzoek naar doodsbedreiging aan het adres van Baudet`, `kritiek op de aanval`) is
    that act's topic, as the ancestor check in arguments.py `clause_verb_of_noun` finds;
    read linearly (noun, preposition, the noun's determiners and modifiers) as Frog hangs
    the phrase on the verb (found on 473 DPG articles once the `aan het adres van`
    recipient was read)."""
    tokens = doc.tokens
    i = noun_i - 1
    while i >= 0 and tokens[i].sent == tokens[noun_i].sent and (
            tokens[i].pos in ("LID", "ADJ", "TW")
            or (tokens[i].pos == "VNW" and tokens[i].head == noun_i)):
        i -= 1
    if i < 1 or tokens[i].pos != "VZ" or tokens[i - 1].sent != tokens[noun_i].sent:
        return False
    before = tokens[i - 1]
    return before.pos == "N" and before.lemma.lower() in act_nouns


def orphan_object(doc: Document, verb_i: int) -> list[Mention]:
    """A noun phrase Frog leaves as a second root right after a finite verb that has no
    object is that verb's object (`De parlementariërs roepen Europees commissaris Pierre
    Moscovici (belastingen) op ...`: `commissaris` a root of its own). Only the phrase
    that starts right after the verb (nothing of the verb's own clause between), so a
    detached phrase later in the sentence (a second clause, an afterthought) is not
    taken. The verb's own subject may stand between them, as it does after a finite verb
    in a main clause with a fronted phrase (ANS 21.1: the subject opens the middle field):
    `Zonder namen te noemen hekelt hij daarmee de rol van Peter R. de Vries`, `Zo onderzoekt
    de Commissie sinds een paar jaar alle belastingafspraken ...` (`rol`, `afspraken`
    roots of their own)."""
    head = orphan_head(doc, verb_i)
    return mentions_of_phrase(doc, head) if head is not None else []


def orphan_head(doc: Document, verb_i: int) -> int | None:
    """The head of the orphan object phrase `orphan_object` reads, or None."""
    verb = doc.tokens[verb_i]
    if not is_finite(verb):
        return None
    sentence = doc.sentences[verb.sent]
    subject = {i for dep in clause_dependents(doc, verb_i) if dep.deprel == "su"
               for i in subtree(doc, dep.i)}
    for token in doc.sentence_tokens(sentence):
        if token.head != -1 or token.i == verb_i or token.pos not in ("N", "SPEC"):
            continue
        start = min(subtree(doc, token.i))
        between = set(range(verb_i + 1, start))
        if start > verb_i and between <= subject:
            return token.i
    return None


def mislabelled_object(doc: Document, trigger_i: int) -> list[Mention]:
    """A `predc` of a verb that takes no predicate is its object (`Venezuela zet de Duitse
    ambassadeur, Daniel Martin Kriener, het land uit`: Frog's predc)."""
    token = doc.tokens[trigger_i]
    if token.pos != "WW" or token.lemma.lower() in load_lexicon().word_set("copular_verbs"):
        return []
    dependents = clause_dependents(doc, trigger_i)
    if any(dep.deprel == "obj1" for dep in dependents):
        return []
    for dep in dependents:
        if dep.deprel == "predc" and dep.pos == "N":
            found = mentions_of_phrase(doc, dep.i)
            if found:
                return found
    return []


def second_subject(doc: Document, trigger_i: int, indirect: bool = False) -> list[Mention]:
    """Frog labels the object after a finite verb a second subject (`Trump dreigde
    Rusland aan te vallen`, `riep de Venezolanen op`): a clause has one subject, so the
    later one is the object. With `indirect` (the indirect-object slot), also beside a
    direct object that follows it: the middle field puts the indirect object before the
    direct one (ANS 2nd ed. 21.1), so in `Kim zou Trump hebben gevraagd de inhoud ... te
    houden` (`Kim`, `Trump` both `su`, `inhoud` obj1) the second subject is the one asked."""
    dependents = clause_dependents(doc, trigger_i)
    subjects = [dep for dep in dependents if dep.deprel == "su"]
    objects = [dep for dep in dependents if dep.deprel == "obj1"]
    if len(subjects) != 2 or (objects and not (
            indirect and all(subjects[0].i < subjects[1].i < o.i for o in objects))):
        return []
    return mentions_of_phrase(doc, subjects[1].i)


def glued_object(doc: Document, trigger_i: int) -> int | None:
    """The head of a noun phrase Frog glues onto a coordinated subject as one more
    conjunct (`Nu roepen de SP en D66 de coalitie op om ...`: `de coalitie` a third
    conjunct of `en`). Dutch puts the conjunction before the last conjunct (`A, B en C`;
    ANS 2nd ed. 26.3), so a phrase right after the conjunct that follows `en`, with no
    comma or conjunction between them, is not a conjunct but the next phrase of the
    clause, the object. None when the subject has no such phrase; a name subject's
    glued modifier: `_glued_to_name`."""
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel == "su" and dep.pos == "SPEC":
            return _glued_to_name(doc, dep.i)
        if dep.deprel == "su":
            name = _name_after_plural(doc, trigger_i, dep.i)
            if name is not None:
                return name
        if dep.deprel != "su" or dep.pos != "VG":
            continue
        after = sorted(c.i for c in doc.children(dep.i) if c.deprel == "cnj" and c.i > dep.i)
        if len(after) < 2 or doc.tokens[after[-1]].pos not in ("N", "SPEC"):
            return None
        glued, last = subtree(doc, after[-1]), subtree(doc, after[-2])
        # Only a whole phrase after a whole one: the conjunct ends in its head (`D66`, not
        # `achterdocht tegen`), the glued phrase opens with a determiner (`de coalitie`,
        # `ons standpunt`; not a name cut in two, `de dalai` + `lama`).
        opener = doc.tokens[min(glued)]
        if (min(glued) == max(last) + 1 and max(last) == after[-2]
                and (opener.pos == "LID" or (opener.pos == "VNW" and opener.deprel == "det"))):
            return after[-1]
    return None


def _name_after_plural(doc: Document, trigger_i: int, subject_i: int) -> int | None:
    """A single name Frog hangs on a subject that ends in a plural common noun, standing
    right between that noun and the clause-final verbs (`dat Duitsland en zijn Europese
    partners Guaidó zullen blijven steunen`, `terwijl de VS en zo'n vijftig andere landen
    Guaidó hebben erkend`: Frog's `mod` of `partners`, a third conjunct of `en`). A plural
    noun takes no singular name as its close apposition (that names one referent: `de
    partij D66`, `minister Blok`; ANS 2nd ed. 14.4.2), nor is a bare name the last
    conjunct after one (`en` stands before the last conjunct, ANS 26.3), so the name is
    the next phrase of the middle field, which in a verb-final clause ends right before
    the verbs: the object (ANS 21.1). Only a name the actor layer links, one token, with
    the trigger's own verb cluster right after it, in a clause a subordinator opens: in a
    main clause the verb after the subject is the finite verb in second position, and
    the prefield holds one phrase (`De kabinetten Rutte lieten ...`: cabinets named by
    their leader)."""
    members = clause_members(doc, trigger_i)
    top = doc.tokens[members[0]]
    if top.deprel != "body" or top.head < 0 or doc.tokens[top.head].pos != "VG":
        return None
    members = set(members)
    for i in sorted(subtree(doc, subject_i)):
        name, noun = doc.tokens[i], doc.tokens[i - 1] if i > 0 else None
        if (noun is None or name.pos != "SPEC" or noun.pos != "N" or "mv" not in noun.features
                or name.head not in (noun.i, noun.head) or i + 1 not in members
                or any(c.i != i for c in doc.children(i))):
            continue
        mention = mention_at(doc, i)
        if mention is not None and mention.actor is not None and mention.token_end == i + 1 \
                and mention.actor.kind in ("person", "state"):
            return i
    return None


def _glued_to_name(doc: Document, name_i: int) -> int | None:
    """A determiner-led phrase Frog hangs on a name subject as its modifier, right after
    the name with no comma (`riep Jozias van Aartsen de Rijksoverheid al op`, `steekt de
    Tweede Kamer de Groningers een hart onder de riem`): a name takes an apposition only
    between commas, so the phrase is the next one of the middle field, the object. Not
    when the name ends in a lower-case word (`Harko van` + `den Hende`: a name cut in two)."""
    name = doc.tokens[name_i]
    if not name.text or not (name.text.split()[-1][:1].isupper()
                             or name.text.split()[-1][:1].isdigit()):
        return None
    for child in doc.children(name_i):
        if child.deprel != "mod" or child.pos not in ("N", "SPEC") or child.i < name_i:
            continue
        span = subtree(doc, child.i)
        if min(span) == name_i + 1 and doc.tokens[name_i + 1].pos == "LID":
            return child.i
    return None


_NAME_LEAD = ("LID", "ADJ", "TW")  # words before a name in its phrase (`het`, `Saoedische`)


def merged_preposition_object(doc: Document, prep_i: int) -> list[Mention]:
    """The object of a complex preposition Frog merged into one token (`in overleg met`,
    `in samenwerking met`; events/triggers.py). Frog often leaves that token without an
    `obj1` and makes the phrase after it a subject (`heeft in overleg met het OM besloten`:
    `OM` the subject of `besloten`), so the object is read by word order: the linked
    mention right after it, past its determiners and adjectives, and the mentions
    coordinated with it by `en` (`in samenwerking met politie en het Openbaar
    Ministerie`)."""
    own = [c for c in doc.children(prep_i) if c.deprel == "obj1"]
    found = mentions_of_phrase(doc, own[0].i) if own else []
    if found:
        return found
    sentence_end = doc.sentences[doc.tokens[prep_i].sent].token_end
    i = prep_i + 1
    while i < sentence_end:
        while i < sentence_end and doc.tokens[i].pos in _NAME_LEAD:
            i += 1
        mention = mention_at(doc, i) if i < sentence_end else None
        if mention is None or mention.actor is None or mention.token_start != i:
            break
        found.append(mention)
        i = mention.token_end
        if i >= sentence_end or doc.tokens[i].lemma.lower() != "en":
            break
        i += 1
    return found


def fronted_subject(doc: Document, verb_i: int) -> tuple[int, int] | None:
    """A subject Frog labels `mod` in the prefield, with the object after the finite verb
    labelled `su` (`Het Europees Parlement bestempelt Nederland als een
    belastingparadijs`: `Parlement` mod, `Nederland` su). A main clause has one phrase
    before its finite verb (ANS 21.1); when that phrase is a bare noun phrase that names
    an actor and opens the sentence, and the clause has no other subject before the verb
    nor an object, it is the subject and the later `su` the object. Not when the later
    one is a pronoun (`Die mensen wil ik bedanken`: a fronted object), nor for fronted
    time phrases, which name no actor (`Vrijdagmiddag kwam de elektriciteit ...`).
    Returns (subject head, object head), else None."""
    verb = doc.tokens[verb_i]
    if not is_finite(verb) or verb.head != -1:
        return None
    sentence = doc.sentences[verb.sent]
    deps = clause_dependents(doc, verb_i)
    if any(d.deprel == "obj1" or (d.deprel == "su" and d.i < verb_i) for d in deps):
        return None
    fronted = [d for d in deps if d.deprel == "mod" and d.pos in ("N", "SPEC") and d.i < verb_i
               and min(subtree(doc, d.i)) == sentence.token_start
               and max(subtree(doc, d.i)) == verb_i - 1]
    later = [d for d in deps if d.deprel == "su" and d.i > verb_i and d.pos in ("N", "SPEC")]
    if len(fronted) != 1 or len(later) != 1:
        return None
    named = [m for m in mentions_of_phrase(doc, fronted[0].i)
             if m.actor is not None and m.kind != "pronoun"]
    return (fronted[0].i, later[0].i) if named else None
