"""Refusals read off negated intentions and Frog's misplaced `niet`.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl, by article id. Short hand-written sentences are
negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


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
