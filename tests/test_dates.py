"""Time expressions resolved against the publication date."""

from __future__ import annotations

import pytest

from analysis.dates import find_dates


def resolved(text: str, published: str = "2025-03-07") -> list[tuple[str, str, bool]]:
    return [(text[d.start : d.end], d.as_of, d.span_start) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("in late November 2023", ("late November 2023", "2023-11", False)),
    ("on October 7, 2023", ("October 7, 2023", "2023-10-07", False)),
    ("on 7 October 2023", ("7 October 2023", "2023-10-07", False)),
    ("on January 19", ("January 19", "2025-01-19", False)),
    ("On Thursday", ("On Thursday", "2025-03-06", False)),
    ("on Friday", ("on Friday", "2025-03-07", False)),
    ("last Friday", ("last Friday", "2025-02-28", False)),
    ("yesterday", ("yesterday", "2025-03-06", False)),
    ("last week", ("last week", "2025-02-28", False)),
    ("last weekend", ("last weekend", "2025-03-01", False)),
    ("last month", ("last month", "2025-02", False)),
    ("three days ago", ("three days ago", "2025-03-04", False)),
    ("a year ago", ("a year ago", "2024", False)),
    ("two years ago this week", ("two years ago this week", "2023-03", False)),
    ("a year ago today", ("a year ago today", "2024-03-07", False)),
    ("was set to release more than 600 Palestinian prisoners on Saturday",
     ("on Saturday", "2025-03-08", False)),
    ("24 Nov - 1 Dec 2023", ("24 Nov - 1 Dec 2023", "2023-12-01", False)),
    ("from 24 November to 1 December 2023", ("24 November to 1 December 2023", "2023-12-01",
                                              False)),
    ("the stage begins on Sunday", ("on Sunday", "2025-03-09", False)),
    ("in last month's exchange", ("last month", "2025-02", False)),
    ("since the ceasefire of 10 October", ("10 October", "2024-10-10", True)),
    ("in 2024", ("in 2024", "2024", False)),
    ("since October 2023", ("October 2023", "2023-10", True)),
    ("in January this year", ("January this year", "2025-01", False)),
    ("in mid-2024", ("mid-2024", "2024", False)),
    ("Before October 7, 2023", ("Before October 7, 2023", "2023-10", False)),
    ("in late March last year", ("late March last year", "2024-03", False)),
    ("as of the beginning of September", ("of September", "2024-09", False)),
    ("from the beginning of September", ("of September", "2024-09", True)),
    ("the November truce", ("the November", "2024-11", False)),
    ("2024-05-01", ("2024-05-01", "2024-05-01", False)),
])
def test_resolution(text, expected):
    assert resolved(text)[0] == expected


def test_month_day_in_the_future_falls_back_a_year():
    assert resolved("on December 25", "2025-03-07")[0][1] == "2024-12-25"


def test_between_opens_a_span_and_the_second_date_is_the_end():
    found = resolved("Between 7 October 2023 and 14 August 2024, 40,005 were killed", "2024-08-16")
    assert found == [("7 October 2023", "2023-10-07", True),
                     ("14 August 2024", "2024-08-14", False)]


def test_the_verb_may_is_not_a_month():
    assert resolved("the truce may hold") == []


def test_relative_dates_need_a_publication_date():
    assert resolved("on Sunday", "")[0][1] == ""


def test_a_weekday_after_a_future_marker_is_the_next_one():
    found = resolved("names of 95 prisoners due to be released on Sunday", "2025-01-18")
    assert found[0][1] == "2025-01-19"
    # Words of an earlier sentence do not make it future.
    found = resolved("The truce is set to last. On Sunday, 3 were freed.", "2025-01-18")
    assert found[0][1] == "2025-01-12"


def test_the_parts_of_a_date_stand_on_one_line():
    text = "Sunday 19 January\n\n08:30 The truce was due to begin."
    found = [(text[d.start : d.end], d.as_of) for d in find_dates(text, "2025-01-20")]
    assert ("19 January", "2025-01-19") in found
    assert all("\n" not in t for t, _ in found)


def test_late_in_the_month_of_publication_means_the_year_before_early_in_it():
    text = "a truce in late November"
    assert [d.as_of for d in find_dates(text, "2024-11-01")] == ["2023-11"]
    assert [d.as_of for d in find_dates(text, "2024-11-25")] == ["2024-11"]


def test_the_day_a_war_began_on_opens_a_span():
    text = "since the beginning of the aggression on 7 October 2023"
    (date,) = find_dates(text, "2024-12-14")
    assert date.span_start


