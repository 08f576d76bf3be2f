"""Reactions that take up an earlier act by a pronoun or an act noun (events/reaction.py):
the one criticised, rejected or praised is the doer of the act named in the sentence
before.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl; consecutive sentences joined as in the article.
"""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence


def _consecutive(*fragments: str) -> str:
    return " ".join(sentence("dpg2019", fragment) for fragment in fragments)


def test_a_pronoun_takes_up_the_act_named_before(code):
    # `Turkije noemt het 'onacceptabel'`: `het` is Trump's decision the sentence before
    # names (`het besluit van Trump`), not Syria's words about it.
    text = _consecutive("Syrië ziet het besluit van Trump", "Turkije noemt het 'onacceptabel'")
    found = triples(code(text, "2019-03-26"))
    assert ("REJECT", "Turkey", "Donald Trump") in found
    assert not any(r == "Syria" for _, a, r in found if a == "Turkey")


def test_a_denial_takes_up_what_was_said_before(code):
    # `Zelf ontkent ze dat`: with no act before, `dat` is what the British authorities
    # are reported to hold.
    text = _consecutive("Begums kansen om naar Nederland", "Volgens de Britse autoriteiten heeft",
                        "Zelf ontkent ze dat")
    assert any(t == "REJECT" and r == "United Kingdom"
               for t, _, r in triples(code(text, "2019-02-21")))


def test_an_evaluation_takes_up_the_act_named_before(code):
    # `volgens Airwars is dat een cynische conclusie`: the conclusion that little changes
    # with Trump's decision; Airwars goes on to criticise blocking transparency.
    text = _consecutive("De indruk zou kunnen ontstaan dat er met het besluit van Trump",
                        "volgens Airwars is dat een cynische conclusie")
    assert ("ACCUSE", "Airwars", "Donald Trump") in triples(code(text, "2019-03-07"))


def test_not_the_state_the_speaker_governs(code):
    # negative: `Heiko Maas zei gisteren dat Duitsland ... Guaidó zullen blijven steunen.
    # "Dit is een onbegrijpelijke beslissing"`: the German minister does not criticise
    # Germany; `dit` is Venezuela's expulsion, named far earlier.
    text = paragraph("dpg2019", "Dit is een onbegrijpelijke beslissing")
    assert not any(a == "Heiko Maas" and r == "Germany"
                   for _, a, r in triples(code(text, "2019-03-07")))


def test_not_a_doer_the_text_only_describes(code):
    # negative: `Critici zeggen dat ... Hoogma ontkent dat`: unnamed critics are no
    # recipient.
    text = _consecutive("Critici zeggen dat hij zo wil voorkomen", "Hoogma ontkent dat")
    assert not any(r is not None for t, _, r in triples(code(text, "2019-02-21"))
                   if t == "REJECT")


def test_a_pronoun_with_no_act_before_codes_no_recipient(code):
    # negative: `De scholen noemen het een slecht idee` after a sentence with no act:
    # the plan is named only later in the article.
    text = _consecutive("Amsterdamse scholen zijn niet blij dat de eindtoets",
                        "De scholen noemen het een slecht idee")
    assert not any(r is not None for _, a, r in triples(code(text, "2019-03-27")))
