"""Which cue attributes a quote: the cue nearest to it in spaCy's parse (the innermost whose phrase
holds it), the clause before a colon that introduces it, a name that signs it, or the speech verb
of the sentence before; and the names the parse cuts off from their cue. Who a cue names is
cue_speaker.py's job.
"""

from __future__ import annotations

from itertools import takewhile
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline.extract.cue_speaker import (
    Attribution,
    according_to,
    antecedent,
    can_speak,
    cue_text,
    is_someone,
    is_thing,
    relay_of,
    speaker_of,
    subjects_of,
    unsaid,
)
from pipeline.extract.entities import NAME_PARTICLES
from pipeline.extract.quote_marks import FRAGMENT_WORDS, INNER_CLOSING, MARKS, word_count
from pipeline.extract.speech import (
    ADDRESSING_VERBS,
    DASHES,
    DOCUMENT_NOUNS,
    HE_OR_SHE,
    INDEFINITE_SPEAKERS,
    NAMING_VERBS,
    PERSONAL_PRONOUNS,
    REACTION_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STRONG_VERBS,
    WEAK_VERBS,
    spaced_dash,
)

# How a quote followed by its tag ends inside the marks: '“…,” she said', '“…?” asked Blair', '“If we lose…” he said'.
TAG_ENDINGS = {",", "?", "!", "…", "...", "—", "–", "--"}
# Words that open a clause of time: 'will not be revealed until a bill is published “…”'.
TIME_MARKS = {"until", "till", "when", "before", "after", "while", "since", "once"}
# Lowercase words inside names ('Ruud van Nistelrooy', 'Mark Blumenthal and Jon Cohen').
NAME_WORDS = NAME_PARTICLES | {"and", "&"}


def attribute(doc: Doc, quote_start: int, quote_end: int, other_quotes: list[tuple[int, int]] = ()) -> Attribution:
    """The cue nearest to the quote span (character offsets of the marks) in its sentences; words
    inside the other quotes of the text (`other_quotes`, offsets of their marks) are never cues."""
    quoted = doc.char_span(quote_start, quote_end, alignment_mode="expand")
    if quoted is None or not len(quoted):
        return Attribution(None, None)
    first, last = quoted.start, quoted.end - 1
    if (naming := _naming_participle(doc, first)) is not None:
        return Attribution(cue_text(naming), None, cue_token=naming, unnamed=True)
    colon_mark = colon_before(doc, first, dash=True)
    introduction = doc[colon_mark.sent.start : colon_mark.i] if colon_mark is not None else doc[first:first]
    if (signer := signed(introduction)) is not None:  # 'Rep. Trey Gowdy (R-S.C.): “…”', 'Pollsters agree - Carl Bialik: “…”'
        return Attribution(None, signer)
    if (signer := _vox_pop(doc, first, last)) is not None:
        return Attribution(None, signer)
    if (owned := _owned_speech(doc, first, last)) is not None:
        return owned
    window = list(doc[doc[first].sent.start : doc[last].sent.end])
    nxt = doc[last].sent.end
    if nxt < len(doc) and doc[last].sent.end - 1 <= last + 1:  # '“...,” he said.' split after the mark
        window += list(doc[nxt].sent)

    def quoted(token: Token) -> bool:
        return first <= token.i <= last or any(start <= token.idx < end for start, end in other_quotes)

    window = [t for t in window if not quoted(t)]
    # after a dash as after a colon: 'as Democrats allege, but Moscow denies — “…?” asked Dunn'
    opens = first == doc[first].sent.start or doc[first - 1].text in {":", "--"} or spaced_dash(doc[first - 1])
    candidates = [c for token in window if (c := _candidate(token, first, last, nxt, opens)) is not None]
    colon = colon_clause(introduction, last_person=colon_mark is None or colon_mark.text == ":")  # 'She addressed the supporters again: “…”'
    # A cue whose phrase holds the quote beats a nearer one that does not ("Biden’s remarks").
    for outside, later, _, cue in sorted(candidates, key=lambda c: (c.outside, c.later, c.distance)):
        if outside and later and colon.cue_token is not None:
            break  # 'He imagined Christie was thinking: “…” Others saw ...'
        attribution = speaker_of(cue)
        if attribution.speaker_token is None and not attribution.unnamed:
            attribution.speaker_token = _name_next_to(doc, cue, last)
        if attribution.speaker_token is not None and quoted(attribution.speaker_token):
            # Words inside the quote never speak it; after '“…,” warned economist Andreas Rees' the
            # name after the cue does. Nor does a relative pronoun for quoted words ('a “chief trade
            # prosecutor” who reports to the president').
            unquoted = [s for s in subjects_of(cue) if not quoted(s) and s.lower_ not in RELATIVE_PRONOUNS]  # '“…, our senator,” Trump said'
            attribution.speaker_token = unquoted[0] if unquoted else _name_next_to(doc, cue, last) if cue.i > last else None
            if attribution.speaker_token is None:
                continue
        if later and not _attributes_back(cue, attribution.speaker_token, nxt):
            continue
        if attribution.speaker_token is not None or (attribution.unnamed and not later and _holds(cue, first)):
            attribution.cue_token = cue
            relay = relay_of(cue, attribution.speaker_token) if attribution.channel is None else None
            if relay is not None and not quoted(relay):
                attribution.channel = relay
            return attribution
    if colon.speaker_token is None:  # no cue named anyone
        return _cue_tagged_noun(doc, last) or _cue_inside(doc, first, last) or _holder(doc, first, last) or colon
    return colon


