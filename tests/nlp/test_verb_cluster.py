"""Split verb cluster repair (kroniek.nlp.verb_cluster): a participle or infinitive Frog
left a root becomes the verbal complement of the auxiliary before it."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.verb_cluster import attach_split_clusters


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_passive_participle_joins_its_auxiliary(make_doc):
    doc = make_doc(sentence("dpg2019", "werd een 21-jarige vrouw uit Nijmegen aangehouden"))
    werd, participle = _token(doc, "werd"), _token(doc, "aangehouden")
    assert participle.head == -1  # Frog's error
    assert attach_split_clusters(doc) == 1
    assert (participle.head, participle.deprel) == (werd.i, "vc")


def test_perfect_participle_joins_its_auxiliary(make_doc):
    doc = make_doc(sentence("dpg2019", "drieduizend mensen hebben maandag het laatste IS-bolwerk"))
    assert attach_split_clusters(doc) == 1
    participle = _token(doc, "verlaten")
    assert (doc.tokens[participle.head].text, participle.deprel) == ("hebben", "vc")


def test_verb_of_another_clause_is_left_alone(make_doc):
    # `of` opens a clause of its own: `zitten` is its verb, not a complement of `is`.
    doc = make_doc(sentence("dpg2019", "Het is niet duidelijk of die allemaal nog in het laatste"))
    assert attach_split_clusters(doc) == 0


def test_infinitive_of_a_te_clause_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "zo snel mogelijk aan de slag om dat te repareren"))
    assert _token(doc, "repareren").head == -1  # the case: Frog left it a root
    assert attach_split_clusters(doc) == 0


def test_a_finite_tagged_perfect_auxiliary_after_a_modal_is_its_infinitive(make_doc):
    # Frog tags `hebben` a plural present, a second root over `bedreigd`
    doc = make_doc(sentence("dpg2019", "De man zou zaterdag één van de broers rond het middaguur"))
    hebben = _token(doc, "hebben")
    assert hebben.head == -1 and "pv" in hebben.features  # the case
    assert attach_split_clusters(doc) == 1
    assert (doc.tokens[hebben.head].text, hebben.deprel, hebben.features[0]) == (
        "zou", "vc", "inf")


def test_a_coordination_of_nouns_does_not_end_the_cluster(make_doc):
    # `de neus en de mond`: the `en` joins two objects, the cluster `hebben geduwd` follows
    doc = make_doc(sentence("dpg-dev", "Ze zou de neus en de mond van de baby"))
    assert attach_split_clusters(doc) == 1
    assert doc.tokens[_token(doc, "hebben").head].text == "zou"


def test_a_finite_verb_after_a_new_subject_is_left_alone(make_doc):
    # hand-written negative: `en wij hebben` opens a second clause with its own subject
    doc = make_doc("Hij zou komen en wij hebben lang gewacht.")
    assert doc.tokens[_token(doc, "hebben").head].text != "zou"
