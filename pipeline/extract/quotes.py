"""Direct and reported quotes, each with its speaker resolved to a name the article gives.

Direct quotes come from quote marks (quote_marks.py); their speaker from the cue nearest to them
in spaCy's parse of the same sentence: the subject of a speech verb ("Biden called Putin a
“killer.”"), the object of "quoted X as saying", the possessor or "from" of a speech noun
("Biden’s characterization", "a taunt from Putin"). Pronouns and surnames are resolved to full
names through the article's entities; a quote-only paragraph continues the previous speaker.
Reported speech is the content clause of a reporting verb ("told TASS that ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities import Entity
from pipeline.extract.nlp import ArticleDocs
from pipeline.extract.quote_marks import QuotedSpan, find_quoted, word_count
from pipeline.extract.speech import (
    GROUP_PRONOUNS, INFINITIVE_VERBS, NON_SPEAKERS, PERSONAL_PRONOUNS, PREPOSITION_CONTENT, REPORTING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, SUBJECT_DEPS, WEAK_VERBS,
)
from pipeline.normalize.article import Article

# Up to this many words, a quote is a fragment ("killer.", "very bad.").
FRAGMENT_WORDS = 3
# Reported content shorter than this is not worth a row ("said so").
MIN_CONTENT_TOKENS = 2
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
    channel: str | None = None  # who relayed the words ("TASS quoted Antonov as saying")
    continues: bool = False  # a quote left open at the end of its paragraph
    cue_at: int | None = None  # offset of the cue word, to tell one utterance's pieces apart
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each quoted piece

    def __post_init__(self) -> None:
        self.pieces = self.pieces or [(self.start, self.end)]


@dataclass
class Attribution:
    cue: str | None
    speaker_token: Token | None
    channel: Token | None = None
    cue_token: Token | None = None


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
        quotes.append(_direct(span, article.caption, docs.caption, "caption", 0, None, resolver, None))
    previous: Quote | None = None
    for span in body_spans:
        text = article.paragraphs[span.paragraph]
        offset = article.paragraph_starts[span.paragraph]
        quote = _direct(span, text, docs.paragraphs[span.paragraph], "body", offset, span.paragraph, resolver, previous)
        if quote.cue_at is None and span.paragraph > 0 and _is_floating(span, text):
            _from_introducing_paragraph(quote, article, docs, span.paragraph - 1, resolver)
        quotes.append(quote)
        previous = quote
    quotes = [q for q in _join_utterances(quotes, article) if q.speaker or q.form != "fragment"]
    quotes.extend(_indirect(article, docs, quotes, resolver))
    return quotes


def _direct(span: QuotedSpan, text: str, doc: Doc, where: str, offset: int, paragraph: int | None,
            resolver: "SpeakerResolver", previous: Quote | None) -> Quote:
    inner = text[span.start : span.end]
    quote = Quote("direct", _form(span, text, inner), where, offset + span.start, offset + span.end, paragraph, inner)
    quote.continues = span.continues
    attribution = _attribute(doc, span.start - 1, min(span.end + 1, len(text)))
    if attribution.speaker_token is not None:
        resolver.apply(quote, attribution, where, offset)
    elif previous is not None and previous.speaker and (_is_floating(span, text) or _same_paragraph(previous, paragraph, where)):
        # The words that named the previous quote's speaker name this one's too.
        quote.speaker, quote.speaker_mention, quote.speaker_entity = previous.speaker, previous.speaker_mention, previous.speaker_entity
    else:
        quote.cue = attribution.cue
    return quote


def _from_introducing_paragraph(quote: Quote, article: Article, docs: ArticleDocs, number: int, resolver: "SpeakerResolver") -> None:
    """A quote-only paragraph after one ending in a colon ('He then listed the qualities:')."""
    doc = docs.paragraphs[number]
    if not doc.text.rstrip().endswith(":"):
        return
    root = doc[-1].sent.root
    attribution = _speaker_of(root) if root.pos_ in {"VERB", "AUX"} else Attribution(None, None)
    if attribution.speaker_token is not None:
        attribution.cue_token = root
        quote.speaker = quote.speaker_mention = quote.speaker_entity = None  # beats an inherited speaker
        resolver.apply(quote, attribution, "body", article.paragraph_starts[number])


def _form(span: QuotedSpan, text: str, inner: str) -> str:
    if word_count(inner) <= FRAGMENT_WORDS and not span.continues and not span.opened_before:
        return "fragment"
    before = text[: max(span.start - 1, 0)].rstrip()
    starts_sentence = not before or before[-1] in ".!?:,”\"" or span.opened_before
    return "full" if starts_sentence and (inner[:1].isupper() or inner[:1] in "[‘'") else "partial"


def _same_paragraph(previous: Quote, paragraph: int | None, where: str) -> bool:
    """'“X,” said Ortiz. “Y.”': an unattributed quote after an attributed one in its paragraph."""
    return previous.where == where and previous.paragraph_index == paragraph


def _is_floating(span: QuotedSpan, text: str) -> bool:
    outside = text[: max(span.start - 1, 0)] + text[span.end + 1 :]
    return word_count(outside) <= 2


def _attribute(doc: Doc, quote_start: int, quote_end: int) -> Attribution:
    """The cue nearest to the quote span (character offsets of the marks) in its sentences."""
    quoted = doc.char_span(quote_start, quote_end, alignment_mode="expand")
    if quoted is None or not len(quoted):
        return Attribution(None, None)
    first, last = quoted.start, quoted.end - 1
    window = [t for t in doc[doc[first].sent.start : doc[last].sent.end] if not first <= t.i <= last]
    nxt = doc[last].sent.end
    if nxt < len(doc) and doc[last].sent.end - 1 <= last + 1:  # '“...,” he said.' split after the mark
        window += [t for t in doc[nxt].sent]
    candidates = []
    for token in window:
        distance = min(abs(token.i - first), abs(token.i - last))
        governs = any(first <= t.i <= last for t in token.subtree)
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS:
            if token.lemma_.lower() in WEAK_VERBS and not governs:
                continue
            candidates.append((not governs, distance, token))
        elif token.pos_ == "NOUN" and token.lower_ in SPEECH_NOUNS:
            candidates.append((not governs, distance + 1, token))
        elif token.lower_ == "according" and _according_to(token) is not None:
            candidates.append((False, distance, token))
    # A cue whose phrase holds the quote beats a nearer one that does not ("Biden’s remarks").
    for _, _, cue in sorted(candidates, key=lambda c: (c[0], c[1])):
        attribution = _speaker_of(cue)
        if attribution.speaker_token is None and cue.i > last:
            attribution.speaker_token = _name_between(doc, last + 1, cue.i)
        if attribution.speaker_token is not None:
            attribution.cue_token = cue
            return attribution
    return _introduced_by_colon(doc, first)


def _name_between(doc: Doc, start: int, end: int) -> Token | None:
    """'“...,” Brent Bozell III, founder of ..., tells': when the parse loses the subject, the
    name standing between the quote and its cue speaks (the last word of the name)."""
    for token in doc[start:end]:
        if token.ent_type_ in {"PERSON", "ORG"} or token.pos_ == "PROPN":
            while token.i + 1 < end and doc[token.i + 1].ent_iob_ == "I":
                token = doc[token.i + 1]
            return token
        if not (token.is_punct or token.is_space):
            return None
    return None


def _according_to(token: Token) -> Token | None:
    for prep in token.children:
        if prep.lower_ == "to":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _introduced_by_colon(doc: Doc, first: int) -> Attribution:
    """'She addressed the supporters again: “...”': the clause before the colon speaks."""
    before = first - 1
    while before >= 0 and (doc[before].is_space or doc[before].text in {'"', "“"}):
        before -= 1
    if before < 0 or doc[before].text != ":":
        return Attribution(None, None)
    root = doc[before].sent.root if doc[before].sent.root.i < before else doc[before].head
    if root.pos_ not in {"VERB", "AUX"}:
        return Attribution(None, None)
    attribution = _speaker_of(root)
    attribution.cue_token = root
    return attribution


def _speaker_of(cue: Token) -> Attribution:
    if cue.lower_ == "according":
        return Attribution("according to", _according_to(cue))
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "poss":
                return Attribution(cue.text, child)
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
                    return Attribution(cue.text, objects[0])
        return Attribution(cue.text, None)
    verb = cue
    if cue.lemma_ in {"translate", "interpret"} and cue.dep_ == "relcl" and cue.head.lower_ in SPEECH_NOUNS:
        noun = _speaker_of(cue.head)
        return Attribution(_cue_text(cue), noun.speaker_token)
    if verb.lower_ == "saying" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        verb = verb.head.head  # "TASS quoted Antonov as saying"
    if verb.lemma_ == "quote":
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if objects:
            return Attribution(_cue_text(verb), objects[0], subjects[0] if subjects else None)
    token = verb
    while token is not None:
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in {"who", "that", "which"} and token.dep_ == "relcl":
                subject = token.head
            if not _can_speak(subject):
                return Attribution(_cue_text(verb), None)
            return Attribution(_cue_text(verb), subject)
        # A participle or infinitive ("..., saying") speaks with its clause's subject.
        if token.dep_ in {"advcl", "xcomp", "conj", "pcomp", "acl"} and token.head is not token:
            token = token.head
        else:
            token = None
    return Attribution(_cue_text(verb), None)


def _can_speak(token: Token) -> bool:
    """Subjects that never name a speaker: 'what', 'nothing', 'you', 'this', expletive 'it'..."""
    if token.pos_ == "PRON":
        return token.lower_ in PERSONAL_PRONOUNS
    return token.pos_ in {"PROPN", "NOUN", "NUM", "ADJ"} and token.lower_ not in NON_SPEAKERS  # ADJ: "the 46-year-old"


def _cue_text(verb: Token) -> str:
    """The cue as written, with a gap for its object: "quoted ... as saying", "describing ... as"."""
    doc = verb.doc
    as_token = next((t for t in doc[verb.i + 1 : verb.i + 6] if t.lower_ == "as" and verb in (t.head, t.head.head)), None)
    if as_token is None:
        return " ".join([verb.text, *(c.text for c in verb.children if c.dep_ == "prt")])
    has_object = any(c.dep_ == "dobj" and c.i < as_token.i for c in verb.children)
    head = f"{verb.text} ..." if has_object else doc[verb.i : as_token.i].text
    after = doc[as_token.i + 1] if as_token.i + 1 < len(doc) else None
    saying = f" {after.text}" if after is not None and after.lemma_ == "say" else ""
    return f"{head} as{saying}"


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
    same_cue = second.cue_at is None or second.cue_at == first.cue_at
    return same_speaker and same_cue and word_count(between) <= MAX_WORDS_BETWEEN_PIECES and bool(first.cue or second.cue)


def _merge(first: Quote, second: Quote) -> None:
    first.pieces += second.pieces
    first.text = f"{first.text} {second.text}"
    first.end, first.continues = second.end, second.continues
    # An attribution written next to a piece beats one inherited from an earlier quote.
    if second.speaker and (not first.speaker or (first.cue_at is None and second.cue_at is not None)):
        first.speaker, first.speaker_mention, first.speaker_entity = second.speaker, second.speaker_mention, second.speaker_entity
        first.cue, first.channel = second.cue, second.channel
    if first.form == "fragment" and word_count(first.text) > FRAGMENT_WORDS:
        first.form = "partial"


def _indirect(article: Article, docs: ArticleDocs, direct: list[Quote], resolver: "SpeakerResolver") -> list[Quote]:
    taken = [(q.start, q.end) for q in direct if q.where == "body"]
    found: list[Quote] = []
    for number, doc in enumerate(docs.paragraphs):
        offset = article.paragraph_starts[number]
        for token in doc:
            clause = _content_clause(token)
            if clause is None:
                continue
            start, end = offset + clause.start_char, offset + clause.end_char
            if any(s < end and start < e for s, e in taken):
                continue
            attribution = _speaker_of(token)
            if attribution.speaker_token is None:
                continue
            text = article.body[start:end]
            quote = Quote("indirect", None, "body", start, end, number, text)
            resolver.apply(quote, attribution, "body", offset)
            found.append(quote)
            taken.append((start, end))
    return found


def _content_clause(token: Token) -> Span | None:
    """What a reporting verb reports: its content clause ("said that X"), an infinitive ("vowed
    to X"), what it calls for or accuses of, or a noun object ("announced four votes for Trump");
    for "according to Y", the rest of the sentence."""
    if token.lower_ == "according" and _according_to(token) is not None:
        return _sentence_without(token)
    if token.pos_ != "VERB" or token.lemma_.lower() not in REPORTING_VERBS:
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


class SpeakerResolver:
    """Map the words that name a speaker to the article's entity for it."""

    def __init__(self, entities: list[Entity], quoted: list[tuple[str, int, int]]):
        self.entities = entities
        self.quoted = quoted  # (location, start, end) of every direct quote
        self.last_speaker: tuple[Entity, int] | None = None  # and where it was named
        # Names as written, for speakers the model did not tag: "Gorka" -> "Sebastian Gorka".
        self.by_form: dict[str, Entity] = {}
        for entity in entities:
            forms = {*entity.surface_forms, entity.name}
            if entity.label == "PERSON":
                forms.add(entity.name.split()[-1])
            for form in forms:
                self.by_form.setdefault(form, entity)

    def entity_at(self, where: str, start: int, end: int) -> Entity | None:
        for entity in self.entities:
            for mention in entity.mentions:
                if mention.where == where and mention.start <= start and end <= mention.end:
                    return entity
        return None

    def entity_before(self, where: str, position: int, labels: set[str]) -> Entity | None:
        """The entity a pronoun refers to: the nearest earlier mention outside quote marks,
        a subject (the usual antecedent of "he said") before any other mention."""
        best: tuple[bool, int] = (False, -1)
        found = None
        if self.last_speaker is not None and self.last_speaker[0].label in labels and self.last_speaker[1] < position:
            best, found = (True, self.last_speaker[1]), self.last_speaker[0]
        for entity in self.entities:
            if entity.label not in labels:
                continue
            for mention in entity.mentions:
                if mention.where != where or mention.start >= position or self._quoted(where, mention.start):
                    continue
                rank = (mention.span.root.dep_ in SUBJECT_DEPS, mention.start)
                if rank > best:
                    best, found = rank, entity
        return found

    def _quoted(self, where: str, position: int) -> bool:
        return any(w == where and start <= position < end for w, start, end in self.quoted)

    def apply(self, quote: Quote, attribution: Attribution, where: str, offset: int) -> None:
        token = attribution.speaker_token
        quote.cue = attribution.cue
        if attribution.cue_token is not None:
            quote.cue_at = offset + attribution.cue_token.idx
        if attribution.channel is not None:
            channel = self.entity_at(where, offset + attribution.channel.idx, offset + attribution.channel.idx + len(attribution.channel))
            quote.channel = channel.name if channel else attribution.channel.text
        source = token.doc.user_data.get("source", token.doc.text)
        if token.lower_ in PERSONAL_PRONOUNS:
            quote.speaker_mention = source[token.idx : token.idx + len(token)]
            labels = {"ORG", "GPE", "NORP"} if token.lower_ in GROUP_PRONOUNS else {"PERSON"}
            entity = self.entity_before(where, offset + token.idx, labels)
        else:
            # "The EU's trade commissioner, Petra Novak, said": the name in apposition speaks.
            named = [c for c in token.children if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", "ORG"}]
            if token.pos_ != "PROPN" and named:
                token = named[0]
            entity = self.entity_at(where, offset + token.idx, offset + token.idx + len(token))
            if entity is None and token.pos_ == "PROPN":
                entity = self.by_form.get(token.text)
            phrase = _noun_phrase(token)
            quote.speaker_mention = source[phrase.start_char : phrase.end_char]
        if entity is not None:
            quote.speaker, quote.speaker_entity = entity.name, entity
            self.last_speaker = (entity, offset + token.idx)
        elif token.lower_ not in PERSONAL_PRONOUNS:
            quote.speaker = quote.speaker_mention


def _noun_phrase(token: Token) -> Span:
    """The speaker's words without relative clauses or appositions: "Ambassador Anatoly Antonov"."""
    kept = [c for c in token.children if c.dep_ not in {"relcl", "appos", "punct", "advcl", "cc", "conj", "det"}]
    indices = [token.i] + [t.i for child in kept for t in child.subtree]
    return token.doc[min(indices) : max(indices) + 1]
