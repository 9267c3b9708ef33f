"""Figures carry the day their sentence says the event happened, resolved against publication."""

from __future__ import annotations

from datetime import date

from casualty_tracker.extraction import ArticleText, extract_figures


def _dates(text: str, published: date = date(2024, 12, 23)) -> dict[str, date | None]:
    article = ArticleText("a", "", text, published, "Wire")
    return {f.evidence: f.event_date for f in extract_figures(article)}


def test_day_and_month_resolve_to_the_latest_such_day_before_publication() -> None:
    dates = _dates("On 17 December, Ukraine's army said 30 North Korean soldiers were killed near Kursk.")
    assert date(2024, 12, 17) in dates.values()


def test_a_sentence_without_a_day_has_no_event_date() -> None:
    dates = _dates("More than 1,000 North Korean soldiers have been killed or wounded, the JCS said.")
    assert dates and set(dates.values()) == {None}


def test_weekday_resolves_within_the_week_of_publication() -> None:
    dates = _dates(
        "The health ministry said on Thursday that 40 people were killed in the strikes.",
        published=date(2024, 8, 15),
    )
    assert date(2024, 8, 15) in dates.values()
