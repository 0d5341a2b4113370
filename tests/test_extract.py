"""Metric, subgroup, qualifier, bounds, as-of and attribution for many phrasings."""

from __future__ import annotations

import pytest

from analysis.extract import extract_text


def rows(text: str, published: str = "2025-03-07") -> list[dict]:
    return extract_text(text, published)


def keys(text: str, published: str = "2025-03-07") -> list[tuple]:
    return [(r["metric"], r["subgroup"], r["value"]) for r in rows(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    # object of an active verb, several words between number and noun
    ("Israel currently holds more than 9,800 Palestinian prisoners in its jails.",
     [("palestinian_prisoners_held", "", 9800)]),
    # passive voice, verb after the noun
    ("Some 240 Palestinian detainees were freed on Friday.",
     [("palestinian_prisoners_released", "", 240)]),
    # nominal release, "in exchange for" on the other side
    ("The deal provides for the release of 25 hostages in exchange for 600 prisoners.",
     [("hostages_released", "", 25), ("palestinian_prisoners_released", "", 600)]),
    # including + subgroup noun
    ("Israel freed 110 prisoners, including 30 minors.",
     [("palestinian_prisoners_released", "", 110),
      ("palestinian_prisoners_released", "children", 30)]),
    # "of whom" + deceased
    ("Some 59 hostages remain in Gaza, 35 of whom are believed dead.",
     [("hostages_held", "", 59), ("hostages_held", "deceased", 35)]),
    # casualties counted together
    ("More than 160,000 people have been killed or wounded in Gaza.",
     [("gaza_casualties", "", 160000)]),
    # killed and injured apart, the second elliptic
    ("The ministry said 44,000 people had been killed and 104,000 injured.",
     [("gaza_killed", "", 44000), ("gaza_injured", "", 104000)]),
    # the noun before the number
    ("The death toll in Gaza has risen to 45,500.", [("gaza_killed", "", 45500)]),
    # abduction with a partitive that follows
    ("Militants abducted 250 people on October 7, 2023.", [("hostages_abducted", "", 250)]),
    # the 7 October toll in Israel
    ("About 1,200 people were killed in Israel during the Hamas attack.",
     [("israel_killed", "", 1200)]),
    # durations become days
    ("The truce held for seven weeks.", [("ceasefire_days", "", 49)]),
    ("A 60-day ceasefire was proposed.", [("ceasefire_days", "", 60)]),
    # living hostages and bodies
    ("Hamas returned the bodies of four hostages.", [("hostages_released", "deceased", 4)]),
    ("Officials said 24 living hostages were still held.", [("hostages_held", "alive", 24)]),
    # life sentences
    ("Among those freed were 150 prisoners serving life sentences.",
     [("palestinian_prisoners_released", "life_sentence", 150)]),
    # soldiers
    ("Five female soldiers were released by Hamas.", [("hostages_released", "soldiers", 5)]),
    # the longer of two overlapping cues decides
    ("By evening, all 11 captives had left Gaza in Red Cross cars.",
     [("hostages_released", "", 11)]),
    ("Only 11 captives are left in Gaza.",
     [("hostages_held", "", 11)]),
    # a verb acting on a list does not say what its names count
    ("The register now holds the names of 3,000 children.",
     [("", "", 3000)]),
    ("The register holds the names of 3,000 children killed in Gaza.",
     [("gaza_killed", "children", 3000)]),
    # a participle describing the noun gives way to the clause verb
    ("Under the plan, 30 women held in Gaza will be freed next week.",
     [("hostages_released", "women", 30)]),
    ("Israel freed 30 prisoners held in Ofer.",
     [("palestinian_prisoners_released", "", 30)]),
    ("The remaining 20 living hostages were freed on a single day.",
     [("hostages_released", "alive", 20)]),
    # what an exchange leaves is held
    ("The exchange leaves 70 hostages in Gaza.",
     [("hostages_held", "", 70)]),
    # a place opening the sentence holds for the whole of it
    ("In Syria, strikes have killed 40 people, the health ministry said.",
     [("", "", 40)]),
    ("In Gaza, 40 people were killed on Monday.",
     [("gaza_killed", "", 40)]),
    # murdered hostages are deceased and coming home is a release
    ("Of the hostages still held in Gaza, at least 30 were murdered in captivity.",
     [("hostages_held", "deceased", 30)]),
    ("Since the truce began, 12 hostages have come home.",
     [("hostages_released", "", 12)]),
    # a short appositive counts the noun before it
    ("The death toll in Gaza, now over 30,000, keeps rising.",
     [("gaza_killed", "", 30000)]),
    # a word after the noun can give the subgroup
    ("Soldiers rescued two hostages alive from a building in Rafah.",
     [("hostages_released", "alive", 2)]),
    # a partitive of family words counts people
    ("Hamas still holds 90 of our brothers and sisters in Gaza.",
     [("hostages_held", "", 90)]),
    # a count noun before of is not a unit
    ("The ministry gave an overall toll of 30,500 killed in Gaza.",
     [("gaza_killed", "", 30500)]),
    # a label with a bracket still names what is counted
    ("Killed in Gaza (cumulative): 41,118",
     [("gaza_killed", "", 41118)]),
    # leaving for somewhere is not being held
    ("The crossing opened, allowing 50 patients to leave for Egypt.",
     [("", "", 50)]),
    ("The releases leave 79 people held in Gaza.",
     [("hostages_held", "", 79)]),
    # weeks of fighting are not a truce
    ("The truce is the first halt in seven weeks of fighting.",
     [("", "", 7)]),
    # of whom before the number refines the figure before
    ("Some 59 hostages remain in Gaza, of whom Israel believes at least 32 are dead.",
     [("hostages_held", "", 59), ("hostages_held", "deceased", 32)]),
    # a state ("thought to be alive") says held when no verb says what happened
    ("Officials said about 22 hostages were thought to be alive.",
     [("hostages_held", "alive", 22)]),
    ("All 20 hostages thought to be alive were handed to the Red Cross.",
     [("hostages_released", "alive", 20)]),
    # the predicate after "20 of the 48 hostages" is the 20's, not the 48's
    ("Officials think 20 of the 48 hostages are still alive.",
     [("hostages_held", "alive", 20), ("hostages_held", "", 48)]),
    ("Under the deal Hamas is to hand back the remains of 11 hostages.",
     [("hostages_released", "deceased", 11)]),
    # a capitalised word inside a name ("Prison Service") is no cue
    ("The Israel Prison Service said 120 detainees would be freed on Monday.",
     [("palestinian_prisoners_released", "", 120)]),
    # an opening side does not outweigh the place in the figure's own clause
    ("On the Israeli side, two soldiers were killed in northern Gaza.",
     [("gaza_killed", "soldiers", 2)]),
    # a figure counting something else ends the search for what a bare number counts
    ("Four hostages were freed. Officials said 80 trucks crossed, short of the 500 planned.",
     [("hostages_released", "", 4), ("", "", 80), ("", "", 500)]),
    # "A further N" goes on with the sentence before; "Of the dead," with its figure
    ("Israel holds 9,000 prisoners. Of that total, 3,000 are held without charge for "
     "renewable six-month terms. A further 1,500 were classified as combatants seized in "
     "Gaza.",
     [("palestinian_prisoners_held", "", 9000), ("palestinian_prisoners_held", "", 3000),
      ("", "", 6), ("palestinian_prisoners_held", "", 1500)]),
    ("Officials said 1,200 people were killed in the October 7 attack. The figure was "
     "revised twice. Of the dead, 800 were civilians.",
     [("israel_killed", "", 1200), ("israel_killed", "", 800)]),
    ("Israel says 58 hostages are held, including 34 whose deaths it has confirmed.",
     [("hostages_held", "", 58), ("hostages_held", "deceased", 34)]),
    # "of those freed" points back to the figure the same participle followed
    ("Israel freed 200 Palestinians freed under the deal, and Hamas released four hostages. "
     "Twelve of those freed were women.",
     [("palestinian_prisoners_released", "", 200), ("hostages_released", "", 4),
      ("palestinian_prisoners_released", "women", 12)]),
    # what a document undergoes says nothing of the people it counts
    ("In the report released on Monday, the ministry said 45,000 people had been killed.",
     [("gaza_killed", "", 45000)]),
    ("Rights groups say about 2,000 residents of Gaza remain in Israeli detention.",
     [("palestinian_prisoners_held", "", 2000)]),
    # a ministry of another country is no Gaza context
    ("Strikes killed 12 people on Monday, bringing the toll there to 3,100, Lebanon's health "
     "ministry said.",
     [("", "", 12), ("", "", 3100)]),
    # "N of them children" names what the N are
    ("Israel released 300 Palestinians, 120 of them children.",
     [("palestinian_prisoners_released", "", 300),
      ("palestinian_prisoners_released", "children", 120)]),
    # the counted noun before the number outweighs a cue nearer after it
    ("The number of martyrs since the start of the war has risen to 41,000, and the number "
     "of injured to 95,000, the ministry in Gaza said.",
     [("gaza_killed", "", 41000), ("gaza_injured", "", 95000)]),
    # a possessive name opens a partitive like "the" does
    ("The ministry said 30 people were killed. Only 12 of Gaza's 36 hospitals still work.",
     [("gaza_killed", "", 30), ("", "", 12), ("", "", 36)]),
    # "Of those freed," refers to the main figure whose metric "freed" cues
    ("Israel released 90 prisoners, after Hamas handed over two hostages. Of those freed, "
     "12 were serving life sentences.",
     [("palestinian_prisoners_released", "", 90), ("hostages_released", "", 2),
      ("palestinian_prisoners_released", "life_sentence", 12)]),
    # "They include" refers to the part, not to the whole a partitive opened with
    ("Of the 240 people abducted, 130 have come home alive. They include 80 freed in a "
     "truce.",
     [("hostages_abducted", "", 240), ("hostages_released", "alive", 130),
      ("hostages_released", "", 80)]),
    # what a group is said to number is a level
    ("A deal would have freed the remaining hostages, thought to number 30.",
     [("hostages_held", "", 30)]),
    # a figure named again keeps its subgroup
    ("Israel was holding 300 Palestinian children. Of the 300, about 100 were held without "
     "charge.",
     [("palestinian_prisoners_held", "children", 300),
      ("palestinian_prisoners_held", "children", 300),
      ("palestinian_prisoners_held", "children", 100)]),
    # a bare number answering "How many ...?" counts what the question asked about
    ("How many people are still being held in Gaza? The army's figure is 97.",
     [("hostages_held", "", 97)]),
    # "bringing to 97 the number of hostages released": the count names its noun after it
    ("Hamas freed 12 hostages and Israel released 30 prisoners on Monday. That brought to 81 "
     "the number of hostages released since Friday, and the number of Palestinians freed to "
     "180.",
     [("hostages_released", "", 12), ("palestinian_prisoners_released", "", 30),
      ("hostages_released", "", 81), ("palestinian_prisoners_released", "", 180)]),
    # the bodies of Palestinians handed back are not prisoners released
    ("Israel handed back the bodies of 90 Palestinians under the deal.",
     [("", "", 90)]),
    # a bare subject takes the last thing the sentence before named
    ("Most of the hostages have since come home. But 48 remain in Gaza.",
     [("hostages_held", "", 48)]),
    # label and value lines under a heading that names what they count
    ("Hostages: the tally\n\nTaken on 7 October 2023: 251\nReturned alive: 160\n"
     "Bodies returned: 80\nStill in Gaza: 11",
     [("hostages_abducted", "", 251), ("hostages_released", "alive", 160),
      ("hostages_released", "deceased", 80), ("hostages_held", "", 11)]),
    # a rate is not a count; patients a hospital held are not hostages
    ("Doctors in Gaza treat some 40 wounded patients a day. At the peak the hospital held "
     "1,000 patients.",
     [("", "", 40), ("", "", 1000)]),
    # an exclude phrase after the next figure describes that figure
    ("Officials said 1,700 people from Gaza were held under the law, and that 1,400 others "
     "detained in Gaza had been released.",
     [("palestinian_prisoners_held", "", 1700), ("palestinian_prisoners_released", "", 1400)]),
    # "36 of 222 trucks" counts trucks
    ("The ministry said 30 people were killed. Only 36 of 222 trucks got in.",
     [("gaza_killed", "", 30), ("", "", 36), ("", "", 222)]),
    # "lasted a week" is a length; "two weeks of talks" is not a truce
    ("The truce lasted a week. Strikes resumed after two weeks of talks.",
     [("ceasefire_days", "", 7), ("", "", 2)]),
    # hostages killed in captivity are not the toll of the attack on Israel
    ("Of the 251 people abducted on 7 October 2023, at least 41 were killed in captivity.",
     [("hostages_abducted", "", 251), ("hostages_held", "deceased", 41)]),
    # ages after a superlative are not counts
    ("Some 59 hostages are held. The oldest living hostage is 86; the youngest is 22.",
     [("hostages_held", "", 59), ("", "", 86), ("", "", 22)]),
    # a document's participle through "of ...,"; a pronoun subject leans on the sentence
    # before; "- all women" names the subgroup
    ("The ministry's list of identified dead, released on Monday, is long. It names 60,000 "
     "people, of whom 18,000 were children.",
     [("gaza_killed", "", 60000), ("gaza_killed", "children", 18000)]),
    ("Hamas is to free 33 hostages. The first three - all women - are due on Sunday.",
     [("hostages_released", "", 33), ("hostages_released", "women", 3)]),
    # the subject before a relative clause set off by commas
    ("The ministry's overall toll, which includes people whose bodies were not found, "
     "stands at 62,004.",
     [("gaza_killed", "", 62004)]),
    # a bracket right after a figure breaks it down
    ("The phase saw the release of 33 hostages (25 alive, eight dead).",
     [("hostages_released", "", 33), ("hostages_released", "alive", 25),
      ("hostages_released", "deceased", 8)]),
    # "of them" refers to the main figure, not to the whole inside its noun phrase
    ("Ninety of the 250 hostages taken are still held. At least 30 of them are dead.",
     [("hostages_held", "", 90), ("hostages_abducted", "", 250),
      ("hostages_held", "deceased", 30)]),
    # "Of those," breaks down the figure before
    ("At least 160 journalists have been killed in the Gaza war, making it the deadliest "
     "conflict for the press that the group has recorded, it said on Wednesday. Of those, "
     "150 were Palestinians and two were Israelis.",
     [("gaza_killed", "", 160), ("gaza_killed", "", 150), ("gaza_killed", "", 2)]),
    # "117 of the 251 had been returned alive": the predicate is the 117's; the 251 named
    # again is the same figure
    ("The army says 251 people were abducted on October 7. It said 117 of the 251 had "
     "been returned alive so far.",
     [("hostages_abducted", "", 251), ("hostages_released", "alive", 117),
      ("hostages_abducted", "", 251)]),
    # ages set off by commas after names
    ("Troops rescued 4 hostages. Noa, 26, and Shlomi, 41, were taken from a festival.",
     [("hostages_released", "", 4), ("", "", 26), ("", "", 41)]),
    # a number before a count noun counts counts
    ("There are two death tolls for Gaza. The ministry's stands at 45,000 killed.",
     [("", "", 2), ("gaza_killed", "", 45000)]),
    # a cue inside an institution's name; a breakdown between dashes claims no cue
    ("Israel's prison service says 39 Palestinian prisoners - 24 women and 15 teenage boys "
     "- have been freed from Ofer and Damon prisons.",
     [("palestinian_prisoners_released", "", 39),
      ("palestinian_prisoners_released", "women", 24),
      ("palestinian_prisoners_released", "children", 15)]),
    # the counted noun's own cue outweighs the verb beside it; an item cueing another
    # metric starts a list of its own
    ("In Gaza, hospitals received 77 martyrs and 308 wounded in the past day.",
     [("gaza_killed", "", 77), ("gaza_injured", "", 308)]),
    ("In the first truce, 240 Palestinians came out of Israeli prisons.",
     [("palestinian_prisoners_released", "", 240)]),
    # a relative clause right after the figure describes it
    ("Some 59 hostages are held in Gaza. The 35 who are believed to be dead are all adults.",
     [("hostages_held", "", 59), ("hostages_held", "deceased", 35)]),
    # "the youngest of them 14" is an age
    ("Israel freed 240 prisoners. Of them, 107 were minors, the youngest of them 14.",
     [("palestinian_prisoners_released", "", 240),
      ("palestinian_prisoners_released", "children", 107), ("", "", 14)]),
    # bodies count the dead of what the sentence counted before them, and only then
    ("Israel recovered the bodies of 37 hostages, while 38 bodies were returned under "
     "deals. Israel returned 45 bodies to Gaza.",
     [("hostages_released", "deceased", 37), ("hostages_released", "deceased", 38),
      ("", "", 45)]),
    # coffins said to hold hostages' bodies; bodies of Palestinians are not prisoners
    ("Hamas handed over four coffins it said held the bodies of hostages. Israel returned "
     "45 bodies of Palestinians to Gaza.",
     [("hostages_released", "deceased", 4), ("", "", 45)]),
    # "N of them" with no figure before counts the people the sentence named
    ("Israel detained thousands of Palestinians from Gaza, and some 1,500 of them remain in "
     "detention.",
     [("palestinian_prisoners_held", "", 1500)]),
    # the subject before a participle phrase set off by commas
    ("Israel's official figure for those killed in the October 7 attack, compiled by the "
     "institute, is 1,163.",
     [("israel_killed", "", 1163)]),
    # "Gaza residents" are Palestinians
    ("The army was holding roughly 4,000 Gaza residents.",
     [("palestinian_prisoners_held", "", 4000)]),
    # a stay before release is not a truce's length
    ("The ceasefire held. Among them was a woman freed last month after 471 days.",
     [("", "", 471)]),
    # leaving a prison, reaching Israel: releases
    ("Israel is to free 1,900 Palestinian prisoners. The first 90 left Ofer prison at dawn.",
     [("palestinian_prisoners_released", "", 1900), ("palestinian_prisoners_released", "", 90)]),
    ("Eleven Israeli hostages reached Israel late on Monday.",
     [("hostages_released", "", 11)]),
    # "16 of the 33": the 33 named before is the whole; "the three" is a figure named again
    ("Hamas freed three Israeli hostages on Saturday. Israel said the three had been held for "
     "491 days. In all, 33 hostages are to be released in exchange for nearly 2,000 "
     "prisoners. With Saturday's handover, 16 of the 33 have now been freed.",
     [("hostages_released", "", 3), ("hostages_released", "", 3), ("", "", 491),
      ("hostages_released", "", 33), ("palestinian_prisoners_released", "", 2000),
      ("hostages_released", "", 16), ("hostages_released", "", 33)]),
    # "... children have been killed and at least 25,000 injured": the injured are children
    ("More than 13,000 children have been killed in Gaza and at least 25,000 injured.",
     [("gaza_killed", "children", 13000), ("gaza_injured", "children", 25000)]),
    # only people are killed or wounded
    ("In Gaza, 120 were killed on Monday.", [("gaza_killed", "", 120)]),
    # a short appositive counts the noun before its comma, whatever came before it
    ("A further 1,000 prisoners could be freed in return for the remaining living hostages, "
     "thought to number about 20.",
     [("palestinian_prisoners_released", "", 1000), ("hostages_held", "alive", 20)]),
    # a participle after the noun, then a prepositional phrase, then the clause's verb
    ("Four hostages held in Gaza were rescued by Israeli forces on Saturday.",
     [("hostages_released", "", 4)]),
    # an event before "13 of the 28" is the part's; a relative clause after the whole is
    # the whole's
    ("Hamas has handed over the remains of 13 of the 28 deceased hostages.",
     [("hostages_released", "deceased", 13), ("", "", 28)]),
    ("Hamas has handed over the remains of 15 of the 28 deceased hostages it was due to "
     "return.", [("hostages_released", "deceased", 15), ("hostages_released", "deceased", 28)]),
    # the definite whole a sentence opens with was named before
    ("The ministry published the list of prisoners to be released. Of the 1,904 prisoners "
     "on the list, 737 are serving sentences.",
     [("palestinian_prisoners_released", "", 1904), ("palestinian_prisoners_released", "", 737)]),
    # a figure opening its line, a dash, then what it counts
    ("The week in numbers\n\n105 - hostages released from Gaza.\n\n240 - Palestinian "
     "prisoners freed by Israel.",
     [("hostages_released", "", 105), ("palestinian_prisoners_released", "", 240)]),
    # the second "number of" names the second figure, whatever digits the first is in
    ("The ministry said that the number of martyrs has risen to ٤٤٬٤٦٦ and the number of "
     "wounded to ١٠٥٬٣٥٨.", [("gaza_killed", "", 44466), ("gaza_injured", "", 105358)]),
    # "the deaths of" counts the dead; "Two of the hostages are children" refines the
    # hostages counted before, and a cue after a semicolon belongs to another statement
    ("101 hostages remain in Gaza. The army has confirmed the deaths of at least 34 of them. "
     "Two of the hostages are children; the youngest was a baby when he was taken.",
     [("hostages_held", "", 101), ("hostages_held", "deceased", 34),
      ("hostages_held", "children", 2)]),
    # a cue inside a prepositional phrase does not outweigh a participle after the noun
    ("Crowds gathered to greet 39 Palestinian women and teenagers released from Israeli "
     "prisons in the first exchange.", [("palestinian_prisoners_released", "", 39)]),
    # a toll named in the figure's own clause counts everyone
    ("At least 27 children have died of malnutrition, the ministry said, as the overall death "
     "toll in Gaza passed 32,900.",
     [("gaza_killed", "children", 27), ("gaza_killed", "", 32900)]),
    # "This includes ...": the figure before; a specific noun is an item of a general head
    ("The service was holding 9,623 Palestinians. This includes 1,402 people classified as "
     "unlawful combatants and 3,379 administrative detainees.",
     [("palestinian_prisoners_held", "", 9623), ("palestinian_prisoners_held", "", 1402),
      ("palestinian_prisoners_held", "", 3379)]),
    # "Most of the freed prisoners ..., while about 20 ...": the prisoners, not the hostages
    ("Israel freed 110 Palestinian prisoners, after Hamas released three Israeli hostages. "
     "Most of the freed prisoners returned to the West Bank, while about 20 were deported.",
     [("palestinian_prisoners_released", "", 110), ("hostages_released", "", 3),
      ("palestinian_prisoners_released", "", 20)]),
    # a bare toll after a sentence about the attack on Israel is Israel's
    ("An earlier version said 1,300 people were killed in the October 7 attack. Israeli "
     "officials have since revised the toll to about 1,200.",
     [("israel_killed", "", 1300), ("israel_killed", "", 1200)]),
    # a rescue is a release; the words of "the number of ..." after the count describe it
    ("The forum welcomed the rescue of four hostages from Nuseirat.",
     [("hostages_released", "", 4)]),
    ("Their return brings to 7 the number of hostages rescued alive by the army.",
     [("hostages_released", "alive", 7)]),
    # the subject of "has reached" stands before an adjunct set off by commas
    ("The number of Palestinians held in administrative detention, without charge or "
     "trial, has reached 3,432.", [("palestinian_prisoners_held", "", 3432)]),
    # the verb after "12 of the 28 ..." tells what happened to the 12 only
    ("By Sunday, the remains of 12 of the 28 dead hostages had been returned.",
     [("hostages_released", "deceased", 12), ("", "", 28)]),
])
def test_metric_and_subgroup(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text", [
    "Israeli forces have killed 30 Palestinians in the occupied West Bank this month.",
    # arrests are no hostage releases, whatever is said of those arrested later
    "The army has arrested around 9,300 citizens in the West Bank since the start of the war, "
    "the group said, noting that the figure includes those who were later released.",
    "The agency delivered 200 trucks of aid and 1,500 tents.",
    "Prices rose by 40 percent in a year.",
    "Some 1.9 million people have been displaced.",
])
def test_figures_outside_the_taxonomy_keep_no_metric(text):
    found = rows(text)
    assert found and all(r["metric"] == "" for r in found)


def test_unit_without_metric():
    found = rows("The agency delivered 200 trucks of aid and $4 million.")
    assert [(r["unit"], r["value"]) for r in found] == [("truck", 200), ("dollar", 4_000_000)]


@pytest.mark.parametrize(("phrase", "qualifier", "low", "high"), [
    ("more than 9,500", "at_least", 9500, None),
    ("over 9,500", "at_least", 9500, None),
    ("at least 9,500", "at_least", 9500, None),
    ("upwards of 9,500", "at_least", 9500, None),
    ("about 9,500", "approximate", None, None),
    ("around 9,500", "approximate", None, None),
    ("roughly 9,500", "approximate", None, None),
    ("an estimated 9,500", "approximate", None, None),
    ("approximately 9,500", "approximate", None, None),
    ("up to 9,500", "at_most", None, 9500),
    ("fewer than 9,500", "at_most", None, 9500),
    ("nearly 9,500", "at_most", None, 9500),
    ("almost 9,500", "at_most", None, 9500),
    ("9,500", "exact", 9500, 9500),
    ("between 9,500 and 9,800", "range", 9500, 9800),
    ("9,500 to 9,800", "range", 9500, 9800),
])
def test_qualifiers_and_bounds(phrase, qualifier, low, high):
    (row,) = rows(f"Israel holds {phrase} Palestinian prisoners.")
    assert row["metric"] == "palestinian_prisoners_held"
    assert (row["qualifier"], row["low"], row["high"], row["value"]) == \
        (qualifier, low, high, 9500)


def test_of_the_after_a_qualifier_phrase_is_the_partitive():
    found = rows("Aid groups said 90 trucks came in, well short of the 500 they need.")
    assert [r["qualifier"] for r in found] == ["exact", "exact"]


def test_north_of_is_a_lower_bound():
    (row,) = rows("North of 10,000 Palestinians are held in Israeli prisons.")
    assert (row["qualifier"], row["low"]) == ("at_least", 10000)


def test_at_the_time_of_writing_is_now():
    found = rows("Detentions have risen since October 2023. The army held 4,000 Palestinians "
                 "at the time of writing.", "2024-11-10")
    assert [r["as_of"] for r in found if r["metric"]] == ["2024-11-10"]


def test_a_date_labelling_a_paragraph_dates_its_sentences():
    text = ("- 12 March 2024 - Talks resume in Cairo. Later, 40 prisoners are freed.\n\n"
            "14 March 2024: The talks stall. In the evening, 3 hostages are released.\n\n"
            "Since then, 20 more hostages have been freed.")
    assert [(r["value"], r["as_of"]) for r in rows(text, "2024-04-01")] == [
        (40, "2024-03-12"), (3, "2024-03-14"), (20, "2024-04-01")]


@pytest.mark.parametrize(("text", "as_of"), [
    ("A report published on Tuesday says that at the end of June, Israel was holding 250 "
     "prisoners.", ["2024-06"]),
    ("Israel held 9,000 prisoners in May 2024, up from 5,000 prisoners a year earlier.",
     ["2024-05", "2023-05"]),
    ("The toll reached 30,000 on 1 March 2024, up from 20,000 two weeks before.",
     ["2024-03-01", "2024-02-16"]),
])
def test_dates_set_off_before_or_stepped_back_after_a_figure(text, as_of):
    assert [r["as_of"] for r in rows(text) if r["metric"]] == as_of


def test_estimates_of_a_number_count_what_the_number_counts():
    found = rows("Officials said 1,163 people were killed in southern Israel. Earlier "
                 "estimates of about 1,400 were revised. A further 251 people were taken "
                 "into Gaza.")
    assert [r["unit"] for r in found if r["value"] == 1400] == ["person"]
    assert [r["metric"] for r in found if r["value"] == 251] == ["hostages_abducted"]


def test_an_earlier_figure_refines_the_revised_one_and_shares_its_date():
    found = rows("The toll of the October 7 attack was cut to 1,200, down from an earlier "
                 "figure of 1,400. Of the dead, 850 were civilians.", "2023-12-01")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("israel_killed", 1200, "2023-10-07"), ("israel_killed", 1400, "2023-10-07"),
        ("israel_killed", 850, "2023-10-07")]


def test_change_from_to_is_two_figures_not_a_range():
    found = rows("The toll rose from 40,000 to 41,000 people killed.")
    assert [r["qualifier"] for r in found] == ["exact", "exact"]


@pytest.mark.parametrize(("text", "as_of"), [
    ("In late November 2023, 80 hostages were freed.", "2023-11"),
    ("Before the war, Israel held about 5,200 Palestinian prisoners.", "2023-10"),
    # a date before a level whose own words say it holds now is another verb's
    ("Thousands rallied on Saturday night to demand the return of the 50 hostages still "
     "held in Gaza.", "2025-03-07"),
    # "every Saturday" is a rhythm, not a day
    ("Under the deal, three hostages are to be released every Saturday.", "2025-03-07"),
    # numeric dates: day first, unless the first number cannot be a month
    ("Figures as of 30/04/2024: 34,535 killed in Gaza.", "2024-04-30"),
    ("As of 4/30/2024, 34,535 people were killed in Gaza.", "2024-04-30"),
    # "from the October 7 attacks" names the toll's cause, not the start of a span
    ("In Israel, the revised death toll from the October 7 attacks stands at 1,139.",
     "2023-10-07"),
    ("Last week, 12 prisoners were freed.", "2025-02-28"),
    ("On Sunday, 3 hostages were freed.", "2025-03-02"),
    ("Some 40,000 people have been killed since October 2023.", "2025-03-07"),
    ("Hamas still holds 59 hostages, the army said on Tuesday.", "2025-03-04"),
    ("Israel holds 9,500 prisoners, the ministry said on Tuesday.", "2025-03-04"),
    # a span's start is no date, but the statement's day is
    ("The ministry said on Tuesday that 48,000 people had been killed since October 2023.",
     "2025-03-04"),
    ("The truce began on 19 January. The release the same day of 90 prisoners was delayed.",
     "2025-01-19"),
    # "that day" is the last day named, in the sentence itself first
    ("Israel freed prisoners on Tuesday under the January truce. Hamas had released 3 "
     "hostages earlier that day.", "2025-03-04"),
])
def test_as_of(text, as_of):
    (row,) = [r for r in rows(text) if r["metric"]]
    assert row["as_of"] == as_of


@pytest.mark.parametrize(("text", "attribution"), [
    ("At least 40,000 people have been killed, according to the Gaza health ministry.",
     "Gaza health ministry"),
    ("The Israeli military said 59 hostages remain in Gaza.", "Israeli military"),
    ("Some 9,000 prisoners are held, said Qadura Fares, a prisoners' advocate.",
     "Qadura Fares"),
    ("The toll stands at 1,200 people killed in Israel, according to official figures.",
     "official figures"),
    ("More than 100 hostages were freed in November.", ""),
    # the verb's auxiliaries are not part of the source
    ("Israeli officials have also said 35 hostages held in Gaza are dead.", "Israeli officials"),
    # what a count is called is not who gave it
    ("The number of prisoners held has reached 3,432, the highest figure recorded in decades, "
     "the Palestinian Prisoners' Society said.", "Palestinian Prisoners' Society"),
    # the subject before an aside, with an adverb before the verb
    ("The report, based on figures from rights groups, also says 270 children are detained.",
     "report"),
])
def test_attribution(text, attribution):
    (row,) = [r for r in rows(text) if r["metric"]]
    assert row["attribution"] == attribution


def test_a_bare_answer_counts_what_the_question_named():
    found = rows("Israel freed 1,778 prisoners over six weeks. Q: And the hostages? "
                 "A: Thirty-three.")
    assert [(r["value"], r["unit"]) for r in found][-1] == (33, "hostage")


@pytest.mark.parametrize("text", [
    "When officials say 59 hostages remain, that includes at least 35 declared dead.",
    "If the army is right, 59 hostages remain in Gaza.",
])
def test_clause_openers_are_not_sources(text):
    assert all(not r["attribution"].lower().startswith(("when", "if", "that"))
               for r in rows(text))


def test_a_pronoun_right_before_the_verb_is_the_subject():
    text = ("Negotiators met in Cairo. Hamas handed over four coffins it said held the bodies "
            "of hostages.")
    (row,) = rows(text)
    assert "handed" not in row["attribution"] and len(row["attribution"].split()) <= 2


def test_an_estimated_is_no_source():
    (row,) = rows("An estimated 59 hostages are held in Gaza, according to Israeli sources.")
    assert row["attribution"] == "Israeli sources"


def test_pronoun_source_resolves_to_the_last_named_one():
    text = ("The rights group Addameer published its monthly count. "
            "More than 9,900 Palestinians are held in Israeli prisons, it said.")
    (row,) = rows(text)
    assert row["attribution"] == "rights group Addameer"


def test_figures_in_posts_are_marked_and_dated_by_the_post():
    text = ("Body text without numbers.\n\n"
            "Forty prisoners just arrived in Ramallah pic.twitter.com/xyz123 "
            "— Some Reporter (@some_reporter) January 19, 2025")
    (row,) = rows(text, "2025-01-20")
    assert row["source"] == "post" and row["post_id"] == "text-p1"
    assert row["as_of"] == "2025-01-19"
    assert row["attribution"] == "Some Reporter (@some_reporter)"


def test_same_text_gives_same_ids_and_offsets():
    text = "Israel freed 39 prisoners. Hamas freed 13 hostages. Israel freed 39 prisoners."
    first, second = rows(text), rows(text)
    assert first == second
    assert len({r["figure_id"] for r in first}) == 3


def test_soldiers_count_toward_a_gaza_toll_only_when_their_clause_says_gaza():
    found = keys("The army said 850 soldiers had been killed since the attack, "
                 "405 of them in the ground operation in Gaza.")
    assert found == [("", "", 850), ("gaza_killed", "soldiers", 405)]


def test_a_rate_is_not_a_count():
    assert keys("Israel freed three prisoners for every hostage released.") == [("", "", 3)]


def test_words_that_yaml_could_misread_still_end_a_noun_phrase():
    found = rows("The ministry put the death toll at 44,282 on Monday.")
    (row,) = [r for r in found if r["metric"]]
    assert (row["metric"], row["value"]) == ("gaza_killed", 44282)


def test_over_the_is_not_a_bound():
    (row,) = rows("Over the 42-day first phase, the truce held.")
    assert (row["metric"], row["qualifier"], row["value"]) == ("ceasefire_days", "exact", 42)


def test_words_describing_a_partitive_set_do_not_count_for_the_part():
    found = keys("At least 41 of the hostages taken on October 7 were killed in captivity.")
    assert found == [("hostages_held", "deceased", 41)]
    found = keys("The ministry had identified 24,686 of the people killed.")
    assert found == [("gaza_killed", "", 24686)]


def test_among_the_total_were_children_and_women():
    found = keys("The ministry said that among the 50,846 people killed were 15,613 children "
                 "and 8,304 women, and that 113,000 more had been wounded.")
    assert found == [("gaza_killed", "", 50846), ("gaza_killed", "children", 15613),
                     ("gaza_killed", "women", 8304), ("gaza_injured", "", 113000)]


def test_a_condition_rules_out_a_toll_only_in_its_own_sentence():
    rows = extract_text("At least 17,000 children are unaccompanied or separated from their "
                        "families. At least 25,000 children have been injured in Gaza.",
                        "2024-11-20")
    assert [(r["value"], r["metric"], r["subgroup"]) for r in rows] == [
        (17000, "", ""), (25000, "gaza_injured", "children")]