class Candidate(NamedTuple):
    """A cue near a quote. Cues rank by these fields in order: one whose phrase holds the quote
    before one that does not, one in the quote's own sentences before one in the next, then the
    innermost or nearest (`distance`, in words)."""
    outside: bool
    later: bool
    distance: int
    cue: Token


def _candidate(token: Token, first: int, last: int, nxt: int, opens: bool) -> Candidate | None:
    """The word as a cue for the quote on tokens `first`..`last` (`nxt`: the first token of the
    next sentence; `opens`: the quote opens its sentence or follows a colon), or None."""
    doc = token.doc
    if 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in MARKS and doc[token.i + 1].text in MARKS:
        return None  # a quoted word ('would be “screaming”') is not a cue
    phrase = _what_noun_says(token)
    governs = any(first <= t.i <= last for t in phrase.subtree) or _content_clause(token, first)
    # Of the cues whose phrase holds the quote, the innermost ('Asked whether ..., residents
    # said yes'); of the others, the nearest.
    distance = phrase.right_edge.i - phrase.left_edge.i if governs else min(abs(token.i - first), abs(token.i - last))
    later = token.i >= nxt  # a cue of the next sentence only when its own has none
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} and lemma in SPEECH_VERBS:
        # A weak cue counts for its complement, in an as-clause, or bare after the quote ('“…” Scarborough continued.')
        # or inverted right after it ('“…,” read the statement')
        if lemma in WEAK_VERBS and not (_complement_holds(token, first, last) or _as_clause(token) or _inverted(token, last)
                                        or token.i > last and _bare(token) and not (later and token.lemma_ in REACTION_VERBS)):
            return None
        # Words someone should use are not said ('critics who say he should condemn terrorists as
        # “…”'); 'Will described Trump as' is George Will.
        if lemma in WEAK_VERBS and any(c.tag_ == "MD" and c.is_lower for c in token.children):
            return None
        # Nor are words someone is reported not to have used ('Ms Cooper said Mr Sullivan had not
        # mentioned “anything uncomfortable”'): they are the reporter's.
        if any(c.dep_ == "neg" for c in token.children) and _reported_by_someone(token):
            return None
        # The tag right after a quote that opens its sentence (or follows a colon) is its own,
        # even when a cue before it holds it ('Rhimes declared the need for drive: “…,” she
        # said.'); not after a partial quote in someone's reported words ('Malaysia said damage
        # will be “significant”, AFP reported').
        if opens and lemma in STRONG_VERBS and _tags(token, last):
            return Candidate(False, later, 0, token)
        return Candidate(not governs, later, distance, token)
    if _is_speech_noun(token) and not _described(token, first):
        return Candidate(not governs, later, distance + 1, token)  # a verb beats a noun as near
    if token.lower_ == "according" and according_to(token) is not None:
        # The outlet is the source it names, before any tag ('Trump said he was “happy to see” it,
        # according to The Times'); not inside someone's reported words before the quote ('Win Htein
        # said that according to its analysis, the party has won, but “…”').
        return Candidate(token.i < first and _reported_by_someone(token), later, -1, token)
    if _speech_tag(token, last):
        return Candidate(not governs, later, distance, token)
    return None


