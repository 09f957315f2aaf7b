"""Draw the coverage figures with matplotlib and put them in one self-contained HTML page."""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure  # no pyplot: no global state, safe in any process

from pipeline.report.stats import Coverage

COLOURS = ["#1f5f8b", "#e07b39", "#5a9e4b", "#b2455a", "#7d6bb0", "#8c8c8c"]


@dataclass
class Report:
    html: str
    charts: dict[str, bytes]  # chart id -> PNG


def render(coverage: Coverage, title: str = "News dataset coverage") -> Report:
    charts = {
        "speakers": _chart(lambda ax: _speakers(ax, coverage.top_speakers), "Most-quoted named speakers (share of all quotes)"),
        "quote_kinds": _chart(lambda ax: _grouped(ax, coverage.quotes_by_kind_form, "quotes"), "Quotes by kind and form"),
        "entities": _entities_chart(coverage.top_entities),
        "domains": _chart(lambda ax: _stacked(ax, coverage.domains_by_role), "Most-cited domains by link role"),
        "sites": _chart(lambda ax: _bars(ax, coverage.articles_per_site, "articles"), "Articles per site"),
        "months": _chart(lambda ax: _months(ax, coverage.articles_per_month), "Articles per published month"),
        "rejects": _chart(lambda ax: _bars(ax, coverage.rejects_by_reason, "files"), "Files rejected, by reason"),
    }
    return Report(html=_page(title, coverage, charts), charts=charts)


def _chart(draw: Callable[[Axes], None], title: str, size: tuple[float, float] = (7.5, 4.2)) -> bytes:
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    ax = figure.subplots()
    draw(ax)
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    return _png(figure)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _nothing(ax: Axes) -> None:
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", color="grey", transform=ax.transAxes)
    ax.set_axis_off()


def _speakers(ax: Axes, top: pd.DataFrame) -> None:
    if top.empty:
        return _nothing(ax)
    top = top.iloc[::-1]
    bars = ax.barh(top["speaker"], top["share"] * 100, color=COLOURS[0])
    ax.bar_label(bars, labels=[f"{n} quotes" for n in top["quotes"]], padding=3, fontsize=8)
    ax.set_xlabel("% of all quotes")
    ax.margins(x=0.2)


def _bars(ax: Axes, counts: pd.Series, unit: str) -> None:
    if counts.empty:
        return _nothing(ax)
    counts = counts.iloc[::-1]
    bars = ax.barh([str(i) for i in counts.index], counts.values, color=COLOURS[0])
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_xlabel(unit)
    ax.margins(x=0.15)


def _grouped(ax: Axes, table: pd.DataFrame, unit: str) -> None:
    if table.empty:
        return _nothing(ax)
    width = 0.8 / len(table.columns)
    for i, column in enumerate(table.columns):
        positions = [x + i * width for x in range(len(table.index))]
        bars = ax.bar(positions, table[column], width, label=column, color=COLOURS[i % len(COLOURS)])
        ax.bar_label(bars, fontsize=8)
    ax.set_xticks([x + width * (len(table.columns) - 1) / 2 for x in range(len(table.index))], table.index)
    ax.set_ylabel(unit)
    ax.legend(fontsize=8, frameon=False)


def _stacked(ax: Axes, table: pd.DataFrame) -> None:
    if table.empty:
        return _nothing(ax)
    table = table.iloc[::-1]
    left = pd.Series(0, index=table.index)
    for i, role in enumerate(table.columns):
        ax.barh(table.index, table[role], left=left, label=role, color=COLOURS[i % len(COLOURS)])
        left += table[role]
    ax.set_xlabel("links")
    ax.legend(fontsize=8, frameon=False)


def _months(ax: Axes, months: pd.Series) -> None:
    if months.empty:
        ax.text(0.5, 0.5, "no article states its publication date", ha="center", va="center", color="grey", transform=ax.transAxes)
        return ax.set_axis_off()
    ax.bar([str(p) for p in months.index], months.values, color=COLOURS[0])
    ax.set_ylabel("articles")
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)


def _entities_chart(groups: dict[str, pd.DataFrame]) -> bytes:
    figure = Figure(figsize=(11, 6.5), dpi=100, layout="constrained")
    figure.suptitle("Most-mentioned entities by type (number of articles)", x=0.01, ha="left", fontsize=11, fontweight="bold")
    for ax, (group, top), colour in zip(figure.subplots(2, 2).flat, groups.items(), COLOURS):
        ax.set_title(group, loc="left", fontsize=10)
        if top.empty:
            _nothing(ax)
            continue
        top = top.iloc[::-1]
        bars = ax.barh(top["name"], top["articles"], color=colour)
        ax.bar_label(bars, padding=3, fontsize=8)
        ax.margins(x=0.15)
    return _png(figure)


def _page(title: str, coverage: Coverage, charts: dict[str, bytes]) -> str:
    def image(name: str) -> str:
        data = base64.b64encode(charts[name]).decode("ascii")
        return f'<img class="chart" id="chart-{name}" alt="{name}" src="data:image/png;base64,{data}">'

    figures = "".join(f'<div class="figure"><div class="value">{html.escape(str(v))}</div><div class="label">{html.escape(k)}</div></div>'
                      for k, v in coverage.headline.items())
    quality = "".join(f"<tr><td>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in coverage.quality.items())
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; color: #222; }}
h1 {{ margin-bottom: 0.2rem; }} .generated {{ color: #777; margin-top: 0; }}
.figures {{ display: flex; flex-wrap: wrap; gap: 1rem; margin: 1.5rem 0; }}
.figure {{ background: #f3f6f9; border-radius: 8px; padding: 0.8rem 1.2rem; min-width: 9rem; }}
.value {{ font-size: 1.6rem; font-weight: 600; color: #1f5f8b; }} .label {{ color: #555; font-size: 0.9rem; }}
.grid {{ display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1.5rem; margin-bottom: 1.5rem; }}
.chart {{ width: 100%; max-width: 760px; height: auto; }} .wide {{ grid-column: 1 / -1; }} .wide .chart {{ max-width: none; }}
table {{ border-collapse: collapse; }} td {{ padding: 0.3rem 1rem 0.3rem 0; border-bottom: 1px solid #ddd; }}
</style></head><body>
<h1>{html.escape(title)}</h1><p class="generated">Generated {generated} from the warehouse tables.</p>
<div class="figures">{figures}</div>
<h2>Who is quoted</h2><div class="grid">{image("speakers")}{image("quote_kinds")}</div>
<h2>Who and what is mentioned</h2><div class="grid"><div class="wide">{image("entities")}</div></div>
<h2>Which sources are cited, where and when</h2><div class="grid">{image("domains")}{image("sites")}</div>
<div class="grid">{image("months")}</div>
<h2 id="data-quality">Data quality</h2><div class="grid"><table>{quality}</table>{image("rejects")}</div>
</body></html>
"""