def test_bodies_in_another_clause_do_not_make_a_figure_deceased():
    rows = extract_text("Over that period, 33 hostages came home, eight of them in coffins, "
                        "and five Thai workers were released separately.", "2025-03-10")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(33, ""), (8, "deceased"), (5, "")]


def test_an_age_is_a_figure_in_years_and_never_a_count():
    rows = extract_text("Israel freed 183 prisoners on Saturday. His mother, now 81, and his "
                        "sister, aged 40, were waiting.", "2025-02-12")
    assert [(r["value"], r["unit"], r["metric"]) for r in rows] == [
        (183, "prisoner", "palestinian_prisoners_released"), (81, "year", ""), (40, "year", "")]


def test_the_particle_of_hand_over_is_not_a_bound():
    found = rows("The group agreed to hand over 12 captives on Monday.")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found] == \
        [("hostages_released", 12, "exact")]
    # "over" with no verb before it still is one
    assert rows("Over 12 captives were handed back.")[0]["qualifier"] == "at_least"


def test_an_age_limit_on_people_is_not_a_count():
    found = rows("The first to be freed will be women, children and men over 60.")
    assert [(r["unit"], r["metric"]) for r in found] == [("year", "")]
    found = rows("Children under 16 were among 40 detainees freed on Friday.")
    assert [(r["value"], r["unit"]) for r in found][0] == (16, "year")


def test_items_after_a_colon_break_down_the_figure_before_it():
    found = keys("Israel will free 900 prisoners tomorrow: 120 serving life sentences "
                 "and some 780 people arrested during the war.")
    assert found == [("palestinian_prisoners_released", "", 900),
                     ("palestinian_prisoners_released", "life_sentence", 120),
                     ("palestinian_prisoners_released", "", 780)]


def test_a_date_that_names_an_event_does_not_date_a_level():
    found = rows("Officials think 61 of the people seized in the May 2024 raid are still "
                 "held in Gaza.", "2025-02-01")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_held", "2025-02-01")]
    # an event count keeps the event's date
    found = rows("Gunmen seized 61 people during the May 2024 raid.", "2025-02-01")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_abducted", "2024-05")]


def test_a_range_of_days_is_a_date_not_a_figure():
    found = rows("Between 3 and 9 March, the ministry recorded 700 deaths in Gaza.",
                 "2024-03-12")
    assert [r["value"] for r in found] == [700]


def test_or_fewer_is_an_upper_bound():
    found = rows("Officials put the number of living hostages held in Gaza at 20 or fewer.")
    assert [(r["subgroup"], r["qualifier"], r["high"]) for r in found] == [("alive", "at_most", 20)]


def test_a_date_closes_its_clause_before_and():
    found = rows("Gunmen killed 1,200 people in Israel on 7 October 2023 and 59 hostages "
                 "remain in Gaza.", "2025-04-02")
    assert [(r["metric"], r["as_of"]) for r in found] == \
        [("israel_killed", "2023-10-07"), ("hostages_held", "2025-04-02")]
    found = rows("The truce, in November 2023, lasted one week and saw 105 hostages freed.",
                 "2025-04-02")
    assert [(r["metric"], r["as_of"]) for r in found] == \
        [("ceasefire_days", "2023-11"), ("hostages_released", "2023-11")]


def test_a_relative_clause_after_a_date_is_dated_by_it():
    found = rows("They marked the anniversary of the raid of 9 June 2024, in which 40 people "
                 "were killed in Gaza.", "2025-06-09")
    assert [(r["metric"], r["as_of"]) for r in found] == [("gaza_killed", "2024-06-09")]


def test_a_noun_after_the_verb_says_what_a_bare_number_is():
    found = keys("More than 9,000 Palestinians are held in Israeli jails, and about 300 are "
                 "children.")
    assert ("palestinian_prisoners_held", "children", 300) in found


def test_a_fragment_answers_the_question_before_it():
    found = rows("How long will the truce last? Six weeks.")
    assert [(r["metric"], r["value"]) for r in found] == [("ceasefire_days", 42)]


def test_a_place_opening_the_sentence_decides_between_two_tolls():
    found = keys("On the Israeli side, about 1,200 people were killed on a single day, and "
                 "58 hostages are still held in Gaza.")
    assert found[0] == ("israel_killed", "", 1200)


def test_the_head_noun_outranks_a_nationality_word_before_a_bare_number():
    found = keys("Palestinian detainees in Israeli jails numbered 9,500 at the end of March, "
                 "down from a peak of 10,800 in November.", "2025-04-10")
    assert found == [("palestinian_prisoners_held", "", 9500),
                     ("palestinian_prisoners_held", "", 10800)]


def test_one_of_n_is_not_a_ratio():
    found = keys("He was one of 81 hostages freed during that truce.")
    assert ("hostages_released", "", 81) in found


def test_an_offset_or_a_stay_is_not_the_length_of_a_truce():
    assert keys("Strikes resumed two weeks after the truce phase expired.") == [("", "", 2)]
    assert keys("She spent 50 days in captivity before the truce freed her.")[0] == \
        ("", "", 50)


def test_what_a_prison_could_hold_is_a_capacity():
    found = keys("Israel holds 9,900 Palestinian prisoners in jails built for 14,500.")
    assert found == [("palestinian_prisoners_held", "", 9900), ("", "", 14500)]


def test_a_list_after_a_colon_shares_its_first_item_metric_and_label_dates():
    assert keys("Each truce brought releases: 105 hostages in the first, 33 in the first "
                "phase of the second.") == [("hostages_released", "", 105),
                                            ("hostages_released", "", 33)]
    found = rows("Round 2 (25 January): 200 prisoners released.", "2025-02-09")
    assert [(r["metric"], r["as_of"]) for r in found if r["metric"]] == \
        [("palestinian_prisoners_released", "2025-01-25")]


def test_a_day_without_a_year_follows_the_full_date_of_its_sentence():
    found = rows("24 November 2023: a truce begins; 105 hostages are freed before it ends "
                 "on 1 December.", "2025-10-20")
    assert [(r["metric"], r["as_of"]) for r in found if r["metric"]] == \
        [("hostages_released", "2023-12-01")]


def test_the_nearest_set_off_date_wins_over_the_opening_one():
    found = rows("19 January 2025: a truce takes effect; by 1 March, 33 hostages have been "
                 "handed over, eight of them dead.", "2025-10-20")
    assert [(r["subgroup"], r["as_of"]) for r in found if r["metric"]] == \
        [("", "2025-03-01"), ("deceased", "2025-03-01")]


def test_a_relative_clause_after_a_toll_counts_the_toll():
    found = rows("The ministry added them to its running toll, which stood at 44,382 on "
                 "Friday.", "2024-11-23")
    assert [(r["metric"], r["as_of"]) for r in found] == [("gaza_killed", "2024-11-22")]


def test_a_named_person_and_a_small_number_is_an_age():
    found = rows("Her son Eitan was six.")
    assert [(r["value"], r["unit"], r["metric"]) for r in found] == [(6, "year", "")]


def test_taking_effect_is_not_taking_hostages():
    found = keys("A truce took effect in Lebanon, where strikes have killed 3,800 people.")
    assert ("hostages_abducted", "", 3800) not in found


def test_missing_people_rule_out_a_toll_only_in_their_own_sentence():
    found = keys("About 11,000 people remain missing in Gaza. The office gave a toll of "
                 "44,664 killed.")
    assert found == [("", "", 11000), ("gaza_killed", "", 44664)]


def test_a_date_before_were_belongs_to_the_noun_phrase_before_it():
    found = rows("Among the roughly 1,200 people killed in Israel on 7 October 2023 were 373 "
                 "soldiers and police officers.", "2024-10-07")
    assert [r["as_of"] for r in found if r["metric"]][0] == "2023-10-07"


def test_a_date_after_a_participle_does_not_date_a_level_said_to_hold_now():
    found = rows("Israel believes 97 hostages taken on 7 October are still in Gaza.",
                 "2024-12-08")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_held", "2024-12-08")]


def test_a_definite_partitive_leans_on_the_sentences_before_it():
    found = keys("Some 58 hostages are still held in Gaza. At least 20 of the hostages are "
                 "believed to be alive.")
    assert found == [("hostages_held", "", 58), ("hostages_held", "alive", 20)]


def test_they_include_refines_the_last_figure():
    found = keys("More than 9,900 Palestinians are held in Israeli jails. They include 400 "
                 "children.")
    assert found[-1] == ("palestinian_prisoners_held", "children", 400)


def test_words_describing_the_next_figure_do_not_give_a_subgroup():
    found = keys("Hamas released 105 hostages in 2023, 38 in the first half of 2025 and the "
                 "last 20 living hostages in October.")
    assert ("hostages_released", "", 38) in found


def test_a_colon_does_not_join_figures_counting_different_things():
    found = keys("The truce was extended to six days in total, on the same terms: ten "
                 "hostages freed for every day.")
    assert ("ceasefire_days", "", 10) not in found


def test_including_breaks_down_a_count_not_a_truce_length():
    found = keys("Hamas freed 24 hostages on Friday, the first day of a four-day truce, "
                 "including 13 Israelis.")
    assert ("hostages_released", "", 13) in found
    assert ("ceasefire_days", "", 13) not in found


def test_a_stay_in_captivity_does_not_outweigh_the_participle_before_it():
    found = keys("Three of the women freed on Sunday spent 471 days in captivity.")
    assert found[0] == ("hostages_released", "women", 3)


def test_two_measures_in_different_units_are_no_range():
    found = rows("Shares rose 9.4 per cent to $84 and the index 4 per cent to $13.60.")
    assert [(r["value"], r["unit"], r["qualifier"]) for r in found] == [
        (9.4, "percent", "exact"), (84, "dollar", "exact"),
        (4, "percent", "exact"), (13.6, "dollar", "exact")]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between 1.7 and 1.9 million people were displaced.", 1_700_000, 1_900_000),
    ("Talks aim at $10 to $15 billion in aid.", 10e9, 15e9),
    ("Two to three million people crossed.", 2e6, 3e6),
    # the scale does not spread when the low end would pass the high end
    ("Between 500 and 1.5 million people fled.", 500, 1_500_000),
])
def test_a_range_low_end_takes_the_scale_word_of_its_high_end(text, low, high):
    (row,) = rows(text)
    assert (row["qualifier"], row["low"], row["high"], row["value"]) == ("range", low, high, low)


def test_a_percentage_then_a_bare_number_is_a_change_and_a_level():
    found = rows("The index fell 0.4 per cent to 13176, and a 5-10W laser was used.")
    assert [(r["value"], r["unit"], r["qualifier"]) for r in found] == [
        (0.4, "percent", "exact"), (13176, "", "exact"), (5, "watt", "range")]


def test_a_change_by_an_amount_to_a_level_is_two_figures_unless_one_unit_covers_both():
    found = rows("The deficit increased by $43.6 billion to $419.2 billion.")
    assert [r["value"] for r in found] == [43_600_000_000, 419_200_000_000]
    ranged = rows("Sales grew by 3 to 4 percent.")
    assert [(r["low"], r["high"], r["qualifier"]) for r in ranged] == [(3, 4, "range")]
    fine = rows("It faces a fine of $3 billion to $5 billion.")
    assert [(r["low"], r["high"], r["qualifier"]) for r in fine] == [(3e9, 5e9, "range")]


def test_one_of_a_set_is_a_figure_with_no_metric_and_leaves_the_set_alone():
    found = rows("His son is one of the 59 hostages still held in Gaza.")
    assert [(r["value"], r["metric"]) for r in found] == [(1, ""), (59, "hostages_held")]


def test_a_share_is_a_figure_with_no_metric_and_leaves_the_count_alone():
    found = rows("More than half of the 40,000 people killed in Gaza were women and children.")
    assert [(r["value"], r["unit"], r["metric"], r["qualifier"]) for r in found] == [
        (0.5, "fraction", "", "at_least"), (40000, "person", "gaza_killed", "exact")]


def test_a_subject_set_apart_by_an_appositive_takes_the_date_after_it():
    found = rows("Eleven Israeli hostages, among them nine children, reached Israel late on "
                 "Monday, the army said.", "2023-11-28")
    assert [(r["value"], r["subgroup"], r["as_of"]) for r in found] == [
        (11, "", "2023-11-27"), (9, "children", "2023-11-27")]


def test_among_those_held_refines_the_figure_before_and_shares_its_date():
    found = rows("As of July 2024 the service was holding 9,623 Palestinians. Another 250 "
                 "children are among those held.", "2024-07-01")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", "", 9623, "2024-07"),
        ("palestinian_prisoners_held", "children", 250, "2024-07")]


def test_a_date_closing_two_coordinated_events_dates_both():
    found = rows("Hamas killed 1,200 people in Israel and took 240 hostages in the raid on "
                 "Oct. 7.", "2024-01-06")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("israel_killed", "2023-10-07"), ("hostages_abducted", "2023-10-07")]


def test_a_kin_noun_set_off_before_a_small_number_gives_an_age():
    found = rows("Daniel was killed that morning. His sister, 19, was among the 251 people "
                 "taken to Gaza that day.")
    assert [(r["value"], r["unit"], r["metric"]) for r in found] == [
        (19, "year", ""), (251, "hostage", "hostages_abducted")]


def test_a_table_row_counts_what_its_column_header_names_at_its_row_date():
    text = ("Exchanges during the truce\n\nDate | Hostages freed | Prisoners freed\n"
            "Nov 24 | 24 | 39\nNov 27 | 11 | 33\n\nIn all, 105 hostages were freed.")
    found = rows(text, "2023-12-05")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", 24, "2023-11-24"),
        ("palestinian_prisoners_released", 39, "2023-11-24"),
        ("hostages_released", 11, "2023-11-27"),
        ("palestinian_prisoners_released", 33, "2023-11-27"),
        ("hostages_released", 105, "2023-12-05")]


def test_a_tab_table_takes_subgroups_from_row_labels_and_its_date_from_the_caption():
    text = ("Casualties reported by the health ministry in Gaza on 29 February\n\n"
            "Group\tKilled\tInjured\nChildren\t13,230\t8,400\nAll\t30,035\t70,457\n")
    found = rows(text, "2024-03-01")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("gaza_killed", "children", 13230, "2024-02-29"),
        ("gaza_injured", "children", 8400, "2024-02-29"),
        ("gaza_killed", "", 30035, "2024-02-29"),
        ("gaza_injured", "", 70457, "2024-02-29")]


def test_the_noun_of_a_later_figure_is_its_own_and_a_with_clause_shares_the_date():
    found = rows("'40k dead in Gaza,' one banner read. The health ministry's own count passed "
                 "40,005 on Thursday, it said, with more than 92,000 wounded.", "2024-08-17")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("gaza_killed", 40000, "2024-08-17"), ("gaza_killed", 40005, "2024-08-15"),
        ("gaza_injured", 92000, "2024-08-15")]


def test_a_headline_figure_takes_the_date_the_body_gives_it():
    found = rows("Israel frees 90 Palestinian prisoners\n\nIsrael released 90 Palestinian "
                 "prisoners from Ofer prison early on Monday.", "2025-01-21")
    assert [(r["value"], r["as_of"]) for r in found] == [(90, "2025-01-20"), (90, "2025-01-20")]


def test_the_same_source_going_on_keeps_its_statement_date():
    found = rows("More than 40,000 Palestinians have been killed in Gaza, the health ministry "
                 "said on Thursday. The ministry said 92,401 people had been wounded. The World "
                 "Food Programme says 500 trucks are needed daily.", "2024-08-16")
    assert [(r["metric"], r["as_of"]) for r in found if r["metric"]] == [
        ("gaza_killed", "2024-08-15"), ("gaza_injured", "2024-08-15")]
    other = rows("The agency said on Tuesday that 14,000 patients need evacuation. The health "
                 "ministry says 38,243 people have been killed in Gaza.", "2024-07-10")
    assert [(r["metric"], r["as_of"]) for r in other if r["metric"]] == [
        ("gaza_killed", "2024-07-10")]


def test_the_words_of_a_number_of_phrase_outweigh_a_nearer_cue_after_the_figure():
    assert keys("The number of captives still held in Gaza fell to 98 after the latest "
                "release.") == [("hostages_held", "", 98)]


def test_another_fronts_truce_is_no_gaza_truce_and_a_start_date_is_no_level_date():
    found = rows("The ceasefire in Lebanon, which took effect on November 27, was meant to last "
                 "60 days. In Gaza, the truce that began on January 19 has lasted 23 days so far.",
                 "2025-02-11")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("", 60, "2025-02-11"), ("ceasefire_days", 23, "2025-02-11")]


def test_what_holds_in_if_the_truce_holds_is_the_truce():
    assert keys("If the truce holds, a total of 50 hostages and 150 prisoners are due to be "
                "exchanged.") == [("hostages_released", "", 50),
                                  ("palestinian_prisoners_released", "", 150)]


def test_a_word_in_quotes_stays_in_the_noun_phrase():
    assert keys('The prison service said it was holding 9,104 "security" inmates.') == [
        ("palestinian_prisoners_held", "", 9104)]


def test_a_label_with_no_noun_counts_what_its_cue_and_place_fit():
    found = keys("• Prisoners freed by Israel: 150\n• Still held in Gaza: about 180\n"
                 "• Released: 30", "2023-11-27")
    # "Released" fits prisoners and hostages alike: the label before it decides.
    assert found[:2] == [("palestinian_prisoners_released", "", 150),
                         ("hostages_held", "", 180)]


def test_two_groups_together_after_a_figure_are_no_subgroup():
    assert keys("Prisoners freed by Israel: 150, all women and teenagers") == [
        ("palestinian_prisoners_released", "", 150)]
    # one group still names the subgroup
    assert keys("Prisoners freed by Israel: 150, all women") == [
        ("palestinian_prisoners_released", "women", 150)]


def test_a_time_of_day_inside_an_opening_date_parts_nothing():
    found = rows("Between 7 October 2023 and 10:30 on 19 February 2024, at least 29,092 "
                 "Palestinians were killed in Gaza, the ministry said.", "2024-02-20")
    assert [(r["metric"], r["as_of"]) for r in found] == [("gaza_killed", "2024-02-19")]


def test_the_raid_of_the_sentence_before_dates_its_toll():
    found = rows("Special forces rescued four hostages from two buildings in Nuseirat on "
                 "Saturday, the military said. The health ministry said 274 Palestinians "
                 "were killed during the raid.", "2024-06-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("hostages_released", 4, "2024-06-08"), ("gaza_killed", 274, "2024-06-08")]


def test_a_date_in_an_opening_phrase_does_not_date_what_is_still_to_come():
    found = rows("Under the deal that took effect on 19 January, Israel is expected to release "
                 "up to 1,904 Palestinian prisoners.", "2025-01-28")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", "2025-01-28")]


def test_how_long_a_state_lasted_yields_to_what_happened():
    assert keys("Four hostages rescued on Saturday had been held for 245 days.",
                "2024-06-10")[0] == ("hostages_released", "", 4)
    assert keys("The 101 hostages held for more than a year are in tunnels.")[0] == (
        "hostages_held", "", 101)


def test_the_text_speaking_of_itself_is_no_source():
    found = rows("An earlier version of this article said that 12 hostages were freed.")
    assert [r["attribution"] for r in found] == [""]


def test_an_answer_leans_on_its_question():
    found = keys("Q: How many people did the first phase bring home?\n\nA: Thirty-three "
                 "hostages, eight of whom we knew had died.", "2025-04-20")
    assert found == [("hostages_released", "", 33), ("hostages_released", "deceased", 8)]


def test_a_date_outside_a_since_span_dates_the_figure():
    found = rows("The ministry, which on Monday put the number of people killed since "
                 "October 7 at 41,909, does not name combatants.", "2024-10-08")
    assert [(r["metric"], r["as_of"]) for r in found] == [("gaza_killed", "2024-10-07")]


def test_a_date_set_off_before_the_figure_outweighs_a_later_statements():
    found = rows("By the end of March 2024, Israel was holding 3,661 Palestinians in "
                 "administrative detention, the highest number the group has recorded since "
                 "it began keeping figures in the early 1990s, the group said on Monday.",
                 "2024-04-08")
    assert [(r["as_of"], r["attribution"]) for r in found] == [("2024-03", "group")]


def test_parts_said_to_be_of_a_kind_take_the_date_of_their_whole():
    found = rows("Earlier this year it began citing a breakdown: of 24,686 people identified "
                 "at the end of April, 7,797 were children and 4,959 were women.", "2024-10-08")
    assert [r["as_of"] for r in found] == ["2024-04", "2024-04", "2024-04"]
    # what remains is counted now, not when the whole was taken
    found = rows("Of the 251 people abducted on 7 October, 58 are still held in Gaza.",
                 "2025-03-07")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("hostages_abducted", "2023-10-07"), ("hostages_held", "2025-03-07")]


def test_people_counted_as_a_class_take_that_class():
    assert keys("The prison service held 9,077 people classified as security prisoners.") == [
        ("palestinian_prisoners_held", "", 9077)]


def test_of_whom_carries_the_subgroup_after_it():
    found = keys("Relatives of the 101 hostages still in Gaza gathered on Saturday. Organisers "
                 "estimated the crowd at several thousand. Speakers read out the names of "
                 "those still held, at least 35 of whom the authorities believe are no longer "
                 "alive.", "2024-09-08")
    assert ("hostages_held", "deceased", 35) in found


def test_captives_held_in_another_country_are_no_gaza_hostages():
    found = keys("In 1985 Israel released 1,150 prisoners for three soldiers held in Lebanon.")
    assert ("hostages_held", "soldiers", 3) not in found
    assert found[0] == ("palestinian_prisoners_released", "", 1150)


def test_a_definite_group_still_held_is_counted_now_whatever_the_clause_did():
    found = rows("Relatives of the 101 hostages still in Gaza gathered outside the office on "
                 "Saturday evening.", "2024-09-08")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_held", "2024-09-08")]


def test_one_person_set_off_before_a_small_number_gives_an_age():
    found = rows("Players stood for a fan who is one of the 59 hostages still held in Gaza. "
                 "The supporter, 24, was taken from the Nova music festival.", "2025-02-23")
    assert [(r["metric"], r["value"], r["unit"]) for r in found][-1] == ("", 24, "year")
    # a group set off so is counted, not aged
    assert keys("Hamas released the hostages, 24, on Sunday.")[0][2] == 24


def test_the_verb_after_a_bare_number_rules_out_what_it_cannot_be_said_of():
    found = keys("In November 2023, 105 hostages came home in exchange for 240 Palestinian "
                 "prisoners. Eight were rescued alive in military operations. The bodies of 37 "
                 "were recovered by troops.", "2025-02-05")
    assert found[2:] == [("hostages_released", "alive", 8),
                         ("hostages_released", "deceased", 37)]


def test_those_freed_take_the_class_the_sentence_before_named():
    found = keys("Buses carrying the freed Palestinians arrived in Ramallah. The prison service "
                 "said 18 of those freed had been serving life sentences.", "2025-02-08")
    assert found == [("palestinian_prisoners_released", "life_sentence", 18)]


def test_a_bare_numbers_own_ruled_out_verb_keeps_earlier_cues_away():
    found = keys("Israel freed 183 prisoners on Saturday. Seven were taken to hospital for "
                 "checks, medics said.", "2025-02-08")
    assert found == [("palestinian_prisoners_released", "", 183), ("", "", 7)]


def test_an_item_the_parents_metric_cannot_count_is_no_part_of_it():
    found = keys("So far 21 hostages have been freed, including five Thai nationals, and 766 "
                 "Palestinians have been released.", "2025-02-08")
    assert found == [("hostages_released", "", 21), ("hostages_released", "", 5),
                     ("palestinian_prisoners_released", "", 766)]


def test_the_two_sides_of_an_exchange_are_counted_apart_and_dated_together():
    found = rows("The agreement began with the release of three women on January 19 in return "
                 "for 90 prisoners.", "2025-02-05")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", "women", 3, "2025-01-19"),
        ("palestinian_prisoners_released", "", 90, "2025-01-19")]


def test_a_week_long_truce_lasts_seven_days_and_lends_its_date():
    found = rows("Of the 251 people taken, 105 came home during the week-long truce of "
                 "November 2023.", "2025-02-05")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found][1:] == [
        ("hostages_released", 105, "2023-11"), ("ceasefire_days", 7, "2023-11")]
    # a length describing a noun lends no class to a bare number after it
    assert keys("Of 251 people taken, 105 came home during the week-long truce, eight were "
                "rescued in operations.")[-1] == ("hostages_released", "", 8)


def test_a_relative_clause_after_a_dated_attack_takes_its_date():
    found = rows("They are among 251 people seized in the Hamas-led attack of Oct. 7, 2023, "
                 "which killed about 1,200 people.", "2025-02-08")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("hostages_abducted", "2023-10-07"), ("israel_killed", "2023-10-07")]


def test_an_age_before_when():
    found = rows("Ruth was 79 when she was taken from her kibbutz.", "2024-11-01")
    assert [(r["metric"], r["unit"]) for r in found] == [("", "year")]


def test_a_date_on_a_line_of_its_own_dates_the_entries_under_it():
    text = ("Live: release day\n\nSunday 19 January\n\n11:15 Three hostages are expected to be "
            "released later today.\n\n23:50 The prison service says it has released 90 "
            "Palestinian prisoners.\n\nMonday 20 January\n\n07:10 Officials say 94 hostages "
            "remain in Gaza.")
    found = rows(text, "2025-01-20")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (3, "2025-01-19"), (90, "2025-01-19"), (94, "2025-01-20")]


def test_the_other_side_of_an_exchange_is_released_whatever_describes_it():
    assert keys("During the truce, 240 prisoners were released in exchange for 105 hostages "
                "held in Gaza.") == [("palestinian_prisoners_released", "", 240),
                                     ("hostages_released", "", 105)]


def test_a_bare_subgroup_count_shares_the_date_of_the_figure_it_breaks_down():
    found = rows("At the end of September 2024, the prison service held 9,881 Palestinian "
                 "prisoners. Some 270 were children, according to the same data, and 90 were "
                 "women.", "2024-10-15")
    assert [(r["subgroup"], r["as_of"]) for r in found] == [
        ("", "2024-09"), ("children", "2024-09"), ("women", "2024-09")]


def test_over_before_a_span_of_time_after_a_noun_is_no_bound():
    found = rows("Israel freed 90 prisoners over two days. The truce lasted over six weeks.",
                 "2025-02-01")
    assert [(r["value"], r["qualifier"]) for r in found] == [
        (90, "exact"), (2, "exact"), (42, "at_least")]


def test_how_long_people_were_held_is_no_truce():
    found = keys("The truce lasted 42 days. They were held for over 400 days. The truce held "
                 "for seven days.", "2025-02-01")
    assert found == [("ceasefire_days", "", 42), ("", "", 400), ("ceasefire_days", "", 7)]


def test_the_toll_named_before_a_bare_figure_says_whose_it_is():
    found = keys("It said two soldiers had been killed in fighting in the north of the Strip, "
                 "bringing the army's death toll in the ground offensive to 384.", "2024-11-05")
    assert found[-1] == ("gaza_killed", "soldiers", 384)


def test_that_day_after_a_span_points_to_the_event_that_opened_it():
    found = rows("The war has killed at least 43,391 Palestinians since October 7, 2023, the "
                 "health ministry said on Tuesday. About 1,139 people were killed in the "
                 "Hamas-led attack on southern Israel that day.", "2024-11-05")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("gaza_killed", "2024-11-05"), ("israel_killed", "2023-10-07")]


def test_before_that_keeps_a_coordinated_figure_from_the_clause_befores_date():
    found = rows("Hamas released 105 civilians during a week-long truce in late November, and "
                 "four hostages were released before that.", "2024-11-01")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (105, "2023-11"), (7, "2023-11"), (4, "2024-11-01")]


def test_which_number_counts_the_noun_before_which():
    found = rows("The ministry reports 111,483 injured. Those figures include bodies recovered "
                 "from under the rubble, which the ministry says number more than 200. The "
                 "hostages, who Israel says number 59, are held in tunnels.", "2025-02-03")
    assert [(r["metric"], r["unit"], r["value"]) for r in found] == [
        ("gaza_injured", "person", 111483), ("", "body", 200), ("hostages_held", "hostage", 59)]


def test_soldiers_fallen_in_gaza_and_wounded_there():
    found = keys("Since the start of the war, 405 soldiers have fallen in the ground manoeuvre "
                 "in Gaza, and more than 2,300 have been wounded there, the army said.",
                 "2024-05-14")
    assert found == [("gaza_killed", "soldiers", 405), ("gaza_injured", "soldiers", 2300)]


def test_the_date_a_war_began_on_places_no_toll_in_israel():
    found = keys("GAZA, December 14 (News Desk) - The Ministry of Health in Gaza said on "
                 "Saturday that the number of martyrs has risen to 45,028 and the number of "
                 "injuries to 106,962 since the beginning of the aggression on 7 October 2023.",
                 "2024-12-14")
    assert found == [("gaza_killed", "", 45028), ("gaza_injured", "", 106962)]


@pytest.mark.parametrize(("text", "expected"), [
    # a word in single quotes stays in the noun phrase
    ("Israel's Prison Service was holding 10,221 'security' inmates.",
     [("palestinian_prisoners_held", "", 10221)]),
    # more ways of saying killed, and of naming the October 7 attack
    ("The war has claimed the lives of more than 40,000 Palestinians in Gaza.",
     [("gaza_killed", "", 40000)]),
    ("Some 1,200 people were slaughtered when militants stormed southern Israel.",
     [("israel_killed", "", 1200)]),
    ("At least 1,180 people, mostly civilians, were killed in the October 7 assault.",
     [("israel_killed", "", 1180)]),
])
def test_more_wordings_of_outlets(text, expected):
    assert [k for k in keys(text) if k[0]] == expected


def test_whose_figures_they_are_is_the_source():
    found = rows("The ministry's latest figures, released on Monday, show 48,405 people killed "
                 "in Gaza. Officials said on Monday that the ministry's figures put the toll at "
                 "48,000 in Gaza.", "2025-03-01")
    assert [(r["as_of"], r["attribution"]) for r in found] == [
        ("2025-02-24", "ministry"), ("2025-02-24", "ministry")]


def test_the_source_of_a_relative_clause_is_its_own_subject():
    found = rows("When we say 59 hostages remain, that includes at least 35 whom Israel has "
                 "declared dead. An estimated 111 people remain captive in Gaza, including "
                 "hostages who have been declared dead.")
    assert [r["attribution"] for r in found][1:] == ["Israel", ""]


def test_a_count_named_before_includes_its_parts():
    found = keys("More than 50,000 people have been killed in Gaza, the ministry says. The "
                 "ministry's count includes more than 15,000 children.", "2025-04-07")
    assert found == [("gaza_killed", "", 50000), ("gaza_killed", "children", 15000)]


def test_a_figure_inside_a_phrase_is_no_item_of_the_list_after_it():
    found = rows("Israel has released about 2,000 Palestinian prisoners under the two truces, "
                 "240 in November 2023 and some 1,750 between January and March 2025.",
                 "2025-04-07")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("palestinian_prisoners_released", 2000, "2025-04-07"),
        ("palestinian_prisoners_released", 240, "2023-11"),
        ("palestinian_prisoners_released", 1750, "2025-03")]


def test_the_subgroup_word_nearest_the_figure_wins():
    assert keys("About 1,200 people were killed in Israel on 7 October 2023. A further 251 "
                "were taken into Gaza as hostages. Of the 251, 147 have come back alive and "
                "the bodies of 41 have been returned.")[3:] == [
        ("hostages_released", "alive", 147), ("hostages_released", "deceased", 41)]


def test_kin_are_counted_only_where_their_clause_names_place_or_event():
    assert [k for k in keys("I left a mother and two sisters.") if k[0]] == []
    assert keys("Hamas still holds 101 of our brothers and sisters. In the last agreement "
                "alone, 105 came home in seven days.") == [
        ("hostages_held", "", 101), ("hostages_released", "", 105), ("", "", 7)]


def test_an_earlier_attack_is_no_october_7_toll():
    found = rows("He was serving two life sentences for an attack in 2002 that killed four "
                 "Israelis.", "2025-02-10")
    assert [(r["metric"], r["as_of"]) for r in found] == [("", "2002"), ("", "2002")]


def test_a_further_figure_goes_on_with_the_event_before():
    found = rows("About 1,200 people were killed in Israel on 7 October 2023. A further 251 "
                 "were taken into Gaza as hostages.", "2025-04-07")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("israel_killed", "2023-10-07"), ("hostages_abducted", "2023-10-07")]


def test_an_appositive_figure_counts_the_noun_before_the_relative_clause():
    found = keys("Hamas holds 97 hostages in Gaza. That count includes the bodies of hostages "
                 "whose deaths Israel has confirmed, at least 33 by the latest update.",
                 "2024-11-04")
    assert found == [("hostages_held", "", 97), ("hostages_held", "deceased", 33)]


def test_a_number_set_beside_a_group_counts_that_group():
    found = keys("Hamas holds 97 hostages in Gaza. Others report only the hostages believed to "
                 "be alive, a number officials have put at about 60.", "2024-11-04")
    assert found == [("hostages_held", "", 97), ("hostages_held", "alive", 60)]


def test_cues_in_an_aside_about_another_noun_count_for_no_figure_outside_it():
    found = keys("At al-Ahli hospital, which received most of the casualties, a doctor said "
                 "staff had treated 70 patients in two hours.", "2024-10-11")
    assert [k for k in found if k[0]] == []


def test_footnote_marks_are_no_figures_and_people_in_detention_no_hostages():
    found = rows("The number of Palestinians held by the prison service rose from about 5,200 "
                 "in September 2023[1] to 10,221 in January 2025[2]. As of January 2025, 3,376 "
                 "people were held in administrative detention[2].", "2025-03-20")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", 5200, "2023-09"),
        ("palestinian_prisoners_held", 10221, "2025-01"),
        # people held in administrative detention are detainees (never hostages)
        ("palestinian_prisoners_held", 3376, "2025-01")]


def test_what_was_given_in_return_is_released():
    found = keys("3. What did Israel give in return?\nAround 1,800 Palestinian prisoners and "
                 "detainees, according to Palestinian figures.", "2025-03-05")
    assert found == [("palestinian_prisoners_released", "", 1800)]


def test_lines_of_a_list_without_verbs_lean_on_the_lines_before():
    text = ("Jan 19: 3 hostages freed; 90 prisoners released\nJan 25: 4 hostages; 200 "
            "prisoners\nJan 30: 8 hostages; 110 prisoners\nFeb 1: 3 hostages; 183 prisoners"
            "\nFeb 8: 3 hostages; 183 prisoners\nFeb 15: 3 hostages; 369 prisoners")
    found = rows(text, "2025-03-02")
    assert {r["metric"] for r in found} == {"hostages_released",
                                            "palestinian_prisoners_released"}
    assert [r["as_of"] for r in found][-2:] == ["2025-02-15", "2025-02-15"]
    # a line whose own words rule the metric out stays without one
    found = keys("Figures, 15 August:\n• 40,005 killed\n• 92,401 wounded\n• more than 10,000 "
                 "missing", "2024-08-16")
    assert found[-1] == ("", "", 10000)


