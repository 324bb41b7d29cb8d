"""Table tests for counterpoint.extract.numparse (example phrases written for these tests)."""

from __future__ import annotations

import itertools

import pytest

from counterpoint.extract.numparse import NumberMatch, find_numbers, parse_number, vague_most

N = None

# (sentence, span expected in it, kind, low, high, hedge, approx)
CASES: list[tuple[str, str, str, float | None, float | None, str | None, bool]] = [
    # plain counts, digits and words
    ("Officials said 14 injured were taken to hospital.", "14", "count", 14, 14, N, False),
    ("The shelling killed 10 people overnight.", "10", "count", 10, 10, N, False),
    ("The rescued group (310) was moved north.", "310", "count", 310, 310, N, False),
    ("Some 200,000 people fled the valley.", "Some 200,000", "count", 200000, 200000, "about", True),
    ("Roughly 5000 families were displaced.", "Roughly 5000", "count", 5000, 5000, "about", True),
    ("five fighters surrendered at the bridge", "five", "count", 5, 5, N, False),
    ("Twelve villagers were detained.", "Twelve", "count", 12, 12, N, False),
    ("Nineteen soldiers died in the ambush.", "Nineteen", "count", 19, 19, N, False),
    ("Twenty-eight drones were launched.", "Twenty-eight", "count", 28, 28, N, False),
    ("twenty eight rockets hit the town", "twenty eight", "count", 28, 28, N, False),
    ("one hundred and twenty prisoners were swapped", "one hundred and twenty", "count", 120, 120, N, False),
    ("A hundred and fifty homes burned.", "A hundred and fifty", "count", 150, 150, N, False),
    ("three million people need aid", "three million", "count", 3e6, 3e6, N, False),
    ("1.5 million refugees crossed", "1.5 million", "count", 1.5e6, 1.5e6, N, False),
    ("two thousand three hundred troops", "two thousand three hundred", "count", 2300, 2300, N, False),
    ("a dozen tanks rolled in", "a dozen", "count", 12, 12, N, False),
    ("half a dozen vehicles were hit", "half a dozen", "count", 6, 6, N, False),
    ("two dozen shells landed", "two dozen", "count", 24, 24, N, False),
    ("A million leaflets were dropped.", "A million", "count", 1e6, 1e6, N, False),
    ("The 1,200-strong unit withdrew.", "1,200", "count", 1200, 1200, N, False),
    ("Shells hit a 300-bed hospital.", "300-bed", "measure", 300, 300, N, False),
    ("They struck a five-star hotel.", "five-star", "measure", 5, 5, N, False),
    ("Jets dropped 2,000-pound bombs.", "2,000-pound", "measure", 2000, 2000, N, False),
    ("Some 40-odd people fled.", "Some 40", "count", 40, 40, "about", True),
    ("Mirage 2000 jets crossed the border.", "2000", "other", 2000, 2000, N, False),
    ("Jets flew as far as 80 km inside the country.", "as far as 80 km", "measure", N, 80, "up_to", False),
    ("The feud goes back as far as 2014.", "2014", "year", 2014, 2014, N, False),
    ("A strike killed a five-member family.", "five", "count", 5, 5, N, False),
    ("A 12-member army patrol was ambushed.", "12", "count", 12, 12, N, False),
    ("They shot down a Kinzhal\n\n12 people were killed.", "12", "count", 12, 12, N, False),
    ("It was three times more than before.", "three times", "other", 3, 3, N, False),
    ("More then 100 is injured.", "More then 100", "count", 101, N, "more_than", False),
    ("It killed a very large number of militants.", "a very large number", "count", 2, N, "vague", True),
    ("Jets killed large number of terrorists.", "large number", "count", 2, N, "vague", True),
    ("They killed10people, a blurred caption read.", "10", "count", 10, 10, N, False),
    ("One soldier was captured.", "One", "count", 1, 1, N, False),
    ("Police found 2019 ballots in the cellar.", "2019", "count", 2019, 2019, N, False),
    ("Zero arrests were made.", "Zero", "count", 0, 0, N, False),
    # up_to
    ("up to 370 fighters massed near the town", "up to 370", "count", N, 370, "up_to", False),
    ("Up to 90 were feared dead.", "Up to 90", "count", N, 90, "up_to", False),
    ("as many as 40 trucks were looted", "as many as 40", "count", N, 40, "up_to", False),
    ("the toll could be as high as 80", "as high as 80", "count", N, 80, "up_to", False),
    ("at most three shells struck the school", "at most three", "count", N, 3, "up_to", False),
    ("no more than 15 militants remained", "no more than 15", "count", N, 15, "up_to", False),
    ("a maximum of 60 observers may enter", "a maximum of 60", "count", N, 60, "up_to", False),
    ("40 or fewer guards were on duty", "40 or fewer", "count", N, 40, "up_to", False),
    # at_least
    ("at least 11 armoured trucks were lost", "at least 11", "count", 11, N, "at_least", False),
    ("At least seven howitzers were destroyed.", "At least seven", "count", 7, N, "at_least", False),
    ("no fewer than 25 civilians died", "no fewer than 25", "count", 25, N, "at_least", False),
    ("no less than 90 rockets fell", "no less than 90", "count", 90, N, "at_least", False),
    ("a minimum of 12 medics were deployed", "a minimum of 12", "count", 12, N, "at_least", False),
    ("300 or more homes were damaged", "300 or more", "count", 300, N, "at_least", False),
    ("a 500-plus convoy set off", "500-plus", "count", 500, N, "at_least", False),
    ("officials counted 70+ craters", "70+", "count", 70, N, "at_least", False),
    # more_than
    ("more than 600 fighters were killed", "more than 600", "count", 601, N, "more_than", False),
    ("more than 10 buildings collapsed", "more than 10", "count", 11, N, "more_than", False),
    ("over 200 people were evacuated", "over 200", "count", 201, N, "more_than", False),
    ("in excess of 400 mortars were fired", "in excess of 400", "count", 401, N, "more_than", False),
    ("upwards of 60 bodies were recovered", "upwards of 60", "count", 61, N, "more_than", False),
    ("above 30 checkpoints were set up", "above 30", "count", 31, N, "more_than", False),
    ("more than 1.5 million were displaced", "more than 1.5 million", "count", 1.5e6, N, "more_than", False),
    ("more than a dozen jets took off", "more than a dozen", "count", 13, N, "more_than", False),
    ("the toll has exceeded 30,000", "exceeded 30,000", "count", 30001, N, "more_than", False),
    ("the dead surpassed 200 on Monday", "surpassed 200", "count", 201, N, "more_than", False),
    ("the death toll topped 50", "topped 50", "count", 51, N, "more_than", False),
    ("the number of dead did not exceed 20", "did not exceed 20", "count", N, 20, "up_to", False),
    ("losses will not exceed 30", "not exceed 30", "count", N, 30, "up_to", False),
    ("the toll never exceeded 12", "never exceeded 12", "count", N, 12, "up_to", False),
    # less_than
    ("fewer than 20 residents stayed", "fewer than 20", "count", N, 19, "less_than", False),
    ("less than 50 shells were intercepted", "less than 50", "count", N, 49, "less_than", False),
    ("under 100 troops held the hill", "under 100", "count", N, 99, "less_than", False),
    ("below 5 casualties were reported", "below 5", "count", N, 4, "less_than", False),
    # almost
    ("almost 45 people were hurt", "almost 45", "count", N, 44, "almost", True),
    ("Nearly 900 families left.", "Nearly 900", "count", N, 899, "almost", True),
    ("just under 70 detainees were freed", "just under 70", "count", N, 69, "almost", True),
    ("close to 3,000 soldiers took part", "close to 3,000", "count", N, 2999, "almost", True),
    ("nearly two dozen drones were shot down", "nearly two dozen", "count", N, 23, "almost", True),
    # about
    ("about 650 people gathered", "about 650", "count", 650, 650, "about", True),
    ("around 20 vehicles burned", "around 20", "count", 20, 20, "about", True),
    ("an estimated 15,000 people fled", "an estimated 15,000", "count", 15000, 15000, "about", True),
    ("approximately 45 missiles were launched", "approximately 45", "count", 45, 45, "about", True),
    ("roughly thirty fighters regrouped", "roughly thirty", "count", 30, 30, "about", True),
    ("Some 300 prisoners were moved.", "Some 300", "count", 300, 300, "about", True),
    ("100 or so protesters marched", "100 or so", "count", 100, 100, "about", True),
    # ranges
    ("from two to four mortar rounds exploded", "from two to four", "count", 2, 4, "range", False),
    ("two to four shells fell", "two to four", "count", 2, 4, "range", False),
    ("the low end of the 100-to-300 spectrum", "100-to-300", "count", 100, 300, "range", False),
    ("between 10 and 20 people were arrested", "between 10 and 20", "count", 10, 20, "range", False),
    ("10-15 fighters were seen", "10-15", "count", 10, 15, "range", False),
    ("30\u201340 trucks crossed", "30\u201340", "count", 30, 40, "range", False),
    ("one or two snipers fired", "one or two", "count", 1, 2, "range", False),
    ("five to ten million dollars", "five to ten million dollars", "money", 5e6, 1e7, "range", False),
    ("between one hundred and two hundred guards", "between one hundred and two hundred", "count",
     100, 200, "range", False),
    ("about 10 to 15 soldiers", "about 10 to 15", "count", 10, 15, "range", True),
    # vague plurals
    ("Dozens of fishermen were stranded.", "Dozens", "count", 24, N, "vague", True),
    ("dozens of arrests were recorded", "dozens", "count", 24, N, "vague", True),
    ("scores of homes were flattened", "scores", "count", 40, N, "vague", True),
    ("hundreds of families fled", "hundreds", "count", 200, N, "vague", True),
    ("thousands of people marched", "thousands", "count", 2000, N, "vague", True),
    ("tens of thousands were displaced", "tens of thousands", "count", 20000, N, "vague", True),
    ("hundreds of thousands lack water", "hundreds of thousands", "count", 200000, N, "vague", True),
    ("several hundred soldiers deserted", "several hundred", "count", 200, N, "vague", True),
    # shares
    ("20% of the city is without power", "20%", "share", 20, 20, N, False),
    ("about 20 percent of homes", "about 20 percent", "share", 20, 20, "about", True),
    ("15 per cent of the budget", "15 per cent", "share", 15, 15, N, False),
    ("up to 30% of the grid", "up to 30%", "share", N, 30, "up_to", False),
    ("two-thirds of residents left", "two-thirds", "share", 66.67, 66.67, N, False),
    ("nearly a third of the homes", "nearly a third", "share", N, 33.33, "almost", True),
    ("one quarter of the budget", "one quarter", "share", 25, 25, N, False),
    # money
    ("$5 million in aid was pledged", "$5 million", "money", 5e6, 5e6, N, False),
    ("5 million dollars was frozen", "5 million dollars", "money", 5e6, 5e6, N, False),
    ("a €3bn package", "€3bn", "money", 3e9, 3e9, N, False),
    ("fined 100 euros each", "100 euros", "money", 100, 100, N, False),
    ("more than $2m was stolen", "more than $2m", "money", 2e6, N, "more_than", False),
    ("£250,000 in compensation", "£250,000", "money", 250000, 250000, N, False),
    ("a grant of US$40 million", "US$40 million", "money", 4e7, 4e7, N, False),
    ("costs of $3 billion to $5 billion", "$3 billion to $5 billion", "money", 3e9, 5e9, "range", False),
    # dates, times, years
    ("The strike on June 14 hit a market.", "June 14", "date", N, N, N, False),
    ("On 21 May the army advanced.", "21 May", "date", N, N, N, False),
    ("by November 3rd the town fell", "November 3rd", "date", N, N, N, False),
    ("reported on Nov. 8 by officials", "Nov. 8", "date", N, N, N, False),
    ("It happened on 12 July 2014, officials said.", "12 July 2014", "date", N, N, N, False),
    ("the talks of March 3, 2020 failed", "March 3, 2020", "date", N, N, N, False),
    ("filed 2020-03-17 in the archive", "2020-03-17", "date", N, N, N, False),
    ("posted 04/12/2021 online", "04/12/2021", "date", N, N, N, False),
    ("the army killed 203 between March 23 and 31", "March 23 and 31", "date", N, N, N, False),
    ("fighting on 23-24 March displaced many", "23-24 March", "date", N, N, N, False),
    ("on the night of February 15 to 16, 2020, witnesses said", "February 15 to 16, 2020", "date", N, N, N, False),
    ("In 1979 the army withdrew.", "1979", "year", 1979, 1979, N, False),
    ("The war began in 1967.", "1967", "year", 1967, 1967, N, False),
    ("fighting since 2011, observers said", "2011", "year", 2011, 2011, N, False),
    ("the ceasefire of mid-2019 collapsed", "2019", "year", 2019, 2019, N, False),
    ("arms bought in the 1990s", "1990s", "year", 1990, 1990, N, False),
    ("the 2013 agreement held", "2013", "year", 2013, 2013, N, False),
    ("the summer of 2014 saw heavy fighting", "2014", "year", 2014, 2014, N, False),
    ("from 2011 to 2014 the town was besieged", "from 2011 to 2014", "year", 2011, 2014, "range", False),
    ("a siege of 2000 people", "2000", "count", 2000, 2000, N, False),
    ("2023 was the deadliest year, surpassing 2022, monitors said", "2022", "year", 2022, 2022, N, False),
    ("the toll this year has already surpassed 2018, monitors said", "2018", "year", 2018, 2018, N, False),
    ("the death toll has surpassed 2000, the ministry said", "surpassed 2000", "count", 2001, N, "more_than", False),
    ("the dead did not exceed 1950 people", "did not exceed 1950", "count", N, 1950, "up_to", False),
    ("2000 fled across the border", "2000", "count", 2000, 2000, N, False),
    ("The siren sounded at 12:00 sharp.", "12:00", "time", N, N, N, False),
    ("Blasts at 7:40 A.M. shook the port.", "7:40 A.M.", "time", N, N, N, False),
    ("around 2am, the drones arrived", "around 2am", "time", N, N, "about", True),
    ("at 9 p.m. the curfew began", "9 p.m.", "time", N, N, N, False),
    ("patrols left at 0300 hours", "0300 hours", "time", N, N, N, False),
    # ages
    ("a 31-year-old medic was shot", "31-year-old", "age", 31, 31, N, False),
    ("a man aged 28 was held", "aged 28", "age", 28, 28, N, False),
    ("the driver, 28 years old, survived", "28 years old", "age", 28, 28, N, False),
    ("a three-year-old girl was hurt", "three-year-old", "age", 3, 3, N, False),
    ("he died at the age of 28", "age of 28", "age", 28, 28, N, False),
    ("recruits aged between 18 and 25", "aged between 18 and 25", "age", 18, 25, "range", False),
    # ordinals
    ("the second strike came at dawn", "second", "ordinal", 2, 2, N, False),
    ("the 10th brigade moved", "10th", "ordinal", 10, 10, N, False),
    ("for the first time", "first", "ordinal", 1, 1, N, False),
    ("the twenty-first day of the siege", "twenty-first", "ordinal", 21, 21, N, False),
    # durations and other units
    ("the siege lasted four weeks", "four weeks", "duration", 4, 4, N, False),
    ("in the past two days the front moved", "two days", "duration", 2, 2, N, False),
    ("a 72 hours pause", "72 hours", "duration", 72, 72, N, False),
    ("a 72-hour truce", "72-hour", "duration", 72, 72, N, False),
    ("more than two years of war", "more than two years", "duration", 3, N, "more_than", False),
    ("shells landed 10km away", "10km", "measure", 10, 10, N, False),
    ("about 30 kilometres north", "about 30 kilometres", "measure", 30, 30, "about", True),
    ("155mm rounds were fired", "155mm", "measure", 155, 155, N, False),
    ("one of the fighters escaped", "one", "other", 1, 1, N, False),
    ("no one was hurt", "one", "other", 1, 1, N, False),
    ("T-72 tanks advanced", "72", "other", 72, 72, N, False),
    ("an Su-25 jet crashed", "25", "other", 25, 25, N, False),
    ("after flight MH17 was downed", "17", "other", 17, 17, N, False),
    ("under Resolution 2254 talks resumed", "2254", "other", 2254, 2254, N, False),
    ("at 02:00 (GMT+4) shelling began", "4", "other", 4, 4, N, False),
    ("1) The convoy left at dawn.", "1", "other", 1, 1, N, False),
    ("5G masts were hit", "5G", "other", 5, 5, N, False),
]


