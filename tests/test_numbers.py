"""Finding numbers and reading their values; telling figures from non-figures."""

from __future__ import annotations

import pytest

from analysis.numbers import find_numbers, parse_words


def values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel holds 10,400 prisoners", [10400]),
    ("a toll of 48446 people", [48446]),
    ("1.5 million people", [1_500_000]),
    # South Asian outlets: lakh and crore, and digits grouped by lakh
    ("over 1.1 lakh people injured", [110_000]),
    ("A hundred and one hostages", [101]),
    ("a thousand and twenty-five people", [1025]),
    ("2 crore rupees", [20_000_000]),
    ("1,13,274 injured", [113_274]),
    ("$1.2 billion in aid", [1_200_000_000]),
    ("record wealth of $1tn", [1_000_000_000_000]),
    ("to spend $13.6M on it", [13_600_000]),
    ("debt of about $US113 trillion", [113_000_000_000_000]),
    ("a false positive rate of .001 per cent", [0.001]),
    ("There were 4 hundred million people, or 4 hundred", [400_000_000, 400]),
    ("a top speed of about 80 m.p.h.", [80]),
    # signs
    ("the index was -1.3% and the balance $-50.8bn, but futures +0.2%", [-1.3, -50.8e9, 0.2]),
    ("- 5 hostages\n-6 prisoners", [5, 6]),  # bullets, not signs
    ("down to minus 387 degrees or minus-130", [-387, -130]),
    ("about 2000 - 2500 calories a day", [2000, 2500]),  # no year: the range ends past 2100
    ("Qantas wants $4.2b from the government", [4.2e9]),
    ("they laundered almost $1mil", [1e6]),
    ("30-40 people", [30, 40]),  # a range's dash is no sign
    ("about 2.3m residents", [2_300_000]),
    ("20% of homes and 3 percent of roads", [20, 3]),
    ("thirty-three hostages", [33]),
    ("one hundred and five hostages", [105]),
    ("a dozen families, half a dozen trucks, two dozen tents", [12, 6, 24]),
    ("٤٨٤٤٦ people and ١٠٬٤٠٠ prisoners", [48446, 10400]),
    ("10\u202f400 prisoners", [10400]),
    ("2000 people marched", [2000]),
    # a comma after a scale word, as in numbers written out in full
    ("thirty-seven thousand, two hundred and thirty-two dead", [37232]),
    # after a qualifier, "a thousand" is a figure even with no noun after it
    ("roughly a thousand, depending on the list", [1000]),
    # list marks are not figures
    ("Five points\n1. Hamas freed 4 soldiers.\n2) Israel freed 200.", [5, 4, 200]),
])
def test_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "in 2023 the war began",
    "the 2014 war",
    "on October 7, 2023",  # the caller masks dates; the year alone is still a year
    "at 10:30 on the 19th",
    "by 10 a.m. local time",
    "Resolution 2334 and Route 60",
    "COVID-19 and F-16 jets",
    "the first phase and the second stage",
    "dozens of people, hundreds of homes, thousands of tents",
    "several thousand people marched and a few hundred stayed",
    "no one knew and each one of them kept to one another for one day",
    "a two-state solution and one-sided talks",
    "see pic.twitter.com/ab12cd and https://example.org/2024/05/story?id=99 by @user77",
])
def test_not_figures(text):
    found = [n.text for n in find_numbers(text)]
    assert found == [] or found == ["7"], found  # "October 7" is masked by the date finder


def test_one_before_a_counted_noun_or_duration_is_a_figure():
    assert values("one Palestinian was killed") == [1]
    assert [n.text for n in find_numbers("a one-week truce")] == ["one"]


def test_one_counts_what_follows_it_but_not_as_a_pronoun():
    assert values("one man and one solution, she raised one hand") == [1, 1, 1]
    assert values("one of the officials said") == [1]
    assert values("unemployed for one to two years") == [1, 2]
    assert values("the one who left, this one, one another, one day, no one, on the one hand") \
        == []
    assert values("they took them in one morning") == []


@pytest.mark.parametrize(("text", "expected", "unit"), [
    ("doubling it to 256GB from 128GB", [256, 128], "gigabyte"),
    ("a 5km walk", [5], "kilometre"),
    ("its 640bhp engine", [640], "brake horsepower"),
    ("shares closed at 164p", [164], "penny"),
    ("samples of 45g each", [45], "gram"),
    ("a 10W laser", [10], "watt"),
    ("a 30Mbps plan", [30], "megabit per second"),
    ("a 1.0l engine", [1], "litre"),
    # a slash inside a unit is not a link
    ("up to 80km/h", [80], "kilometre per hour"),
    # squares, and "sq" written apart from its unit
    ("a floor area of 32m2", [32], "square metre"),
    ("the 3923sq m estate", [3923], "square metre"),
])
def test_units_written_against_the_digits(text, expected, unit):
    found = find_numbers(text)
    assert [n.value for n in found] == expected
    assert {n.unit_hint for n in found} == {unit}