def test_a_phrase_ending_in_a_possessive_still_places_a_toll():
    assert keys("The health ministry's toll of 50,810 is cited by everyone and trusted by few "
                "in Israel.", "2025-03-28") == [("gaza_killed", "", 50810)]


def test_a_reported_bare_subject_counts_what_the_sentence_before_named():
    found = keys("Take the hostages. The government says 59 remain in Gaza. Officials "
                 "privately say perhaps as many as 24 are alive.", "2025-03-28")
    assert found == [("hostages_held", "", 59), ("hostages_held", "alive", 24)]


def test_once_ends_a_noun_phrase_and_the_figure_points_back():
    found = keys("The prison service reports no fewer than 9,900 Palestinians in its custody. "
                 "Rights groups put the figure closer to 10,400 once the army's own camps are "
                 "counted.", "2025-03-28")
    assert found == [("palestinian_prisoners_held", "", 9900),
                     ("palestinian_prisoners_held", "", 10400)]


def test_prisoners_stepping_off_buses_are_released_and_an_aside_word_is_read_past():
    found = rows("On Saturday, two hundred Palestinian prisoners stepped off buses in Ramallah. "
                 "By Thursday, the count of hostages still held had fallen to eighty-seven. "
                 "The count of Palestinians in Israeli jails, meanwhile, stood at roughly ten "
                 "thousand.", "2025-01-31")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", 200, "2025-01-25"),
        ("hostages_held", 87, "2025-01-30"),
        ("palestinian_prisoners_held", 10000, "2025-01-31")]


def test_a_figure_said_not_to_be_of_a_kind_is_not_counted_as_it():
    found = keys("Israel says one body is not a hostage.")
    assert [k for k in found if k[0]] == []


def test_an_earlier_relative_clause_and_what_coffins_hold_lend_no_cue():
    found = keys("Hamas handed over four coffins to the Red Cross in Khan Younis on Thursday, "
                 "saying they held the remains of hostages including a mother and her two young "
                 "sons who were abducted in the Oct. 7, 2023 attack.\n\nIsrael's forensic "
                 "institute later said that three of the bodies had been identified as "
                 "hostages, but that the fourth did not match any of the captives.",
                 "2025-02-21")
    assert found[-1] == ("hostages_released", "deceased", 3)


def test_items_after_a_colon_may_be_more_specific_than_their_head():
    found = keys("Israel is to free 1,904 Palestinians in total in the first phase: 737 "
                 "prisoners held on security charges and 1,167 Gazans detained since the war "
                 "began. Among the 737 are 290 serving life sentences.", "2025-01-19")
    assert found == [("palestinian_prisoners_released", "", 1904),
                     ("palestinian_prisoners_released", "", 737),
                     ("palestinian_prisoners_released", "", 1167),
                     ("palestinian_prisoners_released", "", 737),
                     ("palestinian_prisoners_released", "life_sentence", 290)]


def test_a_total_of_rates_counts_what_the_rates_count_and_some_of_keeps_the_whole_exact():
    found = rows("- Hamas releases 33 hostages. Some of the 33 are believed to be dead.\n- "
                 "Israel frees 30 Palestinian prisoners for each civilian hostage and 50 for "
                 "each female soldier. Officials estimate the total at between 990 and 1,650.",
                 "2025-01-16")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found if r["metric"]] == [
        ("hostages_released", 33, "exact"), ("hostages_released", 33, "exact"),
        ("palestinian_prisoners_released", 990, "range")]


def test_bare_rates_count_what_their_sentence_named_and_a_stated_total_stands():
    # "release prisoners at a ratio: 30 for each hostage": the rates count the prisoners,
    # so the total a later sentence gives counts them too.
    found = rows("Hamas is to free 33 hostages. In return, Israel will release Palestinian "
                 "prisoners at a ratio: 30 for each civilian hostage and 50 for each female "
                 "soldier. Israeli media put the total at between 1,650 and 1,900.",
                 "2025-01-16")
    assert [(r["metric"], r["value"]) for r in found if r["metric"]] == [
        ("hostages_released", 33), ("palestinian_prisoners_released", 1650)]
    # A sentence that gives its total before the rate: "of them" are of that total.
    found = rows("Israel has handed back the bodies of 345 Palestinians, 15 for each hostage "
                 "returned. The ministry has identified fewer than 100 of them.", "2025-11-05")
    assert [r for r in found if r["value"] == 100][0]["metric"] == ""


def test_a_whole_named_again_counts_what_it_counted_and_its_parts_own_verb_decides():
    text = ("Before the morning of Oct. 7, 2023, some 400 people lived in this kibbutz a "
            "mile from the Gaza fence.\n\nForty-seven residents were killed that day, and 76 "
            "were abducted to Gaza. Some 30 remain in Gaza, the kibbutz says.\n\nThe "
            "printing press has reopened with 25 workers. Of the 400 or so residents, fewer "
            "than 100 have come back to live here.")
    found = keys(text, "2024-10-06")
    assert ("hostages_held", "", 30) in found
    assert found[-2:] == [("", "", 400), ("", "", 100)]


def test_an_early_estimate_refers_to_the_toll_named_before():
    found = keys("On the Israeli side, the toll of the Oct. 7, 2023 attack was revised several "
                 "times. An early estimate of about 1,400 dead was lowered to roughly 1,200.",
                 "2024-12-16")
    assert found == [("israel_killed", "", 1400), ("israel_killed", "", 1200)]


def test_a_reported_part_of_the_dead_shares_the_date_of_the_toll_before():
    found = rows("In Gaza, the health ministry's toll stood at 45,338 on Sunday. The ministry "
                 "says 17,492 of the dead are children.", "2024-12-16")
    assert [(r["subgroup"], r["as_of"]) for r in found] == [
        ("", "2024-12-15"), ("children", "2024-12-15")]


def test_the_outlet_speaking_of_itself_and_abbreviations_are_no_sources():
    found = rows("Israel PMO: 94 hostages still in Gaza (incl. at least 34 confirmed dead).\n\n"
                 "Earlier today we reported 35 hostages confirmed dead; the correct figure is 34.",
                 "2025-01-06")
    assert {r["attribution"] for r in found} == {""}


def test_a_delay_is_no_truce_and_a_dateline_dash_is_no_part_of_a_source():
    found = rows("TEL AVIV, March 2 (Northline) - Israel said the first phase expired after 42 "
                 "days. The last exchange of the phase took place on Thursday, when Israel "
                 "freed more than 600 prisoners whose release it had held up for five days.",
                 "2025-03-02")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("ceasefire_days", 42), ("palestinian_prisoners_released", 600), ("", 5)]
    assert found[0]["attribution"] == "Israel"


def test_at_risk_of_dying_is_no_toll_and_a_dated_event_carries_over_and():
    found = rows("It estimates that some 3,500 children in Gaza are at risk of dying from "
                 "malnutrition. In Israel, 38 children were killed in the Oct. 7 attack and "
                 "about 40 were taken hostage.", "2024-06-07")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("", 3500, "2024-06-07"), ("israel_killed", 38, "2023-10-07"),
        ("hostages_abducted", 40, "2023-10-07")]


def test_hamas_hands_hostages_to_the_red_cross():
    assert keys("Hamas hands 13 Israeli hostages to the Red Cross, the military says.",
                "2023-11-24") == [("hostages_released", "", 13)]


def test_a_list_under_dot_leaders_and_an_as_of_heading():
    text = ("Intro line for the list.\n\nWeek 15 in numbers (as of Jan. 19, 2024)\n"
            "Hostages still in Gaza ........ 136 (of whom at least 25 are believed dead)\n"
            "Hostages released since Nov. 24 . . . . 105\n"
            "Israeli soldiers killed in ground operation ........ 193\n")
    found = [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in rows(text, "2024-01-20")
             if r["metric"]]
    assert found == [("hostages_held", "", 136, "2024-01-19"),
                     ("hostages_held", "deceased", 25, "2024-01-19"),
                     ("hostages_released", "", 105, "2024-01-19"),
                     ("gaza_killed", "soldiers", 193, "2024-01-19")]


def test_a_pronoun_and_a_relative_clause_stand_for_the_count_they_follow():
    found = rows("I check two numbers. The first is the count of hostages still in Gaza; this "
                 "week it stood at 59. The second is the health ministry's toll, which "
                 "crossed 50,000 last Sunday.", "2025-03-26")
    assert [(r["metric"], r["value"], r["qualifier"], r["as_of"]) for r in found
            if r["metric"]] == [("hostages_held", 59, "exact", "2025-03-26"),
                                ("gaza_killed", 50000, "at_least", "2025-03-23")]


def test_a_period_named_by_its_ends_dates_its_figures_and_that_period():
    found = rows("A study published on Thursday estimates that 64,260 people died from "
                 "traumatic injuries in Gaza between October 7, 2023, and June 30, 2024. The "
                 "ministry's own count for that period was 37,877.", "2025-01-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("gaza_killed", 64260, "2024-06-30"), ("gaza_killed", 37877, "2024-06-30")]
    # A span of months: its end dates what it counts.
    found = rows("The rest came home in the Jan-Mar 2025 deal: 33 in phase one.", "2025-04-02")
    assert [r["as_of"] for r in found] == ["2025-03"]


def test_all_and_the_before_a_figure_named_again_repeat_it_and_still_there_is_held():
    found = rows("Israel released 39 Palestinian prisoners on Sunday, hours after Hamas freed "
                 "13 Israeli hostages. All 39 were women and teenagers.", "2023-11-26")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("palestinian_prisoners_released", 39), ("hostages_released", 13),
        ("palestinian_prisoners_released", 39)]
    found = rows("251 people were taken into Gaza on Oct 7. As of today, 59 are still there.",
                 "2025-04-02")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("hostages_abducted", 251), ("hostages_held", 59)]


def test_a_total_an_event_brought_about_and_a_verb_shared_past_a_relative_clause():
    found = rows("Hamas handed over the bodies of two hostages late on Monday, the military "
                 "said, bringing to 15 the number of deceased hostages returned since the "
                 "ceasefire began on October 10. Under the agreement, Hamas was to return all "
                 "20 living hostages and the remains of 28 who died in captivity.", "2025-10-21")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", "deceased", 2, "2025-10-20"),
        ("hostages_released", "deceased", 15, "2025-10-20"),
        ("hostages_released", "alive", 20, "2025-10-21"),
        ("hostages_released", "deceased", 28, "2025-10-21")]


def test_a_list_line_with_its_own_participle_takes_nothing_from_the_lines_before():
    text = ("Key figures:\n• 41,909 people killed in Gaza\n• 97,303 injured\n"
            "• 1.9 million people displaced, around 90% of the population\n")
    assert [(r["metric"], r["value"]) for r in rows(text, "2024-10-07")][:3] == [
        ("gaza_killed", 41909), ("gaza_injured", 97303), ("", 1900000)]


def test_a_count_before_a_copula_is_no_age_and_a_figure_that_includes_is_a_whole():
    found = rows("The forum said that the number of abductees held by Hamas is 111, of whom "
                 "39 are no longer alive.", "2024-08-20")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found] == [
        ("hostages_held", "", 111), ("hostages_held", "deceased", 39)]
    found = rows("Just shy of 120 captives are believed to remain in the enclave, a figure "
                 "that includes upward of 40 thought to have perished.", "2024-07-11")
    assert [(r["metric"], r["subgroup"], r["value"], r["qualifier"]) for r in found] == [
        ("hostages_held", "", 120, "at_most"), ("hostages_held", "deceased", 40, "at_least")]
    # "come back alive" is a homecoming; residents who "have come back" are not hostages.
    assert keys("The forum said 109 people had come back alive from Gaza.") == [
        ("hostages_released", "alive", 109)]


def test_other_wars_are_no_gaza_toll_and_a_subject_before_an_aside_dates_the_clause():
    found = rows("In Gaza, the health ministry says more than 43,000 people have been killed. "
                 "In Sudan, estimates of the dead range from about 20,000 to more than 150,000. "
                 "In Ukraine, the UN has verified more than 11,700 civilian deaths.", "2024-10-30")
    assert [(r["metric"], r["value"]) for r in found if r["metric"]] == [("gaza_killed", 43000)]
    found = rows("In Gaza's own past, the 2014 war, which lasted 51 days, killed 2,251 "
                 "Palestinians, according to UN figures.", "2024-10-30")
    assert [(r["value"], r["as_of"]) for r in found] == [(51, "2014"), (2251, "2014")]


def test_parts_of_an_event_in_a_state_now_and_among_those_killed():
    text = ("Hamas's October 7 attack on southern Israel resulted in the deaths of 1,194 "
            "people. Militants also seized 251 hostages, 116 of whom remain in Gaza, "
            "including 41 the military says are dead.")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in rows(text, "2024-06-13")
            ] == [("israel_killed", "", 1194, "2023-10-07"),
                  ("hostages_abducted", "", 251, "2023-10-07"),
                  ("hostages_held", "", 116, "2024-06-13"),
                  ("hostages_held", "deceased", 41, "2024-06-13")]
    found = rows("The ministry said 37,232 people had been killed, and 85,037 wounded. Rescuers "
                 "said 2 children were among those killed overnight.", "2024-06-13")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found][-1] == \
        ("gaza_killed", "children", 2)
    found = rows("The death toll in the territory climbed past 37,000.", "2024-06-13")
    assert [(r["value"], r["qualifier"]) for r in found] == [(37000, "at_least")]


def test_goods_that_change_hands_are_not_freed():
    text = ("A sack of flour changed hands for up to 1,000 shekels in early 2024. About 2.15 "
            "million people faced hunger, and 495,000 were in the most severe phase.")
    assert [r["metric"] for r in rows(text, "2024-07-02")] == ["", "", ""]


def test_a_markdown_table_keeps_its_header_past_the_rule_and_out_of_is_a_partitive():
    text = ("| Date | Hostages freed | Prisoners freed |\n|---|---|---|\n"
            "| 19 January 2025 | 3 | 90 |\n| 25 January 2025 | 4 | 200 |\n")
    assert [(r["metric"], r["value"], r["as_of"]) for r in rows(text, "2025-02-02")] == [
        ("hostages_released", 3, "2025-01-19"),
        ("palestinian_prisoners_released", 90, "2025-01-19"),
        ("hostages_released", 4, "2025-01-25"),
        ("palestinian_prisoners_released", 200, "2025-01-25")]
    assert keys("Twenty-three out of the 59 hostages still in Gaza are believed to be alive.") \
        == [("hostages_held", "alive", 23), ("hostages_held", "", 59)]


def test_a_note_giving_the_date_of_all_figures_dates_those_above_it_too():
    text = ("59 hostages still held in Gaza.\n\n1,778 prisoners released.\n\n"
            "Figures as of 5 March 2025.")
    assert [r["as_of"] for r in rows(text, "2025-03-06")] == ["2025-03-05", "2025-03-05"]


def test_the_number_of_something_else_counts_it_past_an_adjunct():
    text = ("The number includes 350 children and 22 women. Since the start of the war, the "
            "number of arrests in the West Bank, including Jerusalem, has risen to about "
            "16,400.")
    found = rows("Israel holds more than 9,500 prisoners. " + text, "2025-04-16")
    assert [(r["metric"], r["value"]) for r in found][-1] == ("", 16400)
    # a count of the bodies returned stays a count of hostages' bodies
    found = rows("The army identified the remains of two hostages, bringing the number of "
                 "bodies returned to Israel to 42.", "2025-04-16")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found][-1] == \
        ("hostages_released", "deceased", 42)


def test_a_clause_of_place_after_a_figure_lends_it_no_cue():
    found = rows("Prosecutors indicted five reservists over the abuse of a detainee at the "
                 "facility, where thousands of Gazans have been held since the war began.",
                 "2024-08-07")
    assert [(r["metric"], r["value"]) for r in found] == [("", 5)]


def test_out_of_a_whole_named_by_number_is_a_part_not_a_proportion():
    found = rows("Hamas handed over the remains of two hostages, bringing the number of bodies "
                 "returned to 15 out of 28.", "2025-10-25")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found][:2] == [
        ("hostages_released", "deceased", 2), ("hostages_released", "deceased", 15)]
    found = rows("Nine out of 10 of those killed were civilians.", "2025-10-25")
    assert [(r["metric"], r["unit"], r["value"]) for r in found] == [("", "fraction", 0.9)]


def test_long_proper_names_and_pronouns_of_the_same_sentence_are_sources():
    found = rows("The Office of the High Commissioner for Human Rights said 70 percent of the "
                 "dead were women and children; some 34,000 people have been killed in Gaza, "
                 "it said. At least 165 journalists have been killed in Gaza, according to the "
                 "Committee to Protect Journalists.", "2024-05-01")
    assert [r["attribution"] for r in found] == [
        "Office of the High Commissioner for Human Rights"] * 2 + [
        "Committee to Protect Journalists"]


def test_there_after_a_place_phrase_points_to_the_place_named_before():
    found = rows("An Israeli soldier was killed in southern Lebanon, the military said, "
                 "bringing the army's death toll in the ground operation there to 47.",
                 "2024-11-18")
    assert [r["metric"] for r in found] == [""]
    assert keys("405 soldiers have been killed in the ground operation in Gaza.") == [
        ("gaza_killed", "soldiers", 405)]


def test_an_answer_counts_what_the_question_just_asked_about():
    text = ("HOST: And on the Palestinian side, the death toll?\n\nREPORTER: The ministry's "
            "figure passed 50,000 last week. It now stands at 50,144.\n\nHOST: And prisoners?"
            "\n\nREPORTER: Israel freed about 1,800 during the first phase. Rights groups say "
            "there are still something like 9,500 in Israeli prisons.")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in rows(text, "2025-03-27")] == [
        ("gaza_killed", 50000, "at_least"), ("gaza_killed", 50144, "exact"),
        ("palestinian_prisoners_released", 1800, "approximate"),
        ("palestinian_prisoners_held", 9500, "approximate")]


def test_a_dot_between_thousands_in_a_count_of_people():
    assert [(r["value"], r["low"]) for r in rows(
        "At least 44.176 Palestinians have been killed in Gaza.", "2024-12-01")] == [
        (44176, 44176)]
    assert [r["value"] for r in rows("Prices rose 1.250 percent.", "2024-12-01")] == [1.25]
    # the Arabic decimal mark used the same way, in Arabic-Indic digits
    assert [r["value"] for r in rows("The toll rises to \u0664\u0664\u066b\u0662\u0668\u0662 "
                                     "martyrs in Gaza.", "2024-11-28")] == [44282]


def test_a_world_briefing_gives_no_figures_of_this_conflict_for_other_places():
    text = ("Russia and Ukraine exchanged 95 prisoners of war each on Friday. In Colombia, a "
            "rebel group freed 28 soldiers it had held for a week. In Gaza, the ministry said "
            "the toll had reached 52,243.")
    assert [(r["metric"], r["value"]) for r in rows(text, "2025-05-02") if r["metric"]] == [
        ("gaza_killed", 52243)]


def test_early_war_wire_forms():
    # a toll in the headline's second clause, the Israeli side of the fence, a part set
    # off by "including" is no subject of the next figure, a noun appositive
    found = rows("Israel raises hostage count to 224 as Gaza toll passes 5,000\n\n"
                 "Officials say more than 1,400 people were killed when gunmen rampaged "
                 "through towns near the Gaza border on October 7. The health ministry in "
                 "Gaza said 5,087 "
                 "Palestinians, including 2,055 children, had been killed since then, and "
                 "15,273 wounded. Two American hostages, a mother and daughter, were freed on "
                 "Friday.", "2023-10-23")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("", "", 224, "2023-10-23"), ("gaza_killed", "", 5000, "2023-10-23"),
        ("israel_killed", "", 1400, "2023-10-07"), ("gaza_killed", "", 5087, "2023-10-23"),
        ("gaza_killed", "children", 2055, "2023-10-23"),
        ("gaza_injured", "", 15273, "2023-10-23"),
        ("hostages_released", "", 2, "2023-10-20")]


def test_meanwhile_dates_an_event_by_the_event_before_but_not_a_state():
    found = rows("Hamas freed three hostages on Saturday. Meanwhile, Israel released 183 "
                 "prisoners. The ministry said on Sunday the toll reached 50,000. Meanwhile, "
                 "59 hostages remain in Gaza.", "2025-03-10")
    assert [r["as_of"] for r in found] == ["2025-03-08", "2025-03-08", "2025-03-09",
                                           "2025-03-10"]


def test_respectively_pairs_a_list_of_figures_with_a_list_of_cues():
    found = rows("The Gaza health ministry said 43,391 and 102,347 people had been killed and "
                 "wounded, respectively, since the war began. The military reported two "
                 "more soldiers killed in northern Gaza, bringing its toll in the ground "
                 "campaign to 369.",
                 "2024-11-06")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found] == [
        ("gaza_killed", "", 43391), ("gaza_injured", "", 102347),
        ("gaza_killed", "soldiers", 2), ("gaza_killed", "soldiers", 369)]


def test_a_bare_number_after_a_semicolon_counts_what_the_clause_before_named():
    found = rows("No Palestinian prisoners have been released since the first phase ended; "
                 "1,778 were freed during it.", "2025-03-28")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("palestinian_prisoners_released", 1778)]


def test_others_and_coffins_count_more_of_the_group_named_before():
    found = rows("All 20 hostages believed to be alive came home, taken by the Red Cross from "
                 "two locations in Gaza. But the remains of 28 others were still in the "
                 "territory when the last living captive crossed the border. By Tuesday night "
                 "it had handed over eight coffins.", "2025-10-15")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found if r["metric"]] == [
        ("hostages_released", "alive", 20), ("hostages_held", "deceased", 28),
        ("hostages_released", "deceased", 8)]
    # bodies after a count of people take no class from it
    found = rows("The toll reached 54,381 in Gaza. Hospitals received 60 bodies in the previous "
                 "24 hours.", "2025-06-03")
    assert [r["metric"] for r in found if r["value"] == 60] != ["hostages_released"]


def test_that_day_is_the_day_named_with_the_same_event_and_bodies_of_all_three():
    text = ("The youngest hostage taken on October 7, 2023, was nine months old. His mother "
            "was also abducted. The bodies of all three were returned in February 2025. "
            "Yocheved Lifshitz was released on October 23, 2023. In all, 251 people were "
            "taken hostage that day.")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in rows(
        text, "2025-03-15") if r["metric"]] == [
        ("hostages_released", "deceased", 3, "2025-02"),
        ("hostages_abducted", "", 251, "2023-10-07")]


def test_arrests_in_the_west_bank_are_no_hostages_held():
    found = rows("The group said more than 11,000 people have been arrested in the West Bank "
                 "since October 2023, and that some 10,000 Palestinians are now held in "
                 "Israeli jails.", "2024-08-28")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("", 11000), ("palestinian_prisoners_held", 10000)]


def test_a_plus_mark_is_at_least_and_a_bare_figure_with_its_own_participle_stands_alone():
    assert [(r["metric"], r["value"], r["qualifier"]) for r in rows(
        "More than 37,000+ people killed in Gaza.", "2024-11-11")] == [
        ("gaza_killed", 37000, "at_least")]
    assert [(r["value"], r["qualifier"]) for r in rows(
        "Gaza says 37,000-plus people were killed.", "2024-11-11")] == [(37000, "at_least")]
    found = rows('Accounts posted: "43,603 killed, 102,929 injured". A post claiming '
                 '"2 million+ displaced" drew many views.', "2024-11-11")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("gaza_killed", 43603), ("gaza_injured", 102929), ("", 2000000)]


def test_hours_later_takes_the_day_of_the_event_before():
    found = rows("Three women were reunited with their families at the hospital on Sunday "
                 "night after 471 days in captivity. Hours later, buses carrying 90 Palestinian "
                 "prisoners left Ofer prison.", "2025-01-20")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]][-1] == \
        ("palestinian_prisoners_released", 90, "2025-01-19")


def test_data_dated_after_the_figure_and_at_that_date():
    found = rows("Israel is holding at least 1,772 Palestinians from Gaza under the law, "
                 "according to figures the prison service provided, dated 1 March 2025. In "
                 "all, the prison service held 9,405 Palestinians on security grounds at that "
                 "date.", "2025-03-18")
    assert [(r["value"], r["as_of"]) for r in found] == [(1772, "2025-03-01"),
                                                        (9405, "2025-03-01")]
    # a date after a second figure is that figure's
    found = rows("Of the 251 people abducted, 59 remain in Gaza as of April 1, 2025.",
                 "2025-04-02")
    assert [(r["value"], r["as_of"]) for r in found] == [(251, "2025-04-02"),
                                                        (59, "2025-04-01")]


def test_odd_after_a_figure_and_as_high_as():
    found = rows("The agency says a little over 9,000 people have been killed in Gaza's north; "
                 "a UN estimate puts the figure at 7,000-odd; and a local group says it is as "
                 "high as 11,500.", "2024-11-30")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found] == [
        ("gaza_killed", 9000, "at_least"), ("gaza_killed", 7000, "approximate"),
        ("gaza_killed", 11500, "at_most")]


def test_a_further_count_of_people_with_nothing_before_counts_people():
    assert keys("A further 97 people were injured in the strikes in Gaza, medics said.") == [
        ("gaza_injured", "", 97)]


def test_a_relative_clause_before_the_main_verb_and_a_state_in_gaza():
    assert keys("About 1,700 detainees from Gaza who had been held without charge were "
                "freed.") == [("palestinian_prisoners_released", "", 1700)]
    assert keys("Of the roughly 250 people seized, about 100 are still thought to be in "
                "Gaza.") == [("hostages_abducted", "", 250), ("hostages_held", "", 100)]


def test_a_part_in_another_state_of_the_same_kind_takes_its_own_metric():
    found = rows('"We received 48 wounded people in Gaza in one night, and 11 of them died '
                 'before we could operate," the doctor said.', "2024-11-03")
    assert [(r["metric"], r["value"]) for r in found] == [("gaza_injured", 48),
                                                         ("gaza_killed", 11)]
    # hostages declared dead stay hostages
    assert keys("Of the 251 abducted, 58 are still being held in Gaza, 34 of whom have been "
                "declared dead.") == [("hostages_abducted", "", 251), ("hostages_held", "", 58),
                                      ("hostages_held", "deceased", 34)]


def test_fire_from_other_fronts_and_a_verb_of_a_later_clause():
    found = rows("Hezbollah rocket and drone fire has killed 26 civilians and 22 soldiers in "
                 "northern Israel since October 2023, according to the army, and some 60,000 "
                 "residents remain displaced.", "2024-11-22")
    assert [r["metric"] for r in found] == ["", "", ""]


def test_a_question_with_no_noun_leans_on_the_sentence_before_it():
    text = ("PRESENTER: Let's turn to the prisoner releases. How many have come out so far?\n\n"
            "CORRESPONDENT: Tonight's group was 183, which brings the total since the truce "
            "began to 583.")
    assert [(r["metric"], r["value"]) for r in rows(text, "2025-02-08")] == [
        ("palestinian_prisoners_released", 183), ("palestinian_prisoners_released", 583)]
    # a question naming something no metric counts names it all the same
    text = ("A: We have received 70 wounded in one hour.\n\nQ: And how many staff do you "
            "have left?\n\nA: Of our 80 nurses, maybe 30 still come to work.")
    assert [r["metric"] for r in rows(text, "2024-05-01")][-2:] == ["", ""]


def test_hostages_in_gaza_are_held_whatever_cue_came_before():
    found = rows("Stage three: the bodies of dead hostages to be returned. Of the 98 hostages "
                 "in Gaza when the deal was signed, Israel believed at least 36 were dead.",
                 "2025-01-17")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found if r["metric"]] == [
        ("hostages_held", "", 98), ("hostages_held", "deceased", 36)]


def test_a_part_of_a_whole_in_words():
    found = rows("Hamas is to free thirty-three Israeli hostages. By the stage's end, "
                 "twenty-five of the thirty-three had returned alive.", "2025-01-18")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found if r["metric"]][:2] == [
        ("hostages_released", "", 33), ("hostages_released", "alive", 25)]


def test_a_when_clause_after_a_date_is_of_that_date():
    found = rows("The number of children held has risen sharply since October 2023, when it "
                 "stood at around 170.", "2024-11-05")
    assert [(r["value"], r["as_of"]) for r in found] == [(170, "2023-10")]


def test_a_statement_after_a_semicolon_has_its_own_opening_date():
    found = rows("In November 2023, 105 hostages were freed during a week-long truce; in early "
                 "2025, 33 more came out in six weeks, while Israel released about 1,800 "
                 "Palestinians.", "2025-04-20")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (105, "2023-11"), (7, "2023-11"), (33, "2025"), (42, "2025"), (1800, "2025")]


def test_a_numbered_list_of_figures_above_their_labels():
    text = ("Five numbers that explain the deal\n\n1. 33\nThe number of hostages to be released "
            "in the first stage.\n\n2. 1,904\nThe maximum number of Palestinian prisoners "
            "Israel could free in the same stage.\n\n3. 42\nThe length, in days, of the first "
            "stage.\n\n4. 94\nThe hostages still in Gaza when the deal was announced.")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in rows(text, "2025-01-16")
            if r["metric"]] == [
        ("hostages_released", 33, "exact"),
        ("palestinian_prisoners_released", 1904, "at_most"),
        ("ceasefire_days", 42, "exact"), ("hostages_held", 94, "exact")]


def test_a_note_below_a_list_belongs_to_the_figure_its_mark_follows():
    text = ("Key figures (as of 4 December 2024)\n- 44,532 ppl killed (MoH)[1]\n- 101 hostages "
            "held in Gaza (Israeli authorities)[2]\n\n[1] The MoH figure includes 11,000+ ppl "
            "whose bodies have not been identified.\n[2] Including at least 35 declared dead.")
    found = [(r["metric"], r["subgroup"], r["value"]) for r in rows(text, "2024-12-05")]
    assert found[-1] == ("hostages_held", "deceased", 35)
    assert [r["qualifier"] for r in rows("- approx. 1.9M IDPs", "2024-12-05")] == [
        "approximate"]


def test_clauses_and_phrases_of_another_time_lend_no_cue():
    found = rows("When he went in, in 2003, there were about 6,000 Palestinians in Israeli "
                 "jails. When he came out there were still more than 9,000, even after the "
                 "releases.", "2026-01-10")
    assert [(r["metric"], r["value"]) for r in found] == [
        ("palestinian_prisoners_held", 6000), ("palestinian_prisoners_held", 9000)]


def test_names_of_people_and_a_higher_total_of_the_same_count():
    text = ("The health ministry's list. As of 31 March 2025, the ministry's register "
            "contained 50,357 names of people killed in Gaza. About 30 percent were children."
            "\n\nThe media office's count. Gaza's Government Media Office gives a higher total, "
            "61,700 as of February.")
    assert [(r["metric"], r["value"], r["as_of"]) for r in rows(text, "2025-04-05")
            if r["metric"]] == [("gaza_killed", 50357, "2025-03-31"),
                                ("gaza_killed", 61700, "2025-02")]


def test_members_of_the_security_forces_and_a_whole_dated_that_day():
    found = rows("1,163 people were killed in the attack of October 7, 2023, among them 695 "
                 "Israeli civilians and 373 members of the security forces. Of the 251 people "
                 "abducted that day, 148 have returned alive.", "2025-06-30")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("israel_killed", "", 1163, "2023-10-07"), ("israel_killed", "", 695, "2023-10-07"),
        ("israel_killed", "soldiers", 373, "2023-10-07"),
        ("hostages_abducted", "", 251, "2023-10-07"),
        ("hostages_released", "alive", 148, "2025-06-30")]


def test_a_dash_after_a_named_persons_number_closes_an_age():
    found = rows("The four hostages, Dana Levi, 26, and Omer Katz, 41 \u2014 were taken from "
                 "the festival.", "2024-06-08")
    assert [(r["value"], r["unit"], r["metric"]) for r in found if r["value"] == 41] == [
        (41, "year", "")]


def test_a_relative_clause_after_a_dated_event_takes_its_date():
    found = rows("Gunmen took about 250 people captive in the October 7 attack, in which about "
                 "1,200 people were killed in southern Israel.", "2024-08-15")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("hostages_abducted", "2023-10-07"), ("israel_killed", "2023-10-07")]


def test_a_truce_length_before_a_count_shares_its_date():
    found = rows("A week-long truce in November freed 105 hostages in exchange for 240 "
                 "Palestinian prisoners.", "2024-08-15")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 7, "2023-11"), ("hostages_released", 105, "2023-11"),
        ("palestinian_prisoners_released", 240, "2023-11")]


def test_a_source_before_an_aside_said_and_no_clause_after_said():
    found = rows("The Prisoners' Club, which tracks detainees, said Israel was still holding "
                 "more than 10,000 Palestinians.", "2025-02-02")
    assert [r["attribution"] for r in found] == ["Prisoners' Club"]


def test_a_whole_named_before_is_no_smaller_than_its_part():
    found = rows("Buses carrying 183 Palestinian prisoners reached Ramallah on Sunday, hours "
                 "after three hostages were handed to the Red Cross. Of those released, 18 "
                 "had been serving life sentences, while 111 were residents of Gaza detained "
                 "during the war.", "2025-02-02")
    assert [(r["value"], r["metric"]) for r in found if r["value"] == 111] == [
        (111, "palestinian_prisoners_released")]


def test_a_relative_clause_after_a_list_of_nouns_leaves_the_verb_to_the_figure():
    assert keys("Separately, 10 Thai nationals and one Filipino who had been held in Gaza "
                "were also freed.", "2023-11-24")[0] == ("hostages_released", "", 10)


def test_a_span_of_days_after_women_and_children_over_is_no_age_limit():
    found = rows("Hamas is to free at least 50 women and children over four days.",
                 "2023-11-24")
    assert ("", "year") not in [(r["metric"], r["unit"]) for r in found]


def test_a_list_set_off_after_a_definite_subject_breaks_down_the_figure_before():
    assert keys("Hamas released 13 Israeli hostages on Friday. The group, four children and "
                "nine women, were then taken to hospitals.", "2023-11-24") == [
        ("hostages_released", "", 13), ("hostages_released", "children", 4),
        ("hostages_released", "women", 9)]


def test_people_given_in_return_for_hostages_are_the_other_side():
    assert keys("Israel will free 95 people on the first day in return for three hostages.",
                "2025-01-18") == [("palestinian_prisoners_released", "", 95),
                                  ("hostages_released", "", 3)]


def test_the_verb_before_a_part_of_them_says_its_state():
    assert keys("Of the 251 people abducted, 94 are still held in Gaza. The first phase is "
                "meant to bring home 33 of them.", "2025-01-18")[-1] == (
        "hostages_released", "", 33)


def test_a_whole_set_to_come_out_is_counted_as_released():
    assert keys("Hamas has released 18 of the 33 hostages set to come out in the first "
                "stage.", "2025-02-02") == [("hostages_released", "", 18),
                                            ("hostages_released", "", 33)]


def test_a_bare_part_naming_a_subgroup_breaks_down_the_figure_before():
    found = keys("The list names 95 prisoners to be freed on Sunday.\n\nWho is on it?\n\n"
                 "Most of the 95 are teenagers. According to the list, 69 are women.",
                 "2025-01-18")
    assert found[-1] == ("palestinian_prisoners_released", "women", 69)


