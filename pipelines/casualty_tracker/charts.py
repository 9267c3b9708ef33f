"""The claims timeline chart: one line per claimant, each claim's bounds as a band.

Built as a Vega-Lite spec with Altair and rendered by vl-convert (PNG, SVG, or a standalone
HTML page with the JavaScript bundled), so one spec gives every format without a browser or
a network. Altair is imported only when a chart is drawn (about 0.2 s).

How bounds are drawn: a claim with a number is a point on its claimant's line (the line
joins best values: value, else low, else high); a claim with bounds also gets a vertical
band from low to high. An open end ("more than 1,000": no high; "up to 500": no low) runs
the band to the chart's edge, dashed, so a lower bound is never read as a value.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb

from .analysis import AnalysisError, kinds_of_party, resolve
from .storage.execute import statements
from .storage.sqlfiles import sql

FORMATS = (".png", ".svg", ".html", ".json")
BOUND_LABELS = {
    "value": "a number",
    "range": "a range",
    "at_least": "at least (open above)",
    "at_most": "at most (open below)",
}


def timeline_rows(
    con: duckdb.DuckDBPyConnection,
    party: str,
    kind: str,
    since: date | None = None,
    until: date | None = None,
) -> list[dict]:
    """The claims to draw (party and kind as stored; see `claims_chart` for checking them)."""
    (query,) = statements(sql("queries/analysis/chart_timeline.sql"))
    cur = con.execute(query, {"party": party, "kind": kind, "since": since, "until": until})
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def _bound(row: dict) -> str:
    if row["value"] is not None:
        return "value"
    if row["low"] is not None and row["high"] is not None:
        return "range"
    return "at_least" if row["low"] is not None else "at_most"


def chart_data(rows: list[dict], log_scale: bool = False) -> tuple[list[dict], tuple[float, float]]:
    """Rows ready for Vega-Lite (JSON types, band ends, open ends at the edge) and the y domain."""
    numbers = [n for r in rows for n in (r["value"], r["low"], r["high"]) if n is not None]
    top = max(numbers) * (1.6 if log_scale else 1.08) if numbers else 1
    positive = [n for n in numbers if n > 0]
    bottom = min(positive) / 1.6 if log_scale and positive else 0
    data = []
    for r in rows:
        bound = _bound(r)
        has_band = r["low"] is not None or r["high"] is not None
        data.append(
            {
                "claimant": r["claimant"],
                "published": r["published"].isoformat(),
                "last_reported": r["last_reported"].isoformat(),
                "best": r["best"],
                "figure": r["figure"],
                "qualifier": r["qualifier"],
                "bound": BOUND_LABELS[bound],
                "band_low": (r["low"] if r["low"] is not None else bottom) if has_band else None,
                "band_high": (r["high"] if r["high"] is not None else top) if has_band else None,
                "open_ended": bound in ("at_least", "at_most"),
                "reports": r["reports"],
                "outlets": r["outlets"],
                "outlet": r["outlet"],
                "evidence": r["evidence"],
            }
        )
    return data, (bottom, top)


def timeline_spec(rows: list[dict], party: str, kind: str, log_scale: bool = False) -> dict:
    """A Vega-Lite spec (dict) of the claims of one party and kind over time."""
    import altair as alt

    data, (bottom, top) = chart_data(rows, log_scale)
    source = alt.Data(values=data)
    x = alt.X(
        "published:T",
        title="first reported",
        scale=alt.Scale(padding=24),
        axis=alt.Axis(format="%Y-%m-%d", labelAngle=-30),
    )
    scale = alt.Scale(type="log" if log_scale else "linear", domain=[bottom, top], nice=False)
    y_title = f"{kind} ({party})"
    color = alt.Color(
        "claimant:N",
        title="claimant",
        legend=alt.Legend(orient="bottom", columns=2, symbolOpacity=1, symbolType="circle", labelLimit=360),
    )
    tooltip = [
        alt.Tooltip("claimant:N"),
        alt.Tooltip("figure:N", title=kind),
        alt.Tooltip("qualifier:N"),
        alt.Tooltip("published:T", title="first reported", format="%Y-%m-%d"),
        alt.Tooltip("last_reported:T", title="last reported", format="%Y-%m-%d"),
        alt.Tooltip("reports:Q"),
        alt.Tooltip("outlets:Q"),
        alt.Tooltip("outlet:N", title="first outlet"),
        alt.Tooltip("evidence:N"),
    ]
    base = alt.Chart(source).encode(x=x, color=color)
    bands = (
        base.transform_filter("datum.band_low != null")
        .mark_rule(strokeWidth=9, strokeCap="butt")
        .encode(
            opacity=alt.Opacity(
                "open_ended:N", scale=alt.Scale(domain=[False, True], range=[0.35, 0.16]), legend=None
            ),
            y=alt.Y("band_low:Q", scale=scale, title=y_title),
            y2="band_high:Q",
            strokeDash=alt.StrokeDash(
                "open_ended:N",
                scale=alt.Scale(domain=[False, True], range=[[1, 0], [5, 3]]),
                legend=None,
            ),
            tooltip=tooltip,
        )
    )
    lines = base.mark_line(strokeWidth=1.6, opacity=0.8).encode(
        y=alt.Y("best:Q", scale=scale, title=y_title), detail="claimant:N"
    )
    points = base.mark_point(filled=True, size=70, opacity=1).encode(
        y=alt.Y("best:Q", scale=scale, title=y_title),
        shape=alt.Shape(
            "bound:N",
            title="given as",
            scale=alt.Scale(
                domain=list(BOUND_LABELS.values()),
                range=["circle", "diamond", "triangle-up", "triangle-down"],
            ),
            legend=alt.Legend(orient="bottom"),
        ),
        tooltip=tooltip,
    )
    chart = (
        alt.layer(bands, lines, points)
        .properties(
            width=720,
            height=360,
            title=alt.TitleParams(
                f"{kind.capitalize()}: {party} — claims over time",
                subtitle=[
                    "One line per claimant through each claim's best number; bands show bounds,",
                    "dashed to the chart's edge where open-ended. Each claim counted once however many "
                    "outlets carried it.",
                ],
                anchor="start",
            ),
        )
        .configure_view(strokeWidth=0)
    )
    return chart.to_dict()


def write_chart(spec: dict, path: str | Path) -> Path:
    """Render a spec by the file's suffix: .png, .svg, .html (standalone) or .json (the spec)."""
    import vl_convert as vlc

    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise AnalysisError(f"cannot draw {out.name!r}: the file must end with {', '.join(FORMATS)}")
    if not out.parent.resolve().is_dir():
        raise AnalysisError(f"cannot write {out}: folder {out.parent} does not exist")
    if suffix == ".png":
        out.write_bytes(vlc.vegalite_to_png(spec, scale=2))
    elif suffix == ".svg":
        out.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    elif suffix == ".html":
        out.write_text(vlc.vegalite_to_html(spec, bundle=True), encoding="utf-8")
    else:
        out.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return out


