"""Repairs of Frog's parse the coder relies on: members named in a fronted `group,
waaronder A en B,` phrase act (events/inclusion.py); a clause-final particle and a
`predc` object (events/triggers.py, events/arguments.py)."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_listed_countries_recognise(code):
    # The sentence before names Guaidó in full, so the actor layer can link the surname.
    text = " ".join([sentence("dpg2019", "om oppositieleider Juan Guaidó te steunen"),
                     sentence("dpg2019", "waaronder Nederland en Duitsland, erkennen")])
    found = triples(code(text, "2019-03-07"))
    assert ("SUPPORT", "Netherlands", "Juan Guaidó") in found
    assert ("SUPPORT", "Germany", "Juan Guaidó") in found
    assert ("SUPPORT", "Germany", "Netherlands") not in found  # the group is no object


def test_comparison_after_a_name_is_no_enumeration(code):
    found = triples(code("Ook Rutte, zoals Wilders, steunt Trump.", "2019-03-07"))
    assert ("SUPPORT", "Geert Wilders", "Donald Trump") not in found


def test_final_particle_beyond_the_window_and_predc_object(code):
    # `zet ... het land uit`: the particle closes the clause nine tokens on, and Frog
    # labels the expelled ambassador `predc`.
    found = triples(code(sentence("dpg2019", "Venezuela zet de Duitse ambassadeur"),
                         "2019-03-07"))
    assert ("SANCTION", "Venezuela", "Daniel Martin Kriener") in found



def test_cue_verb_takes_the_speaker_the_quote_layer_resolved(code):
    # `In gesprek met het Duitse weekblad Der Spiegel roept hij Europa op ...`: Frog makes
    # the weekly the subject; the quote layer resolves `hij` to Guaidó.
    text = " ".join([sentence("dpg2019", "om oppositieleider Juan Guaidó te steunen"),
                     sentence("dpg2019", "weekblad Der Spiegel roept hij Europa op")])
    found = triples(code(text, "2019-03-07"))
    assert ("REQUEST", "Juan Guaidó", "Europe") in found
    assert ("REQUEST", "Der Spiegel", "Europe") not in found


def test_zijn_passive_subject_labelled_predc_and_van_inside_the_agent(code):
    # Frog labels the passive subject `Klein` the auxiliary's predc, and hangs `van de
    # Partij voor Zeeland` on `door`: the party is the agent's, not the one asked.
    text = " ".join([sentence("dpg2019", "Eppie Klein gaat bij waterschap Scheldestromen"),
                     sentence("dpg2019", "Klein is voor de klus gevraagd door")])
    found = triples(code(text, "2019-04-05"))
    assert ("REQUEST", "Marien Weststrate", "Eppie Klein") in found
    assert ("REQUEST", "Marien Weststrate", "Partij voor Zeeland") not in found


def test_party_in_the_title_compound_of_a_named_object_is_no_second_object(code):
    found = triples(code(sentence("dpg2019", "besloot de aanval te openen op VVD-leider"),
                         "2019-03-20"))
    assert ("ACCUSE", "Geert Wilders", "Mark Rutte") in found
    assert ("ACCUSE", "Geert Wilders", "People's Party for Freedom and Democracy") not in found


def test_object_frog_left_unlabelled_in_a_verb_final_clause(code):
    # `kinderen` hangs on `zou` with no relation (nlp/unlabelled.py): the abuse had no victim.
    found = triples(code(sentence("dpg2019", "omdat hij in Nepal kinderen zou hebben misbruikt"),
                         "2019-03-07"))
    assert ("ASSAULT", "Een 72-jarige man", "kinderen") in found


def test_plural_subject_frog_read_as_an_object_meets(code):
    # `gaan` tagged an infinitive, the fronted `De scholieren achter het spijbelprotest` its
    # object: retagged finite, the phrase is the subject (nlp/repair.py).
    found = triples(code(sentence("dpg2019", "De scholieren achter het spijbelprotest gaan"),
                         "2019-02-12"))
    assert {t for t in found if t[1:] == ("De scholieren", "Mark Rutte")}


def test_a_glued_object_is_only_a_whole_phrase_after_the_last_conjunct(make_doc):
    from kroniek.events.misparse import glued_object

    def glued(fragment: str) -> list[str]:
        doc = make_doc(sentence("dpg2019", fragment), "2019-03-08")
        return [doc.tokens[g].text for t in doc.tokens
                if (g := glued_object(doc, t.i)) is not None]

    assert glued("Nu roepen de SP en D66 de coalitie op") == ["coalitie"]
    # negative: a name Frog cuts in two (`de dalai` + `lama`) is no object
    assert glued("Desmond Tutu en de dalai lama kwamen langs") == []
    assert "Rijksoverheid" in glued("riep Jozias van Aartsen de Rijksoverheid al op")
    # negative: a name Frog cuts before `den` (`Harko van` + `den Hende`) keeps its words
    assert glued("Harko van den Hende, die onderzoek doet") == []


def test_orphan_object_after_the_subject_of_a_fronted_clause(code):
    # `Zonder namen te noemen hekelt hij daarmee de rol van Peter R. de Vries`: Frog leaves
    # `de rol van ...` a root of its own, and `hij` stands between it and the verb.
    text = " ".join([sentence("dpg2019", "Advocaat Sander Janssen maakt duidelijk"),
                     sentence("dpg2019", "Zonder namen te noemen hekelt hij daarmee")])
    found = [e for e in code(text, "2019-04-05") if e.type == "ACCUSE"]
    assert [(e.actor.name, e.recipient.name) for e in found if e.recipient] == [
        ("Sander Janssen", "Peter R. de Vries")]


def test_fronted_subject_labelled_mod_and_object_labelled_su(code):
    # `Jurylid Ilse DeLange droeg Laurence voor`: Frog makes `Jurylid Ilse DeLange` a mod
    # and `Laurence` the subject; the prefield phrase is the subject.
    found = triples(code(sentence("dpg2019", "Jurylid Ilse DeLange droeg Laurence voor"),
                         "2019-03-20"))
    assert [t for t in found if t[:2] == ("SUPPORT", "Ilse DeLange")
            and "Laurence" in (t[2] or "")]


def test_fronted_object_before_a_pronoun_subject_stays_the_object(code):
    found = triples(code("Laurence droeg hij voor aan de selectiecommissie.", "2019-03-20"))
    assert not {t for t in found if "Laurence" in t[1]}


def test_second_subject_before_the_direct_object_is_the_indirect_object(code):
    # `President Trump heeft nu ook India en Navo-bondgenoot Turkije de wacht aangezegd`:
    # Frog labels both `Trump` and the coordination after it `su`, beside the object
    # `de wacht`; in the middle field the indirect object precedes the direct one.
    found = triples(code(sentence("dpg2019", "Turkije de wacht aangezegd in zijn handelsoorlog"),
                         "2019-03-06"))
    assert ("THREATEN", "Donald Trump", "India") in found
    assert ("THREATEN", "Donald Trump", "Turkey") in found
    assert not any(t[1] in ("India", "Turkey") for t in found)  # the warned do not warn


def test_the_one_asked_is_the_second_subject_before_the_object(code):
    # `Kim zou Trump hebben gevraagd de inhoud ... te houden`: `Kim`, `Trump` both `su`,
    # `inhoud` obj1. The first subject stays the actor: the one asked does not ask.
    found = triples(code(sentence("dpg2019", "Kim zou Trump hebben gevraagd"), "2019-03-01"))
    assert ("REQUEST", "Kim", "Donald Trump") in found
    assert not any(t[0] == "REQUEST" and t[1] == "Donald Trump" for t in found)


def test_plural_present_subject_accuses_the_name_before_dat(code):
    # Frog tags `verwijten` an infinitive, makes `rebellen` its object and hangs `May` on
    # `dat` (nlp/repair.py, nlp/unlabelled.py): the rebels accuse May.
    text = " ".join([sentence("dpg2019", "De positie van Theresa May hangt aan een zijden draad"),
                     sentence("dpg2019", "De rebellen verwijten May dat zij")])
    found = triples(code(text, "2019-03-25"))
    assert ("ACCUSE", "De rebellen", "Theresa May") in found


def test_the_counted_people_detained_are_the_recipient(code):
    text = sentence("dpg2019", "autoriteiten hebben honderden kinderen vastgezet")
    found = triples(code(text, "2019-03-01"))
    assert ("COERCE", "Iraq", "honderden kinderen") in found
