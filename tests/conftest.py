"""Shared helpers: small raw folders written by the tests themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_RAW = ROOT / "data" / "raw"
CORPUS_RAW = ROOT / "tests" / "corpus"


@pytest.fixture
def make_raw(tmp_path: Path) -> Callable[..., Path]:
    """Return a function writing ``{name: text or bytes}`` into a fresh raw folder."""

    def _make(files: dict[str, str | bytes], manifest: str | None = None) -> Path:
        raw = tmp_path / "raw"
        (raw / "articles").mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            path = raw / "articles" / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if manifest is not None:
            (raw / "articles.csv").write_text(manifest, encoding="utf-8")
        return raw

    return _make
