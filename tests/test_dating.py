"""dating: event dates of news sentences, publication dates stated by text, metadata date values."""

from datetime import date, datetime, timedelta, timezone

import pytest

from casualty_tracker.dating import find_published_date, parse_date_value, resolve_event_date

# The seed article: published Monday 23 December 2024.
MON_23_DEC_2024 = date(2024, 12, 23)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # Day and month without a year: the most recent such day not after publication.
        (
            "On 17 December, Ukrainian army commander Oleksandr Sirskyi said the Russian army was conducting "
            '"intensive offensive operations in the Kursk region".',
            MON_23_DEC_2024,
            date(2024, 12, 17),
        ),
        ("On 17 December, Sirskyi said", date(2024, 12, 16), date(2023, 12, 17)),
        ("On 17 December, Sirskyi said", date(2024, 12, 17), date(2024, 12, 17)),
        (
            "Russia's defence ministry said on January 24 that 65 Ukrainian POWs were aboard.",
            date(2024, 1, 31),
            date(2024, 1, 24),
        ),
        ("The strike on January 24 killed 74 people.", date(2025, 1, 3), date(2024, 1, 24)),
        ("The swap, agreed on Dec. 30, returned 230 prisoners.", date(2024, 1, 2), date(2023, 12, 30)),
        ("On the 3rd of March, shelling killed two civilians.", date(2024, 3, 5), date(2024, 3, 3)),
        ("Kyiv said on March 3rd that 4 soldiers were captured.", date(2024, 3, 5), date(2024, 3, 3)),
        (
            "By 29 February, 31,000 Ukrainian soldiers had been killed, Zelensky said.",
            date(2025, 3, 1),
            date(2024, 2, 29),
        ),
        # Full dates are taken as written.
        (
            "Russia has lost more than 1 million troops since February 24, 2022, the General Staff said.",
            date(2025, 6, 12),
            date(2022, 2, 24),
        ),
        (
            "Since 24 February 2022, at least 12,000 civilians have been killed.",
            date(2024, 11, 21),
            date(2022, 2, 24),
        ),
        ("The report, dated 2024-11-30, counted 600 dead.", date(2024, 12, 5), date(2024, 11, 30)),
        ("On 12.03.2024 the brigade lost 40 men.", date(2024, 3, 20), date(2024, 3, 12)),
        ("On 5 May 2023, 12 tanks were destroyed.", None, date(2023, 5, 5)),
        # Weekdays: the most recent such day on or before publication (news style).
        (
            "South Korea's military said on Monday that about 1,100 North Koreans were killed or wounded.",
            MON_23_DEC_2024,
            date(2024, 12, 23),
        ),
        ("The attack on Thursday killed 7 people, officials said.", MON_23_DEC_2024, date(2024, 12, 19)),
        (
            "Zelensky said Thursday that 3,000 North Korean troops had been killed or wounded.",
            date(2025, 1, 6),
            date(2025, 1, 2),
        ),
        (
            "Ukraine's air force said it shot down 52 of 72 drones launched overnight into Sunday.",
            MON_23_DEC_2024,
            date(2024, 12, 22),
        ),
        (
            "Two civilians were killed in Kharkiv on Saturday night, the governor said.",
            MON_23_DEC_2024,
            date(2024, 12, 21),
        ),
        ("Russia launched 80 drones last Monday.", MON_23_DEC_2024, date(2024, 12, 16)),
        ("Officials said Monday, December 16, that 100 were dead.", MON_23_DEC_2024, date(2024, 12, 16)),
        ("Talks will resume next Tuesday.", MON_23_DEC_2024, date(2024, 12, 24)),
        # Yesterday, last night, today.
        (
            "Yesterday, 12 people were killed in a missile strike on Zaporizhzhia.",
            MON_23_DEC_2024,
            date(2024, 12, 22),
        ),
        ("Five soldiers were wounded yesterday, the ministry said.", date(2024, 3, 1), date(2024, 2, 29)),
        ("Three people died in shelling last night.", MON_23_DEC_2024, date(2024, 12, 22)),
        ("The day before yesterday, 30 soldiers surrendered.", MON_23_DEC_2024, date(2024, 12, 21)),
        ("The ministry said today that 230 prisoners were exchanged.", MON_23_DEC_2024, MON_23_DEC_2024),
        # Not a single day.
        ("Last week, 40 soldiers were killed in the Kursk region.", MON_23_DEC_2024, None),
        (
            "In early August, Ukraine launched a surprise offensive into Russia's Kursk region.",
            MON_23_DEC_2024,
            None,
        ),
        (
            "The two countries strengthened ties after Moscow invaded Ukraine in February 2022.",
            MON_23_DEC_2024,
            None,
        ),
        ("The treaty, signed in June, took effect at the beginning of the month.", MON_23_DEC_2024, None),
        (
            "Several thousand North Korean soldiers have been sent to Russia in recent weeks.",
            MON_23_DEC_2024,
            None,
        ),
        ("About 1,100 North Korean soldiers were killed or wounded, the JCS said.", MON_23_DEC_2024, None),
        ("It is supplying 240-mm rocket launchers and 170-mm self-propelled guns.", MON_23_DEC_2024, None),
        ("Troops may 5 times outnumber defenders; forces march 20 km a day.", MON_23_DEC_2024, None),
        ("Losses in 2023 exceeded 100,000.", MON_23_DEC_2024, None),
        ("", MON_23_DEC_2024, None),
        # Relative expressions need the publication date.
        ("On 17 December, Sirskyi said", None, None),
        ("Russia said on Monday that 20 drones were downed.", None, None),
        ("Yesterday, 12 people were killed.", None, None),
    ],
)
def test_resolve_event_date(sentence: str, published: date | None, expected: date | None) -> None:
    assert resolve_event_date(sentence, published) == expected


