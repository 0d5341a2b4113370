"""Article text reaches HTML only as inert, escaped text."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis.render import render
from analysis.series import load_tables
from analysis.views import highlighted_text

HOSTILE = (
    "Officials said 40 prisoners were freed <script>alert('x')</script> today.\n\n"
    'Another 12 hostages <img src=x onerror="alert(1)"> were released, see '
    '<a href="javascript:alert(2)">this</a>.\n'
)


class Audit(HTMLParser):
    """Collects what would run: script bodies, event handlers, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.js_links: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}={value}")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.js_links.append(value)

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def audit(html: str) -> Audit:
    parser = Audit()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def hostile_raw(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "raw" / "articles").mkdir(parents=True)
    (root / "raw" / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "raw" / "articles.csv").write_text(
        'article_id,published,outlet,title\nhostile,2025-01-20,"<b onmouseover=alert(3)>Out</b>",'
        '"<script>alert(4)</script>"\n', encoding="utf-8")
    return root


def test_highlighted_text_escapes_markup(hostile_raw):
    tables = load_tables(hostile_raw / "processed", hostile_raw / "raw")
    html = highlighted_text(tables, "hostile")
    found = audit(html)
    assert not found.scripts and not found.handlers and not found.js_links
    assert "&lt;script&gt;" in html and "<mark" in html


def test_rendered_reports_contain_nothing_that_runs(hostile_raw):
    out = hostile_raw / "reports"
    result = render(out, raw_dir=hostile_raw / "raw", processed_dir=hostile_raw / "processed",
                    log=lambda m: None, only=["article_hostile", "corpus_overview"])
    assert result.ok, result.failed
    for page in ("article_hostile.html", "corpus_overview.html", "index.html"):
        found = audit((out / page).read_text(encoding="utf-8"))
        assert not [s for s in found.scripts if "alert(" in s], page
        assert not found.handlers, page
        assert not found.js_links, page
    shutil.rmtree(out)
