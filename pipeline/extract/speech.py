"""Word lists for attribution: speech verbs and nouns, pronouns, dashes (and `spaced_dash`, the
one test on these lists that needs the token's spacing). Written for this project."""

from spacy.tokens import Token

from pipeline.normalize.layout import DASHES as DASH_CHARACTERS

# Verbs that attribute the quote near them ("said", "told", "tweeted").
STRONG_VERBS = {
    "say", "tell", "add", "state", "claim", "argue", "insist", "explain", "note", "warn", "announce",
    "declare", "report", "write", "tweet", "post", "reply", "respond", "answer", "ask", "acknowledge",
    "admit", "concede", "suggest", "predict", "confirm", "deny", "reveal", "recall", "remark", "comment",
    "observe", "stress", "emphasise", "emphasize", "urge", "complain", "contend", "maintain", "assert",
    "allege", "testify", "quote", "promise", "vow", "pledge", "boast", "caution", "concur", "counter",
    "joke", "lament", "mutter", "shout", "scream", "whisper", "yell", "exclaim", "told", "wonder", "demand",
    "threaten", "assure", "proclaim", "reiterate", "repeat", "summarize", "summarise", "charge", "quip",
    "recount", "rail", "scoff", "snap", "muse", "gush", "marvel", "rebut", "rebuke", "slam", "mock", "tout",
    "sing", "chant", "cry", "plead", "apologize", "apologise", "blast", "criticize", "criticise", "praise",
    "accuse", "forecast", "retort", "confess", "bark", "bemoan", "interject", "ponder", "opine", "riff",
    "demur", "question", "protest", "fume", "snipe", "vent", "rant", "grumble", "gripe", "sneer",
    "elaborate", "affirm", "exhort", "relate", "mouth", "email", "chide",
}
# Verbs that attribute words only when the quote is their complement ("called him a “killer.”").
WEAK_VERBS = {
    "thank", "refer", "talk", "speak", "welcome", "hail", "put", "read", "fire", "shoot", "describe",
    "call", "characterize", "characterise", "label", "dub", "brand", "translate", "interpret", "continue",
    "point", "indicate", "agree", "disagree", "conclude", "signal", "hint", "estimate", "coin", "term",
    "blame", "cite", "reference", "condemn", "denounce", "decry", "applaud", "commend", "command", "order",
    "instruct", "advise", "implore", "beg", "remember", "dismiss", "identify", "portray", "depict", "paint",
    "deride", "ridicule", "lampoon", "disparage", "liken", "mention",
}
SPEECH_VERBS = STRONG_VERBS | WEAK_VERBS
# After a quote, a new sentence 'Rubio disagreed.' reacts to it rather than attributes it.
REACTION_VERBS = {"agree", "disagree"}
# Participles that give a thing its name: 'a culture called “The HP Way”', 'an event billed as “…”'.
NAMING_VERBS = {"call", "name", "dub", "title", "entitle", "label", "brand", "bill", "know", "term", "nickname", "style"}
# Verbs whose object or passive subject is the one spoken to, not the speaker ("Blumenthal was asked", "told ITV").
ADDRESSING_VERBS = {"ask", "tell"}
# Verbs that take a content clause for reported speech ("told TASS that ...").
REPORTING_VERBS = STRONG_VERBS | {"call", "talk", "speak", "push", "press", "agree", "decline", "refuse", "mention"}
SPEECH_NOUNS = {
    "statement", "remark", "remarks", "comment", "comments", "characterization", "characterisation", "taunt",
    "words", "message", "tweet", "post", "announcement", "declaration", "quote", "reply", "response", "answer",
    "warning", "claim", "description", "speech", "interview", "testimony", "letter", "retort", "quip", "jibe",
    "phrase", "slogan", "headline", "conclusion", "assessment", "assertion", "argument", "accusation", "allegation",
    "promise", "pledge", "vow", "insistence", "suggestion", "prediction", "admission", "denial", "explanation",
    "observation", "dictum", "mantra", "motto", "contention", "call",  # 'his call for “a total and complete ban”'
}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "i", "we", "they", "it", "his", "their", "its"}
# Pronouns that stand for people not named ("Another said", "Some argued").
INDEFINITE_SPEAKERS = {"another", "one", "others", "both", "some", "many", "several", "few", "most", "someone", "somebody"}
# Relative pronouns: "Weaver, who said ..." is Weaver speaking, written "who".
RELATIVE_PRONOUNS = {"who", "that", "which"}
# Nouns that are subjects of speech verbs without being anyone ("the report says" stays a speaker).
NON_SPEAKERS = {"nothing", "something", "everything", "anything", "thing", "things", "time", "way", "lot"}
# Writings that speak for whoever issued them ("the statement said", "sent out a press release saying").
DOCUMENT_NOUNS = {
    "report", "document", "ad", "advertisement", "video", "statement", "letter", "email", "memo", "filing",
    "lawsuit", "complaint", "release", "editorial", "column", "petition", "headline", "piece", "article", "story",
    "audio", "recording", "transcript", "tape", "footage",
}
# Common nouns that name people or bodies of people, for telling "the council said" (a speaker)
# from "the process could be messy" (a clause inside someone else's reported speech).
AGENT_NOUN_ENDINGS = ("ee", "ees", "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
                      "man", "men", "woman", "women", "person", "people")