def _reported_by_someone(token: Token) -> bool:
    """The word is in the clause a speaker reports ('Win Htein said that …'; not 'Bradshaw was told that …')."""
    return any(clause.dep_ == "ccomp" and clause.head.lemma_.lower() in STRONG_VERBS and any(c.dep_ == "nsubj" for c in clause.head.children)
               for clause in [token, *token.ancestors])


def _naming_participle(doc: Doc, first: int) -> Token | None:
    """'a culture called “The HP Way”', 'an event billed as “…”', 'a hacker known online as “Guccifer”',
    'what had been called the “Golden Week”': a participle or an agentless passive right before the
    quote names a thing, and no one says the name; a writing's title is its issuer's words ('Mook
    released a memo titled “…”')."""
    i = first - 1
    while i > 0 and (doc[i].lower_ == "as" or doc[i].dep_ in ("det", "advmod")):
        i -= 1
    before = doc[i] if i >= 0 else None
    if before is None or before.tag_ != "VBN" or before.lemma_.lower() not in NAMING_VERBS:
        return None
    # Someone's words, not a name: an agent, wherever the parse hangs it ('labeled as a “witch hunt”
    # by Democrats'), or a phrase ('Guccifer 2.0 was branded “in homage to” Lazar, Song wrote')
    if any(t.lower_ == "by" for t in before.subtree) or doc[first + 1].pos_ == "ADP":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in before.children):
        return before
    # Not 'Ted Cruz, who has experienced a surge, named “…”', a past tense the parse reads as a participle
    past_tense = before.head.pos_ == "PROPN" and all(t.lower_ != "as" for t in doc[before.i + 1 : first])
    if before.dep_ != "acl" or past_tense or before.head.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    return before


def _owned_speech(doc: Doc, first: int, last: int) -> Attribution | None:
    """'Obama’s “if you like your plan, you can keep it” promise': a quote between a possessive and
    the speech noun it names is the owner's words, however the parse hangs the noun on the quote."""
    if first < 1 or last + 1 >= len(doc):
        return None
    noun, before = doc[last + 1], doc[first - 1]
    if not _is_speech_noun(noun):
        return None
    if before.tag_ == "PRP$":  # 'his “…” pledge'
        return Attribution(noun.text, before)
    if before.tag_ == "POS" and first >= 2 and can_speak(doc[first - 2]):
        return Attribution(noun.text, doc[first - 2])
    return None


def _vox_pop(doc: Doc, first: int, last: int) -> Token | None:
    """A paragraph that is a quote and a name, as vox pops and embedded posts are written:
    '“…” — Maria Lopez, 34, Houston', '“…” Karen Smith, 41', '“…” (Luis Herrera, 19)',
    '1. Rosa Martinez, 60: “…”', 'Ana Gutierrez, a nurse “…”'; the name is all the paragraph says."""
    before = any(not t.is_space for t in doc[:first])
    after = any(not (t.is_space or t.is_punct and t.text not in DASHES | {"("}) for t in doc[last + 1 :])
    if after and not before:
        return signed(doc[last + 1 :])
    if before and not after:
        return signed(doc[:first])
    return None


def _holder(doc: Doc, first: int, last: int) -> Attribution | None:
    """'Paul Ryan worried that the safety net was becoming “a hammock …”': with no cue, the person
    whose words, thought or deed the quote's clause reports, the subject of the nearest verb above it."""
    if word_count(doc[first:last].text) <= FRAGMENT_WORDS:  # 'a “fiery” queen' is the writer's scare quote as often as not
        return None
    for verb in doc[first + 1].ancestors:
        if first <= verb.i <= last or verb.pos_ not in {"VERB", "AUX"}:
            continue
        # 'Two analysts found that the Israeli Air Force is “the best in the world”': the finding is
        # theirs, not the subject's of the clause they report
        if verb.dep_ == "ccomp" and any(_can_hold(antecedent(s, verb.head)) for s in subjects_of(verb.head)):
            continue
        # 'Clinton supports ..., opposes “…”': a second verb shares the first one's subject
        subjects = subjects_of(verb) or (subjects_of(verb.head) if verb.dep_ == "conj" else [])
        # 'Trump, who has postured himself as the “law and order candidate”'
        people = [person for s in subjects if _can_hold(person := antecedent(s, verb))]
        if people:
            return Attribution(cue_text(verb), people[0], cue_token=verb)
    return None