def test_a_noun_lent_by_a_figure_counting_nothing_brings_no_earlier_cues():
    found = rows("The prison service said each death was investigated.\n\nOvercrowding has "
                 "become severe. In several wings, the data show, cells built for six people "
                 "hold 12 or more.", "2024-04-22")
    assert [(r["value"], r["metric"]) for r in found if r["value"] == 12] == [(12, "")]


def test_an_aside_giving_their_number_counts_the_noun_before_it_as_a_level():
    assert keys("It would have brought home every living hostage still in Gaza \u2014 Israel "
                "put their number at 24 \u2014 in return for an end to the war.",
                "2025-03-25") == [("hostages_held", "alive", 24)]


def test_a_subject_set_off_by_an_aside_takes_the_date_of_its_predicate():
    found = rows("240 Palestinian prisoners, all women and minors, were freed during the "
                 "November truce.", "2024-10-07")
    assert [(r["value"], r["as_of"]) for r in found] == [(240, "2023-11")]


def test_hostages_brought_back_alive_are_released():
    assert keys("117 hostages have been brought back alive.", "2024-10-07") == [
        ("hostages_released", "alive", 117)]


def test_a_heading_line_places_the_section_below_it():
    text = ("Key figures a year on.\n\nISRAEL\n\n* About 1,200 people were killed in the "
            "attack.\n\nGAZA\n\n* At least 41,909 people have been killed.")
    assert keys(text, "2024-10-07") == [("israel_killed", "", 1200), ("gaza_killed", "", 41909)]


def test_a_title_is_no_section_heading():
    # the first line heads the whole text, not a section; its place is not the figures'
    text = "Israel\n\nAbout 1,200 people were killed in the strikes on Tuesday."
    assert keys(text, "2024-10-07")[0][0] != "israel_killed"


def test_a_part_of_a_group_of_children_is_children_and_may_follow_a_qualifier():
    found = keys("Israel is holding more than 350 Palestinian children in its prisons. Of "
                 "those, at least 95 were being held under administrative detention.",
                 "2025-08-12")
    assert found == [("palestinian_prisoners_held", "children", 350),
                     ("palestinian_prisoners_held", "children", 95)]


def test_child_detainees_in_a_label_are_children():
    assert keys("Child detainees: more than 350 held", "2025-08-12") == [
        ("palestinian_prisoners_held", "children", 350)]


def test_a_part_abducted_into_the_held_whole_is_still_held():
    assert keys("There are 101 hostages still held in Gaza, 97 of whom were abducted on "
                "October 7, 2023. The army has confirmed the deaths of at least 35 of them.",
                "2024-09-30") == [("hostages_held", "", 101), ("hostages_held", "", 97),
                                  ("hostages_held", "deceased", 35)]


def test_the_bodies_of_soldiers_count_the_dead():
    assert keys("Hamas also holds the bodies of two soldiers killed in the 2014 war.",
                "2024-09-30") == [("hostages_held", "deceased", 2)]


def test_a_bare_parts_predicate_outweighs_the_class_of_its_whole():
    assert keys("Hamas holds 10 women, four of them soldiers.", "2024-09-30") == [
        ("hostages_held", "women", 10), ("hostages_held", "soldiers", 4)]


def test_one_before_a_speaker_is_no_figure():
    assert rows("\"Every day in captivity counts,\" one mother told reporters.",
                "2024-09-30") == []


def test_among_a_group_named_by_its_own_word_refines_the_figure_before():
    found = keys("The ministry said 50,277 people had been killed. Among the identified, it "
                 "said, were 15,613 children and 8,304 women.", "2025-04-10")
    assert found == [("gaza_killed", "", 50277), ("gaza_killed", "children", 15613),
                     ("gaza_killed", "women", 8304)]


def test_a_part_out_of_a_total_is_counted_as_the_total():
    assert keys("The number of identified people had reached 50,021 out of a total of "
                "50,277 killed.", "2025-04-10") == [("gaza_killed", "", 50021),
                                                    ("gaza_killed", "", 50277)]


def test_a_truce_length_in_a_relative_clause_takes_the_truces_date():
    found = rows("His wife was freed in November 2023 during a truce that lasted a week.",
                 "2025-02-01")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 7, "2023-11")]


def test_a_clause_after_a_dated_event_shares_its_date():
    found = rows("Israel released more than 600 Palestinian prisoners overnight on Wednesday "
                 "after Hamas handed over the remains of four hostages.", "2025-02-27")
    assert [(r["value"], r["as_of"]) for r in found] == [(600, "2025-02-26"),
                                                         (4, "2025-02-26")]


def test_a_places_people_are_its_population_not_a_count():
    assert keys("The war has killed more than 46,000 Palestinians and displaced most of the "
                "territory's 2.3 million people.", "2025-01-15") == [
        ("gaza_killed", "", 46000), ("", "", 2300000)]


@pytest.mark.parametrize("text", [
    "In return, Israel freed 39 women and teenagers.",
    "Some 39 women and teenagers were freed by Israel.",
    "Israel would also free all women and children it detained, about 39 people in total.",
])
def test_people_of_no_kind_freed_by_israel_are_prisoners(text):
    assert keys(text, "2025-01-15")[-1] == ("palestinian_prisoners_released", "", 39)


def test_people_of_no_kind_freed_by_hamas_are_hostages():
    assert keys("Hamas freed 13 women and children on Friday.", "2023-11-24") == [
        ("hostages_released", "", 13)]


def test_a_list_under_a_heading_breaks_down_the_figure_some_lines_back():
    text = ("At the beginning of June 2025, the number of Palestinian prisoners held by "
            "the prison service stood at 10,400. This excludes military camps.\n\n"
            "2. Categories\n\n- Administrative detainees: 3,562\n- Women: 49\n"
            "- Children: at least 400\n")
    found = rows(text, "2025-06-10")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", "", 10400, "2025-06"),
        ("palestinian_prisoners_held", "", 3562, "2025-06"),
        ("palestinian_prisoners_held", "women", 49, "2025-06"),
        ("palestinian_prisoners_held", "children", 400, "2025-06")]


def test_the_day_a_truce_is_extended_to_dates_no_figure():
    found = rows("Truce extended by two days to Thursday morning, Qatar said.", "2023-11-28")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 2, "2023-11-28")]


def test_of_whom_after_a_noun_counts_that_noun_in_its_place():
    found = keys("Strikes have killed 340 people. Israel says its troops in Gaza, three of "
                 "whom have been killed, returned fire.", "2025-11-18")
    assert found == [("gaza_killed", "", 340), ("gaza_killed", "soldiers", 3)]


def test_a_figure_whose_own_verb_needs_a_place_takes_no_verb_of_earlier_sentences():
    found = keys("Israel has been returning the remains of 15 Palestinians for each body. "
                 "Israel says it struck after attacks on its troops, three of whom have been "
                 "killed.", "2025-11-18")
    assert found[-1][0] == ""


def test_a_survey_sample_and_its_parts_count_nothing():
    found = keys("Of 100 released detainees interviewed by the group, 85 said they had been "
                 "beaten.", "2025-09-15")
    assert [k for k in found if k[2] in (100, 85)] == [("", "", 100), ("", "", 85)]


def test_starting_with_names_the_first_part_of_the_figure_before():
    assert keys("Hamas is to release 33 of the 94 hostages still held in Gaza, starting with "
                "three women on the first day.", "2025-01-20") == [
        ("hostages_released", "", 33), ("hostages_held", "", 94),
        ("hostages_released", "women", 3)]


def test_a_stage_named_by_a_number_word_is_no_figure():
    assert rows("Phase two\n\nTalks on the second phase are due to begin in round three of "
                "the negotiations.", "2025-01-20") == []


def test_over_its_days_points_to_the_event_the_sentence_before_dated():
    found = rows("The truce of November 2023 set a different rate. Over its seven days, 105 "
                 "hostages came out of Gaza.", "2025-03-20")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 7, "2023-11"), ("hostages_released", 105, "2023-11")]


def test_putting_the_number_at_two_values_gives_two_levels():
    found = keys("The prison service held 10,221 Palestinian prisoners in April 2024. HaMoked, "
                 "a group that tracks the figures monthly, put the number at 9,881 in "
                 "September 2024 and at 10,068 in January 2025, shortly before releases "
                 "under the ceasefire began.", "2025-02-20")
    assert found[-2:] == [("palestinian_prisoners_held", "", 9881),
                          ("palestinian_prisoners_held", "", 10068)]


def test_the_number_hovering_is_the_count_the_text_has_been_giving():
    found = rows("Israel held 10,068 Palestinian prisoners in January 2025.\n\nThe caveat is "
                 "that these figures leave out detainees held by the army. The army does not "
                 "publish how many people it holds.\n\nBefore the war, the number hovered "
                 "around 5,000.", "2025-02-20")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found][-1] == (
        "palestinian_prisoners_held", 5000, "approximate")


@pytest.mark.parametrize(("text", "expected"), [
    ("The bodies of two more captives were returned overnight, leaving nine in Gaza.",
     [("hostages_released", "deceased", 2), ("hostages_held", "deceased", 9)]),
    ("Of those still held, 11 are soldiers.", [("hostages_held", "soldiers", 11)]),
    ("Freed on Saturday were three men who had been held for 491 days.",
     [("hostages_released", "", 3)]),
    ("Four of the captives released on Thursday were women soldiers.",
     [("hostages_released", "soldiers", 4)]),
    ("The ministry reported 92,000 injuries and 40,000 deaths.",
     [("gaza_injured", "", 92000), ("gaza_killed", "", 40000)]),
])
def test_paraphrases_of_a_fifth_probe_set(text, expected):
    assert [k for k in keys(text, "2025-03-10") if k[0]] == expected


def test_the_freed_men_are_those_the_event_before_freed():
    found = keys("Israel released 183 Palestinian prisoners on Saturday after three hostages "
                 "were handed over. The prisoners' society says 7 of the freed men will be "
                 "deported.", "2025-02-01")
    assert found[-1] == ("palestinian_prisoners_released", "", 7)


def test_a_deals_terms_say_who_is_to_be_exchanged():
    text = ("HOST: How many hostages are we talking about in this first phase?\n\nGUEST: "
            "Thirty-three. Israel has said eight of the thirty-three are dead.")
    assert keys(text, "2025-01-22") == [("hostages_released", "", 33),
                                        ("hostages_released", "deceased", 8),
                                        ("hostages_released", "", 33)]


def test_a_deal_term_leaves_the_shared_verb_to_the_figure():
    assert keys("Under the agreement, Hamas was to return all 20 living hostages and the "
                "remains of 28 who died in captivity.", "2025-10-21") == [
        ("hostages_released", "alive", 20), ("hostages_released", "deceased", 28)]


def test_a_day_named_by_its_number_is_no_figure():
    assert rows("Talks on a second phase were due to start on day 16 of the truce.",
                "2025-02-10") == []


def test_over_days_opening_a_sentence_is_a_span_not_more_than():
    found = rows("Nov 24, 2023 - A truce begins. Over seven days, 105 hostages are freed.",
                 "2025-10-20")
    assert [(r["metric"], r["value"], r["qualifier"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 7, "exact", "2023-11-24"),
        ("hostages_released", 105, "exact", "2023-11-24")]
    # "Over 300" is still more than 300, and dates nothing of the sentence before
    found = rows("Israel struck on Monday. Over 300 people were killed.", "2025-10-21")
    assert [(r["qualifier"], r["as_of"]) for r in found] == [("at_least", "2025-10-21")]


def test_had_been_after_an_as_of_opening_speaks_from_that_date():
    found = rows("As of 15 January 2025, over 46,700 Palestinians had been killed in Gaza. "
                 "More than 110,000 had been injured.", "2025-01-16")
    assert [r["as_of"] for r in found] == ["2025-01-15", "2025-01-15"]


def test_a_figure_glossed_in_brackets_is_one_figure_dated_by_its_clause():
    found = rows("The commission said on Sunday that the number of Palestinians in Israeli "
                 "prisons had reached \u0661\u0660\u066c\u0668\u0660\u0660 (10,800) at the "
                 "beginning of July.", "2025-07-06")
    assert [(r["value"], r["as_of"]) for r in found] == [(10800, "2025-07")]


def test_a_label_naming_only_a_subgroup_breaks_down_the_line_before():
    text = ("Hostages in Gaza: 59 | Confirmed dead: 35 | Believed alive: 24\n\n"
            "Returned alive since October 7, 2023: 147\n")
    assert keys(text, "2025-03-30") == [
        ("hostages_held", "", 59), ("hostages_held", "deceased", 35),
        ("hostages_held", "alive", 24), ("hostages_released", "alive", 147)]
    # a label with its own kind or place is a count of its own
    text = "AT A GLANCE | Hostages in Gaza: 101 | Killed in Israel on Oct 7: about 1,200"
    assert keys(text, "2024-11-11")[-1] == ("israel_killed", "", 1200)


def test_a_part_after_including_takes_no_verb_of_its_whole():
    assert keys("Sixteen hostages held in Gaza were released on Wednesday evening, including "
                "10 Israelis and four Thai nationals, as well as two women freed separately.",
                "2023-11-30")[:3] == [("hostages_released", "", 16),
                                      ("hostages_released", "", 10),
                                      ("hostages_released", "", 4)]


def test_then_continues_the_day_of_the_sentence_before():
    found = rows("Sixteen hostages were released on Wednesday evening. Israel then released "
                 "30 Palestinian prisoners.", "2023-11-30")
    assert [r["as_of"] for r in found] == ["2023-11-29", "2023-11-29"]


def test_a_bulleted_figure_then_colon_label_reads_the_label():
    text = ("By the numbers:\n- 25: living hostages released in phase one.\n- 8: bodies of "
            "deceased hostages returned in phase one.\n- 620: Palestinian prisoners Israel "
            "had been due to free Saturday.\n\nWhat's next: Talks on phase two have yet to "
            "produce results.")
    assert keys(text, "2025-02-23") == [("hostages_released", "alive", 25),
                                        ("hostages_released", "deceased", 8),
                                        ("palestinian_prisoners_released", "", 620)]


def test_a_with_clause_shares_the_date_of_its_main_clause():
    found = rows("Driving the news: The final exchange took place Saturday, with six hostages "
                 "returned to Israel.", "2025-02-23")
    assert [r["as_of"] for r in found] == ["2025-02-22"]


def test_the_verb_of_a_parts_relative_clause_is_the_parts_alone():
    found = keys("Officials said about 4,000 Gazans had been detained since the start of the "
                 "war, of whom some 1,500 had been released.", "2024-10-15")
    assert found == [("", "", 4000), ("palestinian_prisoners_released", "", 1500)]


def test_a_count_changing_from_one_value_to_another_keeps_its_metric():
    assert keys("The number of Palestinians held on security grounds fell from about 11,000 "
                "before the exchange to around 9,100 after it.", "2025-10-28") == [
        ("palestinian_prisoners_held", "", 11000), ("palestinian_prisoners_held", "", 9100)]


def test_of_which_after_a_noun_counts_that_noun():
    assert keys("The return of the remains of deceased hostages, 15 of which were still in "
                "Gaza at the time of writing, remains the main open item.", "2025-10-28") == [
        ("hostages_held", "deceased", 15)]


def test_returning_to_a_topic_or_the_table_returns_no_one():
    found = keys("The number I keep returning to is 251. Negotiators returned to the table "
                 "with 59 hostages in Gaza.", "2025-10-15")
    assert ("hostages_released", "", 251) not in found and \
        ("hostages_released", "", 59) not in found


def test_among_those_on_a_list_are_parts_of_the_figure_that_can_hold_them():
    found = keys("The ministry published the list of 110 Palestinian prisoners to be freed, "
                 "after Hamas named three hostages. Among those on the list are 32 serving "
                 "life sentences.", "2025-01-29")
    assert found[-1] == ("palestinian_prisoners_released", "life_sentence", 32)


def test_a_weekday_a_release_is_slated_for_is_the_one_to_come():
    found = rows("Justice Ministry publishes names of 110 prisoners slated for release "
                 "Thursday", "2025-01-29")
    assert [(r["value"], r["as_of"]) for r in found] == [(110, "2025-01-30")]


def test_people_held_under_a_detention_regime_are_detainees():
    assert keys("State attorneys told the court that 1,402 people were being held under the "
                "Unlawful Combatants Law as of the start of March.", "2024-03-27") == [
        ("palestinian_prisoners_held", "", 1402)]


def test_whose_number_stands_at_counts_the_noun_before():
    assert keys("The ICRC calls for access to all people deprived of their liberty, including "
                "the hostages still held in Gaza, whose number stands at 87 according to "
                "Israeli authorities.", "2025-01-25") == [("hostages_held", "", 87)]


def test_a_part_said_to_be_detainees_of_the_released_stays_released():
    found = keys("Buses carried 369 Palestinian prisoners released by Israel. The hostages "
                 "were paraded on a stage. They were then taken to Israel. Of the Palestinians "
                 "released, 36 were serving life sentences, and 333 were detainees from Gaza "
                 "held without charge.", "2025-02-15")
    assert found[-2:] == [("palestinian_prisoners_released", "life_sentence", 36),
                          ("palestinian_prisoners_released", "", 333)]


def test_thais_are_people_and_taking_in_the_wounded_abducts_no_one():
    assert keys("Five Thais were released outside the deal.", "2025-02-15") == [
        ("hostages_released", "", 5)]
    assert keys("The ministry has taken in more than 15,000 wounded soldiers since the war "
                "began.", "2025-06-01")[0][0] != "hostages_abducted"


def test_all_but_n_of_an_event_are_still_in_the_level_it_ends():
    assert keys("Under the truce, all 20 living hostages have been released and the remains of "
                "all but three of the 28 dead hostages have been returned.", "2025-11-29") == [
        ("hostages_released", "alive", 20), ("hostages_held", "deceased", 3),
        ("hostages_released", "deceased", 28)]


def test_hostages_now_in_israel_have_been_released():
    assert keys("The military says the three women - Romi Gonen, Emily Damari and Doron "
                "Steinbrecher - are now in Israel.", "2025-01-19") == [
        ("hostages_released", "women", 3)]


def test_a_year_labelling_a_line_dates_its_figures_and_its_months():
    text = ("2023: The ministry recorded more than 21,800 deaths. Some 105 hostages were "
            "freed in a truce at the end of November.\n\n2025: A ceasefire in January brought "
            "the release of 33 hostages and about 1,800 prisoners.")
    found = rows(text, "2025-12-01")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (21800, "2023"), (105, "2023-11"), (33, "2025-01"), (1800, "2025-01")]


def test_hamas_returns_bodies_is_a_release():
    assert keys("Hamas returns bodies of two more hostages; 13 still in Gaza", "2025-10-22") \
        == [("hostages_released", "deceased", 2), ("hostages_held", "deceased", 13)]


def test_a_bare_figure_counted_before_with_no_verb_of_its_own_is_that_figure():
    found = keys("He is one of 101 hostages still held in Gaza. Israel believes at least 35 "
                 "of them are dead.\n\n\"People talk about 101 as if it were one thing,\" he "
                 "said.", "2025-02-18")
    assert found[-1] == ("hostages_held", "", 101)


def test_parts_among_them_belong_to_the_figure_not_the_one_it_is_compared_with():
    found = rows("By the end of 2024, Israel was holding 10,300 Palestinians, compared with "
                 "about 5,250 on the eve of the war. Among them were 3,428 administrative "
                 "detainees.", "2025-01-15")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (10300, "2024-12"), (5250, "2023-10"), (3428, "2024-12")]


def test_a_noun_naming_an_event_counts_only_for_the_metric_it_cues():
    assert keys("Lawyers documented 54 deaths in custody, most of them detainees from Gaza "
                "held in military camps.", "2025-01-15")[0] == ("", "", 54)


def test_a_subgroup_predicate_is_read_before_a_second_figure_in_the_same_list():
    found = keys("Among those held, 87 were women and some 350 were children.", "2025-11-20")
    assert found == [("palestinian_prisoners_held", "women", 87),
                     ("palestinian_prisoners_held", "children", 350)]


def test_a_list_after_a_colon_breaks_down_a_figure_whose_clause_runs_on():
    found = keys("The prison service says 33 Palestinian prisoners are being released from "
                 "Ofer prison and a detention site in Jerusalem: three women and 30 teenage "
                 "boys.", "2023-11-27")
    assert found == [("palestinian_prisoners_released", "", 33),
                     ("palestinian_prisoners_released", "women", 3),
                     ("palestinian_prisoners_released", "children", 30)]


def test_hostages_taken_to_israel_are_coming_home():
    assert keys("Eleven hostages have crossed into Egypt and are being taken to Israel, the "
                "army said.", "2023-11-27") == [("hostages_released", "", 11)]


def test_a_toll_after_an_event_began_on_a_day_is_counted_from_that_day():
    found = rows("The ministry said 354 people were killed after the truce began on "
                 "October 10.", "2025-11-29")
    assert [(r["value"], r["as_of"]) for r in found] == [(354, "2025-11-29")]
    found = rows("Hamas freed three hostages hours after the truce took effect on Sunday.",
                 "2025-01-21")
    assert [(r["value"], r["as_of"]) for r in found] == [(3, "2025-01-19")]


def test_a_two_word_cue_around_its_figure_still_cues_it():
    assert keys("The truce brought 105 hostages home.", "2025-06-10") == [
        ("hostages_released", "", 105)]


def test_the_bare_object_of_a_cue_counts_what_the_sentence_before_named():
    found = keys("Most of the hostages were freed during two ceasefires. A week-long truce "
                 "in November 2023 brought 105 home.", "2025-06-10")
    assert found[-1] == ("hostages_released", "", 105)


def test_an_aside_between_dashes_lends_no_cue_to_the_figure_around_it():
    found = keys("Four other people - two citizens who crossed into Gaza on their own and "
                 "the bodies of two soldiers killed in 2014 - were already being held there.",
                 "2025-06-10")
    assert found[0] == ("hostages_held", "", 4)


def test_a_date_after_a_truce_length_noun_dates_the_length():
    found = rows("A four-day truce in November 2023 freed 50 hostages.", "2025-06-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 4, "2023-11"), ("hostages_released", 50, "2023-11")]


def test_soldiers_killed_since_october_7_are_no_toll_of_the_attack():
    found = keys("In all, 888 Israeli soldiers have been killed since October 7, 2023, "
                 "including those who died in the Hamas attack on that day.", "2025-07-09")
    assert found == [("", "", 888)]


def test_the_number_of_people_who_are_something_reads_past_the_relative_clause():
    assert keys("The number of hostages in Gaza who are believed to be alive fell to 23.",
                "2025-05-13") == [("hostages_held", "alive", 23)]


def test_an_opening_span_between_two_days_dates_by_its_end():
    found = rows("Between 23 and 30 July, 728 Palestinians were reported killed.",
                 "2025-07-31")
    assert [(r["value"], r["as_of"]) for r in found] == [(728, "2025-07-30")]
    found = rows("Between July 23 and 30, 728 Palestinians were reported killed.",
                 "2025-07-31")
    assert [(r["value"], r["as_of"]) for r in found] == [(728, "2025-07-30")]
    found = rows("Between 18 March 2025, when hostilities resumed, and 30 July, 8,867 "
                 "Palestinians were killed.", "2025-07-31")
    assert [(r["value"], r["as_of"]) for r in found] == [(8867, "2025-07-30")]


def test_prisoners_pulled_out_of_a_prison_are_released():
    assert keys("Buses carrying 90 Palestinian prisoners pulled out of Ofer military prison "
                "on Monday.", "2025-01-20") == [("palestinian_prisoners_released", "", 90)]


def test_a_whole_after_out_of_counts_what_its_own_cue_says():
    assert keys("48 hostages remain in Gaza, out of 251 taken in the attack of October 7, "
                "2023.", "2025-10-09") == [("hostages_held", "", 48),
                                           ("hostages_abducted", "", 251)]
    # with no cue of its own it counts nothing the part's verb says
    assert keys("Israel freed 30 prisoners out of 250 convicted of murder.", "2025-10-09") \
        == [("palestinian_prisoners_released", "", 30), ("", "", 250)]


def test_remains_as_a_verb_names_no_dead():
    assert keys("Two hostages are believed to have been killed in captivity, and one remains "
                "unaccounted for.", "2025-02-16") == [("hostages_held", "deceased", 2),
                                                      ("hostages_held", "", 1)]


def test_parts_of_a_definite_whole_counted_a_sentence_back_share_its_date():
    found = rows("By the end of July, the ministry had published the names of 60,199 people "
                 "it says were killed in the war. The list is the most detailed record.\n\n"
                 "Of the people on it, 18,430 were children and 9,735 were women.",
                 "2025-08-04")
    assert [(r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("", 60199, "2025-07"), ("children", 18430, "2025-07"), ("women", 9735, "2025-07")]


def test_an_adjective_cue_yields_to_the_verb_of_its_clause():
    assert keys("The remaining 13 living hostages have now been handed over to the Red "
                "Cross.", "2025-10-13") == [("hostages_released", "alive", 13)]


def test_an_age_limit_with_or_older_is_an_age():
    found = rows("Of the dead, 4,429 were aged 60 or older, the ministry said.", "2025-08-04")
    assert [(r["value"], r["unit"]) for r in found][-1] == (60, "year")


def test_a_bare_item_after_including_counts_the_plural_noun_before_it():
    found = rows("Several independent studies, including one published in a medical "
                 "journal, have estimated that the real number of deaths is higher still.",
                 "2025-08-04")
    assert [(r["metric"], r["value"], r["unit"]) for r in found] == [("", 1, "study")]


def test_a_span_opening_with_its_start_dates_the_span_and_what_it_brought():
    found = rows("The ceasefire began in January. In the six weeks from January 2025, about "
                 "1,800 prisoners were freed for 33 hostages.", "2025-11-05")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 42, "2025-01"), ("palestinian_prisoners_released", 1800, "2025-01"),
        ("hostages_released", 33, "2025-01")]


def test_soldiers_captured_in_lebanon_are_no_gaza_hostages():
    assert keys("In 1985, Israel freed 1,150 prisoners in return for three of its soldiers "
                "captured in Lebanon.", "2025-11-05") == [
        ("palestinian_prisoners_released", "", 1150), ("", "", 3)]


def test_a_bare_subject_with_a_passive_of_its_own_takes_no_earlier_cue():
    found = keys("The four hostages were released on Saturday. Doctors said all four were in "
                 "stable condition. Two are expected to be discharged this week.",
                 "2025-02-03")
    assert found[-1] == ("", "", 2)
    # a frame for what they are thought to be still leans on the sentence before
    found = keys("Israel says 59 hostages remain in Gaza. Twenty-four are believed to be "
                 "alive.", "2025-03-10")
    assert found[-1] == ("hostages_held", "alive", 24)


def test_a_level_whose_relative_clause_says_now_takes_no_earlier_date():
    found = rows("The 1,200 people killed on October 7 had names, and so do the 59 who are "
                 "still in Gaza.", "2025-04-20")
    assert [(r["value"], r["as_of"]) for r in found] == [(1200, "2023-10-07"),
                                                         (59, "2025-04-20")]


def test_a_named_places_residents_are_a_population():
    assert keys("About a quarter of Nir Oz's 400 residents were killed or taken hostage in "
                "the attack.", "2025-02-26")[-1] == ("", "", 400)


def test_fragments_going_on_with_a_count_in_thousands_keep_its_scale():
    found = keys("Every morning the figures arrive. Forty thousand dead. Then forty-five. "
                 "Then fifty.", "2025-04-20")
    assert [v for _, _, v in found] == [40000, 45000, 50000]


def test_during_the_year_is_the_year_named_before():
    found = rows("At least 124 journalists were killed worldwide in 2025, a press group said. "
                 "It documented the deaths of 85 journalists in Gaza during the year.",
                 "2025-12-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("", 124, "2025"), ("gaza_killed", 85, "2025")]


def test_the_ministry_named_again_is_the_one_named_in_full_before():
    found = rows("Gaza's health ministry said on Sunday that 50,021 people had been killed. "
                 "The ministry said 113,274 had been wounded.", "2025-03-23")
    assert [r["attribution"] for r in found] == ["Gaza's health ministry"] * 2


def test_a_sample_of_interviews_and_its_parts_count_no_metric():
    found = keys("The report is based on interviews with 55 Palestinians from Gaza who had "
                 "been held in Israeli detention and later released. Of those interviewed, "
                 "42 said they had been beaten. Twelve of the 55 were under 18 when they were "
                 "detained.", "2025-07-22")
    assert [k for k in found if k[0]] == []


def test_an_age_after_my_son_was_is_an_age():
    found = rows("Some 154 prisoners were deported to Egypt. \"I left when my son was 12,\" "
                 "he said.", "2025-10-15")
    assert [(r["metric"], r["unit"]) for r in found][-1] == ("", "year")


def test_a_part_after_including_belongs_to_the_noun_before_it():
    found = keys("He was among 154 prisoners deported to Egypt. His family, including eight "
                 "grandchildren, crossed to Cairo to see him.", "2025-10-15")
    assert found[-1] == ("", "", 8)


def test_a_place_naming_where_people_come_from_places_no_event():
    assert keys("The group documented at least 21 deaths of Gaza detainees in Israeli "
                "custody.", "2025-07-22") == [("", "", 21)]


def test_a_relative_clause_telling_the_event_dates_the_figure():
    found = rows("He was one of 250 Palestinians serving life sentences who were freed on "
                 "Monday under the deal.", "2025-10-15")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("palestinian_prisoners_released", 250, "2025-10-13")]


def test_an_owners_total_stood_at_counts_what_the_text_spoke_of():
    found = keys("Gaza's health ministry is the main source for the Palestinian death toll. "
                 "It records deaths reported by hospitals, and it has also added deaths "
                 "reported by relatives through an online form.\n\nAs of this week the "
                 "ministry's total stood at 69,185.", "2025-11-12")
    assert found == [("gaza_killed", "", 69185)]


def test_a_label_counting_truces_is_no_truce_length():
    found = rows("• Palestinians held by Israel: more than 11,000\n• Ceasefires so far: two, "
                 "lasting 7 and 58 days", "2025-10-07")
    assert [(r["metric"], r["value"], r["unit"]) for r in found] == [
        ("palestinian_prisoners_held", 11000, "prisoner"), ("", 2, "ceasefire"),
        ("ceasefire_days", 7, "day"), ("ceasefire_days", 58, "day")]
    # a label that names a length still gives one
    assert keys("• Length of the first truce: 7", "2025-10-07") == [("ceasefire_days", "", 7)]


def test_a_participle_after_the_noun_yields_to_the_event_verb_governing_it():
    found = keys("Israel is to release 250 Palestinians serving life sentences and 1,700 "
                 "detainees from Gaza held since the war began.", "2025-10-10")
    assert found == [("palestinian_prisoners_released", "life_sentence", 250),
                     ("palestinian_prisoners_released", "", 1700)]
    # a noun of the event governing nothing leaves the participle its say
    assert keys("The releases leave 79 people held in Gaza.", "2025-10-10") == [
        ("hostages_held", "", 79)]


def test_a_relative_clause_past_a_contact_clause_names_the_subgroup():
    found = keys("Hamas has 72 hours to release the 20 hostages it is holding who are "
                 "believed to be alive.", "2025-10-10")
    assert found[-1] == ("hostages_released", "alive", 20)
    # not one that belongs to a later figure
    found = keys("The first phase led to the release of 33 hostages, including eight who "
                 "were deceased.", "2025-03-07")
    assert found == [("hostages_released", "", 33), ("hostages_released", "deceased", 8)]


def test_a_rate_per_day_lends_no_class_to_a_bare_figure_after_it():
    found = keys("The ministry reported about 240 deaths a day. By mid-2024 the average had "
                 "fallen to around 40 a day.\n\nDuring the two-month ceasefire that began in "
                 "January 2025, the ministry still recorded deaths, many of them bodies "
                 "recovered from rubble: 155 were added to the toll in the first week.",
                 "2025-07-03")
    assert found[-1] == ("gaza_killed", "", 155)


def test_a_proper_adjective_of_another_noun_lends_no_class():
    found = keys("Israeli forces detained at least 45 Palestinians in raids, prisoner groups "
                 "said. The Israeli military said the raids targeted suspected militants. It "
                 "said 12 of those detained had been released after questioning.",
                 "2025-06-02")
    assert found[-1] == ("palestinian_prisoners_released", "", 12)


def test_a_clause_after_a_day_after_is_dated_the_day_before():
    found = rows("Israel handed 45 Palestinian bodies to the Red Cross on Sunday, a day after "
                 "Hamas returned the remains of three hostages.", "2025-11-02")
    assert [(r["value"], r["as_of"]) for r in found] == [(45, "2025-11-02"),
                                                         (3, "2025-11-01")]


@pytest.mark.parametrize(("text", "attribution"), [
    ("The strike came a day after the health ministry said the toll had passed 54,000.",
     "health ministry"),
    ("Some 94 hostages were still in Gaza when the deal was announced.", ""),
])
def test_the_source_follows_a_subordinator_and_is_never_a_passive_subject(text, attribution):
    assert [r["attribution"] for r in rows(text, "2025-05-29")] == [attribution]


def test_a_peak_of_counts_what_the_rise_counted():
    found = keys("The number of children in custody rose from about 170 before the war to a "
                 "peak of some 450 in mid-2024.", "2025-10-20")
    assert found == [("palestinian_prisoners_held", "children", 170),
                     ("palestinian_prisoners_held", "children", 450)]


def test_the_prison_service_holding_people_holds_prisoners():
    found = keys("And the people from Gaza?\nThat is a different system. The prison service "
                 "says it holds about 2,700 under the unlawful combatants law.", "2025-11-18")
    assert found == [("palestinian_prisoners_held", "", 2700)]


def test_died_at_gives_an_age():
    found = rows("The father of a freed hostage died at 89, his family said.", "2025-03-11")
    assert [(r["value"], r["unit"]) for r in found] == [(89, "year")]


def test_displaced_people_going_home_are_no_hostages_freed():
    assert keys("About 500,000 displaced people returned to the north of the Gaza Strip this "
                "week, according to the UN.", "2025-01-31") == [("", "", 500000)]


def test_a_community_the_attack_struck_places_its_toll_in_israel():
    found = keys("Of the roughly 750 people who lived in Kfar Aza before the war, 64 were "
                 "killed in the attack.", "2025-10-06")
    assert found[-1] == ("israel_killed", "", 64)


def test_an_inverted_count_past_a_whole_named_by_number():
    found = rows("The military confirmed the death of a hostage held in Gaza, bringing to 35 "
                 "the number of the 59 remaining hostages it has declared dead.", "2025-04-28")
    assert [(r["metric"], r["subgroup"], r["value"], r["attribution"]) for r in found] == [
        ("hostages_held", "deceased", 35, "military"), ("hostages_held", "", 59, "military")]


def test_a_handover_that_would_leave_bodies_counts_them_held():
    found = rows("If confirmed, the handover would leave the bodies of two hostages in the "
                 "territory.", "2025-12-02")
    assert [(r["metric"], r["subgroup"], r["value"], r["attribution"]) for r in found] == [
        ("hostages_held", "deceased", 2, "")]


