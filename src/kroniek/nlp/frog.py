"""Frog (Debian `frog frogdata` 0.20) as kroniek's Dutch analyser, in process.

Why this route (measured 2026-11-23 on the 2-core machine, see
../shared/notes/dutch-nlp-toolkit.md and bench/throughput.py):

* `python-frog==0.4.2`, built against Debian's libfrog, runs Frog inside the
  Python process: models load once (~6 s), each text is one call, no port and no
  child processes. 0.6.x does not build against Frog 0.20, so the version is pinned.
* `frog -S PORT` (server mode) listens on every interface with no option to bind
  to loopback, and every closed connection costs a forked child 2-5 s of CPU.
* `frog` reading stdin (interactive mode) buffers its output when stdout is a
  pipe, so a kept-running child cannot be read line by line.

Frog runs without its morphological analyser (MBMA) and chunker: kroniek reads neither,
and together they are about an eighth of Frog's CPU time (bench/README.md). With both off,
python-frog 0.4.2's `process()` fails on the empty columns it then gets (IndexError in
`parsecolumns`), so the analyser reads `process_raw`'s tab-separated columns itself
(`read_columns`). Tokens, lemmas, tags, names and dependencies are the same as with both on
(checked on DPG articles, see tests/nlp/test_frog.py), so the analysis version, and with it
every cached analysis, stays valid.

Frog keeps state across texts: the same article can come out differently after other
articles went through the same Frog (measured 2026-11-27: `minister van Economische Zaken`
is two tokens in a fresh Frog and the unit `Economische_Zaken` once an earlier article
had it). So the analysis of an article depends on what its process read before, and two
workers, which read different articles, can differ from one process on a few articles
(1 of 184 DPG articles in bench/throughput.py). Reloading Frog per article (~5 s) would
cost more than the whole analysis; instead the first analysis of a text is stored and
reused (store `analyses`, keyed by text), so re-running an ingest or `reanalyse` never
changes a stored article.

Text goes to Frog one paragraph at a time, so a sentence never crosses a
paragraph; a heading or a reader's signature glued to the next sentence with only a
space is cut off first (headings.py). Before that, an all-caps abbreviation closing a
sentence (`de VS. Daarna`) gets a space before its full stop: Frog's tokenizer otherwise reads
`VS.` as an abbreviation and merges the two sentences. Alignment (align.py)
maps the tokens back onto the untouched text.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from typing import Any

from kroniek.errors import AnalyserError
from kroniek.nlp.base import RawSentence, RawToken
from kroniek.nlp.headings import segmentation_version, split_glued_headings

FROG_VERSION = "frog-0.20/python-frog-0.4.2"


def frog_version(parser: bool = True) -> str:
    """The analysis version stored with every analysis; a change invalidates cached ones."""
    return f"{FROG_VERSION}/{segmentation_version()}/parser={int(parser)}"


_ACRONYM_STOP = re.compile(r"\b([A-Z]{2,5})\.(?=\s+[\"“„'‘A-Z])")


@contextlib.contextmanager
def quiet_stderr():
    """Frog's C++ code writes its progress to fd 2; keep it off the user's terminal."""
    try:
        saved = os.dup(2)
    except OSError:  # pragma: no cover - no stderr at all
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr.flush()
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def prepare_paragraph(paragraph: str) -> str:
    return _ACRONYM_STOP.sub(r"\1 .", paragraph)


def split_paragraphs(text: str) -> list[str]:
    """The pieces Frog reads one at a time: paragraphs, each cut after a glued heading."""
    return [piece for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()
            for piece in split_glued_headings(paragraph)]  # fmt: skip


def to_raw_sentences(words: list[dict[str, Any]]) -> list[RawSentence]:
    """Group python-frog's word dicts into sentences of `RawToken`s."""
    sentences: list[RawSentence] = []
    current: RawSentence = []
    for word in words:
        if current and word.get("index") == "1":
            sentences.append(current)
            current = []
        current.append(
            RawToken(
                text=word["text"],
                lemma=word.get("lemma", word["text"]),
                tag=word.get("pos", ""),
                ner=word.get("ner", "O"),
                head=int(word.get("depindex") or 0),
                deprel=word.get("dep", ""),
            )
        )
        if word.get("eos"):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


