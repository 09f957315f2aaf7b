"""Direct and reported quotes, one row per utterance, each with its speaker resolved.

Quote marks give the direct quotes (quote_marks.py), the parse gives their cue and speaker
(attribution.py, cue_speaker.py), names are resolved through the article's entities (speakers.py), and reported
speech is what a reporting verb reports (reported.py). Here they are put together: a quote-only
paragraph continues the previous speaker, the pieces of one utterance ('“X,” he said, “Y.”', a
quote running over paragraphs) become one quote, and scare quotes with no speaker are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.extract.attribution import attribute, colon_before, colon_clause, from_previous_sentence, last_reported, signed
from pipeline.extract.cue_speaker import Attribution, relay_of, speaker_of
from pipeline.extract.entities import Entity
from pipeline.extract.nlp import ArticleDocs
from pipeline.extract.quote_marks import FRAGMENT_WORDS, QuotedSpan, find_quoted, word_count
from pipeline.extract.reported import content_clause
from pipeline.extract.speakers import SpeakerResolver
from pipeline.extract.speech import DASHES
from pipeline.normalize.article import Article

# '“X,” Blackwell continued, “Y.”': pieces this close, around a cue, are one utterance.
MAX_WORDS_BETWEEN_PIECES = 14


@dataclass
class Quote:
    kind: str  # direct or indirect
    form: str | None  # full, partial, fragment (direct only)
    where: str  # body or caption
    start: int  # offsets into the body (or the caption)
    end: int
    paragraph_index: int | None
    text: str
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_entity: Entity | None = None
    cue: str | None = None
    channel: str | None = None  # who relayed the words ("TASS quoted Antonov as saying", "Clinton noted that Sanders called")
    continues: bool = False  # a quote left open at the end of its paragraph
    floating: bool = False  # no words of the writer's around it: a neighbouring paragraph may attribute it
    cue_at: int | None = None  # offset of the cue word, to tell one utterance's pieces apart
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each quoted piece
    speaker_from: Quote | None = field(default=None, repr=False, compare=False)  # the quote whose speaker this one took

    def __post_init__(self) -> None:
        self.pieces = self.pieces or [(self.start, self.end)]

    def take_speaker(self, other: Quote) -> None:
        self.speaker, self.speaker_mention, self.speaker_entity = other.speaker, other.speaker_mention, other.speaker_entity
        self.speaker_from = other


def extract_quotes(article: Article, docs: ArticleDocs, entities: list[Entity]) -> list[Quote]:
    caption_spans = find_quoted([article.caption]) if docs.caption is not None and article.caption else []
    body_spans = find_quoted(article.paragraphs)
    quoted = [("caption", span.start, span.end) for span in caption_spans] + [
        ("body", article.paragraph_starts[span.paragraph] + span.start, article.paragraph_starts[span.paragraph] + span.end)
        for span in body_spans
    ]
    resolver = SpeakerResolver(entities, quoted)
    quotes: list[Quote] = []
    for span in caption_spans:
        quotes.append(_direct(span, article.caption, docs.caption, "caption", 0, None, resolver, None, caption_spans))

    in_paragraph: dict[int, list[QuotedSpan]] = {}
    for span in body_spans:
        in_paragraph.setdefault(span.paragraph, []).append(span)

    def body_quote(span: QuotedSpan, previous: Quote | None) -> Quote:
        number = span.paragraph
        return _direct(span, article.paragraphs[number], docs.paragraphs[number], "body", article.paragraph_starts[number], number,
                       resolver, previous, in_paragraph[number])

    previous: Quote | None = None
    for span in (span for span in body_spans if not span.inside):
        quote = body_quote(span, previous)
        if quote.cue_at is None and span.paragraph > 0 and quote.floating:
            _from_introducing_paragraph(quote, article, docs, span.paragraph - 1, resolver, previous)
        if quote.floating and not span.continues:
            _from_signature(quote, article, docs, span.paragraph + 1, resolver)
        quotes.append(quote)
        previous = quote
    _attribute_forward(quotes, article)
    pieces = list(quotes)  # a quote merged into another may have passed its speaker on first
    quotes = _join_utterances(quotes, article)
    # A quote within a quote has its own cue, or no speaker: not the quote around it, nor the one before.
    quotes += [body_quote(span, None) for span in body_spans if span.inside]
    quotes = [q for q in quotes if q.speaker or q.form != "fragment"]
    quotes.extend(_indirect(article, docs, quotes, resolver))
    resolver.revisit_pronouns([*pieces, *quotes])
    return quotes


def _direct(span: QuotedSpan, text: str, doc: Doc, where: str, offset: int, paragraph: int | None,
            resolver: SpeakerResolver, previous: Quote | None, neighbours: list[QuotedSpan]) -> Quote:
    inner = text[span.start : span.end]
    quote = Quote("direct", _form(span, text, inner), where, offset + span.start, offset + span.end, paragraph, inner)
    quote.continues, quote.floating = span.continues, _is_floating(span, text, neighbours)
    # Words in other quotes are never cues; the quote around a quote within it holds its cue.
    others = [(other.mark_start, other.mark_end) for other in neighbours
              if other is not span and not (span.inside and other.mark_start < span.mark_start < other.mark_end)]
    attribution = attribute(doc, span.mark_start, span.mark_end, others)
    if attribution.speaker_token is not None:
        resolver.apply(quote, attribution, where, offset)
        return quote
    if attribution.unnamed:  # 'Blumenthal was asked, “…”': no one to inherit
        quote.cue, quote.cue_at = attribution.cue, offset + attribution.cue_token.idx
        return quote
    if attribution.cue is None and (before := from_previous_sentence(doc, span.mark_start, word_count(inner) > FRAGMENT_WORDS)).speaker_token is not None:
        # 'Mr Florin said the challenge was to keep people playing. “There's an indication ...”'
        resolver.apply(quote, before, where, offset)
    elif previous is not None and previous.speaker_mention and (
            quote.floating or _same_paragraph(previous, paragraph, where) or _opens_next_paragraph(previous, span, text, where)):
        # The words that named the previous quote's speaker name this one's too.
        quote.take_speaker(previous)
    else:
        quote.cue = attribution.cue
    return quote


def _from_introducing_paragraph(quote: Quote, article: Article, docs: ArticleDocs, number: int,
                                resolver: SpeakerResolver, previous: Quote | None) -> None:
    """A quote-only paragraph speaks with the paragraph before it: a line that only names a person
    ('Maria Lopez, 34, Houston'), the clause before a colon ('He then listed the qualities:'), or
    the last person it reports after its last quote ('Day said the language ...' then '“...”')."""
    doc = docs.paragraphs[number]
    colon = colon_before(doc, len(doc))
    named = signed(doc[:]) if len(doc) <= 10 else None
    if named is not None and named.ent_type_ == "PERSON":
        attribution = Attribution(None, named)
    elif colon is not None:
        attribution = colon_clause(doc[colon.sent.start : colon.i])
    else:
        after = 0
        if previous is not None and previous.paragraph_index == number:
            quote_end = previous.end - article.paragraph_starts[number]
            after = next((t.i for t in doc if t.idx >= quote_end), len(doc))
        attribution = last_reported(doc[after:])
    if attribution.speaker_token is not None:
        resolver.apply(quote, attribution, "body", article.paragraph_starts[number])


def _from_signature(quote: Quote, article: Article, docs: ArticleDocs, number: int, resolver: SpeakerResolver) -> None:
    """A quote-only paragraph signed by the next one, a dash and a name ('- Sanders.',
    '—President Obama, tweeting after the speech.'), is the signer's."""
    if number >= len(docs.paragraphs) or article.paragraphs[number].lstrip()[:1] not in DASHES:
        return
    signer = signed(docs.paragraphs[number][:])
    if signer is not None:
        resolver.apply(quote, Attribution(None, signer), "body", article.paragraph_starts[number])


