"""Frog with the dependency parser run only on the sentences a layer reads it in.

Two Frog instances in one process (measured 2026-11-27 on 10 DPG articles):

* the *tagger*: tokenizer, tagger, lemmatiser, NER and multiword units (`Mark_Rutte`);
  no morphology, chunker or parser (~0.9 GB). Every sentence goes through it. Its
  tokens, tags, lemmas and names equal full Frog's (7,161 of 7,161 tokens).
* the *parser*: tokenizer, tagger, multiword units, parser; no lemmatiser,
  morphology, NER or chunker (~0.9 GB). It gets only the sentences that
  `kroniek.nlp.select.needs_parse` picks, one at a time, as the exact characters
  the tagger's tokens cover. Its tokens, tags, heads and relations equal full
  Frog's (7,161 of 7,161).

A parsed sentence is the tagger's tokens with the parser's heads and relations,
so the layers get exactly what full Frog gives them (checked: 250 of 250 parsed
sentences equal). A sentence left unparsed has the same tokens, lemmas, tags and
names, but no heads (0) and no relations (""). If the parser tokenises a sentence
differently from the tagger (not seen so far) the sentence stays unparsed and is
counted in `unmerged`. Frog's morphology and chunker are never read by kroniek,
so neither instance runs them (the full analyser does).

The version names the selection: it hashes `select.py` and the data files the
choice reads, so an analysis made under one selection is never reused under
another (a lexicon change re-parses on the next ingest; `reanalyse` keeps the
stored analyses as they are).
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from kroniek.nlp.align import locate
from kroniek.nlp.base import RawSentence, RawToken
from kroniek.nlp.frog import (
    FROG_THREADS,
    FROG_VERSION,
    load_frog,
    prepare_paragraph,
    quiet_stderr,
    split_paragraphs,
    to_raw_sentences,
)
from kroniek.nlp.headings import segmentation_version
from kroniek.nlp.select import needs_parse

_ROOT = Path(__file__).resolve().parents[1]
_SELECTION_FILES = (
    "nlp/select.py",
    "quotes/data/cues.yaml",
    "events/data/lexicon.yaml",
    "events/data/status.yaml",
    "time/data/lexicon.yaml",
)
TAGGER_OPTIONS = dict(parser=False, mwu=True, morph=False, chunking=False)
PARSER_OPTIONS = dict(parser=True, mwu=True, morph=False, chunking=False, ner=False, lemma=False)


def selective_version() -> str:
    digest = hashlib.sha256()
    for name in _SELECTION_FILES:
        path = _ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"")
    return f"{FROG_VERSION}/{segmentation_version()}/parser=selective-{digest.hexdigest()[:10]}"


def parse_rows(raw: str) -> list[list[dict[str, str]]]:
    """Sentences of python-frog's `process_raw` columns (index, text, ..., tag, ..., head, rel)."""
    sentences: list[list[dict[str, str]]] = []
    current: list[dict[str, str]] = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 7:
            if current:
                sentences.append(current)
                current = []
            continue
        if current and cols[0] == "1":
            sentences.append(current)
            current = []
        current.append({"text": cols[1], "tag": cols[5], "head": cols[-2], "rel": cols[-1]})
    if current:
        sentences.append(current)
    return sentences


def merge(tagged: RawSentence, parsed: list[list[dict[str, str]]]) -> RawSentence | None:
    """The tagger's tokens with the parser's heads and relations; None if they don't line up
    (the parser split the sentence or its units differently)."""
    if len(parsed) != 1 or [r["text"] for r in parsed[0]] != [t["text"] for t in tagged]:
        return None
    return [
        RawToken(text=t["text"], lemma=t["lemma"], tag=t["tag"], ner=t["ner"],
                 head=int(row["head"] or 0), deprel=row["rel"])
        for t, row in zip(tagged, parsed[0], strict=True)
    ]  # fmt: skip


class SelectiveFrogAnalyser:
    """Frog's tagger on every sentence, its parser on the sentences a layer needs."""

    name = "frog"

    def __init__(self, threads: int | None = FROG_THREADS) -> None:
        self.version = selective_version()
        self._tagger = load_frog(threads, **TAGGER_OPTIONS)
        self._parser = load_frog(threads, **PARSER_OPTIONS)
        self.sentences = 0  # counters for the bench: sentences seen, parsed, not merged
        self.parsed = 0
        self.unmerged = 0
        self.parser_seconds = 0.0

    def analyse(self, text: str) -> list[RawSentence]:
        sentences: list[RawSentence] = []
        for paragraph in split_paragraphs(text):
            prepared = prepare_paragraph(paragraph)
            with quiet_stderr():
                words = self._tagger.process(prepared)
            cursor = 0
            for tagged in to_raw_sentences(words):
                start = end = cursor
                for n, token in enumerate(tagged):
                    first, end = locate(prepared, token["text"], token["tag"], end)
                    start = first if n == 0 else start
                cursor = end
                sentences.extend(self._sentence(tagged, prepared[start:end]))
        return sentences

    def _sentence(self, tagged: RawSentence, text: str) -> list[RawSentence]:
        self.sentences += 1
        if not tagged or not needs_parse(tagged):
            return [tagged]
        started = time.perf_counter()
        with quiet_stderr():
            raw = self._parser.process_raw(text)
        self.parser_seconds += time.perf_counter() - started
        merged = merge(tagged, parse_rows(raw))
        if merged is None:  # the parser tokenised differently: keep the tagger's reading
            self.unmerged += 1
            return [tagged]
        self.parsed += 1
        return [merged]