# Frog's columns (frog -h, "Output columns"): index, word, lemma, morphology, tag, tag
# confidence, names, chunks, then head and relation as the last two.
_INDEX, _WORD, _LEMMA, _TAG, _NER = 0, 1, 2, 4, 6


def read_columns(raw: str) -> list[dict[str, Any]]:
    """python-frog-style word dicts from `process_raw` output, `eos` on each sentence's last
    word; a blank line ends a sentence. The column positions hold for the full analyser's
    options (lemmas and names on); with them off Frog shifts its columns, which is why the
    selective parser instance has a reader of its own (selective.py `parse_rows`)."""
    words: list[dict[str, Any]] = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 9:
            if words:
                words[-1]["eos"] = True
            continue
        words.append({"index": cols[_INDEX], "text": cols[_WORD], "lemma": cols[_LEMMA],
                      "pos": cols[_TAG], "ner": cols[_NER], "depindex": cols[-2],
                      "dep": cols[-1]})
    if words:
        words[-1]["eos"] = True
    return words


# Frog's threads: one. Frog's default (numThreads unset) runs its modules in OpenMP threads
# that spin while they wait; measured 2026-11-27 on this 2-core machine, 12 DPG articles in a
# fresh process each (bench/throughput.py shows the same end to end): default threads 20.2 s
# wall and 21.9 s CPU, one thread 6.4 s and 6.0 s, two threads 13.8 s and 14.8 s, with the
# same output. One thread per process, and workers for the cores (kroniek.workers).
FROG_THREADS = 1

# What the full analyser runs beside the parser: no morphology, no chunker (see above).
FULL_OPTIONS = dict(morph=False, chunking=False)


def load_frog(threads: int | None = FROG_THREADS, **options: Any) -> Any:
    """A python-frog `Frog` with these FrogOptions (and `numThreads` unless None), its model
    chatter kept off stderr; a clear error when python-frog is not installed."""
    try:
        import frog  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise AnalyserError(
            "python-frog is not installed; run `make setup` (Debian frog + python-frog 0.4.2)"
        ) from exc
    if threads:
        options["numThreads"] = threads
    with quiet_stderr():
        return frog.Frog(frog.FrogOptions(**options))


class FrogAnalyser:
    """Full Frog pipeline: tokens, lemmas, CGN tags, NER, multiword units, dependencies."""

    name = "frog"

    def __init__(self, parser: bool = True, threads: int | None = FROG_THREADS,
                 lean: bool = True) -> None:
        """`lean=False` runs Frog's morphology and chunker too, as kroniek did before issue
        11 (with `threads=None`, Frog's default threads); the same output, kept for
        bench/throughput.py's `before` row."""
        self.parser = parser
        self.lean = lean
        self.version = frog_version(parser)
        options = FULL_OPTIONS if lean else {}
        # Frog's multiword module learns: every run of name tokens it tags is added to its
        # table for the rest of the process (`Mwu::Classify`, Frog src/mwu_chunker_mod.cxx),
        # so a text's joins can depend on what this instance read before (README, "Known
        # limit"). Kept on: the parser and every layer's rules read names as Frog's units.
        self._frog = load_frog(threads, parser=parser, mwu=parser, **options)

    def analyse(self, text: str) -> list[RawSentence]:
        sentences: list[RawSentence] = []
        for paragraph in split_paragraphs(text):
            prepared = prepare_paragraph(paragraph)
            with quiet_stderr():
                words = (read_columns(self._frog.process_raw(prepared)) if self.lean
                         else self._frog.process(prepared))
            sentences.extend(to_raw_sentences(words))
        return sentences


_shared: FrogAnalyser | None = None


def shared_analyser() -> FrogAnalyser:
    """One Frog per process: loading the models costs seconds and ~2 GB."""
    global _shared
    if _shared is None:
        _shared = FrogAnalyser()
    return _shared
