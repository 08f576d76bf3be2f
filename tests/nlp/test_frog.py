"""Frog integration: real Dutch sentences, offsets line up with the text."""

from kroniek.nlp.align import locate
from kroniek.nlp.frog import prepare_paragraph

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