def test_ones_stands_for_the_people_just_counted():
    assert keys("Hamas has returned 20 living hostages and the remains of 25 deceased ones.",
                "2025-12-02") == [("hostages_released", "alive", 20),
                                  ("hostages_released", "deceased", 25)]


def test_a_rate_at_a_time_is_no_count():
    found = keys("And the dead?\n\nUnder the agreement, Hamas undertook to return all 28 "
                 "bodies it still held within 72 hours. It said it could not find many of them "
                 "under the rubble, and the handovers have come one or two at a time.",
                 "2025-12-05")
    assert found[-1] == ("", "", 1)


def test_walking_out_of_captivity_is_a_release():
    assert keys("The final 20 living hostages walked out on October 13.", "2025-12-05") == [
        ("hostages_released", "alive", 20)]


def test_bodies_found_in_collapsed_buildings_are_no_hostages_returned():
    assert keys("The total includes the remains of more than 600 people recovered from "
                "collapsed buildings since the truce.", "2025-12-01") == [("", "", 600)]


def test_the_troops_of_a_force_to_be_deployed_are_no_captives():
    assert keys("The second phase is meant to bring in an international stabilisation force "
                "of up to 20,000 troops.", "2025-12-01") == [("", "", 20000)]


@pytest.mark.parametrize("text", [
    "The second truce, from January to March 2025, brought 25 living hostages home.",
    "From January to March 2025, the second truce brought 25 living hostages home.",
])
def test_a_span_set_off_before_the_clause_dates_it_by_its_end(text):
    assert [(r["metric"], r["value"], r["as_of"]) for r in rows(text, "2025-12-05")] == [
        ("hostages_released", 25, "2025-03")]


def test_parts_whose_whole_closes_their_sentence():
    found = keys("Israel holds more than 9,100 Palestinians in its prisons. There are 49 women "
                 "and about 350 children among the prisoners.", "2025-11-10")
    assert found == [("palestinian_prisoners_held", "", 9100),
                     ("palestinian_prisoners_held", "women", 49),
                     ("palestinian_prisoners_held", "children", 350)]


def test_a_closing_phrase_of_cause_lends_no_cue():
    found = rows("Israel holds more than 9,100 Palestinians in its prisons. The total is lower "
                 "than a year ago, when it stood at about 10,300, mainly because of the "
                 "releases under the ceasefire deals.", "2025-11-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", 9100, "2025-11-10"),
        ("palestinian_prisoners_held", 10300, "2024")]


def test_a_bare_figure_counts_what_the_total_it_grew_counts():
    found = keys("Under the deal, 1,968 prisoners went free. But arrests have not stopped: the "
                 "group counted more than 650 in October, bringing the number of arrests "
                 "since October 2023 to over 20,500.", "2025-11-10")
    assert found == [("palestinian_prisoners_released", "", 1968), ("", "", 650),
                     ("", "", 20500)]
    found = keys("Hamas freed three hostages on Saturday. Israel freed 183 the same day, "
                 "bringing the number of prisoners freed to 1,000.", "2025-02-10")
    assert found[1:] == [("palestinian_prisoners_released", "", 183),
                         ("palestinian_prisoners_released", "", 1000)]


def test_names_on_a_list_stand_for_the_people_counted_before():
    found = keys("Israel's final list had 1,718 Gaza detainees instead of 1,700, and two of the "
                 "250 names were swapped. The prisoners' affairs authority put the number freed "
                 "on October 13 at 1,968.", "2025-11-02")
    assert found[-1] == ("palestinian_prisoners_released", "", 1968)
    assert found[1] == ("palestinian_prisoners_released", "", 1700)


def test_two_numbers_joined_by_or_before_one_noun_share_it():
    found = rows("Medics checked the people coming off the buses. One doctor said he had seen "
                 "men who had lost 20 or 30 kilos.", "2025-10-13")
    assert [(r["metric"], r["value"], r["unit"]) for r in found] == [
        ("", 20, "kilo"), ("", 30, "kilo")]


def test_people_taken_inside_for_treatment_are_no_abductees():
    found = keys("ANCHOR: Is there any word on the people coming off the buses?\n\n"
                 "CORRESPONDENT: Medics say they have checked around 400 so far, and a number "
                 "were taken inside for treatment.", "2025-10-13")
    assert found == [("", "", 400)]


def test_a_label_with_a_participle_of_its_own_counts_no_earlier_metric():
    found = keys("KEY FIGURES\n\n- Reported killed since 7 October 2023: 69,513\n"
                 "- People displaced at least once: about 1.9 million\n"
                 "- Detainees classified as \"unlawful combatants\": 2,454", "2025-11-20")
    assert found[:2] == [("gaza_killed", "", 69513), ("", "", 1900000)]


def test_a_reporting_period_heading_dates_the_lines_below_it():
    found = rows("Humanitarian snapshot\n\nReporting period: 12-18 November 2025\n\n"
                 "- Reported killed since 7 October 2023 (MoH): 69,513\n"
                 "- Killed since the ceasefire of 10 October (MoH): 266", "2025-11-20")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("gaza_killed", 69513, "2025-11-18"), ("gaza_killed", 266, "2025-11-18")]


def test_a_statement_after_a_colon_has_its_own_opening():
    found = rows("But the total was one of the largest: in the January 2025 truce, about 1,800 "
                 "prisoners were freed for 33 hostages, eight of them dead.", "2025-11-02")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("palestinian_prisoners_released", 1800, "2025-01"),
        ("hostages_released", 33, "2025-01"), ("hostages_released", 8, "2025-01")]


def test_a_share_of_a_named_places_residents_is_a_population():
    assert keys("About a quarter of Nir Oz's roughly 400 residents were either killed or taken "
                "captive that morning.", "2025-11-06") == [("", "", 0.25), ("", "", 400)]


def test_subjects_sharing_a_predicate_share_its_date():
    found = rows("Under the ceasefire deal, 250 prisoners serving long sentences and 1,718 Gaza "
                 "detainees were freed on Oct. 13.", "2025-11-19")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", 250, "2025-10-13"),
        ("palestinian_prisoners_released", 1718, "2025-10-13")]


def test_a_comparative_before_a_plural_noun_describes_it():
    assert keys("Before the current ceasefire, 148 hostages had come home alive, most of them "
                "in two earlier truces.", "2025-11-06") == [("hostages_released", "alive", 148),
                                                            ("", "", 2)]


def test_people_a_metric_counted_lend_its_kind_to_a_later_figure():
    found = rows("The Israel Prison Service said on Tuesday it was holding 9,204 people it "
                 "classifies as security prisoners, a category that includes 1,240 people held "
                 "under the unlawful combatants law.\n\nBefore the October exchange, the "
                 "service's figure was around 11,100.", "2025-11-19")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found][-1] == (
        "palestinian_prisoners_held", 11100, "2025-10")


def test_a_when_clause_is_of_the_time_the_clause_before_named():
    found = rows("A study concluded that violent deaths by the end of June 2024 were probably "
                 "around 64,000, when the ministry's own tally stood at 37,877.", "2025-11-12")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("gaza_killed", 64000, "2024-06"), ("gaza_killed", 37877, "2024-06")]


def test_the_whole_of_a_part_is_described_by_its_own_cue_word():
    assert keys("Twenty-three of the abducted Thais were freed in the November 2023 truce.",
                "2025-12-06") == [("hostages_released", "", 23)]


def test_an_irregular_passive_of_its_own_takes_no_earlier_cue():
    found = keys("Twenty-three of the abducted Thais were freed in the November 2023 truce. "
                 "The ministry said about 25,000 Thais were still working in Israel. Some 9,000 "
                 "were flown home in the weeks after the attack.", "2025-12-06")
    assert found[-1] == ("", "", 9000)


def test_all_of_one_kind_after_the_noun_is_the_subgroup():
    assert keys("Three hostages, all women, have been handed over to the Red Cross.",
                "2025-01-19") == [("hostages_released", "women", 3)]


def test_farm_workers_killed_in_the_attack_are_killed_in_israel():
    found = keys("Thirty-one Thai citizens were taken into Gaza that day. Another 39 Thais were "
                 "killed in the attack, according to the ministry's count.", "2025-12-06")
    assert found == [("hostages_abducted", "", 31), ("israel_killed", "", 39)]


def test_the_question_names_the_subgroup_of_its_bare_answer():
    found = keys("When did the last living hostages come out?\n\nOn October 13, when Hamas "
                 "released the final 20 under the ceasefire.", "2025-12-04")
    assert found == [("hostages_released", "alive", 20)]
    # (not the whole the answer's part is of)
    found = keys("Q: How many hostages do you believe are alive?\nA: Our information is that "
                 "around half of the 100 still in Gaza are alive.", "2025-04-04")
    assert ("hostages_held", "", 100) in found


def test_a_part_of_a_figure_no_metric_counts_is_counted_by_none():
    assert keys("At least 98 Palestinians died in Israeli custody, 52 of them in military "
                "facilities.", "2025-10-30") == [("", "", 98), ("", "", 52)]
    assert keys("The army said that 850 soldiers had been killed since October 7, 2023, 405 "
                "of them in the ground operation in Gaza.", "2025-03-07") == [
        ("", "", 850), ("gaza_killed", "soldiers", 405)]


def test_of_them_opening_a_sentence_is_of_the_kind_its_whole_was():
    found = keys("According to the IDF, 913 soldiers have fallen since October 7, 2023, on all "
                 "fronts. Of them, 466 fell in the ground manoeuvre in the Gaza Strip.",
                 "2025-04-29")
    assert found == [("", "", 913), ("gaza_killed", "soldiers", 466)]


def test_the_day_of_the_attack_places_a_toll_in_israel():
    assert keys("On the day of the attack, 274 soldiers were killed, the deadliest day in the "
                "army's history.", "2025-04-29") == [("israel_killed", "soldiers", 274)]


def test_bodies_received_by_hospitals_in_gaza_are_no_hostages_returned():
    found = keys("Hospitals in Gaza City and Deir al-Balah said they had received the bodies "
                 "of 14 and 11 people respectively.", "2025-11-23")
    assert [k[0] for k in found] == ["", ""]


def test_bulleted_items_under_a_counted_line_are_of_its_kind():
    found = keys("HOSTAGE TRACKER\n\nReturned alive: 168\n- in the November 2023 truce: 105\n"
                 "- rescued by the military: 8\n\nBodies returned: 82\n\nStill in Gaza: 1 (body)",
                 "2025-12-04")
    assert found == [("hostages_released", "alive", 168), ("hostages_released", "alive", 105),
                     ("hostages_released", "alive", 8), ("hostages_released", "deceased", 82),
                     ("hostages_held", "deceased", 1)]


def test_a_date_after_the_figures_noun_is_the_figures_and_the_exchange_shares_it():
    found = rows("Israel will release 183 Palestinian prisoners on Saturday in exchange for "
                 "three hostages, the prime minister's office said on Thursday. Of the "
                 "prisoners, 18 are serving life sentences.", "2025-02-06")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", 183, "2025-02-08"),
        ("hostages_released", 3, "2025-02-08"),
        ("palestinian_prisoners_released", 18, "2025-02-08")]
    found = rows("The justice ministry on Saturday published the names of 95 Palestinian "
                 "prisoners due to be released on Sunday in exchange for the first three "
                 "hostages.", "2025-01-18")
    assert [r["as_of"] for r in found] == ["2025-01-19", "2025-01-19"]


def test_the_same_people_named_again_with_the_event_that_ended_their_state():
    found = rows("When the October 2025 agreement was signed, 48 hostages were still in Gaza, "
                 "of whom 20 were alive. All 20 were freed on October 13.", "2025-12-08")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_held", "", 48, "2025-10"), ("hostages_held", "alive", 20, "2025-10"),
        ("hostages_released", "alive", 20, "2025-10-13")]


def test_the_displaced_and_the_orphaned_are_no_hostages_freed():
    found = keys("In all, 1,968 prisoners were freed. None of these figures captures what has "
                 "been lost: the 1.9 million people forced from their homes, or the children "
                 "who have lost one or both parents, whom UNICEF puts at more than 39,000.",
                 "2025-12-08")
    assert found[1:] == [("", "", 1900000), ("", "", 39000)]


def test_the_whole_after_all_but_counts_the_parts_kind():
    assert keys("By the start of December, the bodies of all but two of the 28 dead had been "
                "returned.", "2025-12-08") == [("hostages_held", "deceased", 2),
                                                ("hostages_held", "deceased", 28)]


def test_life_and_long_sentences_are_life_sentences():
    assert keys("The occupation has released 1,968 prisoners, among them 250 with life and long "
                "sentences.", "2025-10-13") == [("palestinian_prisoners_released", "", 1968),
                                                 ("palestinian_prisoners_released",
                                                  "life_sentence", 250)]


def test_a_part_whose_own_words_cue_another_metric_belongs_to_that_figure():
    assert keys("The ministry said the toll had reached 69,775 dead and 170,965 injured, "
                "including 357 people killed since the ceasefire.", "2025-11-25") == [
        ("gaza_killed", "", 69775), ("gaza_injured", "", 170965), ("gaza_killed", "", 357)]


def test_the_number_on_a_shirt_is_no_figure():
    found = keys("Players walked out wearing shirts bearing the number 735, the days since the "
                 "attack.", "2025-10-12")
    assert found == []
    assert keys("The remaining living hostages, thought to number 24, were not freed.",
                "2025-10-12") == [("hostages_held", "alive", 24)]


def test_a_past_tense_verb_after_the_noun_ends_it():
    assert [r["unit"] for r in rows("More than 25,000 fans stood in silence before the match.",
                                     "2025-10-12")] == ["fan"]


def test_a_part_after_including_undergoes_its_uncounted_wholes_verb():
    found = keys("Across the army, more than 900 soldiers have been killed since the war "
                 "began, including some 450 in the Gaza ground operation, and about 6,200 have "
                 "been wounded, the military said.", "2025-08-14")
    assert found == [("", "", 900), ("gaza_killed", "soldiers", 450), ("", "", 6200)]


def test_bodies_given_for_the_remains_of_every_hostage_are_a_rate():
    assert keys("Under the agreement, Israel returns the bodies of 15 Palestinians for the "
                "remains of every deceased hostage handed over by Hamas.", "2025-11-04") == [
        ("", "", 15)]


def test_that_month_points_back_to_the_month_named_before():
    found = rows("The ministry says more than 69,400 people have been killed in Gaza since "
                 "October 2023. Hamas's attack on southern Israel that month killed about 1,200 "
                 "people.", "2025-11-18")
    assert [(r["metric"], r["as_of"]) for r in found] == [
        ("gaza_killed", "2025-11-18"), ("israel_killed", "2023-10")]


@pytest.mark.parametrize("text", [
    "Now 51, he is one of the prisoners sent to Egypt.",
    "He does not expect to see his mother, who is 83, again.",
])
def test_ages_opening_a_sentence_or_after_who_is(text):
    assert [(r["metric"], r["unit"]) for r in rows(text, "2025-11-21")][0] == ("", "year")


def test_a_participle_set_off_after_the_figure_yields_to_the_verb():
    assert keys("Another 1,718 detainees from Gaza, held without charge, were returned to the "
                "Strip the same day.", "2025-11-21") == [
        ("palestinian_prisoners_released", "", 1718)]


def test_a_stay_in_gaza_counted_in_days_is_no_truce():
    assert keys("The other remained in Gaza for 738 days until Monday, when he was among the "
                "20 hostages released under the new ceasefire.", "2025-10-15")[0] == (
        "", "", 738)


def test_those_arrested_are_not_those_freed():
    found = keys("More than 1,500 children from the West Bank have been arrested, most of them "
                 "released within days or weeks.", "2025-10-20")
    assert found == [("", "", 1500)]
    assert keys("Nineteen boys from his school have been arrested since the war began. Twelve "
                "have since been released.", "2024-11-30")[-1] == (
        "palestinian_prisoners_released", "children", 12)


def test_freed_peoples_health_is_no_release():
    found = keys("He was among the 20 hostages released under the ceasefire. Most were "
                 "malnourished. Two remain in intensive care, a spokesman said.", "2025-10-15")
    assert found[-1] == ("", "", 2)


def test_detainees_arrested_in_gaza_are_who_is_freed():
    found = keys("All of the hostages would be freed in exchange for 250 prisoners serving life "
                 "sentences and some 1,700 detainees arrested in Gaza during the war.",
                 "2025-10-05")
    assert found[-1] == ("palestinian_prisoners_released", "", 1700)


def test_a_group_opening_the_sentence_gives_its_state():
    found = keys("Israel believes 20 of the 48 remaining captives are alive. Among the hostages "
                 "believed to be alive are 19 men, most of them taken from a festival.",
                 "2025-10-05")
    assert found[-1] == ("hostages_held", "alive", 19)


def test_senior_citizens_over_80_is_an_age_limit():
    found = rows("Abducted on 7 October 2023: 251, including 38 children and 8 senior citizens "
                 "over 80", "2025-04-01")
    assert [(r["metric"], r["value"]) for r in found][-1] == ("", 80)


def test_a_yearless_day_soon_after_a_full_date_a_sentence_back_takes_its_year():
    found = rows("The first pause began on November 24, 2023. It was extended twice and ended "
                 "after seven days on December 1, when fighting resumed.", "2025-12-03")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 7, "2023-12-01")]
    found = rows("The war began on October 7, 2023. On January 19, 33 hostages were freed.",
                 "2025-12-03")
    assert found[-1]["as_of"] == "2025-01-19"


def test_a_clause_of_what_the_event_ended_is_of_its_day():
    found = rows("Talks on a second phase stalled, and Israel resumed its offensive on March 18, "
                 "ending the truce after 58 days.", "2025-12-03")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 58, "2025-03-18")]


def test_prisoners_martyred_in_prison_are_no_level_held():
    found = keys("They added that at least 63 prisoners had been martyred in occupation prisons "
                 "since October 2023, 40 of them from Gaza.", "2025-04-17")
    assert [k[0] for k in found] == ["", ""]


def test_an_inverted_count_after_a_qualifier():
    found = keys("Saturday's exchange brought to 18 the number of hostages freed, and to more "
                 "than 580 the number of Palestinians released.", "2025-02-01")
    assert found == [("hostages_released", "", 18), ("palestinian_prisoners_released", "", 580)]


def test_of_those_after_a_figure_breaks_that_figure_down():
    found = keys("Of the 33 hostages due out in the first phase, 15 remain in Gaza; Israel "
                 "believes eight of those are dead.", "2025-02-01")
    assert found[1:] == [("hostages_held", "", 15), ("hostages_held", "deceased", 8)]


def test_out_of_gaza_is_a_release_of_hostages_not_of_patients():
    assert keys("That means all 20 living hostages are now out of Gaza.", "2025-10-13") == [
        ("hostages_released", "alive", 20)]
    assert keys("Fewer than 5,000 patients have been allowed out of Gaza for treatment since "
                "May.", "2025-11-28") == [("", "", 5000)]
    assert keys("Some 7,800 people have been evacuated out of Gaza for medical care.",
                "2025-11-28") == [("", "", 7800)]


def test_people_who_lived_somewhere_are_a_population():
    found = keys("When the last of the kibbutz's captives came home, residents gathered. Of the "
                 "roughly 400 people who lived here on October 7, 2023, 117 were either killed "
                 "or abducted that morning.", "2025-12-07")
    assert found == [("", "", 400), ("israel_killed", "", 117)]


def test_a_place_the_next_figures_verb_goes_to_is_that_figures():
    found = keys("On October 7, 2023, militants attacked the kibbutz. Forty-seven were killed in "
                 "their homes and 76 were taken to Gaza.", "2025-12-07")
    assert found == [("israel_killed", "", 47), ("hostages_abducted", "", 76)]


def test_the_parts_of_the_dead_are_dead():
    assert keys("His return leaves the bodies of three hostages in Gaza: two Israelis and a "
                "Thai national.", "2025-11-21") == [("hostages_held", "deceased", 3),
                                                    ("hostages_held", "deceased", 2)]


def test_bodies_handed_over_by_an_agent_are_its_metrics_dead():
    assert keys("Hamas has returned 25 bodies since the ceasefire began.", "2025-11-21") == [
        ("hostages_released", "deceased", 25)]
    assert keys("Israel has returned 45 bodies since Monday.", "2025-11-21") == [("", "", 45)]


def test_a_total_of_a_rate_of_bodies_counts_bodies():
    found = keys("Hamas has returned 25 bodies since the ceasefire began. Israel has in turn "
                 "released the bodies of 15 Palestinians for each hostage returned, 375 in "
                 "total, the ministry said.", "2025-11-21")
    assert found[1:] == [("", "", 15), ("", "", 375)]


def test_the_number_of_a_kind_past_a_full_date():
    found = rows("The soldier's death brings the number of Israeli troops killed in the Gaza "
                 "ground operation since October 27, 2023, to 467, according to military "
                 "figures.", "2025-10-29")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found] == [
        ("gaza_killed", "soldiers", 467)]


def test_a_count_named_again_after_a_change_keeps_its_kind():
    found = keys("Families of the 15 hostages whose remains were still in Gaza at the start of "
                 "this month have held rallies. With Tuesday's handover, the number has fallen "
                 "to 13.", "2025-10-22")
    assert found == [("hostages_held", "deceased", 15), ("hostages_held", "deceased", 13)]


def test_a_class_phrase_running_on_past_of():
    found = keys("Some 1,100 residents of the Strip are still held by the army without charge, "
                 "in addition to the 1,718 freed in October.", "2025-11-13")
    assert found == [("palestinian_prisoners_held", "", 1100),
                     ("palestinian_prisoners_released", "", 1718)]
    # (not a class word of its own after "of")
    assert keys("The first phase ended after six weeks of relative calm.",
                "2025-03-07") == [("ceasefire_days", "", 42)]


def test_a_partitive_after_that_breaks_its_whole_down():
    found = keys("The paper notes that of the 28 deceased hostages Hamas agreed to return, 23 "
                 "have come back.", "2025-11-13")
    assert found == [("hostages_released", "deceased", 28),
                     ("hostages_released", "deceased", 23)]


def test_detainees_of_another_front_count_for_no_metric():
    assert keys("Lebanon's government urged Israel to release at least 15 Lebanese citizens it "
                "has held since the 2024 war.", "2025-11-15") == [("", "", 15)]


def test_where_people_come_from_is_no_place_they_are_held_in():
    found = keys("The third group, 2,673 people, were held under the unlawful combatants law, "
                 "almost all of them from Gaza. Among all those held, there were about 400 "
                 "minors and 49 women.", "2025-10-08")
    assert found[-2:] == [("palestinian_prisoners_held", "children", 400),
                          ("palestinian_prisoners_held", "women", 49)]


def test_coffins_holding_a_list_of_people_take_no_subgroup_of_its_first():
    found = keys("Hamas handed over four coffins on Thursday that it said contained the bodies "
                 "of a mother, her two young sons and an 83-year-old man.", "2025-02-21")
    assert found[0] == ("hostages_released", "deceased", 4)


def test_the_names_on_a_list_of_the_dead_count_the_dead():
    found = rows("The Gaza health ministry's latest list of identified dead, published in "
                 "October, contains 67,869 names.", "2025-11-03")
    assert [(r["metric"], r["value"]) for r in found] == [("gaza_killed", 67869)]


def test_a_subject_says_what_its_share_counts():
    found = keys("The ministry's latest list of identified dead contains 67,869 names. Children "
                 "under 18 make up 20,179 of the entries, or about 30%. Women account for "
                 "another 10,427.", "2025-11-03")
    assert [k for k in found if k[0]] == [("gaza_killed", "", 67869),
                                         ("gaza_killed", "children", 20179),
                                         ("gaza_killed", "women", 10427)]


def test_a_whole_after_many_of_the_keeps_its_own_participle():
    found = rows("Freed detainees described beatings at the army camp, where many of the 1,718 "
                 "Gaza detainees released on Monday had been held.", "2025-10-16")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", 1718, "2025-10-13")]


def test_people_in_administrative_detention_are_prisoners_without_a_verb():
    assert keys("The group counted 3,376 people in administrative detention at the start of "
                "this month.", "2025-01-14") == [("palestinian_prisoners_held", "", 3376)]


def test_a_cue_inside_one_another_figure_took_is_taken_with_it():
    found = keys("Over the week, 105 captives left Gaza - 81 Israelis and 24 foreign nationals - "
                 "and 240 Palestinian women and teenagers left Israeli prisons.", "2025-01-14")
    assert [k for k in found if k[0]] == [("hostages_released", "", 105),
                                         ("hostages_released", "", 81),
                                         ("hostages_released", "", 24),
                                         ("palestinian_prisoners_released", "", 240)]


def test_then_set_off_by_a_comma_points_back_to_the_last_date():
    found = rows("The rosters in the November 2023 truce were shorter. Over the week then, 105 "
                 "captives were freed.", "2025-01-14")
    assert [(r["metric"], r["as_of"]) for r in found if r["metric"]] == [
        ("hostages_released", "2023-11")]


def test_that_day_after_a_month_only_is_that_month():
    found = rows("Some 250 people were seized in the attack of October 2023. Of the 251 "
                 "people taken that day, 207 have come home.", "2025-10-04")
    assert [(r["value"], r["as_of"]) for r in found if r["metric"] == "hostages_abducted"] == [
        (250, "2023-10"), (251, "2023-10")]


def test_the_clauses_finite_verb_outweighs_a_far_participle_of_its_subject():
    found = rows("Some 48 people seized in the big attack on the town are held in the Strip. "
                 "Four hostages rescued on Saturday had been held for 245 days.", "2025-10-04")
    assert [(r["metric"], r["value"]) for r in found if r["metric"]] == [
        ("hostages_held", 48), ("hostages_released", 4)]


def test_a_date_naming_an_attack_is_no_date_of_a_level():
    found = rows("As of Saturday, 48 people seized in the attack of October 2023 are held in "
                 "the Strip.", "2025-10-04")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_held", "2025-10-04")]


def test_a_state_after_a_whole_of_a_vague_part_is_the_parts():
    found = keys("It depends on how many of the 33 hostages due out in phase one are returned "
                 "alive. All of the 20 hostages were returned alive.", "2025-01-14")
    assert found == [("hostages_released", "", 33), ("hostages_released", "alive", 20)]


def test_parts_set_off_by_commas_that_add_up_break_the_figure_down():
    found = keys("Israel released 90 Palestinian prisoners early on Monday. Buses carrying the 90 "
                 "prisoners, 69 women and 21 teenage boys, left Ofer prison after midnight.",
                 "2025-01-20")
    assert found[1:] == [("palestinian_prisoners_released", "", 90),
                         ("palestinian_prisoners_released", "women", 69),
                         ("palestinian_prisoners_released", "children", 21)]


def test_a_group_of_a_bare_figure_counts_what_was_counted_before():
    found = keys("Seven hostages were freed in the morning. A second group of 13 has been handed "
                 "over in Khan Younis.", "2025-10-13")
    assert found == [("hostages_released", "", 7), ("hostages_released", "", 13)]


def test_the_subject_of_a_verb_of_counting_is_what_it_counts():
    found = keys("About 250 boys are currently held, while women prisoners number 82.",
                 "2024-09-02")
    assert found == [("palestinian_prisoners_held", "children", 250),
                     ("palestinian_prisoners_held", "women", 82)]


def test_a_sentence_veto_in_another_clause_with_its_own_figure_is_that_figures():
    found = rows("The media office said 61,499 people had been killed in Gaza. Its breakdown "
                 "listed 18,430 children among the dead, and said 9,500 people were missing.",
                 "2025-08-12")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found] == [
        ("gaza_killed", "", 61499), ("gaza_killed", "children", 18430), ("", "", 9500)]
    assert found[1]["attribution"] != "and"


def test_a_month_after_a_possessive_dates_a_statement():
    found = rows("Israel holds 3,323 people without charge or trial, the rights group said in "
                 "its August update.", "2024-09-02")
    assert [(r["metric"], r["as_of"]) for r in found] == [("palestinian_prisoners_held",
                                                           "2024-08")]


def test_a_bare_figure_after_a_group_counted_on_its_own_counts_that_group():
    found = keys("The paper notes that 646 soldiers have been killed on all fronts. Some 3,900 "
                 "have been wounded in the ground offensive in Gaza, about 500 of them "
                 "seriously.", "2024-06-11")
    assert found[1:] == [("gaza_injured", "soldiers", 3900), ("gaza_injured", "soldiers", 500)]


def test_a_bare_subject_opening_a_clause_with_a_plain_passive_takes_no_earlier_cue():
    found = keys("UNICEF said more than 50,000 children had been killed or injured in Gaza. The "
                 "agency said many children were out of school, and that nearly a million had "
                 "been displaced repeatedly.", "2024-10-10")
    assert found == [("gaza_casualties", "children", 50000), ("", "", 1000000)]


def test_a_noun_ending_like_a_participle_is_no_passive():
    found = keys("The ministry says 41,909 people have been killed in Gaza. A breakdown of "
                 "identified bodies followed: of 24,686 people identified by April, 7,797 were "
                 "children and 4,959 were women.", "2024-09-17")
    assert [k for k in found if k[1]] == [("gaza_killed", "children", 7797),
                                         ("gaza_killed", "women", 4959)]


def test_the_present_of_timelines_cues_as_the_past_does():
    found = keys("20 August - The army recovers the bodies of six hostages from a tunnel in "
                 "Khan Younis.", "2024-12-31")
    assert found == [("hostages_released", "deceased", 6)]


def test_a_timeline_entry_date_outweighs_the_present_of_its_sentence():
    found = rows("January 2024 - Israel says 136 hostages remain, about two dozen of them "
                 "thought dead.", "2024-12-31")
    assert [(r["value"], r["as_of"]) for r in found] == [(136, "2024-01"), (24, "2024-01")]
    assert found[0]["attribution"] == "Israel"


def test_a_change_set_off_by_commas_counts_the_number_named_before_it():
    found = rows("It says the number of Palestinians held by Israel has roughly doubled since "
                 "the war began, to more than 9,600 at the start of July.", "2024-08-06")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found] == [
        ("palestinian_prisoners_held", 9600, "at_least")]


def test_a_bare_figure_after_for_is_the_other_side_of_an_exchange():
    found = keys("Across all of it, Israel could free close to 1,900 people for 33.",
                 "2025-01-20")
    assert found == [("palestinian_prisoners_released", "", 1900), ("hostages_released", "", 33)]


def test_a_name_set_off_by_commas_may_stand_inside_a_two_word_cue():
    found = keys("Israel freed 1,027 prisoners to get one soldier, Gilad Shalit, home after "
                 "five years in captivity.", "2025-01-20")
    assert found[:2] == [("palestinian_prisoners_released", "", 1027),
                         ("hostages_released", "soldiers", 1)]


def test_names_on_a_list_the_sentence_before_described_count_its_people():
    found = keys("Gaza's health ministry publishes lists of the identified dead. Its most recent "
                 "list contains 50,021 names.", "2025-04-01")
    assert found == [("gaza_killed", "", 50021)]


def test_a_participle_set_off_after_a_noun_counting_no_one_describes_that_noun():
    found = keys("The ministry has published lists of the people it has identified by name. Its "
                 "most recent list, released in late March, contains 50,021 names. Of those, "
                 "15,613 are children.", "2025-04-01")
    assert [k for k in found if k[0]] == []


def test_the_number_restated_keeps_the_kind_of_the_count_before():
    found = rows("Israel has lowered its estimate of how many people were killed on October "
                 "7th. What happened? For weeks officials had been saying around 1,400. On "
                 "Friday a spokesman said the number is now about 1,200.", "2023-11-11")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("israel_killed", 1400, "2023-11-11"), ("israel_killed", 1200, "2023-11-10")]


def test_an_event_refused_leaves_the_people_after_it_as_they_were():
    assert keys("Hamas has refused to release the 48 hostages held in Gaza.", "2025-10-09") == [
        ("hostages_held", "", 48)]


def test_a_bare_figure_serving_life_terms_counts_prisoners():
    found = keys("Israel released more than 600 prisoners overnight. Buses carrying 46 of the "
                 "prisoners arrived in Ramallah, while the rest were taken to Gaza, the society "
                 "said. Most of those sent to Gaza were men detained there during the war. "
                 "Around 150 had been serving life terms.", "2025-02-27")
    assert found[-1] == ("palestinian_prisoners_released", "life_sentence", 150)


def test_an_event_refused_weighs_less_than_the_state_said_of_the_people():
    assert keys("Israel resumed operations because Hamas refused to free the 59 hostages it "
                "still holds.", "2025-03-18") == [("hostages_held", "", 59)]


def test_that_morning_points_back_to_the_last_day_named():
    found = rows("Hamas attacked on Saturday, 7 October 2023. Some 251 people were dragged "
                 "into Gaza that morning.", "2025-05-28")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_abducted", "2023-10-07")]


def test_one_person_of_a_small_number_is_an_age():
    found = rows("Her relatives killed in the war number 17, from a grandmother of 81 to a boy of "
                 "four.", "2025-03-14")
    assert [(r["value"], r["metric"], r["unit"]) for r in found][1:] == [
        (81, "", "year"), (4, "", "year")]


def test_a_part_of_the_dead_breaks_down_the_toll_not_the_wounded():
    found = keys("The ministry says 48,524 people have been killed and 111,955 wounded. It says "
                 "more than 17,000 of the dead were children.", "2025-03-14")
    assert found[-1] == ("gaza_killed", "children", 17000)


def test_a_part_of_them_is_no_part_of_a_smaller_figure():
    found = keys("Around 3,500 Palestinians are held in administrative detention. The two "
                 "exchanges so far brought the release of about 2,000 of them.", "2025-10-07")
    assert found[-1] == ("palestinian_prisoners_released", "", 2000)


def test_a_date_closing_a_pair_joined_by_and_dates_both():
    found = rows("According to the ministry, 44,532 Palestinians killed and 105,538 injured "
                 "between 7 October 2023 and 3 December 2024.", "2024-12-04")
    assert [(r["value"], r["as_of"]) for r in found] == [(44532, "2024-12-03"),
                                                        (105538, "2024-12-03")]


def test_a_figure_serving_life_sentences_counts_prisoners_of_that_subgroup():
    found = keys("Israel released 1,968 prisoners. That's 250 serving life sentences and 1,718 "
                 "from Gaza who were detained during the war.", "2025-10-14")
    assert found[1] == ("palestinian_prisoners_released", "life_sentence", 250)


def test_the_number_of_a_kind_of_people_standing_at_a_value_is_their_level():
    assert keys("The number of hostages stands at 53.", "2025-06-20") == [
        ("hostages_held", "", 53)]
    assert keys("The number of detainees since October 2023 has exceeded 12,000.",
                "2025-06-20") == [("", "", 12000)]


def test_it_shared_by_two_predicates_is_the_count_named_before():
    found = keys("Israel's count of hostages moved the other way. It fell during the truce, "
                 "and now stands at 53 after rescues and recoveries of bodies since March.",
                 "2025-06-20")
    assert found == [("hostages_held", "", 53)]


def test_during_it_opening_a_sentence_points_back_to_the_last_date():
    found = rows("The previous ceasefire collapsed in March. During it, 33 hostages were "
                 "handed over.", "2025-07-08")
    assert [(r["metric"], r["as_of"]) for r in found] == [("hostages_released", "2025-03")]


