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

Text goes to Frog one paragraph at a time, so a sentence never crosses a
paragraph. Before that, an all-caps abbreviation closing a sentence (`de VS.
Daarna`) gets a space before its full stop: Frog's tokenizer otherwise reads
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

FROG_VERSION = "frog-0.20/python-frog-0.4.2"


def frog_version(parser: bool = True) -> str:
    """The analysis version stored with every analysis; a change invalidates cached ones."""
    return f"{FROG_VERSION}/parser={int(parser)}"


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
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


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


def load_frog(threads: int | None = None, **options: Any) -> Any:
    """A python-frog `Frog` with these FrogOptions (and `numThreads` when given), its model
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

    def __init__(self, parser: bool = True, threads: int | None = None) -> None:
        self.parser = parser
        self.version = frog_version(parser)
        self._frog = load_frog(threads, parser=parser, mwu=parser)

    def analyse(self, text: str) -> list[RawSentence]:
        sentences: list[RawSentence] = []
        for paragraph in split_paragraphs(text):
            with quiet_stderr():
                words = self._frog.process(prepare_paragraph(paragraph))
            sentences.extend(to_raw_sentences(words))
        return sentences


_shared: FrogAnalyser | None = None


def shared_analyser() -> FrogAnalyser:
    """One Frog per process: loading the models costs seconds and ~2 GB."""
    global _shared
    if _shared is None:
        _shared = FrogAnalyser()
    return _shared
