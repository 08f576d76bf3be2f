"""An analyser built on first use, whose version is known before it loads.

Frog costs seconds and ~2 GB to load; the store and the disk cache can answer
most texts without it, so it loads only when some text is not there yet. The
version is known up front so stored analyses can be looked up first, and it is
checked when the backend does load.
"""

from __future__ import annotations

from collections.abc import Callable

from kroniek.errors import AnalyserError
from kroniek.nlp.base import Analyser, RawSentence


class LazyAnalyser:
    name = "frog"

    def __init__(self, factory: Callable[[], Analyser], version: str) -> None:
        self.version = version
        self._factory = factory
        self._inner: Analyser | None = None

    @property
    def inner(self) -> Analyser | None:
        return self._inner

    @property
    def loaded(self) -> bool:
        return self._inner is not None

    def analyse(self, text: str) -> list[RawSentence]:
        if self._inner is None:
            inner = self._factory()
            if inner.version != self.version:
                raise AnalyserError(
                    f"analyser reports version {inner.version!r}, expected {self.version!r}"
                )
            self._inner = inner
        return self._inner.analyse(text)


def lazy_frog(selective: bool = False) -> LazyAnalyser:
    """The process's shared Frog, loaded on first use.

    `selective`: the parser only on the sentences a layer needs (`kroniek ingest`);
    otherwise every sentence is parsed (the tests and `make_doc`, which test the
    layers on parsed sentences).
    """
    if selective:
        from kroniek.nlp.selective import SelectiveFrogAnalyser, selective_version

        return LazyAnalyser(SelectiveFrogAnalyser, selective_version())
    from kroniek.nlp.frog import frog_version, shared_analyser

    return LazyAnalyser(shared_analyser, frog_version(parser=True))
