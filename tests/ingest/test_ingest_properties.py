"""Property tests: the readers never raise, whatever bytes or text they get."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kroniek.errors import InputError
from kroniek.ingest import read_bytes
from kroniek.model import Article

# Fragments of the formats the detector looks for, so generated inputs reach
# the readers behind it and not only the decoder.
PREFIXES = st.sampled_from(
    ["", " date 2025-02 ", " date 2025-11-21 KYIV (ANP) - ", "Titel\n2025-02-14T22:00:45+0100\n",
     "{", "[", '{"text": ', "<html><body><p>", "<?xml version='1.0'?><rss><channel><item>",
     "<feed xmlns='http://www.w3.org/2005/Atom'><entry><content>", "\ufeff"]
)


def _check(results: list) -> None:
    assert isinstance(results, list)
    for result in results:
        assert isinstance(result, Article | InputError)
        if isinstance(result, Article):
            assert result.text and result.text == result.text.strip()
            assert "\n\n\n" not in result.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_read_bytes_never_raises_on_bytes(data: bytes) -> None:
    _check(read_bytes(data, "willekeurig.bin"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PREFIXES, st.text(max_size=2000))
def test_read_bytes_never_raises_on_text(prefix: str, text: str) -> None:
    _check(read_bytes((prefix + text).encode("utf-8", "surrogatepass"), "willekeurig.txt"))
