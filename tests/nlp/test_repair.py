"""Parse repairs (kroniek.nlp.repair): a subject Frog left unattached is restored by the
Dutch V2 rule, and an attachment Frog made is never changed."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.repair import (
    attach_complement_clauses,
    attach_displaced_subjects,
    attach_focused_subjects,
    attach_fronted_subjects,
    attach_object_pronouns,
    attach_subordinate_subjects,
    retag_plural_presents,
)


def _subject_of(doc, verb_text: str) -> list[str]:
    verb = next(t for t in doc.tokens if t.text == verb_text)
    return [t.text for t in doc.children(verb.i) if t.deprel == "su"]


def test_unattached_opening_name_becomes_the_subject(make_doc):
    # Frog leaves `Aalten` as a root of its own before `gaat`
    doc = make_doc(sentence("dpg2019", "Aalten gaat onderzoeken hoe het staat"))
    assert _subject_of(doc, "gaat") == []
    assert attach_fronted_subjects(doc) == 1
    assert _subject_of(doc, "gaat") == ["Aalten"]


def test_attached_subject_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "Minister-president Mark Rutte belt hem"))
    before = [(t.head, t.deprel) for t in doc.tokens]
    assert attach_fronted_subjects(doc) == 0
    assert [(t.head, t.deprel) for t in doc.tokens] == before


def test_imperative_after_a_vocative_is_not_repaired(make_doc):
    # hand-written negative: a comma stands between the name and the verb
    doc = make_doc("Amsterdammers, zeg er wat van!")
    assert attach_fronted_subjects(doc) == 0


def test_subject_hung_on_the_complementizer_goes_to_the_clause_verb(make_doc):
    # Frog makes `kabinet` a second body of `dat` beside `moet`
    doc = make_doc(sentence("dpg2019", "De kans is niet groot dat het huidige kabinet"))
    kabinet = next(t for t in doc.tokens if t.text == "kabinet")
    assert doc.tokens[kabinet.head].text == "dat"
    assert attach_subordinate_subjects(doc) >= 1
    assert _subject_of(doc, "moet") == ["kabinet"]


def test_a_clause_with_its_own_subject_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "Minister-president Mark Rutte belt hem"))
    before = [(t.head, t.deprel) for t in doc.tokens]
    attach_subordinate_subjects(doc)
    assert [(t.head, t.deprel) for t in doc.tokens] == before


def test_unattached_fronted_noun_phrase_becomes_the_subject(make_doc):
    # Frog leaves `Universiteit` (with its PP and apposition) a root beside `heeft`
    doc = make_doc(sentence("dpg2019", "De Universiteit van Amsterdam (UvA) heeft zelfs"))
    assert _subject_of(doc, "heeft") == []
    assert attach_fronted_subjects(doc) == 1
    assert _subject_of(doc, "heeft") == ["Universiteit"]


def test_fronted_time_noun_is_not_made_the_subject(make_doc):
    # the subject `het bedrijf` follows the verb; `zomer` is an adverbial
    doc = make_doc(sentence("dpg2019", "Afgelopen zomer maakte het bedrijf nog bekend"))
    assert attach_fronted_subjects(doc) == 0


def test_vocative_before_an_imperative_is_not_made_the_subject(make_doc):
    doc = make_doc("Amsterdammers, zeg er wat van!")
    assert attach_fronted_subjects(doc) == 0


def test_object_pronoun_taken_for_a_conjunct_becomes_the_object(make_doc):
    # Frog: `hem` and `zegt` conjuncts of `en`, `belt` a root without object
    doc = make_doc(sentence("dpg2019", "Minister-president Mark Rutte belt hem"))
    hem, belt, en = (next(t for t in doc.tokens if t.text == w) for w in ("hem", "belt", "en"))
    assert hem.deprel == "cnj"
    assert attach_object_pronouns(doc) == 1
    assert (hem.head, hem.deprel) == (belt.i, "obj1")
    assert (belt.head, belt.deprel) == (en.i, "cnj")


def test_coordinated_pronouns_are_left_alone(make_doc):
    doc = make_doc("De burgemeester bedankte hem en haar.")
    assert attach_object_pronouns(doc) == 0


def test_fronted_coordination_of_nouns_becomes_the_subject(make_doc):
    # Frog leaves `en` (with both conjuncts) a root beside the plural `zouden`
    doc = make_doc(sentence("dpg2019", "Getuigen en de officieren van justitie zouden"))
    assert _subject_of(doc, "zouden") == []
    assert attach_fronted_subjects(doc) == 1
    assert _subject_of(doc, "zouden") == ["en"]


def test_a_focused_fronted_phrase_is_the_subject_and_the_other_the_object(make_doc):
    # Frog hangs `vicepremier Matteo Salvini` on `met` (of `met name`) and makes La Scala
    # the subject of `riep`
    doc = make_doc(sentence("dpg2019", "Met name vicepremier Matteo Salvini"))
    assert _subject_of(doc, "riep") == ["La Scala"]
    assert attach_focused_subjects(doc) == 1
    assert _subject_of(doc, "riep") == ["vicepremier"]
    scala = next(t for t in doc.tokens if t.text == "La Scala")
    assert scala.deprel == "obj1"


def test_a_focus_adverb_before_its_own_subject_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "Met name Dijkhoff moest zich het in het begin"))
    before = [(t.head, t.deprel) for t in doc.tokens]
    assert attach_focused_subjects(doc) == 0
    assert [(t.head, t.deprel) for t in doc.tokens] == before


def _object_of(doc, verb_text: str) -> list[str]:
    verb = next(t for t in doc.tokens if t.text == verb_text)
    return [t.text for t in doc.children(verb.i) if t.deprel == "obj1"]


def test_fronted_phrase_is_the_subject_not_the_time_noun_after_the_verb(make_doc):
    # Frog leaves `Nazarbajev` a root and makes `dinsdag` the subject of `besloot`
    doc = make_doc(sentence("dpg2019", "Nazarbajev (78) besloot dinsdag tot verrassing"))
    attach_fronted_subjects(doc)
    assert _subject_of(doc, "besloot") == ["dinsdag"]
    assert attach_displaced_subjects(doc) == 1
    assert _subject_of(doc, "besloot") == ["Nazarbajev"]


def test_fronted_phrase_is_the_subject_and_the_noun_after_the_verb_the_object(make_doc):
    doc = make_doc(sentence("dpg2019", "De marketingmanager bij de hightechcampus Eindhoven"))
    attach_fronted_subjects(doc)
    assert _subject_of(doc, "voerde") == ["campagne"]
    assert attach_displaced_subjects(doc) == 1
    assert _subject_of(doc, "voerde") == ["marketingmanager"]
    assert _object_of(doc, "voerde") == ["campagne"]


def test_fronted_predicate_of_a_copula_is_left_alone(make_doc):
    # `Aanleiding waren de aanslagen`: the subject follows the fronted predicate
    doc = make_doc(sentence("dpg2019", "Aanleiding waren de terroristische aanslagen"))
    attach_fronted_subjects(doc)
    assert attach_displaced_subjects(doc) == 0


def test_fronted_object_that_disagrees_with_the_verb_is_left_alone(make_doc):
    # `Die erkenning zoeken inwoners`: the plural verb agrees with `inwoners`, the subject
    doc = make_doc(sentence("dpg2019", "Die erkenning zoeken inwoners van de noordelijke"))
    attach_fronted_subjects(doc)
    assert _subject_of(doc, "zoeken") == ["inwoners"]
    assert attach_displaced_subjects(doc) == 0


def test_plural_present_tagged_an_infinitive_is_retagged_finite(make_doc):
    doc = make_doc(sentence("dpg2019", "De klimaatstakers voeren deze week geen actie"))
    verb = next(t for t in doc.tokens if t.text == "voeren")
    assert "inf" in verb.features
    assert retag_plural_presents(doc) == 1
    assert verb.pos == "WW" and {"pv", "mv"} <= set(verb.features)


def test_plural_subject_with_a_prepositional_phrase_is_retagged_and_made_the_subject(make_doc):
    # Frog took `betichten` for an infinitive and its plural subject for the object.
    doc = make_doc(sentence("dpg2019", "Tegenstanders van Bercow betichten hem"))
    verb, noun = (next(t for t in doc.tokens if t.text == w)
                  for w in ("betichten", "Tegenstanders"))
    assert noun.deprel in {"obj1", "obj2"}
    assert retag_plural_presents(doc) == 1
    assert {"pv", "mv"} <= set(verb.features)
    assert (noun.head, noun.deprel) == (verb.i, "su")


def test_fronted_prepositional_phrase_is_no_plural_subject(make_doc):
    doc = make_doc("Volgens de boeren in Friesland protesteren tegen de plannen.")
    assert retag_plural_presents(doc) == 0


def test_fragment_opening_with_an_adverb_keeps_its_infinitive(make_doc):
    # no noun phrase alone before the verb: a verbless fragment, not a clause
    doc = make_doc(sentence("dpg2019", "Continu oppositie voeren tegen zijn eigen kabinet"))
    assert retag_plural_presents(doc) == 0


def test_a_complement_clause_cut_off_from_dat_is_reattached(make_doc):
    # Frog leaves `vervolgt` a root of its own and `dat` without a body
    doc = make_doc(sentence("dpg2019", "Hij eist dat het Openbaar Ministerie (OM) de vrouw"))
    verb = next(t for t in doc.tokens if t.text == "vervolgt")
    assert verb.head < 0
    assert attach_complement_clauses(doc) == 1
    assert doc.tokens[verb.head].text == "dat" and verb.deprel == "body"


def test_a_cleft_without_its_own_subject_is_left_alone(make_doc):
    # `dat het in 2019 Trump was die ... stuurde`: `was` has no subject in Frog's parse,
    # a wider misparse the repair does not guess at.
    doc = make_doc(sentence("seeds", "dat het in 2019 Trump was die"))
    before = [(t.head, t.deprel) for t in doc.tokens]
    assert attach_complement_clauses(doc) == 0
    assert [(t.head, t.deprel) for t in doc.tokens] == before


def test_plural_present_before_an_embedded_clause_is_retagged(make_doc):
    # The only finite verbs stand in the `dat`- and `nu`-clauses after it.
    doc = make_doc(sentence("dpg2019", "De rebellen verwijten May dat zij"))
    verb, noun = (next(t for t in doc.tokens if t.text == w) for w in ("verwijten", "rebellen"))
    assert "inf" in verb.features and noun.deprel == "obj1"
    assert retag_plural_presents(doc) == 1
    assert {"pv", "mv"} <= set(verb.features)
    assert (noun.head, noun.deprel) == (verb.i, "su")


def test_infinitive_before_the_main_clause_finite_verb_is_left(make_doc):
    # `Zaken blijven doen met Huawei` is the subject clause of `wordt`.
    doc = make_doc(sentence("dpg2019", "Zaken blijven doen met Huawei wordt dan gekoppeld"))
    assert retag_plural_presents(doc) == 0


def test_plural_subject_with_a_loose_apposition_is_retagged_and_made_the_subject(make_doc):
    # `De meeste westerse landen, waaronder Nederland en Duitsland, erkennen Guaidó ...`:
    # the enumerating apposition between commas belongs to the fronted noun phrase.
    doc = make_doc(sentence("dpg2019", "waaronder Nederland en Duitsland, erkennen"))
    verb, noun = (next(t for t in doc.tokens if t.text == w) for w in ("erkennen", "landen"))
    assert "inf" in verb.features
    assert retag_plural_presents(doc) == 1
    assert {"pv", "mv"} <= set(verb.features)
    assert (noun.head, noun.deprel) == (verb.i, "su")


def test_apposition_with_inner_list_commas_is_retagged(make_doc):
    doc = make_doc(sentence("dpg2019", "zoals de Verenigde Staten en Nederland, maar ook"))
    assert retag_plural_presents(doc) == 1


def test_prenominal_quantifier_opens_a_plural_subject(make_doc):
    # `Veel`, `Beide`: Frog's VNW(onbep, prenom), a determiner of the noun phrase
    doc = make_doc(sentence("dpg2019", "Beide kampen claimen dat is aangetoond"))
    assert retag_plural_presents(doc) == 1


def test_a_relative_clause_between_commas_is_no_apposition(make_doc):
    doc = make_doc(sentence("dpg2019", "Researchmasters, die ook studenten vooraf selecteren"))
    assert retag_plural_presents(doc) == 0


def test_a_fronted_prepositional_phrase_with_an_apposition_is_no_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Ook op andere vlakken, zoals het eten van vlees"))
    assert retag_plural_presents(doc) == 0
