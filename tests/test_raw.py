"""Loading articles and the manifest (contract section 1)."""

from __future__ import annotations

import codecs

from analysis.raw import (
    RawArticle,
    Rejection,
    decode_bytes,
    iter_raw,
    outlet_from_byline,
    split_header,
)


def _load(raw):
    items = list(iter_raw(raw))
    articles = {i.article_id: i for i in items if isinstance(i, RawArticle)}
    rejected = [i for i in items if isinstance(i, Rejection)]
    return articles, rejected


def test_header_line_gives_date_and_outlet(make_raw):
    raw = make_raw({"a.txt": " date 2025-01-20 By Example Gazette Staff\n\nBody text here.\n"})
    articles, rejected = _load(raw)
    assert not rejected
    assert articles["a"].published == "2025-01-20"
    assert articles["a"].outlet == "Example Gazette"
    assert articles["a"].text.strip() == "Body text here."


def test_header_byline_naming_a_person_is_not_an_outlet():
    assert split_header(" date 2025-01-20 By Jane Doe\nText")[:2] == ("2025-01-20", "Jane Doe")
    assert outlet_from_byline("Jane Doe") == ""
    assert outlet_from_byline("Example Gazette Staff") == "Example Gazette"


def test_manifest_wins_over_header(make_raw):
    raw = make_raw(
        {"a.txt": " date 2025-01-20 By Example Gazette Staff\nText."},
        manifest="article_id,published,outlet\na,2025-02-01,Other Outlet\n",
    )
    article = _load(raw)[0]["a"]
    assert (article.published, article.outlet) == ("2025-02-01", "Other Outlet")


def test_utf8_with_bom_and_utf16_are_read(make_raw):
    text = "Hostages: 33 were freed."
    raw = make_raw({
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "u16.txt": text.encode("utf-16"),
    })
    articles, rejected = _load(raw)
    assert not rejected
    assert articles["bom"].text == text
    assert articles["u16"].text == text


def test_binary_empty_blank_and_invalid_files_are_rejected_with_reasons(make_raw):
    raw = make_raw({
        "bin.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
        "empty.txt": b"",
        "blank.txt": "  \n\t\n",
        "latin1.txt": "caf\xe9 owner".encode("latin-1"),
        "good.txt": "Fine text.",
    })
    articles, rejected = _load(raw)
    assert set(articles) == {"good"}
    reasons = {r.article_id: r.reason for r in rejected}
    assert "NUL" in reasons["bin"]
    assert "empty" in reasons["empty"]
    assert "blank" in reasons["blank"]
    assert "UTF-8" in reasons["latin1"] and "offset 3" in reasons["latin1"]


def test_article_without_a_date_is_kept_with_a_warning(make_raw):
    article = _load(make_raw({"nodate.txt": "No date anywhere."}))[0]["nodate"]
    assert article.published == ""
    assert any("no publication date" in w for w in article.warnings)


def test_manifest_row_for_a_missing_file_is_reported(make_raw):
    manifest = "article_id,published\na,2025-01-01\nghost,2025-01-02\n"
    raw = make_raw({"a.txt": "Text."}, manifest=manifest)
    _, rejected = _load(raw)
    assert [(r.article_id, r.file) for r in rejected] == [("ghost", "articles.csv")]
    assert "does not exist" in rejected[0].reason


def test_conflicting_duplicate_ids_are_reported_not_guessed(make_raw):
    raw = make_raw(
        {"a.txt": "Text."},
        manifest="article_id,published\na,2025-01-01\na,2025-02-02\n",
    )
    article = _load(raw)[0]["a"]
    assert article.published == ""  # neither row is trusted
    assert any("lines 2 and 3" in w for w in article.warnings)


def test_identical_duplicate_rows_are_harmless(make_raw):
    manifest = "article_id,published\na,2025-01-01\na,2025-01-01\n"
    raw = make_raw({"a.txt": "Text."}, manifest=manifest)
    article = _load(raw)[0]["a"]
    assert article.published == "2025-01-01" and not article.warnings


def test_unparseable_manifest_date_is_a_warning(make_raw):
    raw = make_raw({"a.txt": "Text."}, manifest="article_id,published\na,20 Jan 2025\n")
    article = _load(raw)[0]["a"]
    assert article.published == ""
    assert any("not an ISO date" in w for w in article.warnings)


def test_manifest_without_article_id_column_is_reported(make_raw):
    raw = make_raw({"a.txt": "Text."}, manifest="id,published\na,2025-01-01\n")
    articles, rejected = _load(raw)
    assert "a" in articles
    assert rejected and "no 'article_id' column" in rejected[0].reason


def test_decode_reports_offset_of_bad_byte():
    text, _, reason = decode_bytes(b"ok \xff bad")
    assert text is None and "0xff" in reason and "offset 3" in reason
