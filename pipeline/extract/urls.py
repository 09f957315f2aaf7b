"""URL normalisation, registered domains and dates in paths (offline)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract
from courlan.clean import TRACKERS_RE  # courlan's list of tracking parameters (utm_*, fbclid, gclid...)

PATH_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:/|$|[-_])"),
)
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class NormalizedUrl:
    url: str
    host: str
    domain: str
    url_date: date | None
    tracking_params_removed: list[str]


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # The public suffix list snapshot shipped inside tldextract: no network, no cache dir.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def normalize_url(url: str) -> NormalizedUrl:
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    netloc = host
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    kept, removed = [], []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        (removed if TRACKERS_RE.search(key.lower()) else kept).append((key, value))
    path = parts.path or "/"
    normalized = urlunsplit((scheme, netloc, path if path != "/" or kept else "", urlencode(kept), ""))
    extracted = _extractor()(host)
    domain = extracted.top_domain_under_public_suffix or host
    return NormalizedUrl(normalized, host, domain, date_in_path(parts.path), [key for key, _ in removed])


def date_in_path(path: str) -> date | None:
    for pattern in PATH_DATES:
        match = pattern.search(path)
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
    return None


def slug_words(text: str) -> set[str]:
    return {word for word in re.split(r"[^a-z0-9]+", text.lower()) if word}