def _can_hold(subject: Token) -> bool:
    """Who can hold a quote that has no cue: a person or organisation, 'he' or 'she', a proper noun
    the model did not tag, or a specific body ('The board', 'a staffer'); not people in general
    ('audiences', 'illegal immigrants'), nor a place ('Miyagishima is the recipient of the Sawyer
    Award, which is “presented to …”', the name tagged a place)."""
    if subject.ent_type_ in {"PERSON", "ORG"}:
        return True
    if subject.pos_ == "PROPN":
        return not subject.ent_type_
    if subject.pos_ == "NOUN":
        return is_someone(subject) and any(c.dep_ in {"det", "poss"} for c in subject.children)
    return subject.lower_ in HE_OR_SHE


def _cue_inside(doc: Doc, first: int, last: int) -> Attribution | None:
    """'under the settlement it “neither admits nor denies the allegations”': the quote holds its
    own cue, whose subject stands right before the opening mark."""
    for token in doc[first + 1 : last]:
        if token.pos_ == "VERB" and token.lemma_.lower() in STRONG_VERBS:
            before = [s for s in subjects_of(token) if first - 3 <= s.i < first and can_speak(s)]
            if before:
                return Attribution(cue_text(token), before[0], cue_token=token)
    return None


def _attributes_back(cue: Token, speaker: Token | None, start: int) -> bool:
    """'“…” Sen. Bob Smith said.': a cue of the next sentence names the quote's speaker only when
    the sentence opens with it or its speaker and the quote is all it says; 'Martha Allen, a
    delegate, criticized the law' and 'The FDIC declined to comment' are new statements."""
    # 'That quote from Krebs', but not 'Smith was unmoved by the promise'
    opens = cue.left_edge.i == start or (cue.pos_ == "VERB" and speaker is not None and speaker.left_edge.i == start)
    # Not 'urged them' nor 'told Britain’s ITV television station': those name whom it was said to.
    says_more = any(c.dep_ == "ccomp" and not _time_clause(cue, c) or c.dep_ == "dobj" and is_thing(c) and cue.lemma_ not in ADDRESSING_VERBS
                    for c in cue.children)
    return opens and not says_more and not unsaid(cue)


def _time_clause(cue: Token, clause: Token) -> bool:
    """'Clinton asks as a maintenance guy walks in': a clause of time the parse reads as what was said.
    Fewer words than TIME_MARKS: 'Gerrard had said before the game he would consider leaving' says
    something after its time."""
    return any(t.lower_ in {"as", "while", "when"} for t in cue.doc[cue.i + 1 : clause.left_edge.i])


def _cue_tagged_noun(doc: Doc, last: int) -> Attribution | None:
    """'“…,” the Saudis state in the paper': after a noun, the small model tags the cue a noun
    ('state', 'states'); the noun before it speaks."""
    for token in doc[last + 1 : min(last + 9, doc[last].sent.end)]:
        if token.text in MARKS and token.i > last + 1:
            return None
        previous = doc[token.i - 1]
        # 'the email read' too: a document's words are its own ('the editorial', tagged an adjective)
        noun_before = previous.pos_ in {"NOUN", "PROPN"} or previous.pos_ == "ADJ" and doc[previous.i - 1].pos_ == "DET"
        if (token.pos_ == "NOUN" and (token.lemma_.lower() in STRONG_VERBS or token.lower_ == "read") and noun_before
                and previous.i > last and (token.i + 1 == len(doc) or doc[token.i + 1].pos_ in {"PUNCT", "ADP"})):
            return Attribution(token.text, previous, cue_token=token)
    return None


