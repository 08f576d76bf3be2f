"""Joined particle verbs of the lexicon are also found split in a main clause (ANS 22.2).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl, by article id. Short hand-written sentences are
negatives and the plain split forms.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence
from kroniek.events.lexicon import load_lexicon


def test_a_joined_particle_verb_is_indexed_split():
    frames = load_lexicon().verbs["maken"]
    assert any(f.svp == "zwart" and f.type == "ACCUSE" and f.split for f in frames)


def test_split_criticism_verb(code):
    # `uitschelden` written joined in the lexicon; the main clause splits it.
    assert ("ACCUSE", "Geert Wilders", "Mark Rutte") in triples(
        code("Wilders schold Rutte uit voor leugenaar.", "2019-03-20"))


def test_split_investigation_is_coded(code):
    # dpg2019 id 10677687: `kondigt de gemeente Almelo nieuw onderzoek aan naar mensen in
    # de bijstand` (`aankondigen` + `onderzoek`: an inquiry, PLOVER ACCUSE investigate).
    text = sentence("dpg2019", "kondigt de gemeente Almelo nieuw onderzoek aan")
    assert any(e.type == "ACCUSE" and e.actor.name == "Almelo"
               for e in code(text, "2019-03-07"))


def test_a_preposition_is_no_particle(code):
    # dpg2019 id 10686219: `hield een actie tegen spookbewoning` is no `tegenhouden`.
    text = sentence("dpg2019", "De politie hield dinsdag een actie tegen spookbewoning")
    assert all(e.type != "REJECT" for e in code(text, "2019-03-09"))


def test_the_particle_of_another_verb_does_not_count(code):
    # dpg2019 id 10730069: `af` belongs to `af te schaffen`, not to `deed` (no `afdoen`).
    text = sentence("dpg2019", "om de dividendbelasting af te schaffen deed de partij")
    assert all(e.type != "REJECT" for e in code(text, "2019-03-21"))


def test_dropping_out_is_no_criticism(code):
    # dpg2019 id 10724596: `Partijen als PVV en SP vallen af` (drop out of a formation).
    text = sentence("dpg2019", "Partijen als PVV en SP vallen af")
    assert all(e.type != "ACCUSE" for e in code(text, "2019-03-20"))


def test_a_particle_frog_parsed_as_a_preposition_before_a_te_infinitive(code):
    # dpg2019 id 10730442: `Ook PvdA-leider Lodewijk Asscher belt hij graag. Niet voor
    # niets riep Rutte hem de avond voor de verkiezingen nog op de verschillen te
    # overbruggen.`: Frog hangs `op de verschillen` as a phrase; a preposition never
    # governs the `te`-infinitive's clause, so `op` is the particle of `oproepen`.
    text = " ".join([sentence("dpg2019", "Ook PvdA-leider Lodewijk Asscher belt hij graag"),
                     sentence("dpg2019", "Niet voor niets riep Rutte hem")])
    assert ("REQUEST", "Mark Rutte", "Lodewijk Asscher") in triples(code(text, "2019-03-21"))


def test_a_preposition_with_its_own_phrase_before_om_is_no_particle(code):
    # `op de trein om ...`: a phrase, then a purpose clause; not `opstappen` (RETREAT)
    text = "Minister Wopke Hoekstra stapte op de trein om naar Brussel te reizen."
    assert not any(t[0] == "RETREAT" for t in triples(code(text, "2019-03-21")))
