"""Which sentences get Frog's dependency parser (kroniek.nlp.select)."""

import pytest

from corpus import sentence
from kroniek.events.lexicon import load_lexicon
from kroniek.nlp.select import needs_parse
from kroniek.nlp.selective import merge, parse_rows

TAGS = {"LET": "LET()", "VZ": "VZ(init)", "N": "N(soort,ev,basis,zijd,stan)",
        "WW": "WW(pv,verl,ev)", "VNW": "VNW(pers,pron,nomin,vol,3,ev,masc)",
        "LID": "LID(bep,stan,rest)", "ADJ": "ADJ(prenom,basis,met-e,stan)",
        "TW": "TW(hoofd,vrij)", "BW": "BW()"}


def raw(*words: str):
    """`word|lemma|POS` items -> an unparsed raw sentence, as the tagger Frog gives it."""
    tokens = []
    for item in words:
        text, lemma, pos = item.split("|")
        tokens.append({"text": text, "lemma": lemma, "tag": TAGS[pos], "ner": "O",
                       "head": 0, "deprel": ""})
    return tokens


PLAIN = ("Het|het|LID", "regende|regenen|WW", "de|de|LID", "hele|heel|ADJ", "dag|dag|N",
         ".|.|LET")


def test_a_sentence_without_anchors_is_not_parsed():
    assert not needs_parse(raw(*PLAIN))


@pytest.mark.parametrize("extra", [
    ("„|„|LET",),  # a quotation mark
    ("volgens|volgens|VZ", "hem|hem|VNW"),  # an attributing preposition
    ("zei|zeggen|WW", "hij|hij|VNW"),  # a report verb
    ("liet|laten|WW", "hij|hij|VNW", "weten|weten|WW"),  # a multiword cue, all its words
    ("vrijdag|vrijdag|N",),  # a weekday: its date depends on the tense
    ("moest|moeten|WW",),  # `X moet ...`: a demand when someone else says it
])
def test_an_anchor_asks_for_a_parse(extra):
    assert needs_parse(raw(*PLAIN[:-1], *extra, PLAIN[-1]))


def test_half_a_multiword_cue_and_a_dated_day_ask_for_nothing():
    assert not needs_parse(raw(*PLAIN[:-1], "liet|laten|WW", "los|los|BW", PLAIN[-1]))
    date = ("op|op|VZ", "14|14|TW", "februari|februari|N", "2019|2019|TW")
    assert not needs_parse(raw(*PLAIN[:-1], *date, PLAIN[-1]))


def test_event_triggers_come_from_the_lexicon():
    lexicon = load_lexicon()
    bare = next(lemma for lemma, frames in lexicon.verbs.items()
                if any(not (f.svp or f.objects or f.pp or f.object_kind) for f in frames))
    assert needs_parse(raw(*PLAIN[:-1], f"{bare}|{bare}|WW", PLAIN[-1]))


def test_merge_takes_heads_from_the_parser_and_the_rest_from_the_tagger():
    tagged = raw("Hij|hij|VNW", "sliep|slapen|WW", ".|.|LET")
    rows = parse_rows("1\tHij\t\t\t\tVNW()\t0.9\t\t\t\t\t2\tsu\n"
                      "2\tsliep\t\t\t\tWW()\t0.9\t\t\t\t\t0\tROOT\n"
                      "3\t.\t\t\t\tLET()\t1.0\t\t\t\t\t2\tpunct\n\n")
    merged = merge(tagged, rows)
    assert [(t["lemma"], t["head"], t["deprel"]) for t in merged] == [
        ("hij", 2, "su"), ("slapen", 0, "ROOT"), (".", 2, "punct")]
    assert merged[0]["tag"] == TAGS["VNW"]
    assert merge(tagged, rows[:0]) is None
    assert merge(tagged[:2], rows) is None


@pytest.mark.frog
def test_real_sentences(analyser):
    """Real DPG sentences through Frog: an event trigger (`zet ... uit`) asks for a parse,
    plain prose does not."""
    def bare(text):
        return [[dict(t, head=0, deprel="") for t in s] for s in analyser.analyse(text)]

    expel = sentence("dpg2019", "zet de Duitse ambassadeur")
    assert any(needs_parse(s) for s in bare(expel))
    assert not any(needs_parse(s) for s in bare("Het regende de hele dag in het noorden."))
