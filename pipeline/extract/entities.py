"""Named entities: spaCy mentions cleaned, grouped into one entity per real-world thing.

Rules, in order: a paragraph that is a row of a results or standings table names teams
(results_tables.py), whatever the model tagged there; clean each mention (no leading "the", no possessive, no titles like "Mr");
fold well-known aliases ("U.S." -> "United States"); attach a lone surname to the full name the
article gives ("Putin" -> "Vladimir Putin"), whatever label the model gave the lone mention, a
family name before a given one, and one name for a person's variants ("Donald J. Trump"); a
surname two people share stays a person of its own; an acronym joins the one name in the article
whose initials it spells ("GM" -> "General Motors"), and a company named without its corporate words
its full name ("Delta" -> "Delta Air Lines");
fix the model's known slips (a "PERSON" after "the" is an organisation; a handful of regions
it calls ORG; "Milan Baros" called ORG beside "Baros" called GPE is a person); then one label per
entity by vote, the full name's label winning.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.extract.first_names import is_first_name
from pipeline.extract.nlp import ArticleDocs, is_dictionary_word
from pipeline.extract.results_tables import teams
from pipeline.extract.speech import PERSON_NOUNS, SPEECH_VERBS
from pipeline.normalize.article import Article

KEPT_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
COARSE_TYPE = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "prime", "minister",
    "ambassador", "senator", "sen", "rep", "gov", "governor", "general", "gen", "judge", "justice", "chancellor",
    "secretary", "king", "queen", "prince", "princess", "pope", "rev", "mayor", "chairman", "chief", "premier",
    "vice", "deputy", "former", "late", "colonel", "col", "captain", "capt", "lt", "sgt", "st",
}
PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}  # only people carry these
ALIASES = {
    "us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a.": "United States", "united states": "United States", "united states of america": "United States",
    "america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom", "united kingdom": "United Kingdom",
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
}
# Regions the small model often tags ORG or PERSON: a word list of our own, not a gazetteer of names.
KNOWN_PLACES = {"Crimea", "Kashmir", "Gaza", "West Bank", "Donbas", "Donbass", "Tibet", "Chechnya", "Darfur", "Kosovo", "Catalonia", "Kurdistan", "Siberia"}
# Parties and platforms it often tags PERSON ('Labour said', 'on Twitter'), which a 'he' must never stand for.
KNOWN_ORGANISATIONS = {"Labour", "Lib Dem", "Lib Dems", "Liberal Democrats", "Tories", "Conservatives", "SNP", "UKIP", "Plaid Cymru",
                       "GOP", "Twitter", "Facebook", "Instagram", "Snapchat", "YouTube"}
# Last words of club names that are never surnames (the model tags "Manchester United" PERSON).
TEAM_WORDS = {"United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "Rangers", "Celtic"}
# Words a company or party leaves off its name when it is named again ('Delta' for 'Delta Air Lines').
CORPORATE_WORDS = {"Air", "Lines", "Airlines", "Airways", "Energy", "Networks", "Group", "Corp", "Corporation", "Inc", "Ltd",
                   "plc", "PLC", "Holdings", "Motors", "Motor", "Industries", "Party", "Company", "Co", "Limited", "Systems",
                   "Technologies", "Communications", "Entertainment", "Pharmaceuticals", "Petroleum", "FC", "AG", "SA"}
# Lowercase words that open family names ('Ruud van Nistelrooy', 'Julio De Vido').
NAME_PARTICLES = {"de", "da", "del", "di", "du", "la", "le", "van", "von", "der", "bin", "al", "el", "ibn"}
FIRST_NAME_PARTICLES = {"al", "van", "del"}  # 'Al Gore', 'Van Jones', 'Del Boy'
# Words after a title that address a role, not a person ('Mr President', 'Madam Speaker').
ADDRESSED_ROLES = PERSON_NOUNS | {"chairman", "chairwoman", "speaker"}
# Small words an acronym leaves out ('LSE': London School of Economics).
ACRONYM_SKIPPED = {"of", "for", "and", "the", "on", "in", "&"}
LOCATION_ORDER = ("body", "caption", "title")
POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")


@dataclass
class Mention:
    text: str
    label: str
    where: str  # "body", "caption" or "title"
    start: int  # offsets in that text
    end: int
    span: Span
    surface: str  # as written, with a possessive if it has one ("Biden’s")

    @property
    def reading_order(self) -> tuple[int, int]:
        """Body first, then caption, then title; in each, by position."""
        return LOCATION_ORDER.index(self.where), self.start


@dataclass
class Entity:
    name: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # as written next to the name, first first

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def key(self) -> str:
        return entity_key(self.name, self.label)

    @property
    def surface_forms(self) -> list[str]:
        return sorted({m.surface for m in self.mentions})

    @property
    def first(self) -> Mention:
        return min(self.mentions, key=lambda m: m.reading_order)


def entity_key(name: str, label: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = " ".join(re.sub(r"[^\w\s-]", "", folded).split())
    return f"{COARSE_TYPE.get(label, 'other')}:{folded}"


def extract_entities(article: Article, docs: ArticleDocs) -> list[Entity]:
    mentions = list(_mentions(article, docs))
    entities = _group(mentions)
    for entity in entities:
        entity.roles = _roles(entity)
    return sorted(entities, key=lambda e: e.first.reading_order)


def _mentions(article: Article, docs: ArticleDocs):
    parts: list[tuple[str, int, Doc, str]] = [
        ("body", start, doc, text) for start, doc, text in zip(article.paragraph_starts, docs.paragraphs, article.paragraphs)
    ]
    if docs.caption is not None:
        parts.append(("caption", 0, docs.caption, article.caption))
    if docs.title is not None:
        parts.append(("title", 0, docs.title, article.title))
    for where, offset, doc, source in parts:
        doc.user_data["source"] = source  # the text as stored, with its typographic marks
        found = [(doc.char_span(t.start, t.end, alignment_mode="expand"), t.label) for t in teams(source)] if where == "body" else []
        taken = [(span.start, span.end) for span, _ in found]
        for ent in doc.ents:
            if not any(ent.start < end and start < ent.end for start, end in taken):
                found.append(_clean(ent))
        found += _titled_names(doc, {t.i for span, _ in filter(None, found) for t in span})
        for span, label in sorted(filter(None, found), key=lambda found: found[0].start):
            surface_end = span.end_char
            if span.end < len(doc) and doc[span.end].lower_ in {"'s", "'"}:
                surface_end = doc[span.end].idx + len(doc[span.end])
            yield Mention(
                source[span.start_char : span.end_char], label, where,
                offset + span.start_char, offset + span.end_char, span, source[span.start_char : surface_end],
            )


def _clean(ent: Span) -> tuple[Span, str] | None:
    if ent.label_ not in KEPT_LABELS:
        return None
    start, end = ent.start, ent.end
    doc = ent.doc
    # 'International Monetary Fund (IMF', 'Nasa) Ames Research Center': a span that ends or starts
    # inside a parenthesis names what is outside it
    if "(" in ent.text or ")" in ent.text:
        opened = [t.i for t in ent if t.text == "("]
        closed = [t.i for t in ent if t.text == ")"]
        if opened and (not closed or opened[-1] > closed[-1]):
            end = opened[-1]
        elif closed and (not opened or closed[0] < opened[0]):
            start = closed[0] + 1
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or _is_number(doc[start])):
        start += 1
    # 'Twitter @IanHanchett': a handle is no part of a name
    end = next((t.i for t in doc[start + 1 : end] if t.text.startswith("@")), end)
    # Names do not start or end with a number (results tables: "2 Werder Bremen 1"), nor end in
    # punctuation or a possessive.
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "'"} or _is_number(doc[end - 1])):
        end -= 1
    label = ent.label_
    titled = end - start > 1 and _personal_title(doc[start])
    after_title = ent.start > 0 and _written_title(doc[ent.start - 1])
    if label == "ORG" and titled or after_title or label in {"ORG", "GPE", "NORP"} and _after_role(doc, start, end):
        label = "PERSON"  # "Dr Nielsen" tagged ORG, "Camus" in "Mr Camus" tagged ORG or NORP
    if label == "PERSON":
        while end - start > 1 and doc[start].lower_.rstrip(".") in HONORIFICS:
            start += 1
        if end - start > 1 and doc[start].pos_ == "VERB" and doc[start].lemma_.lower() in SPEECH_VERBS:
            start += 1  # "Continued Stone:", "Added Jones": the cue is not part of the name
        # 'DJ Mike Read', 'Tory David Heathcoat-Amory', 'Defense Leon Panetta': a word that is no
        # first name before one that is describes the person
        while end - start > 2 and not is_first_name(doc[start].text) and is_first_name(doc[start + 1].text):
            start += 1
    span = doc[start:end]
    if not span.text or not any(ch.isupper() for ch in span.text) or not any(ch.isalpha() for ch in span.text):
        return None
    if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and len(span) == 1:
        label = "ORG"  # "the Vedomosti business daily": people do not take an article
    if label == "PERSON" and len(span) > 1 and span[-1].text in TEAM_WORDS:
        label = "ORG"  # "Manchester United", "Blackburn Rovers"
    label = _known_label(span.text, label)
    if len(span) == 1 and span[0].pos_ == "ADJ" and label in {"PERSON", "ORG", "GPE"}:
        label = "NORP"  # "Ugandan", "Slovak": nationality adjectives, not names
    return span, label


def _titled_names(doc: Doc, tagged: set[int]) -> list[tuple[Span, str]]:
    """'Mr Ebbers' that the model tagged nothing: a capitalised name right after a title only
    people carry is a person (the title stays out of the name, as in a tagged one); not the rest of
    a title before a tagged name ('Mr Justice Collins'), an initial, a word like 'No' ('Dr No'), or
    the one addressed ('Mr President')."""
    names = []
    for title in doc[:-1]:
        if not _written_title(title):
            continue
        end = title.i + 1
        while end < len(doc) and end not in tagged and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].is_stop and len(doc[end]) > 1:
            end += 1
        if end > title.i + 1 and end not in tagged and doc[end - 1].is_alpha and doc[end - 1].lower_ not in ADDRESSED_ROLES:
            names.append((doc[title.i + 1 : end], "PERSON"))
    return names


def _personal_title(token) -> bool:
    """'Mr', 'Dr.', 'Sir': a title only people carry."""
    return token.lower_.rstrip(".") in PERSONAL_TITLES


def _written_title(token) -> bool:
    """A personal title written as one, before a name: 'Mr', not the verb in 'miss the Open'."""
    return token.is_title and _personal_title(token)


def _after_role(doc: Doc, start: int, end: int) -> bool:
    """'shadow chancellor Vince Cable', 'France captain Fabien Pelous' tagged ORG: a first name and
    a family name right after a common noun for a person that describes them. Nouns in -er and -or
    name companies as often ('operator', 'broadcaster'), so only the ones we list count."""
    words = [t for t in doc[start:end] if t.text != "-"]  # 'Sven-Goran Eriksson'
    if not 2 <= len(words) <= 4 or start == 0 or not all(t.is_title for t in words) or not is_first_name(doc[start].text):
        return False
    role = doc[start - 1]
    person_word = role.lower_ in PERSON_NOUNS or role.lower_.endswith(("man", "ist", "ian"))  # 'spokeswoman' too
    # the model tags 'chancellor' a proper noun here
    return role.is_lower and role.pos_ in {"NOUN", "PROPN"} and role.dep_ == "compound" and start <= role.head.i < end and person_word


def _known_label(name: str, label: str) -> str:
    """The label of a name the small model is known to mislabel: a known place whatever it says, a
    party or platform when it says a person (a party stays NORP when it says so, as OntoNotes does)."""
    if name in KNOWN_PLACES:
        return "GPE"
    return "ORG" if name in KNOWN_ORGANISATIONS and label == "PERSON" else label


def _is_number(token) -> bool:
    return token.like_num or token.is_digit or (any(ch.isdigit() for ch in token.text) and not any(ch.isalpha() for ch in token.text))


def _canonical(mention: Mention) -> str:
    text = POSSESSIVE.sub("", mention.text).strip()
    return ALIASES.get(text.lower(), text)


def _group(mentions: list[Mention]) -> list[Entity]:
    person_names = [_canonical(m).split() for m in mentions if m.label == "PERSON"]
    surnames = {words[0] for words in person_names if len(words) == 1}
    family_names = {words[-1] for words in person_names if len(words) > 1}
    names = [_canonical(m) for m in mentions]
    lone_names = {name for m, name in zip(mentions, names) if " " not in name and m.label != "PRODUCT"}  # not 'Slim PlayStation'
    for mention, name in zip(mentions, names):
        words = name.split()
        if (mention.label == "ORG" and _person_tagged_org(words, surnames, family_names)
                or mention.label in {"ORG", "GPE"} and _person_tagged_place(words, lone_names, mention.span.doc.vocab)):
            mention.label = "PERSON"
    by_family, by_given = _people_by_name(mentions)
    acronyms, short_names = _expansions(mentions)
    groups: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
    ambiguous: set[str] = set()
    for mention in mentions:
        name = _canonical(mention)
        if len(name.split()) == 1:
            # 'Putin' -> 'Vladimir Putin'; 'Howard' is Michael Howard before Howard Flight; 'Carly' ->
            # 'Carly Fiorina', 'Mr Lou' -> 'Lou Jiwei' (family names come first in Chinese)
            known = by_family.get(name.lower()) or by_given.get(name.lower(), [])
            # a short name only for a word tagged an organisation: the country 'Japan' is not Japan Airlines
            full_names = acronyms.get(name, set()) | (short_names.get(name, set()) if mention.label == "ORG" else set())
            if not known and len(full_names) == 1:  # 'Ford' after Harrison Ford is not Ford Motor
                (name,) = full_names  # 'GM' after 'General Motors', 'Delta' after 'Delta Air Lines'
            elif len(known) == 1:
                name = known[0]
            elif known:
                ambiguous.add(name)
        elif mention.label == "PERSON":
            name = next((known for known in by_family[name.split()[-1].lower()] if _same_person(known, name)), name)
        groups[name.lower()].append((mention, name))
    entities = []
    for members in groups.values():
        names = Counter(name for _, name in members)
        name = max(names, key=lambda n: (len(n.split()), names[n], n))
        labels = Counter(m.label for m, _ in members)
        full_labels = Counter(m.label for m, n in members if _canonical(m) == name)
        label = (full_labels or labels).most_common(1)[0][0]
        if name in ambiguous:
            label = "PERSON"  # 'Fiorina' after 'Carly Fiorina' and 'Frank Fiorina', whatever the model says
        label = _known_label(name, label)
        entities.append(Entity(name, label, [m for m, _ in members]))
    return _merge_same_key(entities)


def _people_by_name(mentions: list[Mention]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The full names of the people each family name and each given name stands for, lowercased
    ('al-Awlaki' is 'Al-Awlaki' at a sentence start), one name per person ('Donald J. Trump' is
    'Donald Trump'), in order of appearance."""
    by_family: dict[str, list[str]] = defaultdict(list)
    by_given: dict[str, list[str]] = defaultdict(list)
    for mention in mentions:
        name = _canonical(mention)
        words = name.split()
        if mention.label == "PERSON" and len(words) > 1 and not _opens_family_name(words[0]):  # not 'De Vido'
            for people, part in ((by_family, words[-1]), (by_given, words[0])):
                if not any(_same_person(known, name) for known in people[part.lower()]):
                    people[part.lower()].append(name)
    return by_family, by_given


