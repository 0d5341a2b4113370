"""Cleaning: posts lifted out, boilerplate dropped, offsets kept."""

from __future__ import annotations

import unicodedata

from analysis.clean import clean_article, split_blocks, split_sentences
from analysis.raw import RawArticle, iter_raw
from tests.conftest import SEEDS_RAW


def _seed(article_id: str):
    for item in iter_raw(SEEDS_RAW):
        if getattr(item, "article_id", "") == article_id and isinstance(item, RawArticle):
            return clean_article(item)
    raise AssertionError(article_id)


def test_seed_000_has_four_posts_two_in_arabic():
    article = _seed("000_28b8d979f64f396b")
    posts = article.posts
    assert [p.handle for p in posts] == ["MyPalestine0", "qudsn", "qudsn", "RyanRozbiani"]
    assert posts[0].author.startswith("#القدس_ينتفض")
    assert posts[1].author == "شبكة قدس الإخبارية"
    assert posts[3].author == "Ryan Rozbiani"
    assert [p.posted for p in posts] == ["2025-01-20", "2025-01-20", "2025-01-19", "2025-01-19"]
    # The issue text says "two in Arabic"; the seed holds three Arabic posts and one English.
    assert [p.language for p in posts] == ["ar", "ar", "ar", "en"]
    assert all("pic.twitter.com" not in p.text for p in posts)
    assert all(p.media.startswith("pic.twitter.com/") for p in posts)


def test_seed_bodies_are_free_of_posts_and_captions():
    for article_id in ("000_28b8d979f64f396b", "004_7d45e1d25f74cf1b"):
        text = _seed(article_id).text
        assert "pic.twitter.com" not in text
        assert "Image description" not in text
        assert "@qudsn" not in text


def test_sentence_and_paragraph_offsets_point_into_the_text():
    article = _seed("004_7d45e1d25f74cf1b")
    assert article.sentences and article.paragraphs
    for span in article.sentences:
        sentence = article.text[span.start : span.end]
        assert sentence == sentence.strip() and sentence
    assert article.text[article.sentences[2].start :].startswith("More than 9,500")


