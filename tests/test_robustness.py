"""The extractor never raises, whatever the text, and its offsets point at the number."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.clean import clean_article
from analysis.extract import extract_article, extract_text
from analysis.raw import RawArticle

PIECES = st.sampled_from([
    "10,400", "1,2,3,4", "10,,400", "٤٨٤٤٦", "thirty-three", "a dozen", "more than", "about",
    "between", "and", "to", "-", "hostages", "prisoners", "were freed", "killed", "injured",
    "in Gaza", "on Sunday", "October 7, 2023", "2023", "pic.twitter.com/x", "— A (@b) May 1, 2024",
    "(", ")", ",", ".", "\n\n", "%", "$", "99999999999999999999", "Resolution 2334", "of whom",
    "including", "the first", "Of the", "said", "according to", " ",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_number_soup_never_raises_and_offsets_hold(text):
    article = clean_article(RawArticle("soup", None, text, published="2025-03-07"))  # type: ignore[arg-type]
    rows = extract_article(article)
    posts = {p.post_id: p.text for p in article.posts}
    for row in rows:
        source = posts[row["post_id"]] if row["source"] == "post" else article.text
        assert source[row["start"] : row["end"]] == row["number_text"]
    assert rows == extract_article(clean_article(article.raw))  # deterministic


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    extract_text(text, "2025-03-07")