def _expansions(mentions: list[Mention]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The full names a one-word name can stand for in the article: as an acronym, 'DNC' for
    'Democratic National Committee', 'LSE' for 'London School of Economics' (the initials of its
    capitalised words, small joining words aside); and as an organisation named without its
    corporate words, 'Delta' for 'Delta Air Lines', 'Labour' for 'Labour Party'. Not people's names."""
    acronyms: dict[str, set[str]] = defaultdict(set)
    short_names: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        words = _canonical(mention).split()
        if mention.label == "PERSON" or len(words) < 2:
            continue
        if all(w[:1].isupper() or w in ACRONYM_SKIPPED for w in words):
            acronyms["".join(w[0] for w in words if w[:1].isupper())].add(" ".join(words))
        if mention.label == "ORG" and all(w in CORPORATE_WORDS for w in words[1:]):
            short_names[words[0]].add(" ".join(words))
    return acronyms, short_names


def _person_tagged_org(words: list[str], surnames: set[str], family_names: set[str]) -> bool:
    """A short name the model tagged ORG that names a person: 'Helmut Panke' beside 'Mr Panke' (a
    surname the article gives a person), 'Carly Fiorina' beside her husband 'Frank Fiorina' (a first
    name and a family name, and nothing else: not 'Todd asked Pence')."""
    if not 1 < len(words) <= 3 or not words[0][:1].isupper():
        return False
    return words[-1] in surnames or words[-1] in family_names and is_first_name(words[0]) and all(w[:1].isupper() for w in words)


def _person_tagged_place(words: list[str], lone_names: set[str], vocab: Vocab) -> bool:
    """'Milan Baros' tagged ORG beside 'Baros' tagged GPE: a first name and a family name that the
    article also writes alone, and that is no English word (not 'Man City', 'Tory Party', 'Weston Park')."""
    if len(words) != 2 or any(word.isupper() or not word[:1].isupper() for word in words):
        return False
    first, family = words
    return family in lone_names and is_first_name(first) and not is_dictionary_word(vocab, family)


def _opens_family_name(word: str) -> bool:
    """'de', 'De' or 'van' before a family name ('De Vido'); not 'Al' or 'Van', first names as well
    ('Al Gore', 'Van Jones')."""
    return word.lower() in NAME_PARTICLES and (word.islower() or word.lower() not in FIRST_NAME_PARTICLES)


def _same_person(known: str, name: str) -> bool:
    """'Donald J. Trump' and 'S. Jones' are 'Donald Trump' and 'Stephen Jones': the same family
    name and first name or initial, middle names aside; 'De Vido' is 'Julio De Vido', a family
    name that opens with a particle."""
    known_words, words = known.split(), name.split()
    shorter, longer = sorted((known_words, words), key=len)
    if _opens_family_name(shorter[0]) and len(shorter) < len(longer):
        return [w.lower() for w in longer[-len(shorter):]] == [w.lower() for w in shorter]
    first, other = known_words[0].rstrip("."), words[0].rstrip(".")
    initial = min(len(first), len(other)) == 1 and first[0] == other[0]
    return known_words[-1] == words[-1] and (first == other or initial)


def _merge_same_key(entities: list[Entity]) -> list[Entity]:
    """Names that differ only in accents or punctuation ("Sinn Féin", "Sinn Fein") are one entity."""
    by_key: dict[str, Entity] = {}
    for entity in entities:
        kept = by_key.setdefault(entity.key, entity)
        if kept is not entity:
            if len(entity.mentions) > len(kept.mentions):
                kept.name = entity.name
            kept.mentions += entity.mentions
    return list(by_key.values())


def _roles(entity: Entity) -> list[str]:
    """Titles and roles written next to the name, first written first: "U.S. President Joe Biden",
    "Tory leader Michael Howard", "X, director general of Y,"; not a courtesy title ("Mr Howard")."""
    if entity.label != "PERSON":
        return []
    roles: list[str] = []
    for mention in sorted(entity.mentions, key=lambda m: m.reading_order):
        role = _title_before(mention.span) or _apposition(mention.span)
        if role and role not in roles:
            roles.append(role)
    return roles


def _title_before(span: Span) -> str | None:
    """The words attached to the name before it ("U.S. President", "Tory leader", "striker"), less
    a courtesy title next to the name ("Mr")."""
    doc, left = span.doc, span.start
    while left > 0:
        token = doc[left - 1]
        if token.tag_ == "HYPH" and left > 1 and not token.whitespace_ and not doc[left - 2].whitespace_:
            left -= 2  # 'front-runner'
            continue
        if token.head.i not in range(left, span.end) or token.dep_ not in {"compound", "amod", "nmod"} or token.ent_type_ in {"DATE", "CARDINAL"}:
            break  # nor an age ('the 40-year-old')
        if not (token.text[:1].isupper() or token.dep_ == "compound" or token.pos_ == "ADJ"):  # 'striker' is tagged a verb as often
            break
        left -= 1
    title = list(doc[left : span.start])
    # an initial the model left out of the name ('flanker R Jones') is no title either
    while title and (_personal_title(title[-1]) or len(title[-1].text.rstrip(".")) == 1):
        title.pop()
    return doc.user_data["source"][title[0].idx : title[-1].idx + len(title[-1])] if title else None


def _apposition(span: Span) -> str | None:
    """A description set beside the name: "Sam Low, director general of the chamber,"; without a
    clause on it ("Greg Abbott, Texas attorney general announcing the legal action")."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ != "PERSON" and child.pos_ != "PRON":
            clauses = [c.left_edge.i for c in child.children if c.dep_ in {"acl", "relcl"} and c.i > child.i]
            words = doc[child.left_edge.i : min(clauses, default=child.right_edge.i + 1)]
            return doc.user_data["source"][words.start_char : words.end_char].strip(" ,")
    return None
