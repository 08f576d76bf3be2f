"""Asking a question is not PLOVER REQUEST: `vragen` with an indirect question or as the
inquit of a quoted question asks for an answer (triggers.py `_asks_a_question`).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences check the requests
that stay.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_an_indirect_question_is_no_request(code):
    # the sentence before names the artist (`dat mag van Eisinga` was read as the one asked)
    text = " ".join([sentence("dpg2019", "Aan het woord is kunstenaar Jeroen Eisinga"),
                     sentence("dpg2019", "Matthijs van Nieuwkerk heeft zojuist gevraagd of")])
    assert not any(e.type == "REQUEST" for e in code(text, "2019-03-20"))


def test_a_wh_question_is_no_request(code):
    text = "Trump vroeg Zelensky waarom hij niet kwam."
    assert not any(e.type == "REQUEST" for e in code(text, "2019-03-20"))


def test_a_polite_request_put_as_a_question_stays(code):
    text = "Trump vroeg Zelensky of hij hem een gunst wilde doen."
    assert ("REQUEST", "Donald Trump", "Volodymyr Zelensky") in triples(code(text, "2019-03-20"))


def test_asking_for_something_stays_a_request(code):
    text = sentence("dpg2019", "opheldering zal vragen van Erdogan persoonlijk")
    assert any(e.type == "REQUEST" and e.recipient is not None
               and e.recipient.name == "Recep Tayyip Erdoğan" for e in code(text, "2019-03-20"))