def test_an_item_after_a_part_with_a_verb_of_its_own_is_no_part():
    found = keys("Around 1,200 people were killed in the 7 October attack, including 815 "
                 "civilians, and 251 were taken hostage. Some 33 hostages were freed (25 "
                 "alive, eight dead).", "2024-12-03")
    assert found[2] == ("hostages_abducted", "", 251)
    assert found[-1] == ("hostages_released", "deceased", 8)


def test_that_days_as_a_possessive_points_back_to_no_date():
    found = rows("Hamas attacked on 7 October 2023. The remaining 1,167 would be Gazans "
                 "detained since then, who were not involved in that day's attack.",
                 "2025-01-15")
    assert [r["as_of"] for r in found if r["value"] == 1167] == ["2025-01-15"]


def test_perhaps_before_a_figure_is_approximate():
    found = rows("Israel believed 128 hostages were still in Gaza, of whom perhaps 90 were "
                 "alive.", "2025-10-15")
    assert [(r["value"], r["qualifier"]) for r in found] == [(128, "exact"), (90, "approximate")]


def test_a_part_of_those_described_by_a_participle_takes_its_own_state():
    found = keys("In May 2024, Israel believed 128 hostages were still in Gaza. By the time the "
                 "last 20 living captives walked out this week, more than 40 of those once "
                 "thought alive had been declared dead.", "2025-10-15")
    assert found == [("hostages_held", "", 128), ("hostages_released", "alive", 20),
                     ("hostages_held", "deceased", 40)]


def test_bodies_said_to_be_still_held_are_the_dead_of_the_held():
    found = keys("Israel believes 48 hostages remain in Gaza. If the second phase stalls, the 28 "
                 "bodies still in Gaza may never all be found.", "2025-10-15")
    assert found[-1] == ("hostages_held", "deceased", 28)


def test_the_value_a_change_starts_from_is_of_the_span_opening_the_sentence():
    found = rows("Since May 2024, the health ministry's toll has risen from about 35,000 to "
                 "more than 67,000.", "2025-10-15")
    assert [(r["value"], r["as_of"]) for r in found] == [(35000, "2024-05"), (67000, "2025-10-15")]


def test_a_figure_naming_a_source_counts_nothing():
    found = keys("At its busiest, the base held as many as 1,000 detainees, according to two "
                 "soldiers who served there.", "2025-03-19")
    assert found == [("palestinian_prisoners_held", "", 1000), ("", "", 2)]


def test_people_of_no_kind_held_where_nothing_places_them_are_of_the_kind_named_before():
    found = keys("At least 36 detainees died at the base or after being taken from it. Today "
                 "the base holds fewer than 100 people, officials say.", "2025-03-19")
    assert found[-1] == ("palestinian_prisoners_held", "", 100)


def test_an_inverted_count_takes_its_state_from_the_count_after_it():
    found = keys("Israel identified the remains of four hostages handed over overnight, bringing "
                 "to fifty-nine the number still held in Gaza. It also brought to 24 the number "
                 "of hostages still alive.", "2025-02-28")
    assert found == [("hostages_released", "deceased", 4), ("hostages_held", "", 59),
                     ("hostages_held", "alive", 24)]


def test_a_verb_taking_no_object_is_the_figures_own_verb_not_a_participle():
    assert keys("Israel said 94 hostages remained in Gaza after three were freed on Sunday.",
                "2025-01-20") == [("hostages_held", "", 94), ("hostages_released", "", 3)]


def test_a_verb_closing_the_sentence_after_its_subject_names_the_source():
    found = rows("No fewer than 8,000 Palestinians remain in detention, rights groups estimate. "
                 "Each of the three papers gave 59 hostages, and each gave its own count.",
                 "2025-03-01")
    assert [r["attribution"] for r in found] == ["rights groups", "", ""]


def test_a_table_aligned_with_spaces_and_its_totals_line():
    text = ("The table lists each handover under the ceasefire.\n\n"
            "Date        Hostages freed   Prisoners freed\n"
            "19 Jan      3                90\n"
            "25 Jan      4                200\n\n"
            "Totals: 7 hostages and 290 prisoners.")
    found = rows(text, "2025-02-09")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", 3, "2025-01-19"),
        ("palestinian_prisoners_released", 90, "2025-01-19"),
        ("hostages_released", 4, "2025-01-25"),
        ("palestinian_prisoners_released", 200, "2025-01-25"),
        ("hostages_released", 7, "2025-02-09"),
        ("palestinian_prisoners_released", 290, "2025-02-09")]


def test_a_speakers_own_people_by_the_thousand_are_people():
    found = keys("Sixty-five thousand of our sons and daughters have been killed, according to "
                 "the Ministry of Health.", "2025-09-26")
    assert found == [("gaza_killed", "", 65000)]


def test_a_part_of_the_dead_with_no_toll_before_it_takes_its_own_cue():
    found = keys("More than 160,000 have been wounded in Gaza. Eighteen thousand of the dead "
                 "were children.", "2025-09-26")
    assert found == [("gaza_injured", "", 160000), ("gaza_killed", "children", 18000)]


def test_people_in_prisons_are_prisoners():
    assert keys("Ten thousand people languish in the occupation's prisons.", "2025-09-26") == [
        ("palestinian_prisoners_held", "", 10000)]


def test_a_bare_answer_counts_what_its_question_asked_and_takes_its_date():
    found = rows("How many Palestinians did Israel free on Monday?\n1,968: 250 serving long "
                 "or life sentences and 1,718 held from Gaza without charge.", "2025-10-15")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", "", 1968, "2025-10-13"),
        ("palestinian_prisoners_released", "life_sentence", 250, "2025-10-13"),
        ("palestinian_prisoners_released", "", 1718, "2025-10-13")]


def test_came_back_is_a_release_but_coming_back_to_live_is_not():
    assert keys("How many hostages came back?\nAll 20 living hostages.", "2025-10-15") == [
        ("hostages_released", "alive", 20)]
    assert keys("Of the 400 residents of the kibbutz, fewer than 100 have come back to live "
                "here.", "2025-10-15")[-1] == ("", "", 100)


def test_the_names_statements_give_each_side_are_read_as_their_kind():
    found = keys("The brigades said they would release three Zionist prisoners on Saturday, and "
                 "that the occupation still holds more than 10,000 Palestinian captives in its "
                 "jails.", "2025-02-14")
    assert found == [("hostages_released", "", 3), ("palestinian_prisoners_held", "", 10000)]


def test_a_figure_set_off_by_a_dash_after_a_counts_noun_counts_it():
    found = keys("The number of Palestinians killed in Gaza since October 7 – 26,751 according "
                 "to the health ministry on Tuesday – already exceeds all earlier wars.",
                 "2024-01-30")
    assert found == [("gaza_killed", "", 26751)]


def test_a_relative_clause_right_after_a_bare_figure_says_what_it_is():
    found = keys("Israel has declared 35 of the 59 remaining captives dead. Families of the "
                 "remaining 24, who are believed to be alive, urged talks.", "2025-04-03")
    assert found[-1] == ("hostages_held", "alive", 24)


def test_a_count_of_groups_lends_no_class_to_the_figures_after_it():
    found = keys("Israel was holding 9,204 Palestinians in its prisons. They fall into three "
                 "groups. 3,368 have been sentenced or are awaiting trial; and 1,242 are held "
                 "as unlawful combatants.", "2025-11-02")
    assert [k for k in found if k[0]] == [("palestinian_prisoners_held", "", 9204),
                                         ("palestinian_prisoners_held", "", 3368),
                                         ("palestinian_prisoners_held", "", 1242)]


def test_figures_adding_up_to_an_event_just_before_break_it_down():
    found = keys("Israel released 1,968 Palestinian prisoners and detainees on Monday. The "
                 "prisoners were of two very different groups. Some 250 were serving long or "
                 "life sentences, while about 1,718 were people detained in Gaza and held "
                 "without charge.", "2025-10-20")
    assert found[-2:] == [("palestinian_prisoners_released", "life_sentence", 250),
                          ("palestinian_prisoners_released", "", 1718)]
    found = keys("Of the 251 people taken, 148 have come home. Some 148 have returned and 103 "
                 "remain in Gaza.", "2025-10-20")
    assert found[-1] == ("hostages_held", "", 103)


def test_a_count_over_two_events_joined_by_and_stands_as_of_the_later():
    found = rows("Some 23 hostages were freed alive in the November 2023 truce and the January "
                 "2025 ceasefire. Strikes killed 30 people on Monday and 20 on Tuesday.",
                 "2025-10-15")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (23, "2025-01"), (30, "2025-10-13"), (20, "2025-10-14")]


def test_a_whole_named_by_a_word_of_no_kind_is_of_its_parts_kind():
    found = keys("Hamas returned all 20 living hostages and has since handed over the remains "
                 "of 26 of the 28 dead.", "2025-12-03")
    assert found == [("hostages_released", "alive", 20), ("hostages_released", "deceased", 26),
                     ("", "", 28)]


def test_charts_named_by_number_and_a_total_after_a_caption():
    found = keys("Chart 2: Hostages held in Gaza. Of the 101 hostages still held, Israel "
                 "believes at least 35 are dead.\n\nChart 3: Palestinians held by Israel, by "
                 "category. The total rose from about 5,200 before the war to 9,900.",
                 "2024-10-07")
    assert found == [("hostages_held", "", 101), ("hostages_held", "deceased", 35),
                     ("palestinian_prisoners_held", "", 5200),
                     ("palestinian_prisoners_held", "", 9900)]


def test_a_day_named_with_another_year_is_no_mention_of_the_attack():
    found = keys("The health ministry says the total of people killed reached 41,909 on 7 "
                 "October 2024. About 1,200 people were killed on 7 October 2023.", "2024-10-07")
    assert found == [("gaza_killed", "", 41909), ("israel_killed", "", 1200)]


def test_a_part_of_a_whole_no_metric_counts_is_counted_by_none_across_sentences():
    found = keys("At least 60 Palestinians have died in Israeli prisons and military detention "
                 "since October 2023, a rights group said. Of those, 48 were from Gaza, the "
                 "group said.", "2024-08-06")
    assert found == [("", "", 60), ("", "", 48)]


def test_a_part_of_a_level_takes_the_levels_date_not_its_participles():
    found = rows("Israel's count of hostages stood at 134 on Wednesday, including 130 people "
                 "seized on October 7 and four held in Gaza since before the war.",
                 "2024-03-20")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (134, "2024-03-20"), (130, "2024-03-20"), (4, "2024-03-20")]


def test_people_freed_then_re_arrested_are_no_release():
    assert keys("Israeli forces have re-arrested at least 40 Palestinians who were freed under "
                "the October prisoner exchange.", "2025-11-20") == [("", "", 40)]


def test_a_part_of_the_whole_just_counted_is_of_its_time():
    found = rows("The number of Palestinian children held in Israeli military detention reached "
                 "400 at the end of March. Of these children, 63 are held in administrative "
                 "detention.", "2025-04-10")
    assert [(r["value"], r["as_of"]) for r in found] == [(400, "2025-03"), (63, "2025-03")]


def test_two_kinds_of_people_traded_one_for_the_other_in_a_deal_are_both_released():
    found = keys("The November 2023 deal was different in kind: 240 Palestinian women and "
                 "minors for 105 hostages, most of them civilians.", "2025-01-12")
    assert found[:2] == [("palestinian_prisoners_released", "", 240),
                         ("hostages_released", "", 105)]


def test_how_many_with_no_noun_after_figures_of_prisoners_asks_about_them():
    found = keys("The prison service reported holding 10,221 Palestinians at the start of "
                 "February. Palestinian groups put the number at more than 14,000, adding "
                 "people from Gaza held by the army.\nQ: How many were released in the current "
                 "exchange so far?\nA: By our count, 1,135 up to this week.", "2025-02-18")
    assert found[-1] == ("palestinian_prisoners_released", "", 1135)


def test_a_state_said_of_all_or_both_at_the_end_of_the_clause_is_each_ones():
    found = keys("Two of its residents are still held in Gaza, both believed dead. By October, "
                 "fewer than 30 hostages remained, all but a handful of them dead.", "2025-10-07")
    assert found == [("hostages_held", "deceased", 2), ("hostages_held", "", 30)]


def test_a_crowd_put_at_a_number_is_no_count_of_those_named_before():
    found = keys("Thousands rallied for the 59 hostages still held in Gaza. Organisers put the "
                 "crowd at more than 100,000.", "2025-04-12")
    assert found == [("hostages_held", "", 59), ("", "", 100000)]


def test_figures_after_the_arrest_of_count_arrests_for_no_metric():
    found = keys("The group documented the arrest of 310 health workers since October 2023, and "
                 "at least four had died in detention.", "2024-07-02")
    assert found[0] == ("", "", 310)


def test_an_approximately_equal_sign_is_approximate():
    found = rows("🔵 Palestinians in Israeli prisons: ≈9,900", "2025-04-07")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found] == [
        ("palestinian_prisoners_held", 9900, "approximate")]


def test_a_part_of_the_whole_two_sentences_back_is_of_its_time():
    found = rows("Israel said it released 1,400 Palestinians on 3 June 2025. That is fewer than "
                 "the deal set out.\n\nOf those, 300 were serving life sentences, the list shows.",
                 "2025-06-10")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", "", 1400, "2025-06-03"),
        ("palestinian_prisoners_released", "life_sentence", 300, "2025-06-03")]


def test_the_rest_of_a_whole_just_broken_down_is_of_the_wholes_kind():
    found = keys("Israel released 1,400 Palestinians on Monday. Of those, 300 were serving life "
                 "sentences. The other 1,100 were detainees from Gaza held without charge.",
                 "2025-06-10")
    assert found == [("palestinian_prisoners_released", "", 1400),
                     ("palestinian_prisoners_released", "life_sentence", 300),
                     ("palestinian_prisoners_released", "", 1100)]


def test_still_with_a_finite_past_verb_tells_of_that_time():
    found = rows("Israel released 1,400 Palestinians on 3 June 2025. The same day, the group "
                 "handed over the 12 hostages it still held.", "2025-06-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", 1400, "2025-06-03"),
        ("hostages_released", 12, "2025-06-03")]


def test_in_the_evening_is_of_the_day_last_named():
    found = rows("Four hostages were freed on 3 June 2025. The bodies of two more were returned "
                 "in the evening.", "2025-06-10")
    assert [r["as_of"] for r in found] == ["2025-06-03", "2025-06-03"]


def test_among_those_held_are_parts_of_the_level_before():
    found = rows("The number of Palestinians in Israeli prisons exceeded 10,000 at the start of "
                 "May, the groups said. Detainees from Gaza are not included.\n\nAmong those held "
                 "are some 40 women, the statement said.", "2025-05-09")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", "", 10000, "2025-05"),
        ("palestinian_prisoners_held", "women", 40, "2025-05")]


@pytest.mark.parametrize("text", [
    "Administrative detainees number 3,400, the group said.",
    "Administrative detainees, held without charge or trial, numbered 3,400, the group said."])
def test_a_group_said_to_number_a_value_is_its_level(text):
    assert keys(text, "2025-05-09") == [("palestinian_prisoners_held", "", 3400)]


def test_a_part_of_bodies_counts_bodies():
    found = keys("In return for each hostage's remains, Israel has sent back the bodies of 15 "
                 "Palestinians; 150 bodies have been transferred to Gaza so far, according to the "
                 "health ministry, which said only 40 of them had been identified.", "2025-11-05")
    assert found == [("", "", 15), ("", "", 150), ("", "", 40)]


@pytest.mark.parametrize("text", [
    "Israel freed 990 Palestinians for 10 hostages, a ratio of close to 99 to one.",
    "Israel freed 990 Palestinians for 10 hostages in a 99-to-1 swap."])
def test_a_ratio_to_one_is_no_count(text):
    assert keys(text, "2025-10-16")[2] == ("", "", 99)


def test_a_bare_number_whose_copula_names_a_kind_of_people_counts_them():
    found = keys("Israel released almost 2,000 Palestinians for 20 hostages. Critics say 250 of "
                 "those released had been convicted; supporters reply that 1,700 were Gazans "
                 "never charged.", "2025-10-16")
    assert found[-1] == ("palestinian_prisoners_released", "", 1700)


def test_a_part_whose_clause_vetoes_the_wholes_metric_takes_not_the_wholes_metric():
    found = keys("In 2011 Israel freed 1,027 Palestinians. Officials said that more than 60 of "
                 "the 1,027 freed in 2011 were later re-arrested.", "2025-10-16")
    assert ("palestinian_prisoners_released", "", 60) not in found


def test_a_briefings_place_label_rules_out_what_it_places_elsewhere():
    found = keys("UKRAINE: Russia and Ukraine each handed over 390 prisoners of war on Friday, "
                 "the first stage of an exchange of 1,000 for 1,000, officials said.",
                 "2025-05-20")
    assert [k[0] for k in found] == ["", "", ""]


def test_the_same_value_said_again_of_the_same_event_is_the_figure_told_before():
    found = keys("The attack on southern Israel killed about 1,200 people, officials said. We "
                 "have corrected the article to say about 1,200 people were killed.",
                 "2024-11-20")
    assert found == [("israel_killed", "", 1200), ("israel_killed", "", 1200)]


def test_a_count_of_nothing_named_is_of_the_level_counted_before():
    found = keys("A study estimates that 64,000 people were killed in Gaza by June 2024. The "
                 "authors compared three lists. The ministry's own count for that period was "
                 "37,877.", "2025-01-10")
    assert found[-1] == ("gaza_killed", "", 37877)


def test_the_health_of_the_freed_vetoes_a_release_only_in_its_own_sentence():
    found = keys("Two of the men were taken straight to intensive care. Of the 251 people "
                 "abducted on October 7, 2023, 148 have now returned alive.", "2025-10-14")
    assert ("hostages_released", "alive", 148) in found


@pytest.mark.parametrize("text", [
    "Since the ground operation began, 217 soldiers have been killed.",
    "A: Since the ground operation began, 217 soldiers have been killed."])
def test_a_phrase_opening_the_sentence_places_soldiers_killed(text):
    assert keys(text, "2024-01-25") == [("gaza_killed", "soldiers", 217)]


def test_an_aside_describing_the_subject_by_its_day_dates_the_clause():
    found = rows("The last truce, agreed in January, had a first phase of six weeks.",
                 "2025-07-10")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("ceasefire_days", 42, "2025-01")]


def test_an_aside_describing_the_subject_does_not_date_a_present_perfect():
    found = rows("The deal, agreed in January, has brought home 33 hostages.", "2025-07-10")
    assert [r["as_of"] for r in found] == ["2025-07-10"]


def test_a_number_said_to_be_under_an_age_is_an_age():
    found = keys("The group interviewed 55 people released from detention. Of these, 12 were "
                 "under 18 at the time of arrest.", "2025-06-02")
    assert [k[0] for k in found] == ["", "", ""]


def test_a_date_after_a_bracket_is_the_clauses():
    found = rows("The service held 10,221 security prisoners (including 3,577 administrative "
                 "detainees) on 1 April 2025, plus 1,808 people held as unlawful combatants.",
                 "2025-06-02")
    assert [r["as_of"] for r in found] == ["2025-04-01"] * 3


def test_a_dot_read_as_parting_thousands_does_so_in_the_texts_other_figures():
    found = keys("Israel is holding more than 9.500 Palestinians in its jails, including 3.405 "
                 "in administrative detention.", "2025-03-12")
    assert found == [("palestinian_prisoners_held", "", 9500),
                     ("palestinian_prisoners_held", "", 3405)]


def test_a_verb_of_the_figures_own_clause_ruled_out_leaves_no_cue_from_another_clause():
    found = keys("A ceasefire between Israel and Hezbollah was largely holding on Thursday, "
                 "despite strikes that Lebanon's health ministry said had killed 11 people.",
                 "2024-12-05")
    assert found == [("", "", 11)]


def test_a_count_that_has_fallen_to_a_value_is_no_death():
    found = keys("The number of children in custody rose to a peak of some 450 in mid-2024, "
                 "rights groups say; it has since fallen to around 350.", "2025-05-01")
    assert ("palestinian_prisoners_held", "children", 350) in found


def test_detainees_of_another_front_are_not_palestinian_prisoners():
    assert keys("Israel is still holding at least 10 Lebanese detainees captured during the "
                "war.", "2024-12-05") == [("", "", 10)]


def test_a_whole_of_a_kind_whose_part_is_said_dead_is_the_level_of_that_kind():
    found = keys("A quarter of the community was killed or kidnapped that morning. He is 79 "
                 "now. Of the 101 hostages, Israel says around 35 are dead.", "2024-10-06")
    assert found[-2:] == [("hostages_held", "", 101), ("hostages_held", "deceased", 35)]


def test_circa_written_against_its_number_is_approximate():
    found = rows("Killed in Gaza: c.24,000 (Gaza health ministry)", "2024-01-15")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found] == [
        ("gaza_killed", 24000, "approximate")]


def test_a_labels_head_is_not_replaced_by_a_participle_of_no_kind():
    assert keys("Soldiers killed in the ground offensive: 188", "2024-01-15") == [
        ("gaza_killed", "soldiers", 188)]


def test_a_label_opening_with_a_participle_of_no_metric_counts_what_it_names():
    found = keys("Killed in Gaza: 24,000\nDisplaced in Gaza: 1.9m (UN)", "2024-01-15")
    assert found == [("gaza_killed", "", 24000), ("", "", 1900000)]


def test_a_noun_phrase_ends_where_a_number_word_opens_another_figure():
    assert keys("Hamas frees 20 living hostages three days later.", "2025-11-01")[0] == (
        "hostages_released", "alive", 20)


def test_a_bare_since_at_the_clauses_end_keeps_a_coordinated_figure_of_today():
    found = rows("About 1,200 people were killed on October 7, and more than 330 soldiers have "
                 "died in the ground offensive since.", "2024-08-20")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("israel_killed", 1200, "2023-10-07"), ("gaza_killed", 330, "2024-08-20")]


def test_vehicles_carrying_hostages_that_cross_into_israel_release_them():
    assert keys("Red Cross vehicles carrying 7 hostages cross into Israel", "2025-10-13") == [
        ("hostages_released", "", 7)]


def test_label_lines_under_a_heading_count_what_the_heading_counts():
    found = keys("Chart: Palestinians held by Israel, by category\n\nSource: a rights group, "
                 "figures as of 1 July 2025\n\nRemanded: 3,283\n\nUnlawful combatants: 2,454\n\n"
                 "Total: 5,737", "2025-07-15")
    assert found == [("palestinian_prisoners_held", "", v) for v in (3283, 2454, 5737)]


def test_days_since_an_event_are_no_truces_length():
    found = keys("It has been 76 days since the last hostages came home in the November truce, "
                 "when 105 were freed.", "2024-02-14")
    assert ("ceasefire_days", "", 76) not in found


def test_figures_said_to_follow_undergo_the_event_before():
    found = keys("Hamas is to free all 20 living hostages within 72 hours; the remains of the 28 "
                 "dead are to follow.", "2025-10-09")
    assert ("hostages_released", "deceased", 28) in found


def test_deaths_in_custody_said_before_do_not_veto_a_level_after():
    found = keys("Rights groups say at least 36 detainees have died at the base. The army says "
                 "about 700 detainees were held there at the peak of the war.", "2024-06-05")
    assert found == [("", "", 36), ("palestinian_prisoners_held", "", 700)]


@pytest.mark.parametrize("text", [
    "At least 63 prisoners have died in custody during the same period, including 40 from Gaza.",
    "At least 63 prisoners had been martyred in occupation prisons since October 2023, 40 of "
    "them from Gaza, whose names are known."])
def test_a_part_of_prisoners_who_died_counts_no_level(text):
    assert [k[0] for k in keys(text, "2025-04-17")] == ["", ""]


def test_one_hostage_remains_is_held_and_the_remains_of_are_no_cue():
    assert keys("One deceased abductee remains in Gaza.", "2025-12-04") == [
        ("hostages_held", "deceased", 1)]
    assert keys("Hamas handed over the remains of four hostages.", "2025-12-04") == [
        ("hostages_released", "deceased", 4)]


def test_people_said_to_be_detained_are_held_and_those_who_were_detained_are_not():
    assert keys("Some 270 children are detained, the group said.", "2024-12-01") == [
        ("palestinian_prisoners_held", "children", 270)]
    assert keys("Some 270 children were detained in raids last month.", "2024-12-01") == [
        ("", "", 270)]


def test_a_range_of_ages_is_no_count():
    found = keys("The first 13 hostages, women and children aged between 2 and 85, were handed "
                 "to the Red Cross on Friday.", "2023-11-25")
    assert found == [("hostages_released", "", 13), ("", "", 2)]


def test_detainees_taken_back_to_the_strip_are_released():
    assert keys("The 1,718 detainees from Gaza were taken back to the Strip.", "2025-10-14") == [
        ("palestinian_prisoners_released", "", 1718)]


def test_a_relative_clause_of_the_event_dates_a_whole_with_a_long_noun():
    found = rows("Of the 250 prisoners serving life or long sentences who were released on "
                 "Monday, 154 were deported to Egypt.", "2025-10-14")
    assert [r["as_of"] for r in found] == ["2025-10-13", "2025-10-13"]


def test_figures_also_freed_are_of_the_day_the_sentence_before_named():
    found = rows("The first 13 hostages were handed to the Red Cross on Friday. Ten Thai "
                 "nationals were also freed. In return, Israel released 39 Palestinians.",
                 "2023-11-25")
    assert [r["as_of"] for r in found] == ["2023-11-24"] * 3


def test_parts_of_a_count_of_bodies_are_bodies():
    found = keys("Israel is holding the bodies of at least 726 Palestinians in morgues. Among "
                 "them are 86 who died in Israeli prisons and 67 children.", "2025-03-01")
    assert [k[0] for k in found] == ["", "", ""]


def test_a_count_restated_as_the_figure_cited_is_of_the_toll_before():
    found = keys("In November 2023 officials revised the toll of the attack on southern Israel to "
                 "about 1,200 killed. The figure usually cited now is 1,139, including 695 "
                 "Israeli civilians.", "2024-03-10")
    assert found[1:] == [("israel_killed", "", 1139), ("israel_killed", "", 695)]


def test_ages_listed_after_aged_are_ages():
    found = keys("Hamas freed three hostages. The three men, aged 29, 36 and 46, were handed "
                 "to the Red Cross.", "2025-02-15")
    assert [k[0] for k in found[2:]] == ["", "", ""]


def test_a_numbered_card_is_a_name():
    assert keys("Card 2: Israel believes 20 hostages are alive.", "2025-10-05") == [
        ("hostages_held", "alive", 20)]


def test_an_event_denied_did_not_happen():
    found = keys("48 hostages remain in Gaza. Israel believes 20 of them are alive. 28 are "
                 "believed dead; their bodies have not been returned.", "2025-10-05")
    assert found[-1] == ("hostages_held", "deceased", 28)
    assert keys("The bodies of 28 hostages have not been returned.", "2025-10-05")[0][0] != \
        "hostages_released"


def test_them_are_people_named_before_not_a_span_of_time():
    found = keys("The first truce freed hostages. A year ago this week, the first truce brought "
                 "105 of them home.", "2024-11-28")
    assert ("ceasefire_days", "", 735) not in found
    assert found[-1] == ("hostages_released", "", 105)


def test_them_are_the_things_the_sentence_opened_with():
    found = keys("Israel freed 90 prisoners; Hamas, three hostages. Aid trucks began entering "
                 "the Strip, some 630 of them on the first day.", "2025-01-20")
    assert found[-1] == ("", "", 630)


def test_deaths_of_october_7_placed_in_israel_before_are_the_attacks():
    found = keys("Of the roughly 400 people who lived in Nir Oz on October 7, 2023, a quarter "
                 "were killed or taken hostage. Forty-seven residents were killed that morning "
                 "and 76 were abducted to Gaza.", "2025-10-07")
    assert ("israel_killed", "", 47) in found and ("gaza_killed", "", 47) not in found


def test_subject_of_a_share_verb_is_the_part():
    assert keys("Women soldiers made up four of the hostages freed on Saturday.",
                "2025-02-03") == [("hostages_released", "soldiers", 4)]
    assert ("gaza_killed", "children", 40) in keys(
        "Children accounted for about 40 of the 100 people killed, the ministry said.")


def test_a_questions_span_start_dates_no_answer():
    assert rows("How many have come home since the ceasefire began in January? Thirty-three "
                "hostages were handed over.", "2025-03-04")[0]["as_of"] == "2025-03-04"


def test_the_total_is_not_a_value_given_only_to_compare():
    found = rows("The number held rose to 11,056 Palestinian prisoners at the start of October, "
                 "up from 10,800 in July. Of the total, 3,544 were held without charge.",
                 "2025-10-14")
    assert [(r["value"], r["as_of"]) for r in found][-1] == (3544, "2025-10")


def test_the_place_an_event_takes_people_from_is_no_state():
    assert keys("Detainees released from Israeli custody numbered 33.", "2024-06-18") == [
        ("palestinian_prisoners_released", "", 33)]


def test_the_subject_of_numbered_may_stand_far_back():
    assert keys("Detainees released from Israeli custody through the Kerem Shalom crossing this "
                "week numbered 33, the Red Crescent said.", "2024-06-18") == [
        ("palestinian_prisoners_released", "", 33)]


def test_a_part_of_a_qualified_whole_reads_the_whole_noun():
    assert keys("The group said some 47 of the roughly 1,400 Gazans held under the law were "
                "minors.", "2025-03-12")[0] == ("palestinian_prisoners_held", "children", 47)


def test_people_said_to_be_under_an_age_are_minors_and_no_figure():
    found = keys("The group said at least 47 of the 1,400 Gazans held under the law were under "
                 "the age of 18.", "2025-03-12")
    assert found[0] == ("palestinian_prisoners_held", "children", 47)
    assert found[-1][0] == ""  # the 18 is an age


def test_a_part_of_a_whole_its_noun_phrase_dates_takes_that_date():
    found = rows("The group said at least 47 of the 1,400 Gazans held under the law at the end "
                 "of February were minors.", "2025-03-12")
    assert [r["as_of"] for r in found][:2] == ["2025-02", "2025-02"]


def test_an_age_written_with_its_number_is_never_a_part():
    found = rows("At least 50 hostages are to be released. Three Americans are among the first "
                 "50, including a three-year-old girl. A 10-month-old baby was among them.",
                 "2023-11-21")
    ages = [(r["metric"], r["value"], r["unit"]) for r in found if r["unit"] in ("year", "month")]
    assert ages == [("", 3, "year"), ("", 10, "month")]


def test_people_still_to_undergo_an_event_are_in_the_level_it_ends():
    found = keys("Hamas had handed over the remains of four deceased hostages by October 14, "
                 "with 24 more still to be returned. Twelve hostages are yet to be freed.",
                 "2025-10-16")
    assert ("hostages_held", "deceased", 24) in found and ("hostages_held", "", 12) in found


def test_the_same_morning_is_the_day_last_named():
    found = rows("All 20 living hostages were freed on October 13. Israel released 1,968 "
                 "prisoners the same morning.", "2025-10-16")
    assert [r["as_of"] for r in found] == ["2025-10-13", "2025-10-13"]


def test_a_bare_whole_counts_what_its_listed_parts_count():
    found = keys("Officials put the number released that day at 1,968: 250 prisoners serving "
                 "long sentences and 1,718 detainees from Gaza.", "2025-10-16")
    assert found[0] == ("palestinian_prisoners_released", "", 1968)


def test_a_count_that_falls_or_comes_back_is_the_level_the_event_ends():
    found = keys("The releases cut it by about 1,800, but by June the count of prisoners was "
                 "back at 10,400. The exchange, in which 1,968 prisoners were freed, brought "
                 "the total down to around 9,100.", "2025-11-20")
    assert ("palestinian_prisoners_held", "", 10400) in found
    assert ("palestinian_prisoners_held", "", 9100) in found
    assert ("palestinian_prisoners_released", "", 1968) in found


def test_a_season_is_dated_by_its_year():
    found = rows("In summer 2024, 10,000 prisoners were held. By April 2025 the figure stood "
                 "at 9,500 prisoners held. It climbed past 10,100 that summer.", "2025-11-20")
    assert [r["as_of"] for r in found] == ["2024", "2025-04", "2025"]


def test_a_clause_of_an_event_is_of_the_day_its_noun_names():
    found = rows("The November 2023 truce, during which 105 hostages were freed, ended, "
                 "officials said on Monday.", "2025-11-20")
    assert found[0]["as_of"] == "2023-11"


def test_deaths_of_a_part_of_hostages_held_are_its_dead():
    assert keys("120 hostages remain in Gaza. Of those, the army has confirmed the deaths of "
                "41.", "2024-07-22") == [("hostages_held", "", 120),
                                          ("hostages_held", "deceased", 41)]


def test_a_qualifier_after_the_number_stands_before_its_noun():
    found = keys("The ministry said 300 people were killed. It checked three or more sources "
                 "for each victim. Some 40 or more people were killed.", "2024-11-08")
    assert found == [("gaza_killed", "", 300), ("", "", 3), ("gaza_killed", "", 40)]


def test_a_whole_of_no_metric_named_again_with_its_noun_counts_nothing():
    found = keys("Before the attack, some 400 people lived in the kibbutz. By evening, about "
                 "a quarter of them had been killed or taken. Of the 400 residents, fewer "
                 "than 100 have come back to live here.", "2025-10-07")
    assert [k[0] for k in found] == ["", "", "", ""]


def test_a_figure_said_again_with_no_cue_counts_what_it_counted():
    found = keys("Crowds gathered on Saturday to mark 500 days since the attack, as families "
                 "urged the government to press ahead with the ceasefire. \"Five hundred days. "
                 "It is too long,\" one speaker said.", "2025-02-16")
    assert [k[0] for k in found] == ["", ""]


def test_a_bare_side_given_for_hostages_is_the_other_side():
    found = keys("Under the January deal, Israel agreed to free up to 1,904 Palestinians for 33 "
                 "hostages, and under the October deal about 2,000 for the last 20 living "
                 "captives.", "2025-10-20")
    assert ("palestinian_prisoners_released", "", 2000) in found


def test_a_later_clause_with_its_own_time_is_of_that_time():
    found = rows("Under the January deal, Israel agreed to free up to 1,904 Palestinians for 33 "
                 "hostages, and under the October deal about 2,000 for the last 20 living "
                 "captives.", "2025-10-20")
    assert [r["as_of"] for r in found] == ["2025-01", "2025-01", "2025-10", "2025-10"]


def test_a_pronoun_subject_after_an_opening_of_time_points_back():
    assert keys("The ceasefire took effect on October 10. By the time of writing it had held, "
                "with violations, for 40 days.", "2025-11-19") == [("ceasefire_days", "", 40)]


def test_the_object_of_a_plain_perfect_takes_no_earlier_cue():
    found = keys("Hamas handed over three hostages on Sunday. She has spoken twice since. The "
                 "second time, she said that she had seen only four other hostages.",
                 "2025-02-01")
    assert found == [("hostages_released", "", 3), ("", "", 4)]


def test_a_kibbutz_is_context_of_hostages():
    found = keys("She was taken from her bed in a kibbutz. She came back, one of the three "
                 "women handed over on the first day.", "2025-02-01")
    assert found[-1] == ("hostages_released", "women", 3)