def _complement_holds(verb: Token, first: int, last: int) -> bool:
    """'called him a “killer”': the quote is the verb's complement, not in a clause of purpose or
    of its own ('invited candidates to speak to the group to ensure that “…”')."""
    # nor a time ('were calling “every 15 minutes”')
    complements = [c for c in verb.children if c.dep_ not in {"advcl", "conj", "nsubj", "nsubjpass", "parataxis", "npadvmod"}]
    return any(first <= t.i <= last for child in complements for t in child.subtree)


def _bare(verb: Token) -> bool:
    """'Scarborough continued.': a verb with nothing after it but the quote."""
    return not any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep"} for c in verb.children)


def _what_noun_says(token: Token) -> Token:
    """'Podliska’s claim is that the committee is a “witch hunt”': a speech noun says the clause its
    verb 'be' takes (not 'Cruz's description was “false”', which says what the noun is)."""
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ == "be":
        return next((c for c in token.head.children if c.dep_ == "ccomp"), token)
    return token


def _content_clause(noun: Token, first: int) -> bool:
    """'Trump stood by his comment Monday that “Islam hates us”': the quote after a speech noun's
    'that' is what the noun says, however the parse hangs the clause (here on 'stood')."""
    doc = noun.doc
    if not _is_speech_noun(noun) or not noun.i < first - 1 or doc[first - 1].lower_ != "that":
        return False
    return all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"on", "last"} for t in doc[noun.i + 1 : first - 1])


def _is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in SPEECH_NOUNS


def _described(noun: Token, first: int) -> bool:
    """'Hollande denounced Trump’s remarks as “hurtful”', 'called Clinton's comments “disgraceful”',
    'The chancellor's announcement was merely a “sticking plaster”': the quote describes the speech
    noun in someone else's words; it is not its content."""
    verb, before = noun.head, noun.doc[first - 1]
    if noun.dep_ == "nsubj" and verb.lemma_ == "be" and verb.i < first and _what_noun_says(noun) is noun:
        # not the noun's own words right after 'be' ('His reply was “absolutely not”', 'His message was: “…”')
        return any(t.is_alpha for t in noun.doc[verb.i + 1 : first])
    if noun.dep_ != "dobj" or first <= noun.i:
        return False
    # 'played down Trump's comments as “…”'; not 'called Clinton's assertion of a “claim of right”',
    # whose quote is the assertion's
    described_as = before.lower_ == "as" and before.head in (noun, verb)  # not '“…” that translates as “…”'
    return described_as or verb.lemma_.lower() in WEAK_VERBS and before.text != ":" and before not in noun.subtree


def _speech_tag(verb: Token, last: int) -> bool:
    """'“France will always be France,” an angry Hollande retaliated.', '“…,” he went on, as if he
    didn’t hear her.': any verb that tags a quote (see `_tags`) and takes nothing after it but a
    particle and circumstances (not 'Smith walked the dog') tags it as speech; not a participle
    ('a radio show, “…,” broadcast on WABC')."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or not _tags(verb, last) or not subjects_of(verb):
        return False
    return all(c.dep_ in {"prt", "advcl", "prep", "advmod", "npadvmod", "punct"} for c in verb.children if c.i > verb.i)


def _tags(verb: Token, last: int) -> bool:
    """'“…,” she said', '“…?” asked Blair': the verb, or its subject, comes right after a quote
    (ending at token `last`) that ends in a comma, a question or an exclamation mark."""
    start = _tag_start(verb.doc, last)
    if start is None or verb.i < start:
        return False
    if verb.i == start:
        return True
    subjects = subjects_of(verb)
    says_other = any(c.i > verb.i and c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd", "intj"} for c in verb.children)  # 'most residents said yes'
    return bool(subjects) and subjects[0].left_edge.i == start and subjects[0].right_edge.i + 1 == verb.i and not says_other


def _tag_start(doc: Doc, last: int) -> int | None:
    """Where a tag would start after a quote ending at token `last` that ends in a comma, a question
    or an exclamation mark, or breaks off ('“If we lose this…” he said'); None after any other quote."""
    if not last + 1 < len(doc):
        return None
    inner = doc[last - 2] if doc[last - 1].text in INNER_CLOSING else doc[last - 1]  # the inner quote closes first
    if inner.text not in TAG_ENDINGS and doc[last + 1].text not in {",", "?", "!"}:
        return None
    return last + 2 if doc[last + 1].text == "," else last + 1


def _inverted(verb: Token, last: int) -> bool:
    """'“…,” read the statement': the verb opens the tag; what follows it is its subject."""
    return verb.i == _tag_start(verb.doc, last)


def _holds(cue: Token, first: int) -> bool:
    """The quote is what the cue that names no speaker holds: the question ("Asked whether the plan
    was “…”"), not the answer that follows; the description ("He is described as “…”", "was
    accused of “…”"); not words in a clause of time about it ('details will not be revealed until a
    bill is published “in the next two weeks”', whose preposition is quoted)."""
    def complement(child: Token) -> bool:
        if child.dep_ == "advcl":
            return not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in child.children)
        return child.dep_ in {"ccomp", "dobj", "xcomp", "oprd", "attr"} or child.dep_ == "prep" and child.i < first

    return any(first in (t.i for t in child.subtree) for child in cue.children if complement(child))


