"""A heading glued to the next sentence is cut off before Frog reads it (nlp/headings.py)."""

from corpus import paragraph, sentence
from kroniek.nlp.frog import split_paragraphs
from kroniek.nlp.headings import heading_ends, split_glued_headings


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


# --- an opener before a capitalised word (headings.yaml: name_articles, name_free_openers)


def test_heading_before_a_proper_adjective_is_cut_off():
    text = sentence("dpg2019", "Onwrikbare steun De Duitse minister")
    first, rest = split_glued_headings(text)
    assert first == "Onwrikbare steun "
    assert rest.startswith("De Duitse minister van Buitenlandse Zaken")


def test_heading_before_an_acronym_is_cut_off():
    text = sentence("dpg2019", "Belangenconflict Het OM was")
    assert split_glued_headings(text) == ["Belangenconflict ", text[len("Belangenconflict "):]]


def test_heading_before_an_opener_and_a_name_is_cut_off():
    text = sentence("dpg2019", "Argwanend Volgens Kanne heeft")
    first, rest = split_glued_headings(text)
    assert first == "Argwanend "
    assert rest.startswith("Volgens Kanne heeft")


def test_surname_with_capitalised_prefix_is_no_sentence_start():
    # `De` of a surname without first name is capitalised (`zegt onderzoeker De Graaf`).
    for text in (sentence("dpg2019", "zegt onderzoeker De Graaf"),
                 "Dat zei De Vries gisteren in de Kamer.", "Volgens hem heeft De Jonge gelijk."):
        assert split_glued_headings(text) == [text]


def test_title_and_name_with_capitals_are_no_sentence_start():
    # A title after a conjunction, a party name in title case, a paper's name.
    for text in (sentence("dpg2019", "Bernhard en De Amerikaanse prinses"),
                 sentence("dpg2019", "op Forum Voor Democratie moet"),
                 "Dat schreef De Telegraaf vandaag.", "Zij werkt bij De Nederlandsche Bank sinds mei."):
        assert split_glued_headings(text) == [text]


# --- a reader's signature (headings.yaml: name_particles; generated/signature_towns.yaml)


def _cut_after(fragment: str) -> bool:
    text = paragraph("dpg2019", fragment)
    return text.index(fragment) + len(fragment) + 1 in heading_ends(text)


def test_signature_with_comma_is_cut_off_from_the_next_letter():
    assert _cut_after("Hans Brouwer, Zeewolde")


def test_signature_without_comma_is_cut_off_from_the_next_letter():
    assert _cut_after("Sjef Staps Leusden")
    assert _cut_after("Ton Gommans Tegelen-Venlo")


def test_signature_going_on_in_lower_case_or_a_bracket_is_not_cut():
    assert not _cut_after("Nico Holvast, Utrecht")
    assert not _cut_after("Christa Driessen, Rotterdam")



def test_frog_reads_the_sentence_after_a_heading_with_its_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Onwrikbare steun De Duitse minister"))
    texts = [doc.sentence_text(s) for s in doc.sentences]
    assert texts[0] == "Onwrikbare steun"
    assert texts[1].startswith("De Duitse minister")