def test_a_since_date_gives_way_to_the_event_day() -> None:
    sentence = (
        "On 20 December the General Staff said 760,000 Russian troops had been lost since 24 February 2022."
    )
    assert resolve_event_date(sentence, MON_23_DEC_2024) == date(2024, 12, 20)
    sentence = "Since February 24, 2022 and as of Monday, Russia has lost 770,000 troops."
    assert resolve_event_date(sentence, MON_23_DEC_2024) == date(2024, 12, 23)


def test_first_day_named_wins() -> None:
    sentence = "The strike on 14 December followed another on 9 December that killed 11."
    assert resolve_event_date(sentence, MON_23_DEC_2024) == date(2024, 12, 14)


def test_weekday_resolution_is_never_after_publication() -> None:
    for offset in range(14):
        published = date(2024, 12, 1) + timedelta(days=offset)
        for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            got = resolve_event_date(f"Officials said on {name} that 10 were killed.", published)
            assert got is not None
            assert got.strftime("%A") == name
            assert published - timedelta(days=6) <= got <= published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV, March 12, 2024 (Reuters) - Russia said it had shot down 20 drones.",
            (date(2024, 3, 12), "day"),
        ),
        ("KYIV, Ukraine, 12 March 2024 — Ukrainian forces said ...", (date(2024, 3, 12), "day")),
        ("12 March 2024 — Ukrainian forces repelled an attack.", (date(2024, 3, 12), "day")),
        ("Published 12 March 2024\nRussian forces attacked ...", (date(2024, 3, 12), "day")),
        ("By Staff Writer | Published: 2024-03-12 10:04 GMT\nText", (date(2024, 3, 12), "day")),
        ("Posted on March 12, 2024 by admin\n\nThe ministry said ...", (date(2024, 3, 12), "day")),
        (
            "Updated: 14 March 2024\nPublished: 12 March 2024 10:00 GMT\nRussian forces attacked ...",
            (date(2024, 3, 12), "day"),
        ),
        ("Russian forces attacked ...\n\nLast updated 14 March 2024", (date(2024, 3, 14), "day")),
        ("Posted in March 2024\n\nThe ministry said", (date(2024, 3, 1), "month")),
        ("Published: March 2024\n\nThe ministry said", (date(2024, 3, 1), "month")),
        # Dates inside the story are not publication dates.
        ("On 12 March 2024, Russian forces attacked Kharkiv.", None),
        ("Moscow invaded Ukraine on February 24, 2022 - and the war goes on.", None),
        ("Since February 24, 2022, Russia has lost 500,000 troops.", None),
        ("Published 17 December\nNo year, so no date.", None),
        ("", None),
    ],
)
def test_find_published_date(text: str, expected: tuple[date, str] | None) -> None:
    assert find_published_date(text, today=date(2025, 1, 1)) == expected


def test_find_published_date_ignores_the_future() -> None:
    assert find_published_date("Published 12 March 2031\nText", today=date(2025, 1, 1)) is None
    assert find_published_date("Published 2 January 2025\nText", today=date(2025, 1, 1)) == (
        date(2025, 1, 2),
        "day",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-12-23", (date(2024, 12, 23), "day")),
        ("2024-12-23T23:30:00-05:00", (date(2024, 12, 23), "day")),
        ("2024-12-23 10:15", (date(2024, 12, 23), "day")),
        ("Mon, 23 Dec 2024 10:15:00 +0200", (date(2024, 12, 23), "day")),
        ("Mon, 23 Dec 2024 10:15:00 GMT", (date(2024, 12, 23), "day")),
        ("December 23, 2024", (date(2024, 12, 23), "day")),
        ("23 December 2024", (date(2024, 12, 23), "day")),
        ("23.12.2024", (date(2024, 12, 23), "day")),
        ("12/03/2024", (date(2024, 12, 3), "day")),
        ("December 2024", (date(2024, 12, 1), "month")),
        ("2024-12", (date(2024, 12, 1), "month")),
        ("2024", (date(2024, 1, 1), "year")),
        (2024, (date(2024, 1, 1), "year")),
        (date(2024, 12, 23), (date(2024, 12, 23), "day")),
        (datetime(2024, 12, 23, 22, 0, tzinfo=timezone(timedelta(hours=-5))), (date(2024, 12, 23), "day")),
        ("2024-02-30", None),
        ("March 12", None),
        ("soon", None),
        ("", None),
        (None, None),
        (True, None),
        (["2024-12-23"], None),
        (12, None),
    ],
)
def test_parse_date_value(value: object, expected: tuple[date, str] | None) -> None:
    assert parse_date_value(value) == expected