def test_a_part_of_a_month_joined_by_a_hyphen():
    text = "In mid-February, Israel held 10,000"
    assert [(text[d.start : d.end], d.as_of) for d in find_dates(text, "2025-03-01")] == [
        ("mid-February", "2025-02")]


def test_a_day_counted_from_the_last_day_named():
    from analysis.dates import find_dates
    text = "The application, filed on 29 December 2023, counts the dead as of the previous day."
    assert [d.as_of for d in find_dates(text, "2024-01-10")] == ["2023-12-29", "2023-12-28"]
    assert [d.as_of for d in find_dates("On Monday 212 were held; the next day, 224.",
                                        "2023-10-25")] == ["2023-10-23", "2023-10-24"]
    assert find_dates("as of the previous day", "2024-01-10") == []  # nothing to count from


def test_a_month_to_come_and_one_gone():
    from analysis.dates import find_dates
    assert [d.as_of for d in find_dates("Talks will resume in February.", "2025-01-18")] == [
        "2025-02"]
    assert [d.as_of for d in find_dates(
        "The exchange in February was to involve 602 prisoners.", "2025-01-18")] == ["2025-02"]
    assert [d.as_of for d in find_dates(
        "Hamas freed 105 hostages in November, and more will follow.", "2025-01-18")] == [
        "2024-11"]


def test_last_weekday_stays_past_after_a_word_of_the_future():
    found = find_dates("Some 620 prisoners were supposed to be released last Saturday.",
                       "2025-03-01")
    assert [d.as_of for d in found] == ["2025-02-22"]


def test_the_end_of_a_year_is_its_last_month():
    found = find_dates("By the end of 2024 it held 10,300; in 2024 things changed.", "2025-01-15")
    assert [d.as_of for d in found] == ["2024-12", "2024"]


def test_a_numeric_date_written_as_one_token_is_a_date():
    found = find_dates("Published 25.11.2024", "2024-11-25")
    assert [d.as_of for d in found] == ["2024-11-25"]


def test_a_day_range_does_not_take_the_start_of_a_number():
    found = find_dates("killed since October 7 – 26,751 according to the ministry", "2024-01-30")
    assert [d.as_of for d in found] == ["2023-10-07"]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Since the truce began on January 19, 25 captives have been handed over.", "2025-03-02",
     "2025-01-19"),
    ("since the resumption of the aggression on 18 March, 921 were killed", "2025-03-28",
     "2025-03-18"),
    ("3,340 had been killed since Israel resumed its offensive on March 18", "2025-05-20",
     "2025-03-18"),
])
def test_since_an_event_began_or_resumed_on_a_day_opens_a_span(text, published, day):
    assert [(d.as_of, d.span_start) for d in find_dates(text, published)] == [(day, True)]


def test_a_month_written_with_its_year_lends_it_to_a_day_after_it():
    found = find_dates("The first truce, in November 2023, lasted a week before collapsing on 1 "
                       "December.", "2025-10-15")
    assert [d.as_of for d in found] == ["2023-11", "2023-12-01"]


def test_a_year_heading_dates_the_yearless_days_below_it():
    found = find_dates("2023\n- Nov 24: the truce begins.\n\n2025\n- Jan 19: a ceasefire begins.",
                       "2025-02-10")
    assert [d.as_of for d in found] == ["2023-11-24", "2025-01-19"]


def test_an_ordinal_day_takes_the_month_named_before_it_and_days_later_count_from_it():
    found = find_dates("Oct 2025: Ceasefire takes effect on the 10th. Hamas frees the last "
                       "hostages three days later.", "2025-11-01")
    assert [d.as_of for d in found] == ["2025-10", "2025-10-10", "2025-10-13"]


@pytest.mark.parametrize("text", ["since the 7th of October", "on 7th October",
                                  "on October 7th", "after the seventh of October",
                                  "on October seventh"])
def test_a_named_day_is_named_however_its_day_is_written(text):
    assert [d.as_of for d in find_dates(text, "2025-02-15")] == ["2023-10-07"]


def test_a_heading_naming_month_and_year_dates_the_days_below_it():
    found = find_dates("The November 2023 truce\n\nIt began on November 24 and was meant to "
                       "last four days.\n\nLater\nIt ended on November 24.", "2025-11-19")
    assert [d.as_of for d in found] == ["2023-11", "2023-11-24", "2024-11-24"]


def test_a_heading_naming_a_day_without_its_year_dates_nothing_below():
    found = find_dates("Letters: The October 7 toll\n\nYour report of 12 November said 1,400.",
                       "2024-11-20")
    assert [d.as_of for d in found] == ["2023-10-07", "2024-11-12"]



