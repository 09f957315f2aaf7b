"""From the words that name a speaker to the article's entity for it ("he", "Gorka" ->
"Sebastian Gorka"), so that every quote of one person carries one canonical name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Span, Token

from pipeline.extract.cue_speaker import Attribution, is_poll, is_someone
from pipeline.extract.entities import HONORIFICS, Entity
from pipeline.extract.first_names import allows, is_first_name
from pipeline.extract.nlp import is_dictionary_word
from pipeline.extract.quote_marks import MARKS
from pipeline.extract.speech import (
    ADDRESSING_VERBS,
    BODY_NOUNS,
    DASHES,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    HE_OR_SHE,
    NAMING_VERBS,
    PERSONAL_PRONOUNS,
    PRONOUN_GENDERS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    spaced_dash,
)

if TYPE_CHECKING:
    from pipeline.extract.quotes import Quote


AGE_DESCRIPTOR = re.compile(r"\d+-year-old", re.IGNORECASE)
THIRD_PERSON_SUBJECTS = HE_OR_SHE | GROUP_PRONOUNS
# Words that make a title another office: "the prime minister" is not "Deputy Prime Minister John Prescott".
OFFICE_QUALIFIERS = {"deputy", "vice", "shadow", "former", "ex", "assistant", "junior", "under"}
ROLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "pres": "president",
                      "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain", "supt": "superintendent"}
CIRCUMSTANCE_PREPOSITIONS = {"at", "in", "on", "after", "before", "during", "about", "over", "since", "while"}


class NamedSpeaker(NamedTuple):
    """A speaker named in words, not by a pronoun: where and at which offset; for one person named
    without an entity ('the cardinal', 'Lord Browne' tagged no person), the words and the gender they
    give ('spokeswoman'), if any."""
    where: str
    start: int
    one_person_words: str | None
    gender: str | None


class PronounSpeaker(NamedTuple):
    """A direct quote whose speaker is a pronoun ('“…,” he said'), kept to be resolved again."""
    quote: Quote
    pronoun: Token
    where: str
    offset: int  # of the pronoun's paragraph

    @property
    def position(self) -> tuple[str, int]:
        return self.where, self.offset + self.pronoun.idx


class SpeakerResolver:
    """Map the words that name a speaker to the article's entity for it."""

    def __init__(self, entities: list[Entity], quoted: list[tuple[str, int, int]]):
        self.entities = entities
        self.quoted = quoted  # (location, start, end) of every direct quote
        self.entity_speakers: dict[tuple[str, int], Entity] = {}  # (where, offset) a speaker with an entity was named -> it
        self.pronoun_speakers: list[PronounSpeaker] = []  # direct quotes spoken by 'he', 'she', 'they'
        self.named: list[NamedSpeaker] = []  # every speaker named in words, not by a pronoun
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

    def entity_before(self, where: str, position: int, labels: set[str], pronoun: str, excluded: tuple[Entity, ...] = ()) -> Entity | None:
        """The entity a pronoun refers to: the nearest earlier mention outside quote marks,
        a speaker or subject (the usual antecedent of "he said") before any other mention, of a
        gender the pronoun allows, and not one of `excluded`."""
        best: tuple[bool, int] = (False, -1)
        found = None
        # quotes are attributed direct ones first, so the speaker recorded last may not be the nearest before
        for (named_where, start), entity in self.entity_speakers.items():
            if named_where == where and entity.label in labels and (True, start) > best and start < position and may_be(entity, pronoun) \
                    and entity not in excluded:
                best, found = (True, start), entity
        for entity in self.entities:
            if entity.label not in labels or not may_be(entity, pronoun) or entity in excluded:
                continue
            for mention in entity.mentions:
                if mention.where != where or mention.start >= position or self._quoted(where, mention.start):
                    continue
                root = mention.span.root  # 'Fletcher's daughter Jill said': a subject's apposition is one too
                subject = root.dep_ in SUBJECT_DEPS or root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS or _introduced(root) or _named_in_subject(root)
                rank = (subject and not _reported(root) and not _aside(root), mention.start)
                if rank > best:
                    best, found = rank, entity
        return found

    def _referent(self, pronoun: Token, where: str, offset: int) -> Entity | None:
        """The person ('he') or body ('they') a pronoun stands for."""
        labels = {"ORG", "GPE", "NORP"} if pronoun.lower_ in GROUP_PRONOUNS else {"PERSON"}
        # Never the object of its own verb: '“…,” he told Hannity' is not Hannity.
        third_person = pronoun.dep_ in SUBJECT_DEPS and pronoun.lower_ in THIRD_PERSON_SUBJECTS
        objects = [c for c in pronoun.head.children if c.dep_ in {"dobj", "dative"}] if third_person else []
        excluded = tuple(entity for c in objects if (entity := self._named_by(c, where, offset)) is not None)
        return (self._subject_before(pronoun, where, offset, labels, excluded)
                or self.entity_before(where, offset + pronoun.idx, labels, pronoun.lower_, excluded))

    def _named_by(self, token: Token, where: str, offset: int) -> Entity | None:
        """The entity a name stands for, even one the model did not tag ('Gorka')."""
        return self.entity_at(where, offset + token.idx, offset + token.idx + len(token)) or self.by_form.get(token.text)

    def _subject_before(self, pronoun: Token, where: str, offset: int, labels: set[str], excluded: tuple[Entity, ...]) -> Entity | None:
        """'In her speech, Rhimes declared ...: “…,” she said': a named subject earlier in the
        pronoun's sentence, outside quotes, even one the model did not tag."""
        found = None
        for token in pronoun.doc[pronoun.sent.start : pronoun.i]:
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "PROPN" and not self._quoted(where, offset + token.idx):
                entity = self._named_by(token, where, offset)
                if entity is not None and entity.label in labels and may_be(entity, pronoun.lower_) and entity not in excluded:
                    found = entity
        return found

    def _speaking_role_before(self, pronoun: Token, where: str, offset: int) -> Token | None:
        """'A UKIP spokesman said Labour had spent £10m. “…,” he added.': when the last speaker before a
        pronoun in its paragraph is someone new ('a spokesman', 'Real Madrid director Emilio
        Butragueno', a name with no entity), the pronoun is that person, not someone named earlier.
        'The mayor' or 'the England striker' is as often the person named before, and is left to the
        usual rule."""
        subjects = [t for t in pronoun.doc[: pronoun.i] if t.dep_ in SUBJECT_DEPS and is_someone(t) and not self._quoted(where, offset + t.idx)]
        speakers = [t for t in subjects if t.head.lemma_.lower() in SPEECH_VERBS]
        if not speakers:
            return None
        token, verb = speakers[-1], speakers[-1].head
        reported = {t.i for t in verb.subtree}
        if any(t.i > token.i and t.i not in reported for t in subjects):
            return None  # 'Mosman saw it differently: “…,” he said'
        # Not 'A reporter asked Sanders ... He replied', nor 'a real person would say'
        said = verb.lemma_.lower() not in ADDRESSING_VERBS and not any(c.tag_ == "MD" for c in verb.children)
        new = any(c.lower_ in {"a", "an", "another"} or c.ent_type_ == "PERSON" and c.dep_ in {"compound", "appos"} for c in token.children)
        other_gender = _noun_gender(token) not in {None, PRONOUN_GENDERS[pronoun.lower_]}
        person = not _body_or_writing(token)  # not 'A company he owns has charged'
        role = said and new and person and token.pos_ == "NOUN" and token.tag_ == "NN" and not token.ent_type_ and not other_gender
        # 'Liberal Democrat peer Lord Carlile … said it was possible …. He said': a name the model
        # did not tag is someone new as well, whom no entity can stand for
        untagged = (said and token.pos_ == "PROPN" and not token.ent_type_ and _one_person(token)
                    and self._named_by(token, where, offset) is None and _name_in(token, noun_phrase(token)) is not None)
        return token if role or untagged else None

    def _unnamed_before(self, pronoun: str, where: str, position: int) -> str | None:
        """'The cardinal said … He added: “…”' with no person named before: 'he' or 'she' is the speaker
        named last before it, if that is one person named without an entity and the words allow the
        pronoun's gender ('a spokeswoman' is not 'he')."""
        # quotes are attributed direct ones first, so the nearest before is not the last one recorded
        before = [named for named in self.named if named.where == where and named.start < position]
        if pronoun not in HE_OR_SHE or not before:
            return None
        nearest = max(before, key=lambda named: named.start)
        unnamed_person = nearest.one_person_words is not None and nearest.gender in {None, PRONOUN_GENDERS[pronoun]}
        return nearest.one_person_words if unnamed_person else None

    def entity_by_role(self, where: str, position: int, role: Token) -> Entity | None:
        """"the mayor said" -> the person introduced earlier as "Mayor Anna Berg", "the Tory leader" ->
        "Tory leader Michael Howard" (nearest first); not "Deputy Prime Minister John Prescott" for
        "the prime minister", nor "Trump campaign manager Corey Lewandowski" for "the Trump campaign".
        A role of something named ('the chairman of the CRE') is a description of its own."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in role.children):
            return None
        head = _role_word(role.text)
        # an age says nothing of the office ('the 60-year-old actor')
        words = {_role_word(t.text) for t in role.lefts if t.dep_ in {"compound", "amod"} and t.ent_type_ not in {"DATE", "CARDINAL"}} | {head}
        nearest, found = -1, None
        for entity in self.entities:
            for title in entity.roles if entity.label == "PERSON" else []:
                title_words = [_role_word(word) for word in title.split()]
                if head not in title_words:
                    continue
                # the role's noun ends the title, or a phrase after it does ('senator from Vermont')
                after = title_words[title_words.index(head) + 1 :]
                ends_title = not after or after[0] in {"of", "for", "from", "to", "at"}
                if ends_title and words <= set(title_words) and not (set(title_words) & OFFICE_QUALIFIERS) - words:
                    for mention in entity.mentions:
                        if mention.where == where and nearest < mention.start < position:
                            nearest, found = mention.start, entity
        return found

    def revisit_pronouns(self, quotes: list[Quote]) -> None:
        """Direct quotes are attributed before reported speech, so 'he' in '“…,” he said' was resolved
        before 'Stam says Rooney's stardom …' right before it was known as a speaker: resolve each
        such pronoun again, in the order of the text, now that every speaker is known, and pass a
        changed speaker on to the quotes that took it ('“…,” he said. “…”')."""
        was: dict[int, tuple[str | None, Entity | None]] = {}
        for quote, pronoun, where, offset in sorted(self.pronoun_speakers, key=lambda spoken: spoken.position):
            entity = self._referent(pronoun, where, offset)
            if entity is not None and entity is not quote.speaker_entity:
                was[id(quote)] = (quote.speaker, quote.speaker_entity)
                quote.speaker, quote.speaker_entity = entity.name, entity
                self.entity_speakers[(where, offset + pronoun.idx)] = entity  # for the pronouns after it
            elif entity is None and quote.speaker is None:
                # 'A Labour Party spokesman told the BBC the party … “…,” he said': the one person
                # named without an entity in reported speech before it
                was[id(quote)] = (None, None)
                quote.speaker = self._unnamed_before(pronoun.lower_, where, offset + pronoun.idx)
        passed_on = True
        while passed_on:
            passed_on = False
            for quote in quotes:
                source = quote.speaker_from
                if source is not None and id(source) in was and id(quote) not in was and (quote.speaker, quote.speaker_entity) == was[id(source)]:
                    was[id(quote)] = (quote.speaker, quote.speaker_entity)
                    quote.speaker, quote.speaker_entity = source.speaker, source.speaker_entity
                    passed_on = True

    def _quoted(self, where: str, position: int) -> bool:
        return any(w == where and start <= position < end for w, start, end in self.quoted)

    def apply(self, quote: Quote, attribution: Attribution, where: str, offset: int) -> None:
        if quote.kind == "direct" and is_poll(attribution.channel):
            # '75 percent of Republicans said “most people in politics” can’t be trusted': words in
            # quote marks in the answer of those a poll asked are the poll's own
            attribution.speaker_token, attribution.channel = attribution.channel, None
        token = attribution.speaker_token
        quote.speaker = quote.speaker_mention = quote.speaker_entity = quote.speaker_from = None  # beats an inherited speaker
        quote.cue = attribution.cue
        if attribution.cue_token is not None:
            quote.cue_at = offset + attribution.cue_token.idx
        channel = None
        if (relay := attribution.channel) is not None:
            at = offset + relay.idx
            channel = self._referent(relay, where, offset) if relay.lower_ in PERSONAL_PRONOUNS else self.entity_at(where, at, at + len(relay))
            quote.channel = channel.name if channel else noun_phrase(relay).text  # 'Herald-Ipsos poll', not 'poll'
        source = token.doc.user_data.get("source") or token.doc.text  # not built when stored: doc.text costs a join
        as_written = attribution.mention
        if token.lower_ in HE_OR_SHE and (role := self._speaking_role_before(token, where, offset)) is not None:
            as_written, token = as_written or token, role  # 'A UKIP spokesman said ... “…,” he added.'
        if token.lower_ in PERSONAL_PRONOUNS:
            quote.speaker_mention = source[token.idx : token.idx + len(token)]
            entity = self._referent(token, where, offset)
            if quote.kind == "direct":
                self.pronoun_speakers.append(PronounSpeaker(quote, token, where, offset))
        else:
            if token.ent_type_ not in {"PERSON", "ORG"} and (name := _name_of(token)) is not None:
                token = name
            elif _describes(token):
                token = token.head  # 'Braynard, a South Carolina native who writes': the name the words describe
            entity = self.entity_at(where, offset + token.idx, offset + token.idx + len(token))
            cue = attribution.cue_token
            if entity is not None and cue is not None and entity is self.entity_at(where, offset + cue.idx, offset + cue.idx + len(cue)):
                entity = None  # '“…,” Trump went on' tagged a work of art: a name never holds its cue
            if entity is None and (token.pos_ == "PROPN" or token.is_title):  # a name the model tags a noun
                entity = self.by_form.get(token.text)
            if entity is None and token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
                entity = self.entity_by_role(where, offset + token.idx, token)
            phrase = noun_phrase(token, attribution.cue_token)
            quote.speaker_mention = source[phrase.start_char : phrase.end_char].strip("".join(DASHES) + ":;, ")
            if entity is None and AGE_DESCRIPTOR.fullmatch(quote.speaker_mention):
                # 'The 31-year-old insisted': like 'he', the person the story is about.
                entity = self.entity_before(where, offset + token.idx, {"PERSON"}, "")
        if channel is not None and channel is entity:
            quote.channel = None  # 'Hutt said she was “proud”': she relays no one but herself
        if entity is not None:
            quote.speaker, quote.speaker_entity = entity.name, entity
            written = as_written or token  # 'who' in 'denied by Mr Mandelson, who said'
            agent = written.dep_ == "pobj" and written.head.lower_ == "by"  # 'he' after 'a claim by Peter Hain' is seldom Hain
            one_of_several = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)  # 'Bush and Christie, who say'
            if not (agent or one_of_several):
                self.entity_speakers[(where, offset + token.idx)] = entity
        elif token.lower_ in PERSONAL_PRONOUNS:
            quote.speaker = self._unnamed_before(token.lower_, where, offset + token.idx)
        else:
            quote.speaker = _name_in(token, phrase) or quote.speaker_mention
        if token.lower_ not in PERSONAL_PRONOUNS:
            one_person = entity is None and _one_person(token)
            self.named.append(NamedSpeaker(where, offset + token.idx, quote.speaker if one_person else None,
                                           _gender_of(token, quote.speaker) if one_person else None))
        if as_written is not None:
            quote.speaker_mention = source[as_written.idx : as_written.idx + len(as_written)]


def _name_of(described: Token) -> Token | None:
    """The name given with the words for a speaker: in apposition ("The EU's trade commissioner,
    Petra Novak, said"; first, before a compound one: 'James Hardie chairwoman, Meredith Hellicar,
    said'), as a compound ("Sirius XM Vice President for news and talk Dave Gorab called") or after
    'named' ('an academic named Eric Kingson'). An organisation only in apposition ('the Tottenham
    striker' is not Tottenham), and not the one on whose side 'a Jackson lawyer' is."""
    one_of_theirs = any(c.lower_ in {"a", "an", "another"} for c in described.children)
    named = sorted((c for label, deps in (("PERSON", {"appos", "compound", "conj"}), ("ORG", {"appos", "conj"})) for c in described.children
                    if c.dep_ in deps and c.pos_ == "PROPN" and c.ent_type_ == label
                    and not (one_of_theirs and c.dep_ == "compound" and c.i < described.i)),
                   key=lambda c: c.dep_ != "appos")
    named += [name for c in described.children if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS
              for name in c.children if name.dep_ == "oprd" and name.ent_type_ == "PERSON"]
    return named[0] if named else None


def _describes(noun: Token) -> bool:
    """'Braynard, a South Carolina native': a common noun set off by a comma right after a name
    (not a name after a name, 'his wife Hillary Clinton, Bill Clinton said', nor across a clause)."""
    before = noun.left_edge.i - 1
    return (noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.ent_type_ in {"PERSON", "ORG"} and noun.head.pos_ == "PROPN"
            and before > 0 and noun.doc[before].text == "," and noun.head.i == before - 1)


def _name_in(token: Token, phrase: Span) -> str | None:
    """A name the model did not tag, without the words before it that describe it: 'Liberal
    Democrat peer Lord Carlile' -> 'Lord Carlile', 'human rights watchdog Reporters Without
    Borders', and under a head that is a common noun, the name ending the phrase ('Gloucester
    director of rugby Nigel Melville', 'a report by analysts Gartner'). Not a role someone has
    ('Trump's potential VP')."""
    if any(c.dep_ == "poss" for c in token.children):
        return None
    name = _name_at_head(token, phrase) if token.text[:1].isupper() else _name_at_end(phrase)
    if name is None or not (_is_name(name) and _described(name, phrase) and _names_the_head(token, name)):
        return None
    return name.text


def _name_at_head(head: Token, phrase: Span) -> Span | None:
    """The capitalised words around the phrase's head ('Lord Carlile'); not a place or a people."""
    return None if head.ent_type_ in {"NORP", "GPE", "LOC"} else _capitalised_run(phrase, head.i, head.i + 1)


def _name_at_end(phrase: Span) -> Span | None:
    """The capitalised words that end the phrase, when its last words hold a tagged person or
    organisation ('analysts Gartner')."""
    if not any(t.ent_type_ in {"PERSON", "ORG"} for t in phrase.doc[max(phrase.start, phrase.end - 4) : phrase.end]):
        return None
    return _capitalised_run(phrase, phrase.end, phrase.end)


def _capitalised_run(phrase: Span, start: int, end: int) -> Span | None:
    """Tokens `start`..`end` widened over the capitalised words beside them, within the phrase."""
    doc = phrase.doc
    while end < phrase.end and doc[end].text[:1].isupper():
        end += 1
    while start > phrase.start and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start:end] if start < end else None


def _described(name: Span, phrase: Span) -> bool:
    """Lowercase words describe the name right before it ('peer Lord Carlile'; 'watchdog' is tagged
    a verb as often); not a prefix ('an anti-Trump PAC')."""
    before = name.doc[name.start - 1]
    return name.start > phrase.start and before.is_alpha and before.is_lower and (before.pos_ in {"NOUN", "ADJ"} or before.dep_ == "compound")


def _names_the_head(head: Token, name: Span) -> bool:
    """The name is the head's own: by or from its author ('a report by analysts Gartner'), or after
    the field of a role ('director of rugby Nigel Melville'); not someone the head speaks for ('a
    spokesman for Mr Blair') or belongs to ('a close associate of former Yukos boss Mikhail
    Khodorkovsky', 'the head of US TV network Fox')."""
    doc = head.doc
    return not any(t.pos_ == "ADP" and not (t.lower_ in {"by", "from"} or t.lower_ == "of" and t.i + 2 == name.start and doc[t.i + 1].is_lower)
                   for t in doc[head.i + 1 : name.start])


def _is_name(words: Span) -> bool:
    """Capitalised words that are a name, not a capitalised role or thing ('Tory MP', 'European
    Commissioner', 'TV'): tagged a person or organisation, opening with a title or a first name
    ('Lord Browne', 'Jacqui Smith'), or holding a word no dictionary has ('WebSideStory')."""
    return (any(t.ent_type_ in {"PERSON", "ORG"} for t in words) or words[0].lower_.rstrip(".") in HONORIFICS
            or len(words) > 1 and is_first_name(words[0].text) and not words[0].ent_type_  # 'Tory' is a first name too
            or any(not is_dictionary_word(t.vocab, t.text) for t in words))


def _role_word(word: str) -> str:
    """A role's word as compared: 'Gov.' is 'governor'."""
    word = word.strip(".,").lower()
    return ROLE_ABBREVIATIONS.get(word, word)


def _one_person(token: Token) -> bool:
    """Words that can be 'he' or 'she': one of something, neither a body nor a writing ('the cardinal',
    'Lord Browne'; not 'critics', 'MPs', 'the government', 'the report', nor a name tagged a place)."""
    plural = (token.tag_ in {"NNS", "NNPS"} or token.lower_.endswith("s") and token.lemma_.lower() != token.lower_
              or len(token) > 2 and token.text.endswith("s") and token.text[:-1].isupper())  # 'MPs' tagged NNP
    return not plural and not _body_or_writing(token) and token.ent_type_ not in {"ORG", "GPE", "LOC", "FAC", "NORP"}


def _body_or_writing(token: Token) -> bool:
    """'the government', 'the company', 'the report': no one person."""
    return token.lemma_.lower() in BODY_NOUNS | DOCUMENT_NOUNS


def _noun_gender(token: Token) -> str | None:
    """'spokeswoman' is female and 'chairman' male; most nouns say nothing."""
    if token.lower_.endswith("woman"):
        return "female"
    return "male" if token.lower_.endswith("man") else None


def _gender_of(token: Token, words: str) -> str | None:
    """The gender a speaker's words give: the noun's ('spokeswoman'), else a first name that is one
    gender only ('Jane Smith')."""
    if (gender := _noun_gender(token)) is not None:
        return gender
    allowed = [gender for gender in ("male", "female") if allows(words.split()[0], gender)]
    return allowed[0] if len(allowed) == 1 else None


def _reported(subject: Token) -> bool:
    """'he said Mr Blair had lost the trust … “…,” he said', 'Cable warned the picture was not as rosy
    as Mr Brown would like … “…,” he said', 'According to Mandaric, Redknapp vowed … “…,” he said':
    the subject of reported words, however deep, is not the one who goes on."""
    head = subject.head
    return (any(c.lower_ == "according" for c in head.children)
            or any(clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS for clause in (head, *head.ancestors)))


def _aside(subject: Token) -> bool:
    """'She has gone public again as Clinton has emerged in his wife's campaign. … she said': the
    subject of a clause of time or reason is not the one the sentence is about when a person is the
    main clause's subject before it (not 'When Kirchner arrived in power, he began'); unless the
    clause reports words ('as Mr. McDonough suggested')."""
    clause = subject.head
    if clause.dep_ != "advcl" or clause.lemma_.lower() in SPEECH_VERBS:
        return False
    main = [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i < subject.i]
    return any(c.ent_type_ == "PERSON" or c.lower_ in HE_OR_SHE for c in main)


def _named_in_subject(token: Token) -> bool:
    """'Real Madrid director of sport Emilio Butragueno praised': the name that ends a subject's 'of'
    phrase, which the parse hangs on the role before it, is the subject's (a person after one role,
    not 'Millions of South Koreans', 'The Muslim Council of Britain')."""
    role = token.head.head
    return (token.dep_ == "pobj" and token.ent_type_ == "PERSON" and token.head.lower_ == "of" and role.dep_ in SUBJECT_DEPS and role.tag_ in {"NN", "NNP"}
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].head == role.head)


