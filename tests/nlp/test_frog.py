"""Frog integration: real Dutch sentences, offsets line up with the text."""

import pytest

from corpus import texts
from kroniek.nlp.align import locate
from kroniek.nlp.frog import FrogAnalyser, prepare_paragraph, read_columns, to_raw_sentences

SEED_SENTENCES = (
    "De Oekraïense president Volodymyr Zelensky heeft met NAVO-chef Mark Rutte gesproken "
    "over \"de diplomatieke mogelijkheden\" om de oorlog tussen Oekraïne en Rusland te stoppen. "
    "Hij zegt in een bericht op X dat hij met Rutte sprak over het 28-puntenplan.\n\n"
    "Het Kremlin deed Zelensky's woorden af als „loze praatjes”. Trump wil dat Oekraïne het "
    "raamwerk aanvaardt vóór 27 november."
)


def test_offsets_match_text(make_doc):
    doc = make_doc(SEED_SENTENCES)
    assert doc.tokens, "Frog returned no tokens"
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text
        assert token.text.strip() == token.text and token.text
    assert [t.text for t in doc.tokens][:4] == ["De", "Oekraïense", "president", "Volodymyr Zelensky"]


def test_sentences_and_paragraphs(make_doc):
    doc = make_doc(SEED_SENTENCES)
    assert len(doc.sentences) == 4
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]
    assert doc.sentence_text(doc.sentences[2]).startswith("Het Kremlin")
    assert doc.sentence_text(doc.sentences[3]).endswith("27 november.")


def test_parse_lemmas_and_entities(make_doc):
    doc = make_doc("Zelensky heeft vrijdag ook met de Amerikaanse vicepresident JD Vance gesproken.")
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["gesproken"].lemma == "spreken"
    assert by_text["heeft"].deprel == "ROOT" and by_text["heeft"].head == -1
    assert doc.tokens[by_text["gesproken"].head].text == "heeft"
    assert by_text["gesproken"].pos == "WW"


def test_acronym_at_sentence_end_splits(make_doc):
    doc = make_doc("Zij sprak met de VS. Daarna ging ze naar huis.")
    assert len(doc.sentences) == 2
    assert doc.sentence_text(doc.sentences[0]) == "Zij sprak met de VS."


def test_prepare_paragraph_only_touches_acronym_stops():
    assert prepare_paragraph("met de VS. Daarna") == "met de VS . Daarna"
    assert prepare_paragraph("o.a. de VS, en") == "o.a. de VS, en"


def test_locate_multiword_and_changed_characters():
    text = "met  Mark Rutte gesproken"
    assert locate(text, "Mark_Rutte", "SPEC()_SPEC()", 3) == (5, 15)
    assert locate("A_B probleem", "A_B", "SPEC(deeleigen)", 0) == (0, 3)


# Frog 0.20's `process_raw` with morphology and chunker off: those two columns are empty.
RAW_LEAN = (
    "1\tMark_Rutte\tMark_Rutte\t\tSPEC(deeleigen)_SPEC(deeleigen)\t1.000000\tB-PER_I-PER\t\t\t0\tROOT\n"
    "2\tzei\tzeggen\t\tWW(pv,verl,ev)\t0.998967\tO\t\t\t0\tROOT\n"
    "3\t.\t.\t\tLET()\t1.000000\tO\t\t\t2\tpunct\n\n"
    "1\tDat\tdat\t\tVNW(aanw,pron,stan,vol,3o,ev)\t0.999022\tO\t\t\t2\tsu\n"
    "2\tis\tzijn\t\tWW(pv,tgw,ev)\t0.999447\tO\t\t\t0\tROOT\n\n"
)


def test_read_columns_takes_each_column_by_position():
    words = read_columns(RAW_LEAN)
    assert [w["text"] for w in words] == ["Mark_Rutte", "zei", ".", "Dat", "is"]
    assert words[0]["pos"] == "SPEC(deeleigen)_SPEC(deeleigen)" and words[0]["ner"] == "B-PER_I-PER"
    assert words[1]["lemma"] == "zeggen" and words[2]["depindex"] == "2"
    assert words[3]["dep"] == "su"
    assert [bool(w.get("eos")) for w in words] == [False, False, True, False, True]
    sentences = to_raw_sentences(words)
    assert [len(s) for s in sentences] == [3, 2]
    assert sentences[1][0]["head"] == 2 and sentences[1][0]["tag"].startswith("VNW")


@pytest.mark.slow
@pytest.mark.frog
def test_lean_frog_gives_what_full_frog_gives():
    """Morphology and chunker off changes no token, lemma, tag, name or dependency."""
    text = texts("dpg2019")[0]
    lean, before = FrogAnalyser(threads=1), FrogAnalyser(threads=1, lean=False)
    assert lean.analyse(text) == before.analyse(text)