@pytest.mark.parametrize(("text", "value"), [
    ("A third of the population", 1 / 3),
    ("nearly two-thirds of the dead", 2 / 3),
    ("One fourth of residents", 0.25),
    ("half the homes", 0.5),
    ("one in five children", 0.2),
    ("1 in 3 people", 1 / 3),
    ("One out of three families", 1 / 3),
    ("1/16 of a pint", 1 / 16),
])
def test_fractions_are_shares(text, value):
    (number,) = find_numbers(text)
    assert number.value == pytest.approx(value)
    assert number.unit_hint == "fraction"


@pytest.mark.parametrize("text", [
    "the first half of 2024", "one and a half hours", "a third round of talks",
    "in half", "the other half of the city",
])
def test_no_fraction(text):
    assert all(n.unit_hint != "fraction" for n in find_numbers(text))


def test_letters_against_digits_that_are_no_unit_make_a_code():
    assert values("a 5G network and flat 19a") == []  # single letters keep their case


@pytest.mark.parametrize(("text", "expected"), [
    # prices and points with two decimals are not times of day
    ("crude was at US $58.24 per barrel", [58.24]),
    ("A2 Milk rose to $13.60.", [13.6]),
    ("the index (16369.03 up 58.06 points)", [16369.03, 58.06]),
    ("shares closed at 3.23 shekels", [3.23]),
    # times of day are
    ("the meeting is at 10.30 and ends at 9:45am, or 14:00", []),
    ("it began at 9.15 on Sunday and at 10.45.", []),
    # and so are the elapsed times of a programme's running order
    ("27:30 The view from the south. 1:02:15 Questions.", []),
])
def test_times_of_day_against_decimals(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the new iPhone 11 Pro went on sale", []),
    ("the iPhone 14’s screen", []),
    ("the base iPhone 11 has 64GB", [64]),
    ("Nasdaq 100 futures and the S&P/ASX 200 rose", []),
    ("hurt in Game 2 and", []),
    ("a team in the Big 12.", []),
    ("stocks in the S&P 500 index", []),
    ("hands-on with the Apple Watch 5 to see", []),
    ("a ticket in Section 427 Row 21 which runs", []),
    ("a category 4 hurricane and the phase 2 talks", []),
    # thousands parted as other languages part them
    ("the toll rose to 45 000 on Monday", [45000]),
    ("the toll rose to 45’000", [45000]),
    ("about 1.234.567 people", [1234567]),
    ("On Jan 25 200 prisoners were freed", [25, 200]),
    # a name's word never reaches a number on the next line, nor one with separators
    ("released in the first phase\n\n48,346 people", [48346]),
    ("in the first phase 1,778 were freed", [1778]),
    ("in Jabalia camp 200 people", [200]),
    ("offices of sub-300 square metres", [300]),
    # a capitalised word before a count does not make a name
    ("Hamas Frees 24 Hostages", [24]),
    ("In Rafah 15 died", [15]),
    ("Some 250 were held", [250]),
    ("officials said Tuesday 40 people", [40]),
])
def test_numbers_inside_names(text, expected):
    assert values(text) == expected


def test_number_soup_is_read_piece_by_piece_without_error():
    assert values("1,2,3,4") == [1]
    assert values("10,,400") == [10]


def test_currency_codes_before_the_digits():
    found = find_numbers("USD10m, EUR50m, AUD1.5m, INR1 trillion and RM23.50")
    assert [(n.value, n.unit_hint) for n in found] == [
        (10e6, "dollar"), (50e6, "euro"), (1.5e6, "australian dollar"), (1e12, "rupee"),
        (23.5, "ringgit")]


def test_a_season_of_years_and_a_million_dollars():
    assert values("the 2014-15 season") == []
    assert values("1000-2000 people") == [1000, 2000]
    assert values("a million dollar house") == [1_000_000]
    assert values("the Stoxx 600 index rose") == []


def test_scores_and_tallies_are_not_figures():
    assert values("they beat the visitors 2-1 and tied at 89-89 after a 14-0 vote") == []
    assert values("30-40 people") == [30, 40]