def _introduced(token: Token) -> bool:
    """'Then there's Axelrod.': the one an existential sentence brings in is its topic, as a subject is."""
    return token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)


def may_be(entity: Entity, pronoun: str) -> bool:
    """'she' is not Michael Pointon: a person whose first name is of the other gender is ruled out;
    unknown and unisex names never are."""
    wanted = PRONOUN_GENDERS.get(pronoun)
    if wanted is None or entity.label != "PERSON" or len(entity.name.split()) < 2:
        return True
    return allows(entity.name.split()[0], wanted)


def noun_phrase(token: Token, cue: Token | None = None) -> Span:
    """The speaker's words without relative clauses, appositions or a possessive 's ("Ambassador
    Anatoly Antonov"), and without the cue when the parse hangs it on them ('one lawmaker called
    Trump “…”')."""
    kept = [c for c in token.children if c.dep_ not in {"relcl", "appos", "punct", "advcl", "cc", "conj", "det", "case"} and not _circumstance(c)]
    indices = [token.i] + [t.i for child in kept for t in child.subtree]
    # A parse that runs the name into the quote or the words before it keeps only the words after
    # the mark or a spaced dash ('problematic - Pew Research').
    start = max([i + 1 for i in range(min(indices), token.i) if token.doc[i].text in MARKS or spaced_dash(token.doc[i])], default=min(indices))
    # 'Luis Herrera, 19, Chicago': what follows a comma describes the speaker.
    end = min([i for i in range(token.i + 1, max(indices) + 1) if token.doc[i].text in MARKS | {","} or cue is not None and i == cue.i],
              default=max(indices) + 1)
    return token.doc[start:end]


def _circumstance(child: Token) -> bool:
    """A phrase the parse hangs on a person's name that says when, where or about what they spoke,
    not who they are: 'Jol after the 0-0 draw', 'Mervyn Davies at a London press conference', 'Trump
    on Tuesday', 'said McLeish of Novo's punishment'; not 'Jason Daw at Merrill Lynch', 'Sarah
    Rainsford in Moscow' or 'Robert Antonacci of the New York delegation'."""
    if child.dep_ != "prep" or child.head.ent_type_ != "PERSON" or child.i < child.head.i:
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if not objects:
        return False
    kind = objects[0].ent_type_
    thing = kind in {"DATE", "TIME"} or not kind and objects[0].pos_ == "NOUN"  # not a place or an employer ('at ING')
    if child.lower_ == "of":
        return thing and any(c.dep_ == "poss" for c in objects[0].children)
    return thing and child.lower_ in CIRCUMSTANCE_PREPOSITIONS
