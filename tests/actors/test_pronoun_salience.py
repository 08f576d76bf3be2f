"""Pronoun antecedents by Dutch salience: number by subject-verb agreement, the
subject of a subordinate clause by word order, and no antecedent inside quoted speech
for a pronoun outside it."""

from __future__ import annotations

from tests.corpus import paragraph

from kroniek.actors.link import annotate
from kroniek.model import Document

DPG = "dpg2019"


def _pronoun_after(doc: Document, fragment: str, word: str):
    """The mention of the first `word` at or after `fragment` in the text."""
    start = doc.text.index(fragment)
    token = next(t for t in doc.tokens if t.start >= start and t.text == word)
    return next((m for m in doc.mentions if m.token_start == token.i), None)


def _linked(make_doc, fragment: str) -> Document:
    doc = make_doc(paragraph(DPG, fragment), published="2019-03-05")
    annotate(doc)
    return doc


def test_singular_verb_makes_ze_singular(make_doc):
    # `omdat zij ... dacht`: the singular verb, not Frog's plural tag, decides
    fragment = "omdat zij in cruciale staten dacht"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "zij")
    assert mention is not None and mention.actor.name == "Hillary Clinton"


def test_subject_after_subordinator_is_the_antecedent(make_doc):
    # `Alsof Baudet het horen kan, houdt hij ...`: Frog hangs Baudet on `alsof`
    fragment = "Alsof Baudet het horen kan"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "hij")
    assert mention is not None and mention.actor.name == "Thierry Baudet"


def test_quoted_name_is_still_an_antecedent(make_doc):
    # a name in single quotes (`Verhuurder 'Jesper'`) is no quoted speech
    fragment = "die volgens hem op alle fronten vergelijkbaar"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "hem")
    assert mention is not None and mention.actor.name == "Jesper"


def test_person_named_in_the_quote_is_not_the_speaker(make_doc):
    # hand-written negative: he who says it is not the man named in his quote
    doc = make_doc('"Mark Rutte heeft me gisteren gebeld", zegt hij.')
    annotate(doc)
    mention = _pronoun_after(doc, "zegt hij", "hij")
    assert mention is None or mention.actor.name != "Mark Rutte"


def test_plural_verb_leaves_ze_unresolved(make_doc):
    # hand-written negative: `zeggen ze` is plural, no single person
    doc = make_doc("Marieke de Vries kwam binnen met haar ouders. Nu zeggen ze dat het "
                   "goed gaat.")
    annotate(doc)
    assert _pronoun_after(doc, "zeggen ze", "ze") is None


def test_person_in_a_prepositional_phrase_is_less_salient(make_doc):
    # the parse finds no subject for `Ellen Hoog is bevallen van dochter Bowie Mae`;
    # the daughter inside `van …` is not who writes on Instagram
    fragment = "schrijft ze op Instagram"
    doc = make_doc(paragraph(DPG, "Oud-hockeyster Ellen Hoog is bevallen"),
                   published="2019-03-05")
    annotate(doc)
    mention = _pronoun_after(doc, fragment, "ze")
    assert mention is not None and mention.actor.name == "Ellen Hoog"


def test_demonstrative_subject_is_the_last_named_referent(make_doc):
    # `… de minister die over de gaswinning ging: Henk Kamp. Die hield vol dat …`
    fragment = "Die hield vol dat afbouwen niet kon"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "Die")
    assert mention is not None and mention.actor.name == "Henk Kamp"


def test_demonstrative_after_a_thing_is_unresolved(make_doc):
    # hand-written negative: the last noun is a law, not the minister
    doc = make_doc("Minister Wopke Hoekstra steunde de wet. Die zegt dat banken meer "
                   "moeten betalen.")
    annotate(doc)
    assert _pronoun_after(doc, "Die zegt", "Die") is None


def test_object_pronoun_chain_does_not_carry_across_sentences(make_doc):
    # `… dat ze … wil behouden. … omdat hij zijn partner in haar woning heeft gewurgd.
    # … dat hij haar in de keuken had gewurgd`: the victim, not the alderwoman
    fragment = "dat hij haar in de keuken had gewurgd"
    doc = make_doc(paragraph("dpg-dev", fragment), published="2019-03-20")
    annotate(doc)
    mention = _pronoun_after(doc, fragment, "haar")
    assert mention is None or mention.actor.name != "Marieke van Doorninck"


def test_foreign_womans_pronoun_by_her_countrys_names(make_doc):
    # `De gouverneur van Alabama, Kay Ivey, … Ivey zal deze nu verlengen … schreef ze`
    doc = make_doc(paragraph(DPG, "Ivey zal deze nu verlengen"), published="2019-03-05")
    annotate(doc)
    mention = _pronoun_after(doc, "Ivey zal deze nu verlengen", "ze")
    assert mention is not None and mention.actor.name == "Kay Ivey"


def test_object_pronoun_skips_the_subject_before_it_in_its_clause(make_doc):
    # `Minister-president Mark Rutte belt hem`: Frog hangs `hem` as a conjunct, so the
    # clause is read off the words; `hem` is the man named in the sentence before
    fragment = "Minister-president Mark Rutte belt hem"
    doc = _linked(make_doc, "Zondagochtend gaat de smartphone van Wopke Hoekstra")
    mention = _pronoun_after(doc, fragment, "hem")
    assert mention is not None and mention.actor.name == "Wopke Hoekstra"


def test_volgens_hem_is_not_the_name_before_it(make_doc):
    # `Fred Ros mocht volgens hem ... houden`: the lawyer of the sentence before speaks
    fragment = "Fred Ros mocht volgens hem"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "hem")
    assert mention is not None and mention.actor.name.endswith("Janssen")


def test_object_pronoun_in_an_embedded_question_may_take_the_subject(make_doc):
    # `Yasar Özdemir somde op welk bewijs er volgens hem ontbreekt`: the interrogative
    # opens a clause of its own, where the main clause's subject is a fine antecedent
    fragment = "somde op welk bewijs er volgens hem ontbreekt"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "hem")
    assert mention is not None and mention.actor.name == "Yasar Özdemir"


def test_the_one_aldus_names_is_the_subject_for_the_next_pronouns(make_doc):
    # `"...", aldus Guaidó tegen journalisten, waarna hij ... zwaaide ... Hij racete ...`:
    # `aldus X` stands for `zo zei X`, so X is a subject; not Maduro, the subject of the
    # sentence before the quote.
    doc = _linked(make_doc, "aldus Guaidó tegen journalisten")
    for fragment, word in (("waarna hij buiten de vliegveldhal", "hij"),
                           ("Hij racete vervolgens", "Hij")):
        mention = _pronoun_after(doc, fragment, word)
        assert mention is not None and mention.actor.name == "Juan Guaidó"


def test_an_aldus_speaker_two_sentences_back_yields_to_a_nearer_person(make_doc):
    # `'...', aldus Cotton op Twitter. Ook president Trump, die ..., wakkert de angst aan.
    # '...', twitterde hij sarcastisch`: Trump, named nearer, not Cotton.
    fragment = "twitterde hij sarcastisch"
    mention = _pronoun_after(_linked(make_doc, fragment), fragment, "hij")
    assert mention is not None and mention.actor.name == "Donald Trump"