def _as_clause(verb: Token) -> bool:
    """'As Vulture put it, “…”', 'as Joel Pollak observed': the clause names a source."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _name_next_to(doc: Doc, cue: Token, last: int | None) -> Token | None:
    """When the parse loses the subject, the name between the quote (ending at token `last`, None
    for no quote) and its cue speaks ('“...,” Brent Bozell III, founder of ..., tells'), or the
    name right after a cue that follows the quote ('“…,” said Skelly'), or the name right before a
    finite cue ('Sen. Elizabeth Warren (D-MA) said'); the last word of the name."""
    if last is not None and cue.i > last:
        words = [t for t in doc[last + 1 : cue.i] if not (t.is_punct or t.is_space)]
        if not words:
            return _name_after(doc, cue) if cue.pos_ == "VERB" else None  # not 'the “…” phrase came from Trump'
        # 'the Post's senior politics editor Steven Ginsberg responded', 'Texas delegate Bill Eastland,
        # wearing a cowboy hat, said': the person the phrase before any verb names (a bare verb form
        # there is a noun misread: 'screenwriter Cole Haddon wrote')
        phrase = list(takewhile(lambda t: t.pos_ not in {"VERB", "AUX"} or t.tag_ == "VB", words))
        people = [t for t in phrase if t.ent_type_ == "PERSON"] if cue.pos_ == "VERB" else []
        first_word = people[0] if people else words[0]
        # A capitalised word alone before the cue is a name the model tagged as a verb ('Ebeling said').
        if first_word.ent_type_ in {"PERSON", "ORG"} or first_word.pos_ == "PROPN" or first_word.i + 1 == cue.i and first_word.is_title:
            return _name_end(first_word, cue.i)
        return None
    # 'And Skelly called Braynard': the small model may read a past tense as a participle
    finite = cue.tag_ in {"VBD", "VBZ", "VBP"} or cue.tag_ == "VBN" and cue.dep_ == "ROOT" and not any(c.dep_.startswith("aux") for c in cue.children)
    if cue.pos_ != "VERB" or not finite:
        return None
    depth = 0  # inside a parenthesis, read backwards
    for token in reversed(doc[cue.sent.start : cue.i]):
        depth += (token.text == ")") - (token.text == "(")
        if depth > 0 or token.text == "(" or token.is_punct or token.is_space:
            continue
        if token.ent_type_ in {"PERSON", "ORG"} or token.pos_ == "PROPN":
            return token
        # 'The 31-year-old insisted': the subject read as a modifier of the cue; 'And Skelly called':
        # a name read as an adverb
        modifier = token.pos_ in {"NOUN", "ADJ"} or token.is_title and token.i > cue.sent.start
        return token if token.head == cue and modifier else None
    return None


def _name_after(doc: Doc, cue: Token) -> Token | None:
    """Who an inverted cue names ('“…,” warned economist Andreas Rees'): the first person named
    after it; else, after a verb, the head of the phrase that follows even when the parse makes
    it an object or an adverb ('added another New Hampshire Democrat', 'said Skelly, explaining'),
    its last noun or capitalised word; else the first organisation named."""
    following = []
    for token in doc[cue.i + 1 : cue.sent.end]:
        if token.is_punct:
            break
        following.append(token)
    # Not a possessor: 'exhorted Clinton's introducer, actress Jamie Lee Curtis'
    people = [t for t in following if t.ent_type_ == "PERSON" and "poss" not in (t.dep_, t.head.dep_)]
    if people:
        return _name_end(people[0], cue.sent.end)
    head = None
    for token in following if cue.pos_ == "VERB" else []:
        if token.lower_ in INDEFINITE_SPEAKERS and token.dep_ != "det" and not head:  # '“…,” tweeted another.'
            return token
        if token.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON"}:
            break
        if token.pos_ in {"NOUN", "PROPN"} or token.text[:1].isupper():
            head = token
    organisations = [t for t in following if t.ent_type_ == "ORG"]
    return head or (_name_end(organisations[0], cue.sent.end) if organisations else None)


def _name_end(token: Token, stop: int) -> Token:
    """The last word of the entity a name starts at (before index `stop`)."""
    doc = token.doc
    # outside an entity, the proper nouns that follow ('Brent Bozell III')
    while token.i + 1 < stop and (doc[token.i + 1].ent_iob_ == "I" or not token.ent_type_ and doc[token.i + 1].pos_ == "PROPN"):
        token = doc[token.i + 1]
    return token


def from_previous_sentence(doc: Doc, quote_start: int, within_sentence: bool = False) -> Attribution:
    """'Sami recalled how he arrived. “And I was like, ‘please’.”': a quote that opens a sentence
    with no cue of its own continues the speech verb of the sentence before, if that sentence
    quotes no one (a quote there has its own speaker, which the next quote inherits). With
    `within_sentence`, so does a quote later in a sentence that names no one before it ('…, he
    said. Good information can drive out bad, but only when “the truth is sexier than the lie.”')."""
    opening = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if opening is None or not len(opening) or opening[0].sent.start == 0:
        return Attribution(None, None)
    sentence = opening[0].sent
    if opening.start != sentence.start and (not within_sentence or any(_names_someone(t) for t in doc[sentence.start : opening.start])):
        return Attribution(None, None)
    before = doc[sentence.start - 1].sent
    return Attribution(None, None) if any(t.text in MARKS for t in before) else last_reported(before)


def _names_someone(token: Token) -> bool:
    """A name, or a noun for people ('64 respondents', 'the operators'), not a pronoun: whoever the
    writer's sentence is about may hold its quote."""
    return token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG"} or token.pos_ == "NOUN" and is_someone(token)


def last_reported(words: Span) -> Attribution:
    """The speaker of the last verb that reports speech in `words` ('Day said the language ...'),
    not one inside another's report ('Carter said that critics had been predicting ...')."""
    cues = [t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS and not unsaid(t)]
    cue = next((t for t in reversed(cues) if not any(a in cues for a in t.ancestors)), None)
    if cue is None:
        return Attribution(None, None)
    attribution = speaker_of(cue)
    if attribution.speaker_token is None and not attribution.unnamed:
        attribution.speaker_token = _name_next_to(cue.doc, cue, None)
    attribution.cue_token = cue
    return attribution


def colon_before(doc: Doc, end: int, dash: bool = False) -> Token | None:
    """The colon (or, with `dash`, a dash between words: 'Trump also embraced the technique -- “…”')
    that ends the text before token `end` (quote marks and spaces aside), if any."""
    before = end - 1
    while before >= 0 and (doc[before].is_space or doc[before].text in MARKS):
        before -= 1
    if before >= 0 and (doc[before].text == ":" or dash and (spaced_dash(doc[before]) or doc[before].text == "--")):
        return doc[before]
    return None


def colon_clause(clause: Span, last_person: bool = True) -> Attribution:
    """Who speaks the quote a clause introduces with a colon: the source of an 'as X reported'
    clause, else of its last speech verb ('and Breitbart News responded:'), else its subject; when
    that is no one ('The timing doesn’t surprise pollster Daron Shaw:'), the last person named
    (unless not `last_person`: after a dash, 'A tweet about Clinton — “…”' is no one's)."""
    if not len(clause):
        return Attribution(None, None)
    if (signer := signed(clause)) is not None:
        return Attribution(None, signer)
    verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"}]
    if not verbs and (source := _from_source(clause)) is not None:
        return Attribution("from", source)
    # 'and the Courier responded:', 'and then Wallnau continues:' (a weak cue with nothing after it)
    speech = [t for t in verbs if not unsaid(t) and (t.lemma_.lower() in STRONG_VERBS or _as_clause(t)
                                                        or t.lemma_.lower() in WEAK_VERBS and _bare(t))]
    cue = next((t for t in speech if _as_clause(t)), speech[-1] if speech else clause.root)
    attribution = speaker_of(cue) if cue.pos_ in {"VERB", "AUX"} else Attribution(None, None)
    attribution.cue_token = cue
    speaker = attribution.speaker_token
    if speaker is None or not (speaker.ent_type_ or speaker.lower_ in PERSONAL_PRONOUNS or not is_thing(speaker)):
        people = [t for t in clause if t.ent_type_ == "PERSON"] if last_person else []
        attribution.speaker_token = people[-1] if people else None  # "The proposed question is:" names no one
    return attribution


def _from_source(clause: Span) -> Token | None:
    """'From the report:', 'More from the ruling:': the source a quote is taken from."""
    prepositions = [t for t in clause if t.lower_ == "from" and t.i - clause.start <= 1]
    objects = [c for p in prepositions for c in p.children if c.dep_ == "pobj"]
    return objects[0] if objects else None


def signed(clause: Span) -> Token | None:
    """The name a clause ends with, after a dash or as all its words ('Pollsters agree - Carl
    Bialik', '— Maria Lopez, 34, Houston', '(Luis Herrera, 19)'), as a transcript or a vox pop
    signs a quote."""
    dashes = [t.i for t in clause if t.i > clause.start and spaced_dash(t)]
    words = clause.doc[dashes[-1] + 1 : clause.end] if dashes else clause
    while len(words) and (words[0].text in DASHES | {"("} or words[-1].text in {")", ".", ":", ";"}):
        words = words[1:] if words[0].text in DASHES | {"("} else words[:-1]
    return _name_only(words) if len(words) else None


def _name_only(words: Span) -> Token | None:
    """The last word of a name that is all the words say, as in a byline, a transcript or a vox
    pop: a list number before it, parentheses and a description after a comma aside ('Rep. Trey
    Gowdy (R-S.C.)', '1. Rosa Martinez, 60, a nurse from Phoenix', 'Carlos Vega (@cvega) May 2,
    2016'). A description that says something ('Smith, however, was unmoved') is not one."""
    tokens = [t for t in words if not t.is_space]
    if len(tokens) > 1 and tokens[0].like_num and tokens[1].text in {".", ")"}:
        tokens = tokens[2:]  # '1. Rosa Martinez'
    name, depth, stop = [], 0, len(tokens)
    for number, token in enumerate(tokens):
        depth += (token.text == "(") - (token.text == ")")
        if token.text in {"(", ")"} or depth > 0:
            if token.text == ")" and depth == 0:
                stop = number + 1  # 'Carlos Vega (@cvega) May 2, 2016': what follows the parenthesis describes
                break
            continue
        if token.text == ",":
            stop = number
            break
        if not _in_name(token, tokens[number + 1] if number + 1 < len(tokens) else None):
            return None
        name.append(token)
    described = tokens[stop:]
    if not name or len(name) > 6 or any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in described):
        return None
    last = next((t for t in reversed(name) if t.text != "."), None)
    # 'Pew Research' (the model tags both words common nouns) is a name; 'Research' alone is not
    named = last is not None and (last.pos_ == "PROPN" or last.ent_type_ in {"PERSON", "ORG"} or last.pos_ == "NOUN" and len(name) > 1)
    return last if named else None


def _in_name(token: Token, following: Token | None) -> bool:
    """A word of a person's or organisation's name: capitalised ('Rep.', 'McCain', 'III'), a
    period of an abbreviation, or a particle before a capitalised word."""
    if token.text == ".":
        return True
    if token.lower_ in NAME_WORDS:
        return following is not None and following.text[:1].isupper()
    return token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB", "NUM", "X"} or token.ent_type_ in {"PERSON", "ORG"}