def _attribute_forward(quotes: list[Quote], article: Article) -> None:
    """'“Q1.”' then '“Q2,” Stone said.': a quote that opens a paragraph nobody claims, right before
    a quote with its own attribution, is the same speaker's ('Farmers make “the best of a bad
    deal”' is not)."""
    for quote, following in reversed(list(zip(quotes, quotes[1:]))):
        if (quote.speaker_mention is None and quote.cue_at is None and quote.form != "fragment" and following.speaker and following.where == quote.where == "body"
                and following.paragraph_index == quote.paragraph_index + 1 and _opens_paragraph(quote, article)):
            quote.take_speaker(following)
            quote.cue = following.cue


def _opens_paragraph(quote: Quote, article: Article) -> bool:
    return _first_in(article.paragraphs[quote.paragraph_index], quote.start - article.paragraph_starts[quote.paragraph_index])


def _first_in(text: str, start: int) -> bool:
    """Nothing but space comes before the quote (marks opening before character `start`) in `text`."""
    return not text[: max(start - 1, 0)].strip()


def _form(span: QuotedSpan, text: str, inner: str) -> str:
    if word_count(inner) <= FRAGMENT_WORDS and not span.continues and not span.opened_before:
        return "fragment"
    before = text[: span.mark_start].rstrip()
    starts_sentence = not before or before[-1] in ".!?:,”\"" or span.opened_before
    return "full" if starts_sentence and (inner[:1].isupper() or inner[:1] in "[‘'") else "partial"