def test_sentences_do_not_split_on_abbreviations_or_initials():
    text = "Mr. Naim met U.N. staff on Jan. 5. J. Smith said 20 were freed. Then it ended."
    spans = split_sentences(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == [
        "Mr. Naim met U.N. staff on Jan. 5.",
        "J. Smith said 20 were freed.",
        "Then it ended.",
    ]


def test_an_initialism_closes_a_sentence_before_a_word_that_opens_one():
    text = ("Some 40,000 were killed, according to the U.N. The ministry said so. The U.N. "
            "Security Council met.")
    spans = split_sentences(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == [
        "Some 40,000 were killed, according to the U.N.",
        "The ministry said so.",
        "The U.N. Security Council met.",
    ]


def test_a_bar_before_another_label_parts_two_statements():
    text = "Killed: 44,466 | Injured: 105,358 | Nov 24 | 24 | 39"
    spans = split_sentences(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == [
        "Killed: 44,466", "Injured: 105,358 | Nov 24 | 24 | 39"]


def test_normalisation_keeps_wording():
    decomposed = unicodedata.normalize("NFD", "café")
    raw = RawArticle("x", None, f"A  {decomposed}\u200b\ttext.\r\nNext\u00a0line.")  # type: ignore[arg-type]
    article = clean_article(raw)
    assert article.text == "A café text.\n\nNext line."


def test_thin_space_between_digits_is_kept():
    assert split_blocks("About 10\u202f400 people.") == ["About 10\u202f400 people."]


def test_hard_wrapped_lines_join_but_one_line_paragraphs_stay():
    blocks = split_blocks("A sentence that\nwraps here.\nA new line paragraph.\n\nLast one.")
    assert blocks == ["A sentence that wraps here.", "A new line paragraph.", "Last one."]


def test_post_with_text_on_its_own_line_takes_the_previous_paragraph():
    raw = RawArticle(  # type: ignore[arg-type]
        "x", None,
        "Body sentence.\n\nThe post says 12 trucks arrived.\n\n"
        "— Some Name (@some_handle) March 3, 2025\n\nMore body.",
    )
    article = clean_article(raw)
    assert [p.text for p in article.posts] == ["The post says 12 trucks arrived."]
    assert article.text == "Body sentence.\n\nMore body."


def test_html_entities_left_by_a_scraper_are_decoded():
    raw = RawArticle("x", None, "Israel&#8217;s jails hold 9,500 prisoners &amp; detainees.")  # type: ignore[arg-type]
    assert clean_article(raw).text == "Israel\u2019s jails hold 9,500 prisoners & detainees."


def test_tabs_between_table_cells_are_kept_and_in_prose_are_spaces():
    raw = RawArticle("x", None, "Group\tKilled\tInjured\nChildren\t13,230\t8,400\n\n"  # type: ignore[arg-type]
                     "A tab\tinside prose.")
    text = clean_article(raw).text
    assert "Group\tKilled\tInjured" in text and "Children\t13,230\t8,400" in text
    assert "A tab inside prose." in text


def test_columns_aligned_with_spaces_are_cells_and_wide_gaps_in_prose_are_spaces():
    raw = RawArticle("x", None, "Date        Hostages freed   Prisoners freed\n"  # type: ignore[arg-type]
                     "19 Jan      3                90\n\nThe total was 90,   as agreed.")
    text = clean_article(raw).text
    assert "Date\tHostages freed\tPrisoners freed" in text and "19 Jan\t3\t90" in text
    assert "The total was 90, as agreed." in text


def test_layout_marks_are_read_as_what_they_stand_for():
    # a figure on a line of its own above its label (set off by a dash when the label
    # opens as a sentence), dot leaders, Markdown emphasis
    assert split_blocks("1,778\nPalestinian prisoners released\n\n59\nhostages held\n\n"
                        "1. 33\nThe number freed") == [
        "1,778 - Palestinian prisoners released", "59 hostages held", "1. 33 - The number freed"]
    assert split_blocks("Hostages still in Gaza ........ 136") == ["Hostages still in Gaza: 136"]
    assert split_blocks("## How many?\n\n**59** hostages, __24__ alive") == [
        "How many?", "59 hostages, 24 alive"]
    # an ellipsis in prose stays as written
    assert split_blocks("He paused... then spoke.") == ["He paused... then spoke."]


def test_links_to_other_stories_are_page_furniture():
    blocks = ["The ministry said 44,056 people had been killed.",
              "Read more: Israel frees 90 prisoners in first exchange",
              "RELATED | Families mark 400 days", "Related reporting shows 12 more."]
    raw = RawArticle("x", None, "\n\n".join(blocks))  # type: ignore[arg-type]
    text = clean_article(raw).text
    assert "90 prisoners" not in text and "400 days" not in text
    assert "44,056" in text and "12 more" in text  # a sentence opening with the word stays


def test_a_sidebar_of_label_value_cells_becomes_one_line_per_cell():
    line = "AT A GLANCE | Killed in Gaza: 43,846 | Injured: 103,740 | Hostages: 101"
    assert split_blocks(line) == ["AT A GLANCE", "Killed in Gaza: 43,846", "Injured: 103,740",
                                  "Hostages: 101"]
    # a table row stays a row
    assert split_blocks("| 19 January 2025 | 3 | 90 |") == ["| 19 January 2025 | 3 | 90 |"]


def test_a_line_ending_on_a_word_no_paragraph_ends_on_is_wrapped():
    text = ("the number of\npeople killed had reached 46,707 as of\n16 January 2025, including "
            "17,841 children and 12,298\nwomen.\n\nKey developments\nThe ceasefire")
    assert split_blocks(text) == [
        "the number of people killed had reached 46,707 as of 16 January 2025, including "
        "17,841 children and 12,298 women.", "Key developments", "The ceasefire"]


def test_a_year_above_a_list_is_a_heading_not_a_figure_with_its_label():
    assert split_blocks("2023\n- Nov 24: 13 hostages freed.") == [
        "2023", "- Nov 24: 13 hostages freed."]