def test_a_bare_figure_whose_bodies_are_named_is_of_the_dead():
    found = keys("Of the 251 hostages, 168 were brought back alive and 83 whose bodies have been "
                 "recovered.", "2025-11-05")
    assert found[-1] == ("hostages_released", "deceased", 83)


def test_a_group_with_its_own_parts_lends_its_kind_to_the_next_sentence():
    found = keys("More than 900 Israeli soldiers have been killed, according to the military, "
                 "including 466 in Gaza. Another 6,000 or so have been wounded in Gaza, the "
                 "military says.", "2025-10-06")
    assert found[-1] == ("gaza_injured", "soldiers", 6000)


def test_affidavits_from_people_released_are_a_sample_and_so_are_their_parts():
    found = keys("In affidavits collected by our lawyers from 96 children released last year, "
                 "75 described being beaten during arrest.", "2025-04-20")
    assert [k[0] for k in found] == ["", ""]


def test_a_rate_for_two_joined_nouns_counts_what_its_head_names():
    found = keys("Releases by Israel: 30 Palestinian prisoners for each woman or child released, "
                 "50 for each female soldier, and 30 for each elderly man. Up to 1,904 may be "
                 "freed in all.", "2025-01-16")
    assert found[-1] == ("palestinian_prisoners_released", "", 1904)


def test_them_are_the_things_a_figure_before_counted():
    found = keys("Hamas will free 33 hostages.\n\nAid: 600 trucks a day are to enter Gaza, 50 of "
                 "them carrying fuel.", "2025-01-16")
    assert found[-1] == ("", "", 50)


def test_a_sentence_summing_up_counts_what_the_parts_before_counted():
    found = keys("The army says seven hostages were handed over in the north this morning, and "
                 "another thirteen in the south. So that's all twenty of the living hostages "
                 "Israel believed were still being held.", "2025-10-13")
    assert found[-1] == ("hostages_released", "alive", 20)


def test_not_one_of_a_group_undergoes_the_event():
    found = keys("Israel holds 59 hostages. Not one of the 59 has been freed since the first "
                 "phase ended on March 1.", "2025-03-12")
    assert ("hostages_released", "", 59) not in found


def test_a_count_since_then_after_an_opening_of_time_is_of_today():
    found = rows("Had the first phase not been agreed in January, none of the 33 hostages "
                 "released since then might have come home.", "2025-03-12")
    assert [r["as_of"] for r in found] == ["2025-03-12"]


def test_could_exceed_is_a_lower_bound():
    assert rows("Mediators say the number of prisoners to be freed could exceed 1,000.",
                "2025-03-12")[0]["qualifier"] == "at_least"


def test_a_participle_before_a_noun_that_cannot_count_the_number_is_its_verb():
    found = rows("Of the 251 people abducted into Gaza, at least 40 held citizenship of a country "
                 "other than Israel.", "2025-10-20")
    assert [(r["metric"], r["value"]) for r in found] == [("hostages_abducted", 251),
                                                          ("hostages_abducted", 40)]


def test_a_heading_day_dates_the_timestamped_lines_below_and_only_those():
    found = rows("How the day unfolded: the exchange of February 22\n\n08:30 — Two hostages are "
                 "handed to the Red Cross in Rafah.\n\n11:50 — Three more are released in "
                 "Nuseirat.\n\nIsrael released 620 prisoners, officials said.", "2025-02-23")
    assert [r["as_of"] for r in found] == ["2025-02-22", "2025-02-22", "2025-02-23"]


def test_a_bare_number_that_was_the_last_of_a_kind_counts_that_kind():
    found = keys("Israel delayed the release of 620 Palestinian prisoners. The six were the last "
                 "living hostages to be freed in the first phase.", "2025-02-23")
    assert found[-1] == ("hostages_released", "alive", 6)


def test_a_date_of_figures_in_a_relative_clause_is_no_statement_date():
    found = rows("Israel, which says about 1,200 people were killed in the attack of October 7, "
                 "2023, has freed roughly 4,000 Palestinians.", "2025-10-25")
    assert [r["as_of"] for r in found] == ["2023-10-07", "2025-10-25"]


def test_a_clause_of_time_closing_the_figures_clause_dates_it():
    found = rows("Hamas still held 48 hostages, fewer than half of them thought to be alive, "
                 "when the October 2025 agreement was signed.", "2025-10-25")
    assert found[0]["as_of"] == "2025-10"


def test_a_count_climbing_by_one_figure_to_another_is_no_range():
    found = rows("The health ministry said the number of wounded climbed by 189 to 107,940.",
                 "2024-12-26")
    assert [(r["value"], r["qualifier"]) for r in found] == [(189, "exact"), (107940, "exact")]


def test_a_date_set_off_right_after_the_figures_clause_is_its_date():
    found = rows("When the ministry said 37,396 had been killed, in June 2024, my own estimate "
                 "was higher.", "2024-07-15")
    assert found[0]["as_of"] == "2024-06"


def test_the_number_of_reads_past_a_dash_aside_and_a_change_in_per_cent():
    found = keys("The number of Palestinians held in administrative detention — without charge "
                 "or trial — rose 12% in the first quarter to 3,405, data show.", "2025-04-10")
    assert found[-1] == ("palestinian_prisoners_held", "", 3405)


def test_releasing_a_video_of_hostages_releases_no_one():
    assert keys("Hamas's armed wing released a video on Saturday showing two Israeli hostages.",
                "2025-03-23") == [("", "", 2)]


def test_the_same_period_after_one_date_named_is_of_that_date():
    found = rows("As of June 30, 2024, the health ministry had recorded 37,877 deaths. We "
                 "estimate that traumatic deaths over the same period numbered 64,260.",
                 "2025-01-15")
    assert [r["as_of"] for r in found] == ["2024-06-30", "2024-06-30"]


def test_a_count_that_fell_after_an_exchange_is_the_level():
    found = rows("After the October 2025 exchange, in which 1,968 prisoners were freed, the count "
                 "fell to about 9,100.", "2025-12-15")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_released", 1968, "2025-10"),
        ("palestinian_prisoners_held", 9100, "2025-12-15")]


def test_a_figure_added_along_with_another_undergoes_what_it_did():
    found = keys("Sixteen living hostages have now been freed under the ceasefire, along with "
                 "five Thai nationals; 76 remain in Gaza, about half of them believed to be dead.",
                 "2025-02-09")
    assert ("hostages_released", "", 5) in found and ("hostages_held", "", 76) in found


def test_as_of_after_the_figure_outranks_a_time_opening_the_sentence():
    found = rows("Last week that was 52,829 killed, according to Gaza's health ministry, as of "
                 "May 13.", "2025-05-14")
    assert found[0]["as_of"] == "2025-05-13"


def test_a_table_whose_header_dates_its_columns_reads_rows_by_their_labels():
    found = rows("Then and now\n\n                          November 2023         "
                 "January-March 2025\nHostages freed (alive)    105                   25\n"
                 "Prisoners freed           240                   about 1,800\n", "2025-04-02")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", "alive", 105, "2023-11"),
        ("hostages_released", "alive", 25, "2025-03"),
        ("palestinian_prisoners_released", "", 240, "2023-11"),
        ("palestinian_prisoners_released", "", 1800, "2025-03")]


def test_a_date_closing_the_subject_with_a_comma_dates_the_clause_after_it():
    found = rows("In Israel, the attack of October 7, 2023, killed about 1,200 people.",
                 "2025-10-13")
    assert [(r["metric"], r["as_of"]) for r in found] == [("israel_killed", "2023-10-07")]


def test_one_or_another_person_set_off_before_a_small_number_gives_an_age():
    found = keys("Israel freed 1,968 prisoners on Monday. One man, 47, said he had spent 22 "
                 "years in prison.", "2025-10-13")
    assert [k for k in found if k[0]] == [("palestinian_prisoners_released", "", 1968)]


def test_a_bare_figure_said_again_with_its_metrics_cue_is_that_figure():
    found = keys("The first three hostages came home on Sunday; the first 90 Palestinian "
                 "prisoners were freed early on Monday.\n\nFor each civilian woman hostage, 30 "
                 "Palestinian prisoners are to be freed; for each female soldier, 50.\n\n"
                 "Who was in the first group?\n\nThe ministry published a list of 95 names "
                 "on Saturday night. In the end 90 were released: 69 women and 21 teenage "
                 "boys.",
                 "2025-01-20")
    assert ("palestinian_prisoners_released", "women", 69) in found
    assert not any(k[0] == "hostages_released" and k[2] == 90 for k in found)


def test_a_count_from_a_date_set_off_after_a_statement_dates_the_figure():
    found = rows("Before the releases, the prison service held roughly 10,000 Palestinians.\n\n"
                 "The society said in its last count, from early January, that 59 children "
                 "were among those held in administrative detention.", "2025-01-20")
    assert [(r["subgroup"], r["as_of"]) for r in found] == [("", "2025-01-20"),
                                                            ("children", "2025-01")]


@pytest.mark.parametrize(("text", "attribution"), [
    ("Figures from the prison service show 59 children were held.", "prison service"),
    ("Figures from January to March show 59 children were held.", ""),
    ("According to prison service data from the start of October 2025, it held 11,056 "
     "such prisoners.", "prison service data"),
])
def test_a_source_ends_before_a_verb_of_finding_and_a_time_is_none(text, attribution):
    assert rows(text, "2025-10-08")[0]["attribution"] == attribution


def test_a_bare_figure_held_in_a_place_that_holds_one_kind_counts_that_kind():
    found = keys("HaMoked says 3,400 are held in administrative detention.", "2025-05-20")
    assert found == [("palestinian_prisoners_held", "", 3400)]


def test_n_of_them_after_a_span_of_days_counts_the_people_before_it():
    found = keys("She says 33 hostages were returned during the 42 days of the first phase, "
                 "eight of them in coffins.", "2025-03-18")
    assert ("hostages_released", "deceased", 8) in found
    assert ("ceasefire_days", "", 8) not in found


def test_a_ceasefire_taking_hold_holds_no_one():
    found = keys("The ministry says the toll from the overnight strikes has climbed to 413. It "
                 "is the deadliest day since the ceasefire took hold on January 19.\n\nThe "
                 "ministry's cumulative figure since October 2023 now stands at 49,547.",
                 "2025-03-18")
    assert ("gaza_killed", "", 49547) in found


def test_a_part_after_a_compared_value_belongs_to_the_figure_before_it():
    found = rows("The commission reported that as of early June about 9,300 Palestinians were "
                 "held in Israeli prisons, up from about 5,200 before the war, including "
                 "roughly 3,600 held in administrative detention.", "2024-06-20")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (9300, "2024-06"), (5200, "2023-10"), (3600, "2024-06")]


def test_a_count_named_in_a_while_clause_shares_the_date_before_it():
    found = rows("The groups said the number of prisoners had exceeded 10,300 by the beginning "
                 "of November, while the number of administrative detainees had reached "
                 "3,443.", "2024-11-30")
    assert [(r["value"], r["as_of"]) for r in found] == [(10300, "2024-11"), (3443, "2024-11")]


def test_a_month_that_year_dates_the_exchange_and_as_well_as_joins_a_figure():
    found = rows("In all, 251 people were abducted on 7 October 2023. During a week-long truce "
                 "in November that year, 105 were released in exchange for 240 Palestinian "
                 "prisoners. The ceasefire that began in January 2025 brought 25 living "
                 "hostages home, as well as the remains of eight more.", "2025-06-05")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (251, "2023-10-07"), (7, "2023-11"), (105, "2023-11"), (240, "2023-11"),
        (25, "2025-01"), (8, "2025-01")]


def test_pairs_of_an_exchange_in_a_list_keep_their_sides():
    found = keys("Every release so far has come at a price measured in prisoners: 240 for 105 "
                 "captives in the first truce, roughly 1,800 for 33 in the second.",
                 "2025-08-20")
    assert ("palestinian_prisoners_released", "", 1800) in found
    assert ("hostages_released", "", 33) in found


def test_a_heading_naming_no_kind_takes_the_unit_counted_above_and_labels_keep_lengths():
    found = rows("Held by the prison service: 10,800\nChildren: approx. 360\n\nReleases under "
                 "ceasefire agreements\n• Nov 2023 (7-day pause): 240\n• Jan–Mar 2025 (first "
                 "phase): about 1,800\n", "2025-09-03")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found][-3:] == [
        ("ceasefire_days", 7, "2023-11"),
        ("palestinian_prisoners_released", 240, "2023-11"),
        ("palestinian_prisoners_released", 1800, "2025-03")]


def test_n_for_one_closing_a_clause_is_a_rate_and_x_for_y_shares_its_date():
    found = rows("In 2011 we released one thousand and twenty-seven prisoners for one soldier. "
                 "Here it is about fifty for one.", "2025-01-16")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("palestinian_prisoners_released", 1027, "2011"), ("hostages_released", 1, "2011")]


def test_a_date_closing_inside_the_subject_parts_no_clause_from_its_verb():
    found = keys("Three Israeli men held in Gaza since October 7, 2023, were handed over to "
                 "the Red Cross on Saturday.", "2025-02-08")
    assert found == [("hostages_released", "", 3)]


def test_a_while_clause_after_parts_adds_a_part_of_the_same_whole():
    found = keys("In return, Israel released 183 Palestinian prisoners. Among them were 18 "
                 "serving life sentences and 54 serving long terms, according to the media "
                 "office, while 111 were Gazans detained during the war and held without "
                 "charge.", "2025-02-08")
    assert ("palestinian_prisoners_released", "", 111) in found


def test_parts_listed_after_an_opening_whole_take_its_date():
    found = rows("Of the roughly 10,800 Palestinians held on security grounds in July, about "
                 "3,600 were administrative detainees, 2,400 were held as unlawful combatants, "
                 "and the remainder had been sentenced.", "2025-09-15")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (10800, "2025-07"), (3600, "2025-07"), (2400, "2025-07")]


def test_a_total_after_a_vague_count_of_arrests_is_no_earlier_kind():
    found = keys("Israeli authorities say 57 Israelis were killed in attacks on Monday. "
                 "Thousands have been arrested; groups put the total at more than 20,000.",
                 "2025-10-20")
    assert not any(k[2] == 20000 and k[0] for k in found)


@pytest.mark.parametrize("text", [
    "Israeli authorities say 57 Israelis were killed in the West Bank by Palestinians over "
    "the same period.",
    "The UN office has recorded more than 1,000 Palestinians killed in the occupied West Bank "
    "since October 2023. Israeli authorities say 57 Israelis, including members of the "
    "security forces, were killed there by Palestinians over the same period.",
])
def test_the_place_a_verb_puts_a_killing_in_outweighs_the_peoples_name(text):
    assert not any(k[0] for k in keys(text, "2025-10-20") if k[2] == 57)


@pytest.mark.parametrize("text", [
    "The death toll in Gaza has crossed the 50,000 mark, as per the health ministry.",
    "Gaza death toll crosses 50,000 mark as Israeli strikes continue",
    "The death toll in Gaza has crossed the 50,000 figure, the health ministry said.",
])
def test_a_threshold_named_by_its_value_is_the_tolls_value(text):
    found = rows(text, "2025-03-24")
    assert [(r["metric"], r["value"], r["qualifier"]) for r in found] == [
        ("gaza_killed", 50000, "at_least")]


def test_out_of_which_opens_a_part_as_of_whom_does():
    found = keys("Of the 251 hostages abducted by Hamas, 58 are still in Gaza, out of which 34 "
                 "are believed to be dead.", "2025-03-24")
    assert ("hostages_held", "deceased", 34) in found


def test_a_possessive_before_the_head_noun_leaves_the_head_counted():
    found = rows("At least 75 Palestinians have died in custody, according to a tally by two "
                 "Palestinian prisoners' organisations.", "2025-07-02")
    assert [(r["metric"], r["unit"]) for r in found if r["value"] == 2] == [("", "organisation")]


def test_a_span_labelling_a_timeline_entry_dates_it_by_its_end():
    found = rows("Nov. 24-Dec. 1, 2023 — A truce holds for seven days. Hamas frees 105 "
                 "hostages, and Israel releases 240 Palestinian prisoners.", "2025-10-14")
    assert {r["value"]: r["as_of"] for r in found} == {
        7: "2023-12-01", 105: "2023-12-01", 240: "2023-12-01"}


def test_remaining_before_the_noun_yields_to_the_verb_before_the_figure():
    found = keys("Oct. 13, 2025 — Hamas releases all 20 remaining living hostages; Israel "
                 "frees 1,968 Palestinians.", "2025-10-14")
    assert ("hostages_released", "alive", 20) in found


def test_a_count_for_the_same_period_takes_the_end_the_sentence_named():
    found = rows("A study published in January 2025 estimated that 64,260 people had died of "
                 "traumatic injuries by the end of June 2024, some 41 percent more than the "
                 "ministry's count for the same period, which stood at 37,877.", "2025-04-10")
    assert {r["value"]: r["as_of"] for r in found if r["metric"]} == {
        64260: "2024-06", 37877: "2024-06"}


def test_an_opinion_held_holds_no_one_and_the_ground_war_is_gazas():
    found = keys("When Gaza's health ministry reported that 39,324 people had been killed, "
                 "the figure was met with two kinds of doubt. One held that it was inflated. "
                 "On the Israeli side, the count is precise: 1,200 people killed on October 7, "
                 "2023, and more than 400 soldiers killed in the ground war since.",
                 "2025-04-10")
    assert [k for k in found if k[0]] == [("gaza_killed", "", 39324),
                                          ("israel_killed", "", 1200),
                                          ("gaza_killed", "soldiers", 400)]


def test_a_cue_after_a_semicolon_with_its_own_subject_is_not_the_figures():
    found = keys("About 30,000 Thais worked in Israeli agriculture before the war; thousands "
                 "left afterwards.", "2025-02-10")
    assert [k for k in found if k[0]] == []


def test_a_questions_relative_clause_date_dates_no_answer():
    found = rows("Q. How many were freed under the ceasefire that ended in March?\n\nA. "
                 "Thirty-three hostages were handed over in the first phase.", "2025-04-05")
    assert [(r["value"], r["as_of"]) for r in found if r["metric"]] == [(33, "2025-04-05")]


def test_people_wounded_beside_israelis_killed_in_hostile_acts_are_no_gaza_toll():
    found = keys("The institute recognises 1,706 Israelis killed in hostile acts since that "
                 "day, including 1,163 on October 7 itself, and about 18,000 people wounded "
                 "physically.", "2025-10-27")
    assert not any(k[0] == "gaza_injured" for k in found)


def test_a_count_of_those_held_by_the_prison_service_counts_prisoners():
    found = rows("And the total number held by the prison service, which stood at about 11,100 "
                 "at the start of October, was roughly 9,200 at the start of November.",
                 "2025-11-20")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", 11100, "2025-10"),
        ("palestinian_prisoners_held", 9200, "2025-11")]


def test_people_from_gaza_held_are_no_hostages_and_hostages_bodies_are_theirs():
    found = keys("The WHO said in late 2024 that more than 300 health workers from Gaza were "
                 "being held. Two hostages' bodies are still held in Gaza.", "2025-05-12")
    assert not any(k[0] == "hostages_held" and k[2] == 300 for k in found)
    assert ("hostages_held", "deceased", 2) in found


def test_a_sentence_opening_with_then_is_of_the_time_named_before():
    found = rows("In November 2023 I watched 105 families get their loved ones back. Then the "
                 "truce collapsed after seven days.", "2025-02-18")
    assert [(r["value"], r["as_of"]) for r in found if r["metric"]] == [(7, "2023-11")]


def test_an_upper_case_label_naming_a_kind_heads_its_paragraphs_figures():
    found = keys("HOSTAGES: Hamas would free 10 living hostages. Of the 50 hostages still held "
                 "in Gaza, 20 are alive.\n\nPRISONERS: In return, Israel would release an "
                 "unspecified number of Palestinian prisoners. An earlier version of the plan "
                 "put the figure at about 1,200.", "2025-07-08")
    assert ("palestinian_prisoners_released", "", 1200) in found


def test_a_participle_clause_after_a_date_is_what_the_dated_event_did():
    found = rows("The war began when Hamas-led fighters attacked Israel on October 7, 2023, "
                 "killing some 1,200 people and abducting 251.", "2025-07-08")
    assert [(r["value"], r["as_of"]) for r in found] == [(1200, "2023-10-07"),
                                                        (251, "2023-10-07")]


def test_people_carried_across_the_fence_into_gaza_were_abducted():
    found = keys("Nir Oz had some four hundred residents before that Saturday morning. "
                 "Forty-seven residents were killed in their homes. Seventy-six were carried "
                 "across the fence into Gaza, the youngest a baby of nine months.", "2025-08-30")
    assert ("hostages_abducted", "", 76) in found


def test_a_bare_figure_confirmed_after_a_time_stamp_counts_the_people_named_before():
    found = keys("10:45 — A third hostage, Keith Siegel, has been handed over in Gaza City.\n\n"
                 "11:30 — The army confirms all three are now in Israel.", "2025-02-01")
    assert found == [("hostages_released", "", 3)]


def test_the_families_forums_name_rules_nothing_out():
    found = keys("Hostages and Missing Families Forum — status update, day 730\n\nAbducted on "
                 "October 7, 2023: 251\nReturned alive (all deals and operations): 168\n",
                 "2025-10-07")
    assert ("hostages_released", "alive", 168) in found


def test_a_count_just_before_the_event_dated_before_takes_its_month():
    found = rows("Israel freed 1,968 Palestinians on October 13. Before the release, rights "
                 "groups counted about 11,100 held by the prison service; by early November "
                 "the number was about 9,200.", "2025-11-10")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (1968, "2025-10-13"), (11100, "2025-10"), (9200, "2025-11")]


def test_a_birthday_is_an_age_and_a_wholes_present_words_date_no_part():
    found = rows("The last living hostages came home on October 13, 2025. By the end of that "
                 "month, the remains of 15 of the 28 dead hostages still held under the "
                 "ceasefire had been handed over. A man who would have turned 40 this week is "
                 "among them.", "2025-11-07")
    assert [(r["value"], r["as_of"]) for r in found if r["value"] == 15] == [(15, "2025-10")]
    assert [r["unit"] for r in found if r["value"] == 40] == ["year"]


def test_people_held_where_one_kind_is_held_are_of_that_kind_but_not_a_trade():
    found = keys("The largest single group, roughly 3,370 people, are held in administrative "
                 "detention. A further 1,200 or so are detained under the Unlawful Combatants "
                 "Law. The ministry said 183 health workers remained in Israeli detention.",
                 "2025-11-25")
    assert ("palestinian_prisoners_held", "", 3370) in found
    assert ("palestinian_prisoners_held", "", 1200) in found
    assert not any(k[2] == 183 and k[0] for k in found)


def test_a_part_of_bodies_no_metric_counts_is_counted_by_none():
    found = keys("Under the deal, Hamas was to return all 28 deceased hostages. It has so far "
                 "returned the remains of 25 of them; three are still in Gaza, including two "
                 "Israelis and one Thai national.\n\nIsrael has in turn returned the bodies of "
                 "345 Palestinians, the Gaza health ministry said, of whom 99 have been "
                 "identified by relatives.", "2025-12-03")
    assert not any(k[0] for k in found if k[2] in (345, 99))


def test_a_value_said_again_after_a_label_naming_a_part_takes_that_part():
    found = keys("Readers ask why one article says 48 hostages remain and another says 20. The "
                 "second counts only those believed to be alive: 20.", "2025-10-25")
    assert ("hostages_held", "alive", 20) in found


def test_a_number_after_for_every_is_the_base_of_a_rate():
    found = keys("Under the extension, Israel is to free 30 more prisoners for every ten "
                 "hostages.", "2023-11-27")
    assert not any(k[2] == 10 and k[0] for k in found)


def test_people_in_custody_are_prisoners():
    found = rows("Arrests in the West Bank continued. By July, HaMoked counted 10,800 people in "
                 "custody.", "2025-08-04")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("palestinian_prisoners_held", 10800, "2025-07")]


def test_a_headline_figure_takes_the_date_of_the_bodys_first_telling():
    found = rows("Three hostages freed as 110 prisoners released\n\nHamas handed over three "
                 "hostages on Thursday, and Israel released 110 prisoners.\n\nThe next exchange "
                 "is set for Saturday, when Hamas is due to release three more men.",
                 "2025-01-30")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found][:2] == [
        ("hostages_released", 3, "2025-01-30"), ("palestinian_prisoners_released", 110,
                                                 "2025-01-30")]


def test_a_count_put_at_a_value_is_placed_by_its_words_and_is_no_age():
    # "put the number of ... at": a level only where a level's own word says so; the
    # place decides between tolls
    assert keys("They put the number of people killed in Israel at 1,139.", "2024-02-14") == [
        ("israel_killed", "", 1139)]
    # "dead at 1,139" is no age of a death
    assert keys("The ministry put the number of dead at 1,139.", "2024-02-14") == [
        ("gaza_killed", "", 1139)]


def test_an_unplaced_toll_goes_on_with_the_toll_just_before():
    text = ("Officials said 1,200 people had been killed in Israel on October 7. The revision "
            "was announced publicly. A later tally put the number of dead at 1,139, including "
            "695 civilians.")
    assert keys(text, "2024-02-14") == [("israel_killed", "", 1200),
                                        ("israel_killed", "", 1139),
                                        ("israel_killed", "", 695)]


def test_a_date_before_a_change_from_one_value_to_another_is_both_values():
    found = rows("A post says Israel cut the number of people killed on October 7 from 1,400 "
                 "to 1,200.", "2024-02-14")
    assert [(r["value"], r["as_of"]) for r in found] == [(1400, "2023-10-07"),
                                                         (1200, "2023-10-07")]


def test_a_truce_named_by_its_date_after_since_keeps_its_date_for_its_length():
    found = rows("Since the one-week truce of late November, when 105 captives were freed, only "
                 "seven hostages have been rescued alive.", "2024-08-02")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found][0] == (
        "ceasefire_days", 7, "2023-11")


def test_a_place_of_holding_names_the_kind_over_people_counted_before():
    text = ("Groups say Israeli forces have arrested more than 12,000 people in the territory. "
            "Many have since been released, but the total held in Israeli prisons now exceeds "
            "10,000, up from about 5,200 before the war.")
    assert [k for k in keys(text, "2024-12-11") if k[0]] == [
        ("palestinian_prisoners_held", "", 10000), ("palestinian_prisoners_held", "", 5200)]


def test_the_place_a_verb_puts_a_killing_in_reaches_over_an_aside_and_a_phrase():
    found = keys("Over the same period, 24 Israelis, including soldiers, were killed in "
                 "Palestinian attacks in the West Bank, according to Israeli figures.",
                 "2024-12-11")
    assert [k for k in found if k[0]] == []
    # a place of the metric's own between the verb and the other place keeps it
    found = keys("About 1,200 Israelis were killed in southern Israel on October 7, 2023, "
                 "and others later in the West Bank.", "2024-12-11")
    assert found[0] == ("israel_killed", "", 1200)


def test_a_bracket_holding_only_a_date_dates_the_clause_before_it():
    found = rows("By the end of August the identified share had grown: 40,691 deaths in total "
                 "(31 August), of which 34,344 were identified.", "2024-09-20")
    assert [(r["value"], r["as_of"]) for r in found] == [(40691, "2024-08-31"),
                                                         (34344, "2024-08-31")]


def test_a_whole_named_again_at_the_head_of_a_sentence_lends_its_date():
    text = ("The ministry said 24,686 of the dead had been identified as of 10 May 2024. "
            "Some read it as a halving. It was not. Among the identified dead, the ministry "
            "counted 7,797 children.")
    found = rows(text, "2024-09-20")
    assert [(r["subgroup"], r["value"], r["as_of"]) for r in found if r["metric"]] == [
        ("", 24686, "2024-05-10"), ("children", 7797, "2024-05-10")]


def test_a_persons_age_after_a_possessive_role():
    found = keys("A minute's silence was held for the 101 hostages still in Gaza. Hapoel's "
                 "captain, 31, levelled after half-time.", "2024-12-21")
    assert [k for k in found if k[0]] == [("hostages_held", "", 101)]


def test_a_headline_figure_takes_the_subgroup_the_body_names_and_ground_fighting_is_gaza():
    text = ("IDF names three soldiers killed in Rafah; ground operation toll reaches 300\n\n"
            "Their deaths raise to 300 the number of soldiers killed in the ground operation. "
            "According to army figures, 1,914 soldiers have been wounded in the ground "
            "fighting, 326 of them seriously.")
    found = keys(text, "2024-06-12")
    assert ("gaza_killed", "", 300) not in found
    assert ("gaza_killed", "soldiers", 300) in found
    assert ("gaza_injured", "soldiers", 1914) in found


def test_a_further_number_shares_the_state_of_the_figure_before():
    found = keys("In all, 31 Thai workers were seized on October 7, 2023. Of the 31, 23 were "
                 "released alive in the November 2023 truce and a further five in January "
                 "2025, the ministry said.", "2025-12-05")
    assert ("hostages_released", "alive", 5) in found


def test_a_newsletters_dash_lines_label_their_figures():
    text = ("— 1,200: people killed in southern Israel on Oct. 7, 2023, by Israeli count\n"
            "— 117: hostages who have come back alive\n"
            "— 97,303: wounded in Gaza\n"
            "— ~9,900: Palestinians held in Israeli prisons on security grounds")
    found = rows(text, "2024-10-07")
    assert [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found] == [
        ("israel_killed", "", 1200, "2023-10-07"),
        ("hostages_released", "alive", 117, "2024-10-07"),
        ("gaza_injured", "", 97303, "2024-10-07"),
        ("palestinian_prisoners_held", "", 9900, "2024-10-07")]


def test_a_date_closing_a_clause_before_and_a_new_figure_with_its_own_verb():
    found = rows("Of the 251 people abducted on October 7, 2023, 105 were freed in a week-long "
                 "truce that November and seven have been rescued alive by troops.",
                 "2024-07-12")
    dated = {(r["metric"], r["subgroup"], r["value"]): r["as_of"] for r in found}
    assert dated[("hostages_released", "", 105)] == "2023-11"
    # a count to date is no part of the dated event
    assert dated[("hostages_released", "alive", 7)] == "2024-07-12"


def test_a_count_put_again_at_a_value_keeps_its_kind():
    text = ("With 116 hostages remaining, that would mean between 50 and 60 living captives. "
            "But security sources put the number lower, at perhaps 40.")
    assert ("hostages_held", "alive", 40) in keys(text, "2024-07-12")


def test_care_after_a_release_counts_no_release_and_life_sentence_hyphenated():
    text = ("Israel released 369 prisoners on Saturday. Twenty-four of the life-sentence "
            "prisoners are to be deported. Several of the freed detainees were taken straight "
            "to hospital, and at least seven needed treatment for injuries.")
    found = keys(text, "2025-02-15")
    assert ("palestinian_prisoners_released", "life_sentence", 24) in found
    assert not any(k[2] == 7 and k[0] for k in found)


def test_that_deal_is_the_event_the_sentence_before_dated():
    text = ("During the November 2023 truce, Hamas released 32 children. Women and minors made "
            "up all 150 of the Palestinians released in that deal.")
    found = rows(text, "2025-04-10")
    assert [(r["value"], r["as_of"]) for r in found if r["metric"]] == [
        (32, "2023-11"), (150, "2023-11")]


def test_patients_moved_for_care_are_no_count_of_the_wounded():
    text = ("Fifty patients, most of them children with cancer or war wounds, crossed from Gaza "
            "into Egypt on Saturday. The Gaza health ministry says more than 111,000 people "
            "have been wounded in the war.")
    assert [k for k in keys(text, "2025-02-01") if k[0]] == [("gaza_injured", "", 111000)]


def test_a_figure_after_while_shares_the_date_of_the_clause_before():
    found = rows("That is why, in January 2025, Israel said 98 hostages remained in Gaza while "
                 "some trackers said 94.", "2025-11-20")
    assert [(r["value"], r["as_of"]) for r in found] == [(98, "2025-01"), (94, "2025-01")]


def test_a_plain_table_under_bare_nouns_counts_what_its_caption_says():
    text = ("Below, each exchange of the first phase.\n\n"
            "Date      Hostages   Prisoners\n"
            "Jan 19    3          90\n"
            "Jan 25    4          200\n")
    found = rows(text, "2025-03-03")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", 3, "2025-01-19"), ("palestinian_prisoners_released", 90,
                                                 "2025-01-19"),
        ("hostages_released", 4, "2025-01-25"), ("palestinian_prisoners_released", 200,
                                                 "2025-01-25")]


def test_a_state_a_relative_clause_says_was_over_holds_no_level():
    text = ("By noon, four hostages who had been held for eight months in the Nuseirat camp "
            "were on their way to hospital in Israel. A year later, the four have spoken "
            "publicly about their captivity. Only one other hostage has been rescued alive "
            "since that day.")
    found = rows(text, "2025-06-08")
    assert [r for r in found if r["metric"] == "hostages_held"] == []
    assert [(r["value"], r["as_of"]) for r in found if r["metric"] == "hostages_released"] == [
        (1, "2025-06-08")]


def test_bulleted_parts_after_of_these_take_the_wholes_date():
    text = ("As of July 1, the service held 10,062 Palestinians it classifies as security "
            "inmates. Of these:\n* 2,893 were serving sentences after conviction;\n"
            "* 3,378 were administrative detainees, held without charge.")
    found = rows(text, "2024-07-15")
    assert [(r["value"], r["as_of"]) for r in found] == [
        (10062, "2024-07-01"), (2893, "2024-07-01"), (3378, "2024-07-01")]
    # a list after a line that names no parts keeps its own dates
    text = ("The final exchange took place Saturday, with six hostages returned.\n\nBy the "
            "numbers:\n- 5: Thai workers freed outside the deal.")
    assert [(r["value"], r["as_of"]) for r in rows(text, "2025-02-23")][-1] == (5, "2025-02-23")


def test_parts_of_remains_counted_are_dead_and_so_is_what_is_left():
    text = ("How many bodies are still there?\nWhen the exchanges began, Hamas held the remains "
            "of 28 hostages in Gaza. As of this week it has returned 19 of them, leaving nine.")
    found = keys(text, "2025-11-03")
    assert ("hostages_released", "deceased", 19) in found
    assert ("hostages_held", "deceased", 9) in found
    # people said to be dead are no remains counted: the part may be of the living
    text = ("Of the 251 abducted, 94 are still held in Gaza. Israel believes at least 34 of them "
            "are dead. The first phase is meant to bring home 33 of them.")
    assert ("hostages_released", "", 33) in keys(text, "2025-01-18")


def test_a_part_of_a_casualty_count_named_dead_is_a_toll_and_pass_bounds():
    text = ("Casualties in Gaza pass 230,000\n\nMore than 230,000 people have been killed or "
            "wounded in Gaza since the war began, the health ministry said on Wednesday, a "
            "figure that includes 66,097 dead. Around 1,200 people were killed in the October "
            "7, 2023 attack.")
    found = rows(text, "2025-10-01")
    got = [(r["metric"], r["value"], r["qualifier"]) for r in found if r["metric"]]
    assert got == [("gaza_casualties", 230000, "at_least"), ("gaza_casualties", 230000,
                                                             "at_least"),
                   ("gaza_killed", 66097, "exact"), ("israel_killed", 1200, "approximate")]