def png_bytes(spec: dict, scale: float = 1.0) -> bytes:
    """The chart as PNG bytes (for embedding, e.g. in Dagster metadata)."""
    import vl_convert as vlc

    return vlc.vegalite_to_png(spec, scale=scale)


def claims_chart(
    con: duckdb.DuckDBPyConnection,
    party: str,
    kind: str,
    output: str | Path,
    since: date | None = None,
    until: date | None = None,
    log_scale: bool = False,
) -> Path:
    """Check party and kind against the claims, then draw their timeline into `output`."""
    party_name = resolve(con, "party", party)
    kind_name = resolve(con, "kind", kind)
    rows = timeline_rows(con, party_name, kind_name, since, until)
    if not rows:
        kinds = kinds_of_party(con, party_name)
        listing = ", ".join(f"{k} ({n})" for k, n in kinds.items()) or "none"
        raise AnalysisError(
            f"no claims with a number of kind {kind_name!r} about {party_name!r}"
            f"{' in that period' if since or until else ''}; kinds of claim about {party_name}: {listing}"
        )
    return write_chart(timeline_spec(rows, party_name, kind_name, log_scale), output)


def default_output(party: str, kind: str) -> Path:
    """claims-<party>-<kind>.png in the current folder, with a file-safe name."""
    slug = "".join(c if c.isalnum() else "-" for c in f"{party}-{kind}".lower()).strip("-")
    return Path(f"claims-{slug}.png")
