"""Who a cue names as the speaker, in spaCy's parse: the subject of a speech verb ("Biden called
Putin a “killer.”"), the object of "quoted X as saying" (X speaks, the subject is the channel, as
is the teller of "Y said Biden called Putin a “killer.”"), the
agent of a passive cue, the possessor or "from" of a speech noun ("Biden’s characterization", "a
taunt from Putin"), and "according to X"; through relative clauses, participles and the reported
clauses of other speakers.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.quote_marks import MARKS
from pipeline.extract.speech import (
    ADDRESSING_VERBS,
    AGENT_NOUN_ENDINGS,
    AGENT_NOUNS,
    DOCUMENT_NOUNS,
    INDEFINITE_SPEAKERS,
    NAMING_VERBS,
    NON_SPEAKERS,
    NUMERIC_ENTITIES,
    PERSONAL_PRONOUNS,
    POLL_NOUNS,
    REACTION_VERBS,
    RELATIVE_PRONOUNS,
    SHARE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STRONG_VERBS,
    SUBJECT_DEPS,
    WEAK_VERBS,
)


@dataclass
class Attribution:
    cue: str | None
    speaker_token: Token | None
    channel: Token | None = None
    cue_token: Token | None = None
    unnamed: bool = False  # the cue is found and names no speaker ("Blumenthal was asked, “…”")
    mention: Token | None = None  # the words as written, when they are not the speaker's ("Weaver, who said")


def speaker_of(cue: Token) -> Attribution:
    if cue.lower_ == "according":
        return Attribution("according to", according_to(cue))
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "poss":
                owner = _possessor(child)
                return Attribution(cue.text, owner, mention=child if owner is not child else None)
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                # 'a taunt from Putin', 'the suggestion by a potential president'
                if objects and (objects[0].ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or objects[0].pos_ == "NOUN" and is_someone(objects[0])):
                    return Attribution(cue.text, objects[0])
        return Attribution(cue.text, None)
    verb = cue
    if cue.lemma_ in {"translate", "interpret"} and cue.dep_ == "relcl" and cue.head.lower_ in SPEECH_NOUNS:
        noun = speaker_of(cue.head)
        return Attribution(cue_text(cue), noun.speaker_token)
    if verb.lower_ == "saying" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        verb = verb.head.head  # "TASS quoted Antonov as saying"
    if verb.lemma_ == "quote":
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if objects:
            return Attribution(cue_text(verb), objects[0], subjects[0] if subjects else None)
    # Not '“…” the 43-year-old asked.', a past tense the parse hangs on the subject it follows
    misread_past = verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i
    # The parse may hang 'by' on the quoted complement: 'has been called “…” by Joshua Hendrick',
    # 'labeled as a “witch hunt” by Democrats'.
    complements = [c for c in verb.children if c.dep_ in {"oprd", "dobj"}]
    complements += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    heads = [verb, *complements]
    by = [o for h in heads for c in h.children if c.dep_ == "agent" or c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    # 'a move branded a “humiliating retreat” by the Tories': a participle the parse reads as a past tense
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and bool(by)
    passive = participle and not subjects_of(verb) and not misread_past or any(c.dep_ == "nsubjpass" for c in verb.children)
    agents = by if passive else []
    if agents and is_someone(agents[0]) and verb.lemma_ not in REACTION_VERBS:  # 'as described by Comey'
        return Attribution(cue_text(verb), agents[0])
    # "Sanders was asked, “…”", "Asked if ...": the subject is the one addressed; "Priebus was said to
    # be “furious”", "Guccifer 2.0 was branded “…”", "the book is described as a “riveting book”": the
    # one talked about.
    said_to_be = verb.lemma_ == "say" and any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in verb.children)
    if passive and (verb.lemma_ in ADDRESSING_VERBS or said_to_be or _talked_about(verb)):
        return Attribution(cue_text(verb), None, unnamed=True)
    token, climbed = verb, False
    while token is not None:
        subjects = subjects_of(token) or _subject_cut_off(token)
        if subjects:
            mention = subjects[0]
            subject = antecedent(mention, token)
            if mention is subject and _hung_on_a_clause_about_a_thing(verb, token, subject):
                token = token.head
                continue
            if (poll := _poll_asking(subject)) is not None:
                return Attribution(cue_text(verb), subject, channel=poll)
            if not can_speak(subject):
                return Attribution(cue_text(verb), None)
            # "Sanders said the process could be “messy,” adding ...", "said her campaign would continue
            # “…”" (a person who continues is speaking on: '“…,” she continued.')
            continues = verb.lemma_ == "continue" and subject.ent_type_ != "PERSON" and subject.lower_ not in PERSONAL_PRONOUNS
            if (is_thing(subject) or continues) and (enclosing := _enclosing_speaker(token)) is not None:
                subject = mention = enclosing
            # the words as written only for a pronoun ('who'); an issuer is named in its own words
            return Attribution(cue_text(verb), subject, mention=mention if mention is not subject and mention.pos_ == "PRON" else None)
        # A participle or infinitive ("..., saying", "by saying") speaks with its clause's subject,
        # or with the object of "prompted X to state".
        if token.dep_ == "xcomp" and (objects := [c for c in token.head.children if c.dep_ == "dobj" and is_someone(c)]):
            return Attribution(cue_text(verb), objects[0])
        # 'the nominee, Donald Trump, tweeted', '“…” the 43-year-old asked' read as a noun phrase
        if token.dep_ == "acl" and token.head.dep_ in {"ROOT", "nsubj", "appos"} and token.head.pos_ in {"NOUN", "PROPN", "ADJ"} and is_someone(token.head):
            return Attribution(cue_text(verb), token.head)
        if token.dep_ in {"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "dative", "pobj", "acomp"} and token.head.i != token.i:
            climbed = climbed or token.dep_ in {"advcl", "conj"}
            token = token.head
            # 'told Newsmax that Romney “had ...,” adding', 'said the ruling was ... and praised':
            # the participle or second verb is the teller's.
            # Not '“…,” Lewandowski added, saying': a speech verb of its own keeps the participle; nor
            # a verb the parse takes from the quote ('Weaver didn't seem impressed, telling reporters,
            # “A lot of people said …”').
            if (climbed and token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS and token.lemma_.lower() not in SPEECH_VERBS
                    and not _in_quote(token.head)):
                token = token.head
        elif token.dep_ == "dobj" and (token.lower_ in SPEECH_NOUNS or token.lemma_.lower() in DOCUMENT_NOUNS):
            # "issued a statement describing", "sent out a press release saying"
            token = token.head
        else:
            token = None
    return Attribution(cue_text(verb), None)


def _poll_asking(share: Token) -> Token | None:
    """'In a Post-ABC poll, 47 percent said they would vote for Clinton', 'six in 10 Republicans
    said': a poll relays what a share of those it asked answered, the poll named last before the
    share in the paragraph."""
    one_in = any(c.dep_ == "nummod" and any(q.lower_ == "in" for q in c.children) for c in share.children)
    if share.lemma_.lower() not in SHARE_NOUNS and not one_in:
        return None
    return next((t for t in reversed(share.doc[: share.i]) if is_poll(t)), None)


def _in_quote(token: Token) -> bool:
    """An odd number of quote marks before the word in its sentence: it is inside a quote."""
    return sum(t.text in MARKS for t in token.doc[token.sent.start : token.i]) % 2 == 1


def antecedent(subject: Token, verb: Token) -> Token:
    """Who a subject stands for: 'Weaver, who said' is Weaver; 'an ad that urges' and 'an email
    sent out by Sanders said' are whoever issues the writing. Any other subject stands for itself."""
    if subject.lower_ in RELATIVE_PRONOUNS:
        while verb.dep_ == "conj":  # 'Kingson, who is running and who worked the crowd, praising'
            verb = verb.head
        if verb.dep_ == "relcl":
            return _issuer(verb.head) or verb.head
    return _issuer(subject) or subject


