"""Word lists for attribution: speech verbs and nouns, pronouns. Written for this project."""

SPEECH_VERBS = {
    "say", "tell", "add", "state", "claim", "argue", "insist", "explain", "note", "warn", "announce", "declare",
    "report", "write", "tweet", "post", "reply", "respond", "answer", "ask", "acknowledge", "admit", "concede",
    "suggest", "predict", "confirm", "deny", "reveal", "recall", "remark", "comment", "observe", "stress",
    "emphasise", "emphasize", "urge", "complain", "contend", "maintain", "assert", "allege", "testify", "quote",
    "describe", "call", "characterize", "characterise", "label", "dub", "brand", "promise", "vow", "pledge",
    "boast", "caution", "concur", "counter", "joke", "lament", "mutter", "shout", "scream", "whisper", "yell",
    "exclaim", "continue", "conclude", "agree", "disagree", "point", "indicate", "told", "wonder", "demand",
    "threaten", "assure", "declare", "proclaim", "reiterate", "repeat", "summarize", "summarise", "translate",
    "interpret", "announce", "sing", "chant", "cry", "plead", "apologize", "apologise", "blast", "criticize",
    "criticise", "praise", "accuse", "estimate", "forecast", "signal", "hint", "retort", "recount", "testify",
}
# Verbs that attribute words only when the quote is their complement ("called him a “killer.”").
WEAK_VERBS = {"describe", "call", "characterize", "characterise", "label", "dub", "brand", "translate", "interpret", "continue", "point", "indicate", "agree", "disagree", "conclude", "signal", "hint", "estimate"}
# Verbs that take a content clause for reported speech ("told TASS that ...").
REPORTING_VERBS = (SPEECH_VERBS - WEAK_VERBS) | {"say", "tell", "claim", "argue", "warn", "announce", "report", "tweet", "write"}
SPEECH_NOUNS = {
    "statement", "remark", "remarks", "comment", "comments", "characterization", "characterisation", "taunt",
    "words", "message", "tweet", "post", "announcement", "declaration", "quote", "reply", "response", "answer",
    "warning", "claim", "description", "speech", "interview", "testimony", "letter", "retort", "quip", "jibe",
}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "i", "we", "they", "it"}
GROUP_PRONOUNS = {"we", "they", "it"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
