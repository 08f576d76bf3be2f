"""Domain exceptions. Each boundary (CLI, readers) translates them once into one line."""


class KroniekError(Exception):
    """Base class for errors kroniek reports to the user."""


class InputError(KroniekError):
    """A file or record could not be read; the message names the file (and line)."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class AnalyserError(KroniekError):
    """The NLP backend is missing or failed."""


class StoreError(KroniekError):
    """The store could not be opened or written."""
