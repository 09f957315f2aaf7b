"""Running the spaCy model: loaded once per process, fed in batches, on story text only."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.normalize.article import Article

# The small model reads ASCII quotes and apostrophes better than typographic ones ("n’t" becomes
# a GPE). The mapping is one character to one character, so offsets in the stored text hold.
# Headlines and datelines in capitals ("RUGBY UNION - CUTTITTA BACK FOR ITALY") are recased.
ALL_CAPS_SHARE = 0.8
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Characters the small model reads as their common forms: curly quotes, and the horizontal bar
# HuffPost writes for a dash. One character for one, so offsets stay those of the text.
MODEL_CHARACTERS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'", "―": "—"})


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    nlp = spacy.load(name)
    # 'said,"We will' and 'Rep. Trey Gowdy (R-S.C.):"I have' arrive without a space: split quote
    # marks (and a comma or colon before one) out of words, so that the cue and the quote are
    # separate tokens.
    infixes = [*nlp.Defaults.infixes, r'"', r'[,:](?=")', r"[—–]"]  # and dashes: 'record—“the longest ...”—and'
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # A signature line '-President Obama, tweeting ...': the dash is not part of the name.
    prefixes = [*nlp.Defaults.prefixes, r"[-–—](?=[A-Z])"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    _index_dictionary_words(nlp)
    return nlp


DICTIONARY_WORDS = "dictionary_words"


def _index_dictionary_words(nlp: Language) -> None:
    """Put the words the model's lemmatizer knows (WordNet's nouns, verbs, adjectives and adverbs)
    on the vocabulary, where the Docs can reach them: 'Souness' is no English word, 'Party' is."""
    if "lemmatizer" not in nlp.pipe_names or not nlp.get_pipe("lemmatizer").lookups.has_table("lemma_index"):
        return
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {word for words_of_a_kind in index.values() for word in words_of_a_kind}
    nlp.vocab.lookups.add_table(DICTIONARY_WORDS, dict.fromkeys(words, True))


def is_dictionary_word(vocab: Vocab, word: str) -> bool:
    """An English dictionary word ('city', 'trust'), lowercased. Without the index (a model with
    no rule lemmatizer) every word counts as one, so that rules that want a name stay off."""
    if not vocab.lookups.has_table(DICTIONARY_WORDS):
        return True
    return word.lower() in vocab.lookups.get_table(DICTIONARY_WORDS)


def model_text(text: str, casing: dict[str, str] | None = None) -> str:
    text = text.translate(MODEL_CHARACTERS)
    return truecase(text, casing or {}) if _is_all_caps(text) else text


def _is_all_caps(text: str) -> bool:
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))
    return upper + lower >= 3 and upper / (upper + lower) > ALL_CAPS_SHARE


def article_casing(paragraphs: list[str]) -> dict[str, str]:
    """How the article writes each word inside sentences ("Japan", "lucky"): the casing that
    text in capitals gets back. Sentence-initial words say nothing about casing and are skipped."""
    counts: dict[str, Counter] = {}
    for paragraph in paragraphs:
        if _is_all_caps(paragraph):
            continue
        for match in WORD.finditer(paragraph):
            before = paragraph[: match.start()].rstrip()
            if before and before[-1] not in ".!?\"“:":
                counts.setdefault(match.group().lower(), Counter())[match.group()] += 1
    return {word: forms.most_common(1)[0][0] for word, forms in counts.items()}


def truecase(text: str, casing: dict[str, str]) -> str:
    """'JAPAN GET LUCKY WIN' -> 'Japan get lucky win' with the article's own casing; words it
    never writes get a capital initial. Length-preserving, so offsets stay those of the text."""

    def recase(match: re.Match) -> str:
        word = match.group()
        known = casing.get(word.lower())
        if known is not None and len(known) == len(word):
            return known
        lowered = word[0] + word[1:].lower()
        return lowered if len(lowered) == len(word) else word

    return WORD.sub(recase, text)


CAPTION, TITLE = -1, -2  # job numbers of the parts that are not body paragraphs


@dataclass
class ArticleDocs:
    """One Doc per body paragraph (sentences never cross paragraphs), one for the caption and
    one for the title: story text only, never credits, URL lines or related-article titles."""

    paragraphs: list[Doc]
    caption: Doc | None = None
    title: Doc | None = None


def is_english(article: Article) -> bool:
    return article.language == "en"


def analyse(articles: list[Article], nlp: Language, batch_size: int = 256) -> Iterator[tuple[Article, ArticleDocs | None]]:
    """Each article with its Docs (None when it is not English), in order, as soon as the model
    has read all of it: one nlp.pipe over every paragraph, so that extraction of finished
    articles overlaps with the model reading the next ones and Docs never pile up in memory."""
    jobs: list[tuple[str, tuple[int, int]]] = []
    for index, article in enumerate(articles):
        if not is_english(article):
            continue
        casing = article_casing(article.paragraphs)
        parts = [(model_text(p, casing), n) for n, p in enumerate(article.paragraphs)]
        parts += [(model_text(article.caption, casing), CAPTION)] if article.caption else []
        parts += [(model_text(article.title, casing), TITLE)] if article.title else []
        jobs += [(text, (index, number)) for text, number in parts]
    expected = Counter(index for _, (index, _) in jobs)
    pending: dict[int, ArticleDocs] = {}
    next_index = 0
    for doc, (index, number) in nlp.pipe(jobs, as_tuples=True, batch_size=batch_size):
        docs = pending.setdefault(index, ArticleDocs([]))
        if number == CAPTION:
            docs.caption = doc
        elif number == TITLE:
            docs.title = doc
        else:
            docs.paragraphs.append(doc)
        expected[index] -= 1
        while next_index < len(articles) and (next_index not in expected or expected[next_index] == 0):
            yield articles[next_index], pending.pop(next_index, None)
            next_index += 1
    while next_index < len(articles):  # trailing articles the model had nothing to read in
        yield articles[next_index], pending.pop(next_index, None)
        next_index += 1