def _issuer(noun: Token) -> Token | None:
    """A writing speaks for whoever issues it: the agent of its participle ('a court document filed
    by state attorney Dave Aronberg'), or the subject of the verb it is the object of ('Sanders is
    releasing a new ad that urges ...')."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if (owner := next((_possessor(c) for c in noun.children if c.dep_ == "poss"), None)) is not None:
        return owner  # 'Trump's statement', 'Reed, whose statement called'
    agents = [o for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
              for by in acl.children if by.lower_ == "by" for o in by.children if o.dep_ == "pobj" and is_someone(o)]
    if agents:
        return agents[0]
    if noun.dep_ != "dobj":
        return None
    return next((s for s in subjects_of(noun.head) if is_someone(s)), None)


def _possessor(poss: Token) -> Token | None:
    """Whose words they are: 'Biden' in 'Biden’s remarks'; for 'a candidate whose words', the candidate."""
    if poss.lower_ != "whose":
        return poss
    relative = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
    return relative.head if relative is not None else None


def according_to(token: Token) -> Token | None:
    """The source 'according to' names; for a writing, its issuer ('according to audio provided by
    Wyoming Public Radio')."""
    for prep in token.children:
        if prep.lower_ == "to":
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return source and (_issuer(source) or source)
    return None


def unsaid(verb: Token) -> bool:
    """A speech verb for words never spoken: 'declined to comment', 'cut crime without asking people to pay more'."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_ in {"decline", "refuse"}
            or verb.dep_ == "pcomp" and verb.head.lower_ == "without")


def _talked_about(verb: Token) -> bool:
    """A passive speech or naming verb, whose subject is the one spoken of ('Guccifer 2.0 was branded
    “…”', 'the book is described as “…”', 'the staffer was charged'); not 'he's said', a perfect the
    parse reads as a passive, nor a colon clause's verb that is no speech ('Respondents are obliged
    to disclose:'), nor 'being quoted as wanting', whose subject speaks."""
    marked = [c for c in verb.children if c.dep_ in {"nsubjpass", "auxpass"}]
    if verb.lemma_ in NAMING_VERBS:
        return bool(marked)
    return (verb.tag_ == "VBN" and verb.lemma_ != "quote" and verb.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "auxpass" and c.lower_ not in {"'s", "’s"} for c in marked))


def _hung_on_a_clause_about_a_thing(participle: Token, clause: Token, subject: Token) -> bool:
    """'He sent out an email as the meeting began vowing to “…”': a participle the parse hangs on a
    clause whose subject is a thing belongs to the clause that one depends on, when that one has a
    subject who can speak (not 'The fracas erupted after the tycoon entered the race, vowing', our
    lists lacking 'tycoon')."""
    return (participle.tag_ == "VBG" and clause is not participle and clause.dep_ == "advcl" and is_thing(subject)
            and any(s.dep_ == "nsubj" and not is_thing(s) for s in subjects_of(clause.head)))


def _subject_cut_off(verb: Token) -> list[Token]:
    """'One attendee, who spoke on condition of anonymity, said': the parse may give the subject
    to the clause between commas; the subject of a clause before the comma that precedes the verb.
    'a White House official who spoke anonymously to discuss strategy said': the noun whose relative
    clause ends right before the verb. 'Black Lives Matter issued': a name the parse reads as other
    words, the last of them."""
    if verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    opening = verb.doc[verb.sent.start : verb.i]
    if (verb.tag_ in {"VBD", "VBZ"} and all(t.is_title and t.ent_type_ not in NUMERIC_ENTITIES for t in opening)
            and any(t.pos_ == "PROPN" for t in opening)):  # not 'Wednesday added'
        return [before]
    relative = [a for a in [before, *before.ancestors] if a.dep_ == "relcl" and a.pos_ in {"VERB", "AUX"} and a.right_edge == before]
    if relative and relative[-1].head.i < relative[-1].i and is_someone(relative[-1].head):
        return [relative[-1].head]
    if before.text != ",":
        return []
    clauses = [c for c in verb.children if c.i < verb.i and c.dep_ in {"ccomp", "advcl", "parataxis"}]
    return [s for c in clauses for s in subjects_of(c) if is_someone(s)][:1]


def subjects_of(token: Token) -> list[Token]:
    """Best first, when the parse gives a verb two subjects: one on the verb's side of any quote,
    a person ('Colin Asplin, Blackpool Hotel Association said'), the nearest ('The crowd cheers,
    and then Wallnau continues')."""
    def rank(subject: Token) -> tuple[bool, bool, int]:
        between = token.doc[min(subject.i, token.i) : max(subject.i, token.i)]
        return any(t.text in MARKS for t in between), subject.ent_type_ != "PERSON", abs(subject.i - token.i)

    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return sorted(subjects, key=rank) if len(subjects) > 1 else subjects


def is_thing(token: Token) -> bool:
    """A common noun that names no person or body of people ("the tone of the interview")."""
    if token.pos_ != "NOUN":
        return False
    if token.ent_type_:  # 'spend the weekend figuring out ... without saying'; not 'the 43-year-old'
        return token.ent_type_ in NUMERIC_ENTITIES
    lemma = token.lemma_.lower()
    return lemma not in AGENT_NOUNS and not token.lower_.endswith(AGENT_NOUN_ENDINGS)


def _enclosing_speaker(clause: Token) -> Token | None:
    """The speaker of the speech verb whose reported clause holds `clause` ("Obama said ... that")."""
    token = clause
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS:
            # 'Sanders, who has no endorsements, said that fact speaks ...': through relative clauses
            speaker = speaker_of(token).speaker_token
            if speaker is not None and not is_thing(speaker):
                return speaker
    return None


def is_poll(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in POLL_NOUNS


def relay_of(cue: Token, speaker: Token | None) -> Token | None:
    """Who relays the words of a describing cue inside their own reported clause: Clinton in
    'Clinton noted that Sanders called the president “weak”'. Sanders (`speaker`) speaks; Clinton is
    the channel, as TASS is in 'TASS quoted Antonov as saying'. No one relays their own words."""
    if cue.lemma_.lower() not in WEAK_VERBS:
        return None
    token = cue
    while token.dep_ in {"conj", "xcomp", "ccomp"}:
        if token.dep_ == "ccomp" and token.head.pos_ in {"VERB", "AUX"} and token.head.lemma_.lower() in STRONG_VERBS:
            relay = speaker_of(token.head).speaker_token
            return relay if relay is not None and relay != speaker and is_someone(relay) else None
        token = token.head
    return None


def is_someone(token: Token) -> bool:
    """A word that names someone who can speak: a person, a body of people, a pronoun for one
    ('Comey', 'the council', 'she'); not 'nothing', 'the tone of the interview' or 'the weekend'."""
    return can_speak(token) and not is_thing(token)


def can_speak(token: Token) -> bool:
    """Subjects that never name a speaker: 'what', 'nothing', 'you', 'this', expletive 'it'..."""
    if token.pos_ == "PRON":  # not the "it" of "it was difficult to say"
        if token.lower_ in INDEFINITE_SPEAKERS:
            return True
        return token.lower_ in PERSONAL_PRONOUNS and not (token.lower_ == "it" and token.head.lemma_ == "be")
    if not any(ch.isalpha() for ch in token.text) or token.lower_ in {"'s", "’s"}:
        return False
    if token.is_title and token.dep_ in SUBJECT_DEPS and token.pos_ == "VERB" and token.tag_ != "VBG":
        return True  # 'Husted continued': a name the model tags as a verb
    return token.pos_ in {"PROPN", "NOUN", "NUM", "ADJ"} and token.lower_ not in NON_SPEAKERS  # ADJ: "the 46-year-old"


def cue_text(verb: Token) -> str:
    """The cue as written, with a gap for its object: "quoted ... as saying", "describing ... as"."""
    doc = verb.doc
    # 'describing the meeting as', not 'say he should condemn terrorists as'
    as_token = next((t for t in doc[verb.i + 1 : verb.i + 6] if t.lower_ == "as" and (t.head == verb or t.head.head == verb and t.head.dep_ in {"dobj", "oprd"})), None)
    if as_token is None:
        return " ".join([verb.text, *(c.text for c in verb.children if c.dep_ == "prt")])
    has_object = any(c.dep_ == "dobj" and c.i < as_token.i for c in verb.children)
    head = f"{verb.text} ..." if has_object else doc[verb.i : as_token.i].text
    after = doc[as_token.i + 1] if as_token.i + 1 < len(doc) else None
    saying = f" {after.text}" if after is not None and after.lemma_ == "say" else ""
    return f"{head} as{saying}"
