"""Quotation marks paired into quoted spans (nlp/quote_marks.py), on real sentences of the
DPG 2019 corpus and the dpg-dev articles read by a fragment (tests/corpus.py)."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.quote_marks import quoted_spans

DPG = "dpg2019"


def _dpg(*fragments: str) -> str:
    return " ".join(sentence(DPG, f) for f in fragments)


def test_comma_marks_are_one_mark_unit(make_doc):
    """Frog splits `,,` and `''` into two tokens each; they pair as one quoted span."""
    doc = make_doc(_dpg("De bedoeling is dat we dat onmogelijk maken"))
    spans = quoted_spans(doc)
    assert [doc.text[s.start : s.end] for s in spans] == [
        "De bedoeling is dat we dat onmogelijk maken"]


def test_apostrophe_inside_a_word_is_no_mark(make_doc):
    doc = make_doc(sentence("dpg-dev", "Met 'oefs' en 'aah's'"))
    texts = [doc.text[s.start : s.end] for s in quoted_spans(doc)]
    assert "oefs" in texts and not any("ers op de uitslagen" in t for t in texts)


def test_unclosed_quote_stops_before_narration(make_doc):
    """A quote left open (a paragraph end in print) does not run into the journalist's
    third-person sentence after it, nor into the next quote."""
    text = _dpg("Het lijkt me beter als de hoofddoek niet wordt aangemoedigd",
                "Ook de oppositie was tegen de sporthijab",
                "een land waar de plaats van de vrouw straks net zo is als in Saoedi")
    doc = make_doc(text)
    texts = [doc.text[s.start : s.end] for s in quoted_spans(doc)]
    assert texts[0].startswith("Het lijkt me beter") and "oppositie" not in texts[0]
    assert texts[1].startswith("Ik wil niet dat mijn twee dochters")