def _only(sentence: str, span: str) -> NumberMatch:
    found = [m for m in find_numbers(sentence) if m.text == span]
    assert len(found) == 1, (span, find_numbers(sentence))
    return found[0]


@pytest.mark.parametrize(("sentence", "span", "kind", "low", "high", "hedge", "approx"), CASES)
def test_numparse_table(sentence, span, kind, low, high, hedge, approx):
    m = _only(sentence, span)
    assert sentence[m.start : m.end] == m.text
    assert (m.kind, m.hedge, m.approx) == (kind, hedge, approx)
    assert m.low == pytest.approx(low) if low is not None else m.low is None
    assert m.high == pytest.approx(high) if high is not None else m.high is None


def test_numparse_table_is_large():
    assert len(CASES) >= 90


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 5 people died and 12 were hurt.", [("At least 5", 5, None), ("12", 12, 12)]),
        ("In 2019, 300 people fled and about 40 returned.",
         [("2019", 2019, 2019), ("300", 300, 300), ("about 40", 40, 40)]),
        ("up to 370 fighters and more than 20 tanks, plus dozens of trucks",
         [("up to 370", None, 370), ("more than 20", 21, None), ("dozens", 24, None)]),
        ("Between 3 and 6 rockets hit; nearly 10 missed.",
         [("Between 3 and 6", 3, 6), ("nearly 10", None, 9)]),
        ("The toll rose from 10 to 20.", [("10", 10, 10), ("20", 20, 20)]),
        ("Medics raised the toll on March 3 to 12 people.", [("March 3", None, None), ("12", 12, 12)]),
        ("Officials raised the toll on March 3 to 25, 1200 more were wounded.",
         [("March 3", None, None), ("25", 25, 25), ("1200", 1200, 1200)]),
    ],
)
def test_numparse_several_in_one_sentence(sentence, expected):
    found = find_numbers(sentence)
    assert [(m.text, m.low, m.high) for m in found] == expected
    for m in found:
        assert sentence[m.start : m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    "sentence",
    ["several people were hurt", "a number of homes burned", "a man was shot", "around the capital",
     "some residents stayed", "about the deaths", "many were wounded", "between the armies", ""],
)
def test_numparse_no_number(sentence):
    assert [m for m in find_numbers(sentence) if m.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Twelve", 12), ("three million", 3e6), ("1.5 million", 1.5e6), ("200,000", 200000), ("a dozen", 12),
     ("twenty-eight", 28), ("5", 5), ("five", 5), ("one hundred and twenty", 120), ("5000", 5000),
     ("  42. ", 42), ("a hundred", 100), ("half a million", 5e5), ("Ninety-nine", 99)],
)
def test_parse_number_values(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "a", "several", "dozens", "people", "second", "five people", "$", "-"])
def test_parse_number_none(text):
    assert parse_number(text) is None


def test_numparse_offsets_in_an_article():
    text = ("KYIV — More than 40 drones were launched overnight, officials said on June 3.\n\n"
            "About 20 were shot down; two hit a depot. A 35-year-old guard was hurt, and "
            "at least one of the warehouses burned for six hours.")
    found = find_numbers(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    kinds = {m.text: m.kind for m in found}
    assert kinds == {"More than 40": "count", "June 3": "date", "About 20": "count", "two": "count",
                     "35-year-old": "age", "at least one": "other", "six hours": "duration"}


@pytest.mark.parametrize(("text", "most"), [
    ("hundreds of people", 1499), ("Hundreds", 1499), ("several hundred", 999), ("a few hundred", 999),
    ("hundreds of thousands", 1499999), ("several hundred thousand", None), ("dozens", None),
    ("thousands of families", None), ("about 300", None), ("", None),
])
def test_vague_most(text, most):
    assert vague_most(text) == most