def test_a_total_put_at_a_value_after_a_question_counts_what_was_counted():
    text = ("MR MILLER: We believe there are still seven American citizens being held in Gaza."
            "\n\nQUESTION: And the overall number?\n\nMR MILLER: The Israeli government puts "
            "the total at 101.")
    assert ("hostages_held", "", 101) in keys(text, "2024-11-25")
    # a sentence opening by naming its people counts them ("On Palestinians detained
    # by Israel, ...") over the kind counted before
    text = ("Seven children are held in Gaza. On Palestinians detained by Israel, the "
            "authorities put the number at more than 9,000, and we call for all of them to "
            "be released.")
    assert keys(text, "2024-11-25")[-1] == ("palestinian_prisoners_held", "", 9000)


def test_when_a_count_was_recorded_dates_it():
    found = rows("A study published on Friday estimated that between 55,000 and 78,000 violent "
                 "deaths occurred in "
                 "Gaza in the first 15 months of the war, well above the 46,000 or so that the "
                 "territory's health ministry had recorded by early January 2025.",
                 "2025-01-10")
    assert [(r["value"], r["as_of"]) for r in found if r["metric"]] == [
        (55000, "2025-01-10"), (46000, "2025-01")]


def test_a_part_of_a_month_after_by_is_a_time_not_a_source():
    from analysis.attribution import tidy_source
    assert tidy_source("early January 2025") == ""
    assert tidy_source("mid-March") == ""
    assert tidy_source("Early Warning Centre") == "Early Warning Centre"


def test_people_held_on_security_grounds_are_prisoners():
    text = ("Total: counting all categories, the service held 10,800 people on security "
            "grounds. Nearly 400 were minors.")
    assert keys(text, "2025-04-05") == [("palestinian_prisoners_held", "", 10800),
                                        ("palestinian_prisoners_held", "children", 400)]


def test_a_verbless_item_counts_what_most_items_before_it_counted():
    text = ("Among the hardest-hit places:\n- Kibbutz Be'eri: 101 civilians killed\n"
            "- Kibbutz Kfar Aza: 64 residents\n- Kibbutz Nir Oz: 46 killed, and 76 abducted "
            "into Gaza\n- Sderot: about 50 residents and police officers")
    found = keys(text, "2025-10-07")
    assert found == [("israel_killed", "", 101), ("israel_killed", "", 64),
                     ("israel_killed", "", 46), ("hostages_abducted", "", 76),
                     ("israel_killed", "", 50)]


def test_a_level_takes_no_date_from_a_war_named_by_its_year():
    text = ("As of this week, 59 hostages remain in Gaza. Two of the remaining hostages, Hadar "
            "Goldin and Oron Shaul, were soldiers killed in the 2014 war.")
    found = rows(text, "2025-04-02")
    assert [(r["value"], r["as_of"]) for r in found if r["metric"] == "hostages_held"] == [
        (59, "2025-04-02"), (2, "2025-04-02")]


def test_a_whole_named_by_its_own_verb_holds_the_part_after_including():
    text = ("Palestinians injured in Gaza: 119,846.\nIsraelis killed, including 1,200 on 7 "
            "October 2023: over 1,600, according to Israeli sources.")
    found = rows(text, "2025-05-15")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found][:2] == [
        ("gaza_injured", 119846, "2025-05-15"), ("israel_killed", 1200, "2023-10-07")]


def test_hostages_remains_written_with_a_possessive_are_the_dead_held():
    assert keys("Hamas hands over two more bodies; 13 hostages' remains still in Gaza",
                "2025-10-26")[-1] == ("hostages_held", "deceased", 13)
    assert keys("Hamas still holds 13 hostages' bodies.", "2025-10-26") == [
        ("hostages_held", "deceased", 13)]


def test_a_part_of_bodies_past_a_rate_is_counted_by_no_metric():
    text = ("Israel has returned the bodies of 195 Palestinians in exchange so far, 15 for each "
            "Israeli, according to the health ministry, which said only 57 of them had been "
            "identified by families.")
    assert [k for k in keys(text, "2025-10-26") if k[0]] == []


def test_a_bracket_of_parts_with_verbs_of_their_own_and_a_label_naming_soldiers():
    text = ("In Israel, 1,139 people were killed during the 7 October attack. A further 251 "
            "people were taken hostage (117 returned alive as of October 2024; 37 bodies "
            "recovered).\n\nIDF losses in the Gaza ground operation: 346 killed (as of 7 "
            "October 2024).")
    found = rows(text, "2024-10-08")
    got = [(r["metric"], r["subgroup"], r["value"], r["as_of"]) for r in found]
    assert ("hostages_abducted", "", 251, "2023-10-07") in got
    assert ("hostages_released", "alive", 117, "2024-10") in got
    assert ("gaza_killed", "soldiers", 346, "2024-10-07") in got


def test_hostages_that_came_out_were_released():
    assert keys("After a delay of several hours, 13 more Israelis and four Thais came out.",
                "2023-11-25") == [("hostages_released", "", 13), ("hostages_released", "", 4)]


def test_israels_own_toll_put_at_a_value_and_it_passing_a_threshold():
    text = ("Israel's own toll from October 7 went through a similar revision: initially put "
            "at about 1,400, it was lowered to around 1,200 once bodies were identified.")
    found = rows(text, "2025-09-01")
    assert [(r["metric"], r["value"], r["attribution"]) for r in found] == [
        ("israel_killed", 1400, ""), ("israel_killed", 1200, "")]
    text = ("When the ministry reported its 10,000th death, Israeli officials said the figure "
            "could not be trusted. When it passed 40,000 in August 2024, the objections were "
            "quieter.")
    assert ("gaza_killed", "", 40000) in keys(text, "2025-09-01")


def test_a_month_naming_an_event_inside_a_dated_opening_is_not_the_set_off_date():
    found = rows("On 19/01/2025 the January ceasefire took effect; three hostages were released "
                 "that day in exchange for 90 prisoners.", "2025-02-01")
    assert [(r["value"], r["as_of"]) for r in found] == [(3, "2025-01-19"), (90, "2025-01-19")]


def test_a_line_in_capitals_keeps_its_cues():
    assert keys("BREAKING: 7 HOSTAGES RELEASED TO RED CROSS IN GAZA CITY", "2025-10-13") == [
        ("hostages_released", "", 7)]


def test_a_relative_clause_with_a_bare_verb_dates_its_event():
    found = rows("We counted 105 hostages who came home in November 2023.", "2025-02-18")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", 105, "2023-11")]


def test_hostages_held_given_in_return_are_released_unless_held_now():
    found = keys("Israel is due to free about 1,968 Palestinians on Monday in return for the "
                 "last 20 living hostages held by Hamas.", "2025-10-10")
    assert found == [("palestinian_prisoners_released", "", 1968),
                     ("hostages_released", "alive", 20)]
    found = keys("An exchange would free 1,800 of them in return for the 101 hostages still in "
                 "Gaza.", "2024-10-01")
    assert ("hostages_held", "", 101) in found


def test_upwards_of_is_a_bound_and_the_figure_put_again_is_the_one_of_its_sentence():
    text = ("The deal was expected to see as many as 2,000 Palestinian prisoners freed. Israel "
            "had released upwards of 1,700 in the first phase alone.")
    assert ("palestinian_prisoners_released", "", 1700) in keys(text, "2025-04-20")
    text = ("Officials said no more than 24 of the 59 remaining hostages were living; some "
            "analysts put the figure at under 20.")
    assert ("hostages_held", "alive", 20) in keys(text, "2025-04-20")


def test_a_name_after_a_count_of_bodies_opens_the_clause_that_describes_them():
    text = ("The week in numbers\n\n12 — Hostages' bodies Israel says are still in Gaza.\n"
            "45 — Palestinian bodies Israel handed back in return, according to the ministry.")
    found = keys(text, "2025-10-31")
    assert ("hostages_held", "deceased", 12) in found
    assert not any(k[2] == 45 and k[0] for k in found)


def test_an_event_denied_leaves_them_held_and_a_vigil_held_holds_no_one():
    text = ("By the end of November, he was one of only two deceased hostages whose remains "
            "had not been returned, after Hamas handed back the bodies of 26 others. The "
            "family has held a weekly vigil since the war began, more than 110 of them so far.")
    found = [k for k in keys(text, "2025-12-01") if k[0]]
    assert found == [("hostages_held", "deceased", 2), ("hostages_released", "deceased", 26)]


def test_the_remaining_of_remains_counted_are_dead():
    text = ("Since it took effect, all 20 living hostages have been released, and the remains "
            "of 23 of the 28 deceased hostages have been returned. I call for the return of "
            "the remaining five without delay.")
    assert ("hostages_held", "deceased", 5) in keys(text, "2025-11-18")


def test_a_toll_in_the_attack_named_before_is_placed_there():
    text = ("Gunmen took about 251 people into Gaza during the 7 October attack on southern "
            "Israel. Some 1,200 people were killed in the assault, most of them civilians.")
    assert ("israel_killed", "", 1200) in keys(text, "2024-06-10")


def test_a_part_counted_by_the_event_that_began_its_state_stays_in_the_state():
    text = ("Israel says 120 hostages remain in Gaza. Of those, 116 were abducted on 7 October "
            "and four had been held since before the war.")
    found = {k[:3]: k[3] for k in ((r["metric"], r["subgroup"], r["value"], r["as_of"])
                                   for r in rows(text, "2024-06-10"))}
    assert found[("hostages_held", "", 116)] == "2024-06-10"
    assert ("hostages_abducted", "", 116) not in found


@pytest.mark.parametrize(("text", "attribution"), [
    # the full stops of an initialism are part of the name
    ("About 40,000 people have been killed, according to U.N. estimates.", "U.N. estimates"),
    # a noun phrase naming an official is the source, not a pronoun for the last one named
    ("Hamas said it had handed over all the bodies it could reach.\n\nA Palestinian health "
     "official said 30 bodies of Palestinians were returned to Gaza.",
     "Palestinian health official"),
    # a live page's time stamp is no part of the source
    ("22:45 An Israeli official says about 240 people remain captive in Gaza.",
     "Israeli official"),
])
def test_a_source_keeps_its_initials_and_loses_its_time_stamp(text, attribution):
    assert rows(text)[-1]["attribution"] == attribution


def test_a_figure_with_a_participle_of_its_own_after_with_leaves_it_alone():
    text = ("More than 40,000 Palestinians have been killed in Gaza, the ministry said. Its "
            "count rose to 40,005, with 92,401 people wounded.")
    found = keys(text, "2024-08-15")
    assert ("gaza_killed", "", 40005) in found
    assert ("gaza_injured", "", 92401) in found


def test_the_others_of_bodies_recovered_are_of_the_dead_over_a_line_of_ages():
    text = ("The army said it had recovered the bodies of six hostages from a tunnel. Among "
            "them was Hersh Goldberg-Polin, 23. The other five were Eden Yerushalmi, 24, and "
            "four more.")
    found = keys(text, "2024-09-01")
    assert ("hostages_released", "deceased", 5) in found
    assert ("hostages_released", "", 5) not in found


def test_a_demonstrative_count_and_their_number_count_the_people_named_before():
    text = ("Administrative detainees make up roughly a third of all Palestinians held by the "
            "prison service. That wider population grew from about 5,200 on the eve of the "
            "war to more than 9,000 by the spring of 2024.")
    found = keys(text, "2024-10-20")
    assert ("palestinian_prisoners_held", "", 5200) in found
    assert ("palestinian_prisoners_held", "", 9000) in found
    text = ("Detainees from Gaza are held under a separate law and counted apart: HaMoked put "
            "their number at 1,402 in March 2024.")
    assert ("palestinian_prisoners_held", "", 1402) in keys(text, "2024-10-20")


def test_the_parts_of_a_whole_taken_that_day_are_still_held_now():
    text = ("The Hamas attack on Oct. 7 killed about 1,200 people in Israel, and some 120 of "
            "the roughly 250 hostages taken that day are still being held.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2024-07-09")}
    assert found[("hostages_held", 120)] == "2024-07-09"
    assert found[("hostages_abducted", 250)] == "2023-10-07"


def test_the_other_side_of_fighting_placed_before_is_not_the_attack_toll():
    text = ("More than 500 people have been killed in Lebanon since Hezbollah began firing, "
            "according to a tally. On the Israeli side, 22 soldiers and 25 civilians have "
            "been killed, the military says.")
    assert not [k for k in keys(text, "2024-07-09") if k[0] == "israel_killed"]


def test_bulleted_items_take_the_place_their_lead_in_gives_the_attack_toll():
    text = ("Who was killed\n\nThe Hamas-led attack on southern Israel on Oct. 7, 2023, was "
            "the deadliest day in the country's history. Below is what is known about the "
            "victims.\n\n* In total, 1,163 people were killed, 695 of them Israeli civilians."
            "\n* A further 71 of the dead were foreign nationals.")
    found = keys(text, "2024-01-15")
    assert ("israel_killed", "", 1163) in found
    assert ("israel_killed", "", 695) in found


def test_a_time_in_a_relative_clause_and_the_other_side_of_an_exchange_date_nothing_else():
    text = ("In Israel, the death toll from the attacks of October 7 stands at 1,139, and more "
            "than 290 soldiers have been killed in the ground invasion that began later that "
            "month. A total of 105 captives were released during a seven-day humanitarian "
            "pause in November in exchange for 240 Palestinians held in Israeli jails.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2024-06-03")}
    assert found[("gaza_killed", 290)] == "2024-06-03"
    assert found[("hostages_released", 105)] == "2023-11"


def test_people_displaced_take_no_verb_of_the_figure_after_them():
    found = keys("The UN says 1.9 million people are displaced and 40,000 killed.", "2024-06-03")
    assert ("gaza_killed", "", 40000) in found
    assert not any(k[2] == 1900000 and k[0] for k in found)


@pytest.mark.parametrize(("text", "attribution"), [
    ("The Government Media Office estimates that around 10,000 people are trapped under the "
     "rubble and presumed dead.", "Government Media Office"),
    ("The Special Rapporteur said she had received reports that more than 1,000 Palestinian "
     "detainees were held.", "Special Rapporteur"),
    ("A peer-reviewed study published on Thursday estimates that 64,260 people died from "
     "traumatic injuries in Gaza.", "peer-reviewed study"),
])
def test_a_noun_doubling_as_a_verb_before_that_introduces_the_source(text, attribution):
    assert rows(text, "2025-01-10")[0]["attribution"] == attribution


def test_the_parts_of_a_count_of_arrests_are_no_prisoners_held():
    text = ("Prisoners' institutions said the number of prisoners in the occupation's jails "
            "exceeds 9,900. They said the occupation has carried out about 16,400 arrests in "
            "the West Bank since the war began, among them 510 women and about 1,300 "
            "children.")
    found = keys(text, "2025-04-17")
    assert ("palestinian_prisoners_held", "", 9900) in found
    assert not any(k[0] for k in found if k[2] in (510, 1300))


def test_a_count_of_bodies_for_a_metric_with_no_dead_counts_nothing():
    text = ("Under the deal, Israel hands over the bodies of 15 Palestinians for the remains of "
            "each deceased hostage. Saturday's transfer brings to 195 the number of bodies "
            "returned to Gaza since the truce began, the ministry said.")
    assert not any(k[0] for k in keys(text, "2025-10-25") if k[2] == 195)


def test_an_event_span_opening_the_sentence_dates_what_it_brought_by_its_start():
    text = ("During the first phase of the ceasefire, which ran from mid-January to the "
            "beginning of March, 33 hostages were handed over to Israel, eight of them in "
            "coffins.")
    found = {(r["metric"], r["subgroup"], r["value"]): r["as_of"] for r in rows(text, "2025-04-12")}
    assert found[("hostages_released", "", 33)] == "2025-01"
    assert found[("hostages_released", "deceased", 8)] == "2025-01"


@pytest.mark.parametrize(("text", "attribution"), [
    ("At least 300 people were wounded, said the ministry.", "ministry"),
    ('"We received between 300 and 400 wounded people at one hospital alone," said the '
     "charity's emergency coordinator.", "charity's emergency coordinator"),
    ('"Every day we see 30 wounded children," said a physiotherapist working with our teams.',
     "physiotherapist"),
    # (a clause after the verb is what was said, not who said it)
    ("At least 300 people were wounded, said the ministry was wrong.", ""),
])
def test_a_source_after_the_verb_may_be_a_common_noun(text, attribution):
    assert rows(text, "2024-02-02")[0]["attribution"] == attribution


def test_a_part_after_starting_with_takes_no_verb_from_its_whole():
    text = ("Under the first, 42-day phase, 33 of the 98 hostages still held in Gaza are to be "
            "freed in stages, starting with three women on Sunday.")
    found = keys(text, "2025-01-18")
    assert ("hostages_released", "", 33) in found
    assert ("hostages_held", "", 98) in found


def test_a_vague_part_after_the_figure_keeps_its_own_state():
    text = ("The office said Israeli forces had arrested more than 9,000 Palestinians in the "
            "West Bank, many of them held without charge.")
    assert not any(k[0] for k in keys(text, "2024-05-21"))


def test_a_relative_clause_with_that_after_a_dated_attack_dates_its_toll():
    text = ("Alexander was among 251 people taken hostage during the Hamas-led attack on Oct. 7, "
            "2023, that killed about 1,200 people.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2025-05-12")}
    assert found[("israel_killed", 1200)] == "2023-10-07"


@pytest.mark.parametrize(("text", "attribution"), [
    ("His release leaves 58 hostages in Gaza. Israel believes around 23 of them are still "
     "alive, while the others are either confirmed or presumed dead.", "Israel"),
    ("* Israel believes 24 of them are alive.", "Israel"),
])
def test_whose_belief_a_figure_is_is_its_source(text, attribution):
    assert rows(text, "2025-05-12")[-1]["attribution"] == attribution


def test_bodies_recovered_in_a_passive_are_the_dead_of_the_people_just_counted():
    text = ("Of the 251 people abducted, 117 have returned alive. Thirty-seven bodies have been "
            "recovered. Ninety-seven remain in Gaza.")
    found = keys(text, "2024-10-07")
    assert ("hostages_released", "deceased", 37) in found
    assert ("hostages_held", "", 97) in found


def test_before_the_october_7_attack_is_the_month_the_war_began():
    found = rows("Israel held some 5,200 Palestinians in its prisons before the October 7 "
                 "attack.", "2024-10-07")
    assert found[0]["as_of"] == "2023-10"


def test_in_return_takes_the_release_told_before_over_an_abduction_in_an_aside():
    text = ("Hamas will release three Israeli hostages on Thursday, mediators said on "
            "Wednesday. Hamas did not name the Thai workers, who were among 31 Thais abducted "
            "on October 7, 2023. In return, Israel is set to free 110 Palestinian prisoners.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2025-01-29")}
    assert found[("palestinian_prisoners_released", 110)] == "2025-01-30"


def test_a_span_a_length_opens_dates_the_length_and_what_it_brought():
    text = ("In November 2023, a week-long truce swapped 105 hostages for 240 prisoners, and in "
            "the six weeks from January 2025 Israel freed about 1,800 Palestinians in return "
            "for 33 hostages.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2025-11-02")}
    assert found[("ceasefire_days", 42)] == "2025-01"
    assert found[("palestinian_prisoners_released", 1800)] == "2025-01"
    assert found[("hostages_released", 105)] == "2023-11"


def test_each_item_of_a_list_with_its_own_participle_and_a_closing_date():
    text = ("The court noted figures reporting that 25,700 Palestinians had been killed, more "
            "than 63,000 injured and about 1.7 million displaced as of 24 January 2024.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2024-01-26")}
    assert found[("gaza_killed", 25700)] == "2024-01-24"
    assert found[("gaza_injured", 63000)] == "2024-01-24"
    assert found[("", 1700000)] == "2024-01-24"


@pytest.mark.parametrize(("text", "attribution"), [
    ("In Gaza, where the health ministry says 14,800 people have been killed, residents "
     "fled south.", "health ministry"),
    ("What the World Court said\n\nThe court noted that 25,700 people had been killed.", "court"),
])
def test_a_clause_word_before_a_source_is_not_part_of_it(text, attribution):
    assert [r["attribution"] for r in rows(text, "2024-01-26") if r["metric"]][-1] == attribution


def test_a_time_stamp_with_am_or_pm_is_no_part_of_the_source():
    found = rows("1:05 p.m. Health officials in Gaza say 47,583 people have been killed.",
                 "2025-02-08")
    assert found[0]["attribution"] == "Health officials"


def test_hours_after_a_dated_clause_shares_its_date():
    text = ("The coffins of four deceased hostages were handed over late Monday, hours after "
            "the last 20 living hostages returned home.")
    found = {(r["metric"], r["subgroup"], r["value"]): r["as_of"] for r in rows(text, "2025-10-14")}
    assert found[("hostages_released", "alive", 20)] == "2025-10-13"


def test_a_period_phrase_set_off_alone_dates_the_clause_but_not_over_a_named_date():
    found = rows("A year earlier, before the war, the number of children in custody was about "
                 "160.", "2024-10-28")
    assert found[0]["as_of"] == "2023-10"
    found = rows("In the third quarter of 2023, before the war, the service held about 5,200 "
                 "Palestinian prisoners.", "2025-12-15")
    assert found[0]["as_of"] == "2023-09"


def test_a_part_of_a_number_takes_the_noun_after_its_verb():
    text = "Officials said 33 prisoners had been released. Thirty of the 33 are minors."
    found = {(r["metric"], r["subgroup"], r["value"]) for r in rows(text, "2023-11-28")}
    assert ("palestinian_prisoners_released", "children", 30) in found


@pytest.mark.parametrize("text", [
    "The toll of 30,000 includes 12,000 children.",
    "Does Gaza's death toll of 30,000 count only civilians?",
])
def test_a_verb_after_a_toll_s_value_is_not_its_noun(text):
    assert ("gaza_killed", 30000) in {(r["metric"], r["value"]) for r in rows(text, "2024-02-29")}


def test_a_possessive_name_after_the_counted_noun_opens_a_clause():
    text = "A post says the more than 30,000 people Gaza's health ministry counts as killed."
    assert ("gaza_killed", 30000) in {(r["metric"], r["value"]) for r in rows(text, "2024-02-29")}


def test_in_return_without_a_comma_takes_the_date_of_the_exchange_before():
    text = ("Four soldiers were handed to the Red Cross in Gaza City yesterday. In return "
            "Israel let 200 Palestinian prisoners go.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2025-01-26")}
    assert found[("palestinian_prisoners_released", 200)] == "2025-01-25"


def test_a_joined_figure_with_a_participle_of_its_own_takes_no_verb_before_the_and():
    found = rows("Since the start of the war, 1,047 people have been killed and 310 detained "
                 "by the army.", "2024-11-30")
    assert [(r["metric"], r["value"]) for r in found] == [("gaza_killed", 1047), ("", 310)]
    # ("between" ends in -en but is no participle)
    found = rows("Israel has released about 2,000 Palestinian prisoners under the two truces, "
                 "240 in November 2023 and some 1,750 between January and March 2025.",
                 "2025-04-07")
    assert ("palestinian_prisoners_released", 1750) in {(r["metric"], r["value"]) for r in found}


def test_a_cue_shared_by_two_metrics_follows_what_the_sentences_before_counted():
    text = ("How many hostages will come out? Thirty-three in the first phase. Israel believes "
            "most of the 33 are alive. Three women are expected to be freed on the first day.")
    found = {(r["metric"], r["subgroup"], r["value"]) for r in rows(text, "2025-01-17")}
    assert ("hostages_released", "women", 3) in found


def test_that_truce_points_back_over_a_sentence_naming_no_time():
    text = ("So far 117 hostages have come home alive, 105 of them in the truce last November. "
            "PRESENTER: And the prisoners? Israel let 240 go in that truce.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2024-07-10")}
    assert found[("palestinian_prisoners_released", 240)] == "2023-11"


def test_a_place_after_the_object_of_the_verb_places_the_event():
    found = rows("Israeli forces killed at least 12 Palestinians in raids on three cities in "
                 "the occupied West Bank on Wednesday.", "2024-08-29")
    assert all(r["metric"] == "" for r in found)
    # (a place named in the figure's own phrase first still holds)
    found = rows("Israeli strikes killed 40 people in Gaza, far more than in the West Bank.",
                 "2024-08-29")
    assert found[0]["metric"] == "gaza_killed"


def test_there_later_in_the_verb_s_phrase_is_the_place_named_before():
    text = ("At least 652 Palestinians have been killed in the West Bank since October 7. "
            "At least 23 Israelis have been killed in Palestinian attacks there over the "
            "same period.")
    assert [r["metric"] for r in rows(text, "2024-08-29")] == ["", ""]


@pytest.mark.parametrize(("text", "attribution"), [
    ("Israeli figures show that at least 23 Israelis have been killed.", "Israeli figures"),
    ("The data shows that 3,369 Palestinians are held.", ""),
    ("UN figures showed that 300 aid workers had been killed in Gaza.", "UN figures"),
])
def test_records_named_by_whose_they_are_are_the_source(text, attribution):
    assert rows(text, "2024-08-29")[0]["attribution"] == attribution


def test_the_war_a_place_names_places_no_figure():
    text = ("More than 10,100 Palestinians were held in Israeli prisons at the start of "
            "October, almost double the number before the war in Gaza. The groups said the "
            "total included 3,398 administrative detainees, held without charge, as well as "
            "270 children and 94 women.")
    found = {(r["metric"], r["subgroup"], r["value"]): r["as_of"] for r in rows(text, "2024-10-09")}
    # (and "the total" after a speaker's lead points back to the whole, and its date)
    assert found[("palestinian_prisoners_held", "children", 270)] == "2024-10"
    assert found[("palestinian_prisoners_held", "women", 94)] == "2024-10"


def test_the_total_after_a_speaker_s_lead_points_back_to_the_whole():
    text = ("More than 10,100 Palestinians were held in Israeli prisons at the start of "
            "October, groups said. The groups said the total included 270 children.")
    found = {(r["metric"], r["subgroup"], r["value"]): r["as_of"] for r in rows(text, "2024-10-09")}
    assert found[("palestinian_prisoners_held", "children", 270)] == "2024-10"


def test_a_figure_named_again_with_its_as_of_date_takes_that_date():
    text = ("Our stories this week gave the number of people killed in Gaza as 45,028. The "
            "health ministry's toll, 45,028 as of Monday, includes only registered deaths.")
    found = [r for r in rows(text, "2024-12-13") if r["value"] == 45028]
    assert [r["as_of"] for r in found] == ["2024-12-13", "2024-12-09"]


@pytest.mark.parametrize(("text", "attribution"), [
    ("By the time the ceasefire took effect, the ministry's toll stood at 46,913.", "ministry"),
    ("Gaza's toll rose to 45,028.", ""),
    ("The death toll from the strikes rose to 45,028.", ""),
])
def test_a_toll_is_the_source_s_only_when_a_counting_body_owns_it(text, attribution):
    assert rows(text, "2025-01-20")[0]["attribution"] == attribution


@pytest.mark.parametrize(("text", "metric", "qualifier"), [
    ("- 101 Israelis and foreign nationals estimated to remain captive in Gaza.",
     "hostages_held", "approximate"),
    ("The number of hostages is estimated at 101.", "hostages_held", "approximate"),
    ("The number of prisoners is put at 9,000.", "palestinian_prisoners_held", "exact"),
])
def test_a_figure_said_to_be_estimated_is_approximate_and_a_count_s_level(text, metric,
                                                                         qualifier):
    found = rows(text, "2024-11-14")[0]
    assert (found["metric"], found["qualifier"]) == (metric, qualifier)


def test_a_length_inside_an_opening_phrase_leaves_the_phrase_dating_the_sentence():
    text = ("In the seven days of the November 2023 truce, 105 hostages came out of Gaza - 81 "
            "Israelis, 23 Thais and one Filipino - in exchange for 240 Palestinian prisoners.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2025-03-10")}
    assert found[("hostages_released", 81)] == "2023-11"
    assert found[("palestinian_prisoners_released", 240)] == "2023-11"


def test_a_figure_an_earlier_version_gave_counts_nothing():
    text = ("Correction: An earlier version of this article said 250 people were abducted. "
            "Israeli authorities put the number at 240.")
    found = [(r["metric"], r["value"]) for r in rows(text, "2023-11-18")]
    assert found == [("", 250), ("hostages_abducted", 240)]


def test_a_bare_object_of_a_cue_counts_the_kind_of_the_last_whole_figure():
    text = ("By April 2024 the prison service held more than 9,500 Palestinians. Two things "
            "drive the change. Arrests rose sharply. Releases pull the other way. The 2023 "
            "truce freed 240.")
    found = {(r["metric"], r["value"]) for r in rows(text, "2025-04-20")}
    assert ("palestinian_prisoners_released", 240) in found


def test_a_count_s_level_in_a_clause_joined_by_yet_is_not_the_verb_before_it():
    text = ("In April 2024 the number of prisoners passed 9,500. The January 2025 deal freed "
            "about 1,800 over six weeks, yet the total has stayed above 10,000.")
    found = {(r["metric"], r["value"]): r["as_of"] for r in rows(text, "2025-04-20")}
    assert found[("palestinian_prisoners_held", 10000)] == "2025-04-20"
    assert found[("palestinian_prisoners_released", 1800)] == "2025-01"


def test_a_date_after_a_participle_describing_the_people_is_not_the_event_s():
    found = rows("Israeli troops recovered the bodies of three hostages killed on October 7 "
                 "from the northern Gaza Strip overnight.", "2024-05-24")
    assert (found[0]["metric"], found[0]["as_of"]) == ("hostages_released", "2024-05-24")


def test_a_clause_a_week_after_is_a_week_before_the_day_told():
    found = rows("Troops recovered three bodies overnight, the military said on Friday, a week "
                 "after four other bodies of hostages were retrieved.", "2024-05-24")
    assert {r["value"]: r["as_of"] for r in found if r["metric"]}[4] == "2024-05-17"


def test_a_date_in_a_line_s_label_dates_every_item_of_the_line():
    found = rows("Exchange 2 (Jan 25): 4 hostages; 200 prisoners", "2025-02-02")
    assert [(r["metric"], r["value"], r["as_of"]) for r in found] == [
        ("hostages_released", 4, "2025-01-25"),
        ("palestinian_prisoners_released", 200, "2025-01-25")]


def test_a_figure_heading_its_line_takes_its_label_s_bound_length_and_whole():
    text = ("Key figures of the agreement:\n\n42: the length in days of the first phase.\n"
            "1,904: the most Palestinian prisoners Israel could release in the first phase.\n"
            "737: of those, prisoners serving long sentences.")
    found = {r["value"]: (r["metric"], r["qualifier"]) for r in rows(text, "2025-01-19")}
    assert found[42] == ("ceasefire_days", "exact")
    assert found[1904] == ("palestinian_prisoners_released", "at_most")
    assert found[737] == ("palestinian_prisoners_released", "exact")


def test_a_whole_after_the_count_of_its_part_takes_not_the_part_s_state():
    text = ("The military said a hostage had died, lowering to 24 the number of hostages "
            "thought to be alive among the 59 still held in Gaza.")
    found = {r["value"]: r["subgroup"] for r in rows(text, "2025-04-20")}
    assert found == {24: "alive", 59: ""}


def test_a_figure_after_a_rate_of_things_counts_those_things():
    text = ("Israel believes 25 to 28 hostages are alive. Aid is to rise to 600 trucks a day, "
            "from 100 to 150 a day before the truce.")
    found = {r["value"]: r["metric"] for r in rows(text, "2025-01-16")}
    assert found[100] == ""


def test_the_number_believed_dead_counts_the_kind_counted_before_in_that_state():
    text = ("Israel says it has confirmed the deaths of 35 of the 109 hostages still in Gaza, "
            "and a forum representing their families puts the number believed dead at 41.")
    found = {r["value"]: (r["metric"], r["subgroup"], r["unit"]) for r in rows(text, "2024-08-20")}
    assert found[41] == ("hostages_held", "deceased", "hostage")


def test_the_object_of_a_non_cue_verb_after_while_takes_no_cue_before_the_join():
    text = ("During February, the occupation released 1,135 prisoners under the agreement, "
            "while its forces arrested about 600 Palestinians in the West Bank.")
    found = {r["value"]: r["metric"] for r in rows(text, "2025-03-04")}
    assert found == {1135: "palestinian_prisoners_released", 600: ""}
    # (a verb of counting after the join still counts what the clause before counted)
    found = rows("In 2014 the ministry reported 2,310 deaths, while the U.N. counted 2,251.",
                 "2024-07-12")
    assert [r["metric"] for r in found] == ["gaza_killed", "gaza_killed"]


@pytest.mark.parametrize("text", [
    "The families called for the release of the 59 hostages.",
    "A video showed two Israeli hostages pleading for their release.",
])
def test_a_release_only_asked_for_leaves_them_held(text):
    assert rows(text, "2025-04-19")[0]["metric"] == "hostages_held"


def test_a_video_released_is_no_release_of_the_people_it_shows():
    assert rows("Hamas releases video of two hostages as families plead for deal",
                "2025-04-19")[0]["metric"] != "hostages_released"


def test_that_exchange_takes_the_date_of_the_sentence_naming_the_event():
    text = ("She was one of 105 hostages released during the November truce. Her husband was "
            "killed on October 7. Like many of the 81 Israelis freed in that exchange, she has "
            "spoken little.")
    found = {r["value"]: r["as_of"] for r in rows(text, "2024-05-25") if r["metric"]}
    assert found[81] == "2023-11"


def test_a_bracket_naming_a_part_lends_its_cue_not_to_the_whole():
    found = rows("Hostages taken on 7 October 2023: 251 (including 4 held since before the "
                 "war: 255).", "2025-06-03")
    assert (found[0]["value"], found[0]["metric"]) == (251, "hostages_abducted")


def test_label_cells_parted_by_bars_count_apart():
    found = rows("Israel\nHostages still held in Gaza: 100 | Killed on 7 October 2023: about "
                 "1,200", "2024-12-03")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in found] == [
        ("hostages_held", "", 100), ("israel_killed", "", 1200)]


def test_in_that_time_takes_the_date_named_before():
    text = ("A year ago this week, the guns fell silent. The pause lasted seven days. In that "
            "time Hamas released 105 hostages.")
    found = {r["value"]: r["as_of"] for r in rows(text, "2024-11-25") if r["metric"]}
    assert found[105] == "2023-11"


def test_the_next_share_of_a_breakdown_counts_what_the_first_counted():
    text = ("The ministry's list of identified dead names 50,021 people. We grouped them by "
            "age. Children make up 15,613 of the names. Women account for 8,304.")
    assert ("gaza_killed", "women", 8304) in keys(text, "2025-03-26")


def test_a_place_named_with_a_cue_word_cues_nothing():
    assert keys("Most of the kibbutz's 1,000 residents live in a hotel by the Dead Sea.",
                "2025-10-05")[0][0] == ""


def test_across_israel_places_a_toll():
    assert keys("Across Israel, around 1,200 people were killed.", "2025-10-05")[0][0] == \
        "israel_killed"
