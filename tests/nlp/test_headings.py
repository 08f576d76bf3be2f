"""A heading glued to the next sentence is cut off before Frog reads it (nlp/headings.py)."""

from corpus import sentence
from kroniek.nlp.frog import split_paragraphs
from kroniek.nlp.headings import split_glued_headings


def test_intertitle_before_a_sentence_is_cut_off():
    text = sentence("dpg2019", "Nachtmerrie De ouders van de nu 20-jarige")
    first, rest = split_glued_headings(text)
    assert first == "Nachtmerrie "
    assert rest.startswith("De ouders van de nu 20-jarige")


def test_short_news_headline_run_into_its_item_is_cut_off():
    text = sentence("dpg-dev", "Ajaxfans steken vuurwerk af bij hotel Juventus")
    first, rest = split_glued_headings(text)
    assert first == "Ajaxfans steken vuurwerk af bij hotel Juventus "
    assert rest.startswith("Bij het Van der Valk Hotel Amstel")


def test_the_pieces_keep_every_character():
    text = sentence("dpg2019", "Chagrijn De coalitiefracties")
    assert "".join(split_glued_headings(text)) == text


def test_title_of_a_work_is_no_sentence_start():
    # `De schijn-élite ...` is the title of the book named before it.
    text = sentence("dpg2019", "In zijn boek De schijn-élite")
    assert split_glued_headings(text) == [text]


def test_name_and_punctuation_are_no_glued_heading():
    # A capitalised opener before another capital is a name (`De Telegraaf`); after a full
    # stop or colon Frog already sees the sentence end.
    for text in ("Dat meldt De Telegraaf vandaag.", "Hij zei: Het is voorbij.",
                 "Het kabinet valt. De oppositie juicht."):
        assert split_glued_headings(text) == [text]


def test_weekday_surname_is_no_sentence_start():
    # Weekday names are Dutch surnames too, so they are not in the opener list.
    text = sentence("dpg2019", "zegt woordvoerder Jolanda Zondag van woningcorporatie")
    assert split_glued_headings(text) == [text]


def test_frog_reads_the_heading_as_its_own_sentence(make_doc):
    doc = make_doc(sentence("dpg2019", "Nachtmerrie De ouders van de nu 20-jarige"))
    texts = [doc.sentence_text(s) for s in doc.sentences]
    assert texts[0].endswith("Nachtmerrie")
    assert texts[1].startswith("De ouders")
    assert {s.paragraph for s in doc.sentences} == {0}


def test_paragraphs_are_still_split_first():
    assert split_paragraphs("Eerste alinea.\n\nTussenkop De tweede alinea begint.") == [
        "Eerste alinea.", "Tussenkop ", "De tweede alinea begint."]
