"""Running the spaCy model: loaded once per process, fed in batches, on story text only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.normalize.article import Article

# The small model reads ASCII quotes and apostrophes better than typographic ones ("n’t" becomes
# a GPE). The mapping is one character to one character, so offsets in the stored text hold.
ASCII_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    return spacy.load(name)


def model_text(text: str) -> str:
    return text.translate(ASCII_QUOTES)


@dataclass
class ArticleDocs:
    """One Doc per body paragraph (sentences never cross paragraphs) and one for the caption."""

    paragraphs: list[Doc]
    caption: Doc | None


def is_english(article: Article) -> bool:
    return article.language == "en"


def analyse(articles: list[Article], nlp: Language, batch_size: int = 64) -> list[ArticleDocs | None]:
    """Docs for each English article (None for others), with one nlp.pipe over all of them."""
    jobs: list[tuple[str, tuple[int, int]]] = []
    for index, article in enumerate(articles):
        if not is_english(article):
            continue
        for number, paragraph in enumerate(article.paragraphs):
            jobs.append((model_text(paragraph), (index, number)))
        if article.caption:
            jobs.append((model_text(article.caption), (index, -1)))
    results: list[ArticleDocs | None] = [
        ArticleDocs([], None) if is_english(article) else None for article in articles
    ]
    for doc, (index, number) in nlp.pipe(jobs, as_tuples=True, batch_size=batch_size):
        docs = results[index]
        if number == -1:
            docs.caption = doc
        else:
            docs.paragraphs.append(doc)
    return results