@pytest.mark.parametrize(("text", "expected"), [
    ("In the third quarter of 2023, the service held about 5,200.", "2023-09"),
    ("By the end of the first quarter of 2024 the number had reached 9,300.", "2024-03"),
    ("Detentions rose in Q2 2025.", "2025-06"),
])
def test_a_quarter_is_dated_by_its_last_month(text, expected):
    assert find_dates(text, "2025-12-15")[0].as_of == expected


def test_a_record_from_a_date_is_no_span_start_but_a_span_from_it_is():
    made = find_dates("the society's last count, from early January, showed it", "2025-01-20")
    spans = find_dates("figures from January to March showed it", "2025-05-20")
    assert [(d.as_of, d.span_start) for d in made] == [("2025-01", False)]
    assert spans[0].span_start


def test_a_month_that_year_takes_the_year_named_before():
    found = find_dates("251 were abducted on 7 October 2023. In November that year, 105 "
                       "were freed; on 1 December that year the truce ended.", "2025-06-05")
    assert [d.as_of for d in found] == ["2023-10-07", "2023-11", "2023-12-01"]


def test_the_end_of_the_year_after_a_dated_month_is_that_years_december():
    after = find_dates("It rose to 3,661 in March 2024, before easing to about 3,400 by the end "
                       "of the year.", "2025-09-15")
    alone = find_dates("It is expected to pass 3,400 by the end of the year.", "2025-09-15")
    assert [d.as_of for d in after] == ["2024-03", "2024-12"]
    assert alone == []


def test_a_yearless_span_start_takes_the_year_of_its_end():
    found = find_dates("Nov. 24-Dec. 1, 2023 — A truce holds.", "2025-10-14")
    assert [(d.as_of, d.span_start) for d in found] == [("2023-11-24", True),
                                                        ("2023-12-01", False)]


def test_months_and_years_counted_from_the_last_month_named():
    from analysis.dates import find_dates
    text = "It went from about 1,320 in September 2023 to 3,376 a year later."
    assert [d.as_of for d in find_dates(text, "2025-08-04")] == ["2023-09", "2024-09"]
    text = "In 2022 there were 800; two years later, 1,900; six months later, 2,000."
    # months from a year name no month
    assert [d.as_of for d in find_dates(text, "2025-08-04")] == ["2022", "2024"]
    assert [d.as_of for d in find_dates("Six months earlier it was 40.", "2025-08-04")] == []


def test_the_start_of_the_year_and_a_month_event_of_that_year():
    from analysis.dates import find_dates
    text = "When the year opened, the count stood at just under 22,000."
    assert [d.as_of for d in find_dates(text, "2024-12-31")] == ["2024-01"]
    text = "Seized in October 2023, 105 came home during the November truce of that year."
    assert [d.as_of for d in find_dates(text, "2024-12-31")] == ["2023-10", "2023-11"]
    # "by the start of the year" with no year named may be one still to come
    assert find_dates("They hope to finish by the start of the year.", "2024-12-01") == []


def test_a_plan_that_had_been_names_a_day_gone():
    from analysis.dates import find_dates
    text = "Israel had been due to free them Saturday, before postponing the release."
    assert [d.as_of for d in find_dates(text, "2025-02-23")] == ["2025-02-22"]
    assert [d.as_of for d in find_dates("Israel is due to free them Saturday.",
                                        "2025-02-23")] == ["2025-03-01"]


def test_a_month_after_that_is_of_the_year_named_last():
    from analysis.dates import find_dates
    text = "Seized on October 7, 2023, 105 were freed in a truce that November."
    assert [d.as_of for d in find_dates(text, "2024-07-12")] == ["2023-10-07", "2023-11"]
    # with no year named before, "that October" tells no date
    assert [d.as_of for d in find_dates("By the end of that October it had passed 8,000.",
                                        "2025-10-15")] == [""]


def test_a_named_day_in_words_with_its_year():
    from analysis.dates import find_dates
    text = "333 were detainees from Gaza arrested after the seventh of October 2023."
    found = find_dates(text, "2025-02-15")
    assert [(d.as_of, d.span_start) for d in found] == [("2023-10-07", True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("compared with 1,310 a month before the war began", "2023-09"),
    ("Two years before the war, 4,500 were held.", "2021-10"),
    ("Before the war, 5,200 were held.", "2023-10"),
])
def test_months_counted_back_from_a_period(text, expected):
    assert [d.as_of for d in find_dates(text, "2024-06-20")] == [expected]
