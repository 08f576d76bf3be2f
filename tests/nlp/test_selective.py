"""Selective parsing gives the layers what full Frog gives them (kroniek.nlp.selective)."""

import pytest

from corpus import articles
from kroniek.nlp.frog import frog_version
from kroniek.nlp.select import needs_parse
from kroniek.nlp.selective import selective_version


def test_the_version_names_the_selection():
    version = selective_version()
    assert version.startswith("frog-0.20/") and "selective-" in version
    assert version != frog_version(parser=True) and version == selective_version()


@pytest.mark.slow
@pytest.mark.frog
def test_parsed_sentences_equal_full_frog_and_the_rest_lack_only_the_parse(analyser):
    """Loads two more Frogs (~1.7 GB) beside the session's full one."""
    from kroniek.nlp.selective import SelectiveFrogAnalyser

    selective = SelectiveFrogAnalyser()
    texts = [r["text"] for r in articles()[:3] if r.get("text")]
    for text in texts:
        full = analyser.analyse(text)
        mine = selective.analyse(text)
        assert len(mine) == len(full)
        for ours, theirs in zip(mine, full, strict=True):
            bare = [dict(t, head=0, deprel="") for t in theirs]
            assert ours == (theirs if needs_parse(bare) else bare)
    assert 0 < selective.parsed < selective.sentences and selective.unmerged == 0
