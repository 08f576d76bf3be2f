"""Labelling someone as something (`bestempelen`, `betitelen` + `als`): criticism (PLOVER
ACCUSE, disapprove) unless the label ranks or praises (events/labels.py).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence
from kroniek.events.labels import praising_label
from kroniek.events.lexicon import load_lexicon


def test_a_label_as_a_charge_is_criticism(code):
    # Frog also labels the fronted `Het Europees Parlement` mod and `Nederland` su
    # (events/misparse.py `fronted_subject`).
    text = sentence("dpg2019", "bestempelt Nederland als een belastingparadijs")
    found = triples(code(text, "2019-03-27"))
    assert ("ACCUSE", "European Parliament", "Netherlands") in found
    assert ("ACCUSE", "Netherlands", "European Parliament") not in found


def _label_praises(make_doc, text: str) -> bool:
    doc = make_doc(text, "2019-03-27")
    trigger = next(t for t in doc.tokens if t.lemma.lower() in {"bestempelen", "betitelen"})
    return praising_label(doc, trigger, load_lexicon())


def test_a_ranking_label_is_no_charge(make_doc):
    for fragment in ("Door Forbes bestempeld als een van de honderd rijkste Russen",
                     "door ReumaNederland bestempeld als een van de zeven"):
        assert _label_praises(make_doc, sentence("dpg2019", fragment))


def test_a_charge_is_no_praise(make_doc):
    for fragment in ("door het Kremlin bestempeld als 'buitenlandse agent'",
                     "bestempelt Nederland als een belastingparadijs"):
        assert not _label_praises(make_doc, sentence("dpg2019", fragment))
