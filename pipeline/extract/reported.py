"""Reported speech: what a reporting verb reports, as a span of its sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.cue_speaker import according_to, unsaid
from pipeline.extract.speech import INFINITIVE_VERBS, PREPOSITION_CONTENT, REPORTING_VERBS

# Reported content shorter than this is not worth a row ("said so").
MIN_CONTENT_TOKENS = 2


def content_clause(token: Token) -> Span | None:
    """What a reporting verb reports: its content clause ("said that X"), an infinitive ("vowed
    to X"), what it calls for or accuses of, or a noun object ("announced four votes for Trump");
    for "according to Y", the rest of the sentence."""
    if token.lower_ == "according" and according_to(token) is not None:
        return _sentence_without(token)
    if token.pos_ != "VERB" or token.lemma_.lower() not in REPORTING_VERBS or unsaid(token):
        return None
    children = list(token.children)
    lemma = token.lemma_.lower()
    for deps in (("ccomp",), ("xcomp",) if lemma in INFINITIVE_VERBS else (), ("prep",), ("dobj",)):
        for child in children:
            if child.dep_ not in deps:
                continue
            if child.dep_ == "prep":
                if (lemma, child.lower_) not in PREPOSITION_CONTENT:
                    continue
                child = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
                if child is None:
                    continue
            if child.dep_ == "dobj" and (child.pos_ == "PRON" or child.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}):
                continue
            if child.dep_ == "dobj" and token.dep_ == "pcomp":  # "won by promising its revenge": a means, not words
                continue
            span = _trimmed(token.doc, list(child.subtree))
            if span is not None and len(span) >= MIN_CONTENT_TOKENS:
                return span
    return None


def _trimmed(doc: Doc, tokens: list[Token]) -> Span | None:
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return doc[tokens[0].i : tokens[-1].i + 1] if tokens else None


def _sentence_without(according: Token) -> Span | None:
    """'According to officials, a deal remains out of reach.' -> 'a deal remains out of reach'."""
    phrase = {t.i for t in according.subtree}
    sentence = according.sent
    before = [t for t in sentence if t.i < min(phrase)]
    after = [t for t in sentence if t.i > max(phrase)]
    side = after if len(after) >= len(before) else before
    return _trimmed(according.doc, side)
