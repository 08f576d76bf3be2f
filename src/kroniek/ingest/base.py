"""What every reader shares: the input it gets, data-file loading, and Article building."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePath
from typing import Any

import yaml

from kroniek.errors import InputError
from kroniek.ingest.dateline import split_dateline
from kroniek.ingest.dates import normalise_date
from kroniek.ingest.language import decide_language
from kroniek.model import Article, Dateline

Result = Article | InputError


@dataclass(frozen=True)
class RawInput:
    """One file's content: the bytes as read and the text they decode to.

    `source` names the input in errors (the path as given); `name` is the last
    path part, the `source` of the articles it holds (gold pairs articles by it).
    """

    source: str
    raw: bytes
    text: str

    @property
    def name(self) -> str:
        return PurePath(self.source).name or self.source

    def error(self, reason: str, line: int | None = None) -> InputError:
        return InputError(self.source, reason, line)


@cache
def load_data(name: str) -> Any:
    """A YAML data file from kroniek/ingest/data, parsed once per process."""
    path = resources.files("kroniek.ingest") / "data" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def build_article(
    text: str,
    source: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | int | float | None = None,
    dateline: Dateline | None = None,
    section: str | None = None,
    language: str | None = None,
) -> Article:
    """An Article with the date normalised (ISO 8601, precision as given), the dateline
    split off and the language set; every reader builds its articles here.

    `published` is the date as the input writes it; one that cannot be read is
    left out (null) rather than guessed, with a warning on the article. A body
    that opens with a dateline (`KYIV (ANP) -`) loses it to `dateline` unless the
    reader found one itself. `language` is a declared language code; without one
    `language.decide_language` decides from title and text.
    """
    warnings = []
    normalised = normalise_date(published) if published not in (None, "") else None
    if published not in (None, "") and normalised is None:
        warnings.append(f"published date {str(published)!r} is not a date kroniek can read "
                        "(or does not exist); the article is stored without one")  # fmt: skip
    iso, precision = normalised if normalised else (None, None)
    if dateline is None:
        found, rest = split_dateline(text)
        if found is not None and rest:
            dateline, text = found, rest
    declared = (language or "").strip().lower()[:2] or None
    article = Article(
        text=text,
        source=source,
        title=_clean_optional(title),
        url=_clean_optional(url),
        published=iso,
        published_precision=precision,
        dateline=dateline,
        section=_clean_optional(section),
        language=decide_language(f"{title or ''}\n{text}", declared),
    )
    article.warnings.extend(warnings)
    return article


def _clean_optional(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None
