"""What the report shows, as plain DataFrames and numbers computed from the warehouse tables."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

TOP = 15
# The columns the report needs, so that reading the tables never loads article bodies.
COLUMNS = {
    "articles": ["article_id", "site", "published_date", "duplicate_of", "language"],
    "quotes": ["article_id", "kind", "form", "speaker", "speaker_entity_id"],
    "entities": ["article_id", "name", "label", "entity_key"],
    "links": ["article_id", "domain", "role"],
    "rejects": ["source_path", "reason_code"],
}
ENTITY_GROUPS = {"People": ["PERSON"], "Organisations": ["ORG"], "Places": ["GPE", "LOC", "FAC"], "Other": None}


@dataclass
class Coverage:
    headline: dict[str, int | float | str]
    top_speakers: pd.DataFrame  # named speaker, quotes, share of all quotes
    quotes_by_kind_form: pd.DataFrame  # index kind, columns form
    top_entities: dict[str, pd.DataFrame]  # group -> name, articles
    domains_by_role: pd.DataFrame  # index domain, columns role
    articles_per_site: pd.Series
    articles_per_month: pd.Series
    rejects_by_reason: pd.Series
    quality: dict[str, int]


def coverage(tables: dict[str, pd.DataFrame]) -> Coverage:
    articles, quotes, entities, links, rejects = (tables[name] for name in COLUMNS)
    attributed = quotes.dropna(subset=["speaker"])
    # Named speakers (linked to an entity): "analysts" or "the report" say things, but are nobody to count.
    named = attributed.dropna(subset=["speaker_entity_id"])
    speakers = named.groupby("speaker").size().sort_values(ascending=False).head(TOP)
    top_speakers = pd.DataFrame({"speaker": speakers.index, "quotes": speakers.values,
                                 "share": speakers.values / max(len(quotes), 1)})
    quality = {
        "files rejected": len(rejects),
        "articles without any quote": int((~articles["article_id"].isin(quotes["article_id"])).sum()),
        "quotes without a speaker": int(quotes["speaker"].isna().sum()),
        "duplicate articles": int(articles["duplicate_of"].notna().sum()),
        "articles not in English": int((articles["language"] != "en").sum()),
    }
    headline = {
        "articles": len(articles),
        "quotes": len(quotes),
        "quotes with a speaker": f"{len(attributed) / len(quotes):.0%}" if len(quotes) else "-",
        "entities (distinct keys)": int(entities["entity_key"].nunique()),
        "links": len(links),
        "rejects": len(rejects),
        "most quoted": speakers.index[0] if len(speakers) else "-",
    }
    return Coverage(
        headline=headline,
        top_speakers=top_speakers,
        quotes_by_kind_form=quotes.assign(form=quotes["form"].fillna("(reported)")).groupby(["kind", "form"]).size().unstack(fill_value=0),
        top_entities={group: _top_entities(entities, labels) for group, labels in ENTITY_GROUPS.items()},
        domains_by_role=_domains_by_role(links),
        articles_per_site=articles["site"].fillna("(unknown)").value_counts().head(TOP),
        articles_per_month=_per_month(articles["published_date"]),
        rejects_by_reason=rejects["reason_code"].value_counts(),
        quality=quality,
    )


def _top_entities(entities: pd.DataFrame, labels: list[str] | None) -> pd.DataFrame:
    """Entities by the number of articles that mention them (grouped by entity_key)."""
    named = [label for group in ENTITY_GROUPS.values() if group for label in group]
    chosen = entities[entities["label"].isin(labels)] if labels else entities[~entities["label"].isin(named)]
    # Each key's most frequent name (the first alphabetically on a tie), without a Python call per key.
    names = (chosen.groupby(["entity_key", "name"]).size().rename("mentions").reset_index()
             .sort_values(["entity_key", "mentions", "name"], ascending=[True, False, True])
             .drop_duplicates("entity_key").set_index("entity_key")["name"])
    counts = pd.DataFrame({"name": names, "articles": chosen.groupby("entity_key")["article_id"].nunique()})
    return counts.sort_values(["articles", "name"], ascending=[False, True]).head(10).reset_index(drop=True)


def _domains_by_role(links: pd.DataFrame) -> pd.DataFrame:
    table = links.groupby(["domain", "role"]).size().unstack(fill_value=0)
    return table.loc[table.sum(axis=1).sort_values(ascending=False).index[:TOP]] if len(table) else table


def _per_month(published: pd.Series) -> pd.Series:
    dated = pd.to_datetime(published.dropna(), utc=True)
    if dated.empty:
        return pd.Series(dtype=int)
    return dated.dt.tz_localize(None).dt.to_period("M").value_counts().sort_index()