# People named by what they are ('a spokesman said'), and bodies of people ('the council said').
PERSON_NOUNS = {
    "official", "judge", "source", "aide", "expert", "critic", "analyst", "voter", "lawmaker", "candidate", "witness",
    "colleague", "chief", "head", "secretary", "chair", "mayor", "nominee", "adviser", "advisor", "attorney",
    "lawyer", "doctor", "nurse", "victim", "student", "activist", "guard", "soldier", "executive", "representative",
    "protester", "guest", "host", "anchor", "moderator", "reporter", "journalist", "pundit", "commentator", "wife",
    "husband", "son", "daughter", "friend", "mom", "dad", "mother", "father", "sister", "brother", "child", "kid",
    "girl", "boy", "pope", "king", "queen", "prince", "princess", "chancellor", "minister", "president", "governor",
    "senator", "general", "colonel", "captain", "sergeant", "officer", "prosecutor", "detective", "economist",
    "scientist", "researcher", "historian", "strategist", "pollster", "advocate", "opponent", "ally", "coach",
    "boss", "striker", "midfielder", "defender", "goalkeeper", "winger", "skipper", "actor", "actress", "singer",
}
BODY_NOUNS = {
    "police", "government", "administration", "campaign", "committee", "council", "group", "party", "team", "staff",
    "crowd", "court", "board", "agency", "ministry", "department", "company", "firm", "union", "family", "public",
    "army", "military", "navy", "force", "kremlin", "senate", "congress", "parliament", "house", "cabinet", "bank",
    "fund", "network", "newspaper", "paper", "magazine", "site", "website", "poll", "survey", "study", "organization",
    "organisation", "association", "coalition", "alliance", "movement", "institute", "foundation", "center", "centre",
    "office", "bureau", "service", "authority", "authorities", "commission", "panel", "jury", "audience",
    "investigation", "inquiry", "probe", "couple",
}
AGENT_NOUNS = PERSON_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS

PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
HE_OR_SHE = {"he", "she"}  # the pronouns that stand for one person
GROUP_PRONOUNS = {"we", "they", "it", "their", "its"}
# A dash before a name signs what precedes it ('Pollsters agree - Carl Bialik:', '- Sanders.').
DASHES = set(DASH_CHARACTERS)


def spaced_dash(token: Token) -> bool:
    """A dash between words ('problematic - Pew Research'), not inside one ('Anti-Defamation', 'R-S.C.')."""
    return token.text in DASHES and bool(token.whitespace_ or token.i and token.doc[token.i - 1].whitespace_)


SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# A share of the people asked ('75 percent of Republicans', 'a majority of voters') answers in a poll's words.
SHARE_NOUNS = {"percent", "%", "majority", "plurality", "minority", "half", "third", "quarter"}
POLL_NOUNS = {"poll", "survey"}
# Entity types that are never anyone ("the weekend", "$5 million").
NUMERIC_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# Verbs whose infinitive is what was said ("vowed to repeal", "urged Congress to act").
INFINITIVE_VERBS = {"promise", "vow", "pledge", "threaten", "urge", "ask", "tell", "claim", "warn", "demand", "call", "agree", "decline", "refuse"}
# (verb, preposition) pairs whose object is what was said ("called for X", "accused Y of X").
PREPOSITION_CONTENT = {("call", "for"), ("accuse", "of"), ("warn", "of"), ("warn", "against"), ("argue", "for"), ("argue", "against"), ("complain", "about"), ("talk", "about"), ("speak", "about"), ("push", "for"), ("press", "for")}
