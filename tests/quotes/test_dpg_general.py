"""General errors found in a hand-checked sample of quotes on DPG 2019 articles
(bench/quotes_dpg_sample.md), one real DPG sentence per fix."""

from __future__ import annotations

import pytest
from tests.corpus import sentence

from kroniek.actors.link import annotate as link_actors
from kroniek.quotes.extract import annotate

DPG = "dpg2019"

# (text, kind, cue, speaker_text, content)
FIXED = [
    # colon quote after a surname with a particle Frog tags as preposition/adjective
    (lambda: sentence(DPG, 'Van Oosterhout: "In het Midden-Oosten'),
     "direct", None, "Van Oosterhout",
     "In het Midden-Oosten en Azië ligt er nog veel potentie voor de sport."),
    (lambda: sentence(DPG, 'Van Lange: "Een bumperklever'),
     "direct", None, "Van Lange", "Een bumperklever heeft vaak gewoon haast om naar huis te komen."),
    # `aldus` + a hyphenated foreign name (Frog: SPEC(vreemd), no NER)
    (lambda: sentence(DPG, "kijken de politieke partijen naar om banden te smeden"),
     "direct", "aldus", "Sánchez-Cuenca",
     "Dáár kijken de politieke partijen naar om banden te smeden met de rechters"),
    # attribution interposed between commas: the clause runs on after it
    (lambda: sentence(DPG, "Het wantrouwen van de burger, denkt Almenar"), "indirect", "denken",
     "Almenar", "Het wantrouwen van de burger wordt gevoed doordat het soms jaren duurt voordat "
     "deze hoge functionarissen achter de tralies belanden"),
    (lambda: sentence(DPG, "Normaal gesproken, zegt de Amsterdamse hoogleraar Carla Hollak"),
     "indirect", "zeggen", "de Amsterdamse hoogleraar Carla Hollak",
     "Normaal gesproken zit ze drie maanden te ploeteren op een subsidieaanvraag"),
    # postposed attribution with an apposition after the speaker: the clause is done
    (lambda: sentence(DPG, "Daarvan is geen sprake, zegt Woonink"), "indirect", "zeggen",
     "Woonink", "Daarvan is geen sprake"),
    # the whole speaker phrase is cut from the content, article included
    (lambda: sentence(DPG, "De VIG ziet de actie van de Vriendenloterij"),
     "mixed", "zien", "De VIG", "de actie van de Vriendenloterij 'niet als een maatschappelijke "
     "beweging, maar als een actie van een activistische loterijorganisatie met een "
     "maatschappelijke agenda'"),
]




@pytest.mark.parametrize(("text", "kind", "cue", "speaker", "content"), FIXED,
                         ids=[f"dpg-{i}" for i in range(len(FIXED))])
def test_dpg_general_fix(quotes_of, text, kind, cue, speaker, content):
    quotes = quotes_of(text())
    assert [(q.kind, q.cue, q.speaker_text, q.text) for q in quotes] == [
        (kind, cue, speaker, content)], [(q.kind, q.cue, q.speaker_text, q.text) for q in quotes]


def test_volgens_name_runs_on_past_particle(quotes_of):
    """`volgens minister Cora van Nieuwenhuizen`: the name does not stop at `van`."""
    quotes = quotes_of(sentence(DPG, "Volgens minister Cora van Nieuwenhuizen (Verkeer) is"))
    assert len(quotes) == 1
    assert quotes[0].speaker_text.endswith("Cora van Nieuwenhuizen")
    assert quotes[0].text.endswith("is Schiphol goed voor 113.000 banen")
    assert "Nieuwenhuizen" not in quotes[0].text


def test_text_ending_on_a_verb_without_full_stop(make_doc):
    # DPG 2019 caption (article text ends on the verb, no full stop): no crash, no quote.
    doc = make_doc("Meer dan de helft van de woningeigenaren vindt dat ze bijdragen aan het klimaat. "
                   "Groen denken is makkelijk, maar doen", published="2019-03-01")
    link_actors(doc)
    annotate(doc)
    assert all(q.speaker is not None for q in doc.quotes)
