"""Refusals read off negated intentions and Frog's misplaced `niet`; a name in apposition
to a role-noun subject is the actor.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl, by article id. Short hand-written sentences are
negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence


def test_not_wanting_to_agree_is_a_refusal(code):
    # dpg2019 id 10797726: `nu ... de Noord-Ierse DUP niet willen instemmen met haar
    # akkoord`; Frog hangs `niet` on `DUP`, the verb cluster right after it is negated.
    text = sentence("dpg2019", "de Noord-Ierse DUP niet willen instemmen")
    found = triples(code(text, "2019-04-09"))
    assert ("REJECT", "Democratic Unionist Party", "Theresa May") in found
    assert ("AGREE", "Democratic Unionist Party", "Theresa May") not in found


def test_wanting_to_agree_stays_agreement(code):
    text = "De DUP wil instemmen met het akkoord van Theresa May."
    found = triples(code(text, "2019-04-09"))
    assert ("REJECT", "Democratic Unionist Party", "Theresa May") not in found


def test_a_name_in_apposition_is_the_subject(code):
    # dpg2019 id 10798624: `De leider van de ultranationalistische partij van de Grijze
    # Wolven, Devlet Bahceli, eist onderzoek naar ...`; the role noun alone was resolved
    # to the article's president.
    events = [e for e in code(paragraph("dpg2019", "Devlet Bahceli, eist onderzoek"),
                              "2019-04-09") if "Devlet Bahceli, eist" in e.text]
    assert events and all(e.actor.name != "Recep Tayyip Erdoğan" for e in events)
    assert any("Bahceli" in e.actor.name for e in events)


def test_dismissing_someones_words_is_a_rejection(code):
    # `weerspreken` and `wegwuiven` join `afwijzen`/`ontkennen` (lexicon_news.yaml): the
    # owner of what is dismissed is the recipient
    text = sentence("dpg2019", "weerspreekt Lisitsyn de woorden van gouverneur Kozjemjako")
    assert any(e.type == "REJECT" and e.actor.name == "Lisitsyn"
               and e.recipient is not None and "Kozjemjako" in e.recipient.name
               for e in code(text, "2019-03-26"))
    text = sentence("dpg2019", "De VVD wuift de kostenberekeningen van Nielsen weg")
    assert any(e.type == "REJECT" and e.recipient is not None and "Nielsen" in e.recipient.name
               for e in code(text, "2019-03-26"))


def test_dismissing_with_no_one_named_is_no_event(code):
    # negative: a denial of a claim whose owner the clause does not name codes nothing
    text = sentence("dpg2019", "Curator Jan van den Heuvel weerspreekt dat")
    assert not any(e.type == "REJECT" for e in code(text, "2019-03-26"))

