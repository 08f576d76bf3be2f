"""kroniek: Dutch news turned into a sourced record of events, quotes, actors and times."""

__version__ = "0.1.0"
