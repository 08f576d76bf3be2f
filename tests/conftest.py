"""Shared fixtures: one Frog per test session, analyses cached on disk by text.

Layer tests build documents from short real Dutch sentences with `make_doc`;
Frog runs once per distinct text per machine (see kroniek.nlp.cache).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kroniek.model import Article, Document
from kroniek.nlp.align import apply_analysis
from kroniek.nlp.cache import CachedAnalyser
from kroniek.nlp.lazy import lazy_frog


@pytest.fixture(scope="session")
def analyser() -> CachedAnalyser:
    return CachedAnalyser(lazy_frog())


@pytest.fixture(scope="session")
def make_doc(analyser: CachedAnalyser) -> Callable[..., Document]:
    """`make_doc(text, published="2025-11-21", precision="day")` -> analysed Document (no layers)."""

    def build(text: str, published: str = "2025-11-21", precision: str | None = None) -> Document:
        if precision is None:
            precision = {4: "year", 7: "month", 10: "day"}.get(len(published), "second")
        article = Article(text=text, source="test", published=published,
                          published_precision=precision)
        return apply_analysis(Document(article=article), analyser.analyse(text))

    return build