def test_other_dollars():
    found = find_numbers("worth $US55,931,000 ($A82,615,680), A$5 or C$6")
    assert [(n.value, n.unit_hint) for n in found] == [
        (55_931_000, "dollar"), (82_615_680, "australian dollar"), (5, "australian dollar"),
        (6, "canadian dollar")]


def test_percent_and_currency_units():
    found = find_numbers("$5 and 7% and €3 and 40 per cent and 24pc")
    assert [n.unit_hint for n in found] == ["dollar", "percent", "euro", "percent", "percent"]


@pytest.mark.parametrize(("words", "value"), [
    ("thirty three", 33), ("a dozen", 12), ("half a dozen", 6), ("two dozen", 24),
    ("a hundred", 100), ("eleven", 11), ("nonsense", None),
])
def test_parse_words_edge_cases(words, value):
    assert parse_words(words) == value


def test_pound_and_yen_as_ascii_transliteration_writes_them():
    found = find_numbers("a PS6m bonus, PS21,700 in fares and Y=28,030 a share")
    assert [(n.value, n.unit_hint) for n in found] == [
        (6e6, "pound"), (21_700, "pound"), (28_030, "yen")]
    # without a scale or a separator "PS5" stays a console's name
    assert values("the PS5 console") == []
    found = find_numbers("2.14degF (1.19deg C) and ¥5,000")
    assert [(n.value, n.unit_hint) for n in found] == [
        (2.14, "degree fahrenheit"), (1.19, "degree"), (5000, "yen")]


def test_scientific_notation_is_one_number():
    (mass,) = find_numbers("a mass of 1.99×10−30 kilograms")
    assert mass.value == pytest.approx(1.99e-30)
    (atoms,) = find_numbers("about 6.02 x 10^23 atoms")
    assert atoms.value == pytest.approx(6.02e23)
    assert values("a 2 x 10 metre room") == [2, 10]  # a size, no exponent


def test_multiples_written_with_fold():
    found = find_numbers("a 10-fold increase and a threefold rise")
    assert [(n.value, n.unit_hint) for n in found] == [(10, "times"), (3, "times")]


def test_an_early_year_paired_with_a_later_one_is_a_year():
    assert values("Between 1600 and 1900 the climate cooled") == []
    assert values("from 1500 to 1900 people") == [1500, 1900]
    assert values("some 1600 people") == [1600]


def test_shares_written_as_some_in_ten():
    (share,) = find_numbers("Nearly nine in ten Israelis back a deal")
    assert share.value == pytest.approx(0.9)
    assert share.unit_hint == "fraction"
    assert values("killed two in three strikes") == [2, 3]  # no share


def test_footnote_marks_are_not_figures():
    assert values("rose to 10,221 in January[2] and 1,886 more.[4]") == [10221, 1886]


def test_half_a_scale_word_is_half_of_it():
    found = find_numbers("More than half a million people face famine; half a dozen died.")
    assert [(n.text, n.value) for n in found] == [("half a million", 500000), ("half a dozen", 6)]


def test_circa_written_against_its_number_leaves_the_number():
    assert values("Killed in Gaza: c.24,000; in Israel ca.1,200; etc.5 is no number") == [
        24000, 1200]


def test_an_hour_of_the_clock_is_no_figure():
    found = [n.value for n in find_numbers(
        "Soldiers took him from his bed at three in the morning; 40 were held until 11 at "
        "night. They met at four o'clock.")]
    assert found == [40]
    # a number counting people before "in the morning raid" stays a figure
    assert [n.value for n in find_numbers("The army killed three in the morning raid.")] == [3]


def test_a_labels_number_after_day_or_phase_is_no_figure():
    assert [n.value for n in find_numbers("Day 2 (Saturday): After a delay, 13 came out.")] == [13]
    assert [n.value for n in find_numbers("Phase 3: talks resume.")] == []
    # a day number in running text stays (it may count nothing, but it is read)
    assert [n.value for n in find_numbers("Day 100 of the war")] == [100]


def test_the_number_of_an_event_heading_a_line_is_no_figure():
    assert [n.value for n in find_numbers("Exchange 1 (Jan 19): 3 hostages; 90 prisoners")] \
        == [3, 90]
    # (a verb before a number is no label: "release 600" counts 600)
    assert [n.value for n in find_numbers("Israel will release 600 prisoners.")] == [600]


def test_a_hundred_thousand_is_one_number():
    assert [(n.text, n.value) for n in find_numbers("Nearly a hundred thousand were hurt.")] \
        == [("a hundred thousand", 100000.0)]