def _same_paragraph(previous: Quote, paragraph: int | None, where: str) -> bool:
    """'“X,” said Ortiz. “Y.”': an unattributed quote after an attributed one in its paragraph."""
    return previous.where == where and previous.paragraph_index == paragraph


def _opens_next_paragraph(previous: Quote, span: QuotedSpan, text: str, where: str) -> bool:
    """'“…,” he added.' then '“The idea of working with ...” Wilson explained how ...': a quote
    that opens the next paragraph goes on with the same speaker."""
    return where == previous.where == "body" and previous.paragraph_index == span.paragraph - 1 and _first_in(text, span.start)


def _is_floating(span: QuotedSpan, text: str, neighbours: list[QuotedSpan]) -> bool:
    """A quote with two words at most around it ('“…” (laughs)'), or in a paragraph of nothing but
    quotes ('“We have to do something.” “We have to be a lot tougher.”'): no words of the writer's
    attribute it. `neighbours`: the quoted spans of its paragraph, itself included."""
    if word_count(text[: span.mark_start] + text[span.mark_end :]) <= 2:
        return True
    at, outside = 0, []
    for other in sorted((other for other in neighbours if not other.inside), key=lambda other: other.mark_start):
        outside.append(text[at : other.mark_start])
        at = max(at, other.mark_end)
    return word_count("".join(outside) + text[at:]) == 0


def _join_utterances(quotes: list[Quote], article: Article) -> list[Quote]:
    """Pieces of one utterance become one quote: a quote running over several paragraphs, and
    '“X,” he said, “Y.”' (the words between the pieces are only the attribution)."""
    joined: list[Quote] = []
    for quote in quotes:
        last = joined[-1] if joined else None
        if last is not None and last.where == quote.where == "body" and _same_utterance(last, quote, article):
            _merge(last, quote)
        else:
            joined.append(quote)
    return joined


def _same_utterance(first: Quote, second: Quote, article: Article) -> bool:
    first_paragraph = article.paragraph_index(first.pieces[-1][0])
    if first.continues:
        return second.paragraph_index == first_paragraph + 1
    if second.paragraph_index != first_paragraph:
        return False
    between = article.body[first.pieces[-1][1] : second.start]
    same_speaker = not first.speaker or not second.speaker or first.speaker == second.speaker
    # A piece with no cue of its own continues one whose cue stands between them ('“X,” he said,
    # “Y.”'), not one whose cue came before ('said Hooton, before the “No-B.S.” barbecue. “Y.”')
    cue_between = first.cue_at is not None and first.pieces[-1][1] <= first.cue_at < second.start
    same_cue = second.cue_at == first.cue_at if second.cue_at is not None else cue_between or word_count(between) <= 2
    return same_speaker and same_cue and word_count(between) <= MAX_WORDS_BETWEEN_PIECES and bool(first.cue or second.cue)


def _merge(first: Quote, second: Quote) -> None:
    first.pieces += second.pieces
    first.text = f"{first.text} {second.text}"
    first.end, first.continues = second.end, second.continues
    # An attribution written next to a piece beats one inherited from an earlier quote.
    if second.speaker and (not first.speaker or (first.cue_at is None and second.cue_at is not None)):
        first.take_speaker(second)
        first.cue, first.channel = second.cue, second.channel
    if first.form == "fragment" and word_count(first.text) > FRAGMENT_WORDS:
        first.form = "partial"


def _indirect(article: Article, docs: ArticleDocs, direct: list[Quote], resolver: SpeakerResolver) -> list[Quote]:
    taken = [(q.start, q.end) for q in direct if q.where == "body"]
    found: list[Quote] = []
    for number, doc in enumerate(docs.paragraphs):
        offset = article.paragraph_starts[number]
        for token in doc:
            clause = content_clause(token)
            if clause is None:
                continue
            start, end = offset + clause.start_char, offset + clause.end_char
            if any(s < end and start < e for s, e in taken):
                continue
            attribution = speaker_of(token)
            if attribution.speaker_token is None:
                continue
            attribution.channel = attribution.channel or relay_of(token, attribution.speaker_token)
            text = article.body[start:end]
            quote = Quote("indirect", None, "body", start, end, number, text)
            resolver.apply(quote, attribution, "body", offset)
            found.append(quote)
            taken.append((start, end))
    return found


