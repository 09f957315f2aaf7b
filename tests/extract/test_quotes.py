import pytest
from spacy.tokens import Doc

from pipeline.extract.speakers import noun_phrase
from tests.conftest import analysed


def direct(quotes):
    return [q for q in quotes if q.kind == "direct"]


def reported_speaker(text, nlp, starts):
    """(speaker, mention as written) of the one reported-speech quote of a text that starts with `starts`."""
    _, _, quotes = analysed(text, nlp)
    (reported,) = [q for q in quotes if q.kind == "indirect" and q.text.startswith(starts)]
    return reported.speaker, reported.speaker_mention


def direct_speakers(text, nlp):
    """The speaker of each direct quote of a text, in order."""
    _, _, quotes = analysed(text, nlp)
    return [q.speaker for q in direct(quotes)]


def direct_speakers_as_written(text, nlp):
    """The speaker of each direct quote of a text and its words as written, in order."""
    _, _, quotes = analysed(text, nlp)
    return [(q.speaker, q.speaker_mention) for q in direct(quotes)]


def test_seed_direct_quotes_and_speakers(seed_text, seed_expected, nlp):
    _, _, quotes = analysed(seed_text, nlp)
    found = [(q.text, q.speaker) for q in direct(quotes)]
    for want in seed_expected["quotes_direct"]:
        assert (want["text"], want["speaker"]) in found, want
        found.remove((want["text"], want["speaker"]))
    forms = {q.text: q.form for q in direct(quotes)}
    assert forms["I expect [to return] in the near future,"] == "full"
    assert forms["he who said it, did it."] == "partial"
    assert forms["very bad."] == "fragment"


def test_seed_cues_and_channel(seed_text, nlp):
    _, _, quotes = analysed(seed_text, nlp)
    tass = next(q for q in quotes if q.text.startswith("I expect"))
    assert (tass.cue, tass.channel, tass.speaker_mention) == ("quoted ... as saying", "TASS", "Antonov")
    kremlin = next(q for q in quotes if q.text == "very bad.")
    assert kremlin.cue == "describing ... as"


def test_seed_reported_speech(seed_text, nlp):
    _, _, quotes = analysed(seed_text, nlp)
    indirect = {q.speaker: q.text for q in quotes if q.kind == "indirect"}
    assert indirect["Anatoly Antonov"].startswith("he doesn't anticipate a long stay in Moscow")
    assert indirect["Kremlin"].startswith("Putin has not yet met with Antonov")


def test_pronoun_resolves_to_the_full_name(nlp):
    text = "Gordon Brown spoke in London on Monday.\n\n\"We will not raise taxes,\" he said."
    _, _, quotes = analysed(text, nlp)
    (quote,) = direct(quotes)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Gordon Brown", "he", "said")


def test_inverted_cue_and_title(nlp):
    text = "Tony Blair visited the school.\n\n\"Education matters more than anything,\" said Mr Blair."
    _, _, quotes = analysed(text, nlp)
    assert direct(quotes)[0].speaker == "Tony Blair"


def test_two_pieces_around_one_cue_are_one_quote_and_floating_quote(nlp):
    text = ("Mayor Linda Ortiz defended the plan.\n\n\"This budget protects services,\" said Ms Ortiz. \"It is fair.\"\n\n"
            "\"Nobody will lose their job.\"")
    article, _, quotes = analysed(text, nlp)
    first, floating = direct(quotes)
    assert first.text == "This budget protects services, It is fair." and len(first.pieces) == 2
    assert [article.body[s:e] for s, e in first.pieces] == ["This budget protects services,", "It is fair."]
    assert (first.speaker, first.cue, floating.speaker) == ("Linda Ortiz", "said", "Linda Ortiz")


def test_multi_paragraph_quote_shares_its_speaker(nlp):
    text = ("Maria Keller is the chief engineer.\n\n“We found damage nobody had mapped. Fixing it takes time.\n\n"
            "“We would rather be late than build on a weak foundation,” Keller said.")
    _, _, quotes = analysed(text, nlp)
    (quote,) = direct(quotes)
    assert quote.speaker == "Maria Keller" and len(quote.pieces) == 2
    assert quote.text.startswith("We found damage") and quote.text.endswith("weak foundation,")


def test_a_quote_within_a_quote_of_the_other_kind_is_a_quote_of_its_own(nlp):
    text = ("Post column\n\nThe New York Post's Andrea Peyser wrote on Thursday:\n\n\"Kelly unloaded on the front-runner "
            "with a question. Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But Kelly was relentless.\"")
    article, _, quotes = analysed(text, nlp)
    column, inside = sorted(direct(quotes), key=lambda q: q.start)
    assert column.text.startswith("Kelly unloaded") and column.text.endswith("Kelly was relentless.")
    assert column.speaker == "Andrea Peyser"
    assert (inside.text, inside.speaker, inside.cue) == ("Only Rosie O’Donnell.", "Trump", "interjecting")
    assert article.body[inside.start : inside.end] == inside.text and column.start < inside.start < inside.end < column.end


def test_a_paragraph_of_nothing_but_quotes_speaks_with_the_paragraph_that_introduces_it(nlp):
    text = ("Rally\n\nMayor Jane Ortiz spoke only in slogans at the rally on Monday.\n\n"
            "“We have to be tougher.” “We are playing by different rules.”\n\nThe crowd cheered.")
    _, _, quotes = analysed(text, nlp)
    (quote,) = direct(quotes)
    assert (quote.text, quote.speaker, len(quote.pieces)) == ("We have to be tougher. We are playing by different rules.", "Jane Ortiz", 2)


def test_he_or_she_with_no_person_named_before_is_the_last_one_speaker_named_without_a_name(nlp):
    template = "Peace\n\nThe {} said 2005 should be the year of campaigning to “make poverty history”. He added: “If the governments were ready, others would listen.”"
    assert direct_speakers_as_written(template.format("cardinal"), nlp) == [("cardinal", "cardinal"), ("cardinal", "He")]
    for not_he in ("spokeswoman", "government"):  # a woman is not 'he', nor is a body of people
        _, _, quotes = analysed(template.format(not_he), nlp)
        assert direct(quotes)[1].speaker is None and direct(quotes)[1].speaker_mention == "He"


def test_a_pronoun_in_reported_speech_is_the_speaker_named_nearest_before_it(nlp):
    # Direct quotes are attributed first, so the last speaker recorded ('Cruz questioned', after the
    # pronoun) is not the nearest one before 'he': 'Cruz belittled ... calling it' is.
    text = ("Debate\n\nSenator Ted Cruz and Donald Trump met on Thursday.\n\n"
            "Trump continued to question whether Cruz's birth in Canada makes him ineligible.\n\n"
            'Cruz belittled the issue, calling it a "paperwork error". And he said he is a natural-born citizen.\n\n'
            'Cruz questioned Trump\'s "New York values" and his readiness to lead.')
    assert reported_speaker(text, nlp, "he is a natural-born citizen") == ("Ted Cruz", "he")


def test_a_pronoun_is_not_the_agent_of_a_claim_named_before_it(nlp):
    # 'a claim by Peter Hain' names Hain as a speaker, but the 'he' that follows is the sentence's subject.
    text = ("Howard hits back\n\nMichael Howard has said a claim by Peter Hain that the Tory leader is acting like an "
            '"attack mongrel" shows the government is "rattled".\n\n'
            "In an upbeat speech to his party's conference, he said the government's tactics proved the Tories were hitting home.")
    assert reported_speaker(text, nlp, "the government's tactics") == ("Michael Howard", "he")


def test_the_speaker_mention_leaves_out_when_and_about_what_they_spoke(nlp):
    text = ('Derby\n\nSpeaking to reporters, Jol after the 0-0 draw said "It was a very even game."\n\n'
            '"Prices will fall," said analyst Jason Daw at Merrill Lynch.\n\n'
            '"It is the right decision," said Rangers manager Alex McLeish of Novo\'s punishment.')
    _, _, quotes = analysed(text, nlp)
    assert [q.speaker_mention for q in direct(quotes)] == ["Jol", "analyst Jason Daw at Merrill Lynch", "Rangers manager Alex McLeish"]


def test_scare_quotes_without_a_speaker_are_not_quotes(nlp):
    _, _, quotes = analysed("The so-called \"establishment\" lost the vote in the state on Tuesday.", nlp)
    assert direct(quotes) == []


def test_apposition_speaker(nlp):
    text = "David Frost, director general of the British Chambers of Commerce, warned that \"the recovery is fragile.\""
    _, entities, quotes = analysed(text, nlp)
    assert direct(quotes)[0].speaker == "David Frost"


def test_offsets_point_at_the_text(seed_text, nlp):
    article, _, quotes = analysed(seed_text, nlp)
    for quote in quotes:
        source = article.body if quote.where == "body" else article.caption
        assert " ".join(source[s:e] for s, e in quote.pieces) == quote.text


def test_according_to(nlp):
    text = "According to officials close to the talks, a deal on farm subsidies remains out of reach."
    _, _, quotes = analysed(text, nlp)
    (quote,) = quotes
    assert (quote.kind, quote.cue, quote.speaker) == ("indirect", "according to", "officials close to the talks")
    assert quote.text == "a deal on farm subsidies remains out of reach"


def test_colon_introduces_a_quote_paragraph(nlp):
    text = "Senator Amy Klein listed her demands:\n\n“Lower taxes, better roads and more teachers.”"
    _, _, quotes = analysed(text, nlp)
    assert [(q.kind, q.speaker) for q in direct(quotes)] == [("direct", "Amy Klein")]


def test_reported_speech_beyond_that_clauses(nlp):
    text = ("Governor Ann Lee vowed to cut property taxes next year.\n\n"
            "The mayor said the city would hire forty new teachers in the autumn.\n\n"
            "Jo Grant mentioned that the budget had doubled.")
    _, _, quotes = analysed(text, nlp)
    found = {q.cue: (q.speaker, q.text) for q in quotes if q.kind == "indirect"}
    assert found["vowed"] == ("Ann Lee", "to cut property taxes next year")
    assert found["mentioned"] == ("Jo Grant", "the budget had doubled")
    assert found["said"][1] == "the city would hire forty new teachers in the autumn"


def test_organisation_speaker_and_entity_link(nlp):
    text = "The Kremlin said on Monday that talks would continue. \"We are ready,\" the Kremlin said."
    _, entities, quotes = analysed(text, nlp)
    kremlin = next(e for e in entities if e.name == "Kremlin")
    assert all(q.speaker == "Kremlin" and q.speaker_entity is kremlin for q in quotes)


def test_quote_paragraph_after_reported_speech_takes_that_speaker(nlp):
    text = ("Kristen Day said the platform language was driving voters away.\n\n"
            "“This has been the general message pro-life Democrats are receiving.”")
    assert direct_speakers(text, nlp) == ["Kristen Day"]


def test_unclaimed_quote_paragraph_takes_the_next_attributed_speaker(nlp):
    text = ("The rally ended late on Friday.\n\n“We have work to do before November.”\n\n"
            "“And we will do it together,” Roger Stone said.")
    assert direct_speakers(text, nlp) == ["Roger Stone", "Roger Stone"]


def test_a_thing_inside_reported_speech_is_not_the_speaker(nlp):
    text = ("In an interview on Monday, Bernie Sanders said the process of writing the platform could be "
            "“messy,” adding, “Democracy is messy.”")
    assert set(direct_speakers(text, nlp)) == {"Bernie Sanders"}


def test_the_role_names_the_person_introduced_with_it(nlp):
    text = ("Library opens in the harbour town\n\nMayor Anna Berg opened the new library on Monday, and "
            "Councillor Tom Walsh cut the ribbon.\n\n“Reading matters to everyone here,” the mayor said.\n\n"
            "“A spokesman for the council said it cost less than planned,” a spokesman said.")
    _, _, quotes = analysed(text, nlp)
    mayor = next(q for q in direct(quotes) if q.text.startswith("Reading"))
    assert (mayor.speaker, mayor.speaker_mention) == ("Anna Berg", "mayor")
    spokesman = next(q for q in direct(quotes) if q.text.startswith("A spokesman"))
    assert spokesman.speaker == "spokesman"  # indefinite: not the person named before


def test_the_one_asked_is_not_the_speaker(nlp):
    text = ("Town hall\n\nBrown was asked by host Ann Lee, “Will you run again next year?”\n\n"
            "Asked whether the plan was “a sensible way to fix the roads,” most residents said yes.")
    _, _, quotes = analysed(text, nlp)
    assert [(q.speaker, q.cue) for q in direct(quotes)] == [("Ann Lee", "asked"), (None, "Asked")]


SPEAKER_CASES = {
    "a description in apposition to a name, with a relative clause": (
        "Data\n\nSam Braynard, a South Carolina native who writes fiction on the side (his book includes a story on a "
        "cooking contest \"where the loser becomes the main course\"), has cast himself as a strategist.",
        ["Sam Braynard"]),
    "the tag after a quote that follows a dash": (
        "Leaks\n\nAnita Dunn spoke on Monday. If hackers are behind the leak — as experts believe, but Moscow denies — "
        "\"why would you not warn the public?\" asked Dunn.",
        ["Anita Dunn"]),
    "a quote in a sentence that goes on with the previous sentence's speaker, unless it names others": (
        "Rumours\n\nJane Hemsley studies rumours for a living. False stories are hard to correct, she said. Good "
        "information can still drive out bad, but only when \"the truth is more exciting than the lie.\"\n\n"
        "Mark Fenn said the law had failed. Some 40 respondents out of 90 thought the law was \"unfair and should be scrapped\".",
        ["Jane Hemsley", None]),
    "an acronym for a name the article gives": (
        "Cars\n\nGeneral Motors reported a loss on Tuesday. GM said its sales had been \"disappointing\".",
        ["General Motors"]),
    "a share of those asked answers in the poll's words": (
        "Bridge\n\nThe council met on Monday. In a Herald-Ipsos poll released on Sunday, 62 percent of voters said "
        "the council was \"out of touch\".\n\nA city survey published in May found that six in 10 residents think the new "
        "bridge is \"a waste of money.\"\n\nTwo councillors said the poll was \"rigged\" against them.",
        ["Herald-Ipsos poll released on Sunday", "city survey published in May", "Two councillors"]),
    "thanked, a statement describing": (
        "Gun control actions welcomed\n\nJulianne Moore thanked him for “stepping up and taking action.”\n\n"
        "Paul Ryan issued a statement describing the meeting as a “very positive step.”",
        ["Julianne Moore", "Paul Ryan"]),
    "clause before a colon": (
        "Council figures\n\nAs the Daily Courier reported on Monday, the council was refusing to publish "
        "the figures:\n\n“The council has not released any numbers at all.”\n\n"
        "The Herald made these claims in May, and the Courier responded:\n\n“There is no evidence for any of it.”\n\n"
        "The timing does not surprise pollster Daron Shaw: “Lesser-known candidates often rise late in the race.”",
        ["Daily Courier", "Courier", "Daron Shaw"]),
    "as X put it, by saying": (
        "Comeback\n\nAs Vulture put it, “Hello, it is the comeback of the year.”\n\n"
        "When he returned, Judge Ortiz began by saying, “I do not think that is necessary.”",
        ["Vulture", "Ortiz"]),
    "inside the speaker's reported clause": (
        "Campaign trail\n\nHillary Clinton spoke in Miami on Tuesday.\n\n"
        "She said that her campaign would continue “to break barriers” across the nation.\n\n"
        "Lopez told reporters that Mark Stone “had a crazy plan that nobody liked,” adding, “He lost every single vote.”",
        ["Hillary Clinton", "Lopez", "Lopez"]),
    "the answer of one who was asked": (
        "Comeback\n\nBut when Lomu was asked whether he was taking a risk he replied: “As much as someone crossing the road.”",
        ["Lomu"]),
    "an inverted cue before a colon": (
        "Court\n\nThe judge Maria Ortiz heard the case.\n\nContinued Ortiz:\n\n“So I think it is a very real problem for the court.”",
        ["Maria Ortiz"]),
    "a name the parse leaves without its verb": (
        "Convention\n\nAt the convention Sen. Anna Berg (D-MA) said the mayor was a “proven failure” in business.\n\n"
        "“Go back to your seat,” Trump barked and a guard escorted the reporter out.",
        ["Anna Berg", "Trump"]),
    "a signature line below the quote": (
        "Fact check\n\n“The idea that I would end the program is absurd.”\n\n- Sanders.\n\n"
        "“Great speech. She is tested and ready.”\n\n—President Obama, tweeting after the speech.",
        ["Sanders", "Obama"]),
    "a name alone before a colon": (
        "Hearing\n\nRep. Trey Gowdy (R-S.C.):\"I have not heard anyone other than you say that.\"\n\n"
        "Polls were not wrong - Carl Bialik: “One of the lessons was humility.”",
        ["Trey Gowdy", "Carl Bialik"]),
    "a cue the next sentence opens with, not a new statement": (
        "Delegates\n\n“Guns have been a crisis for a long time,” said Adrian Mapp, a delegate. “They have no place here.” "
        "Martha Allen, a delegate from Vermont, criticized the state's gun laws.\n\n"
        "“We reject this,” Lu Kang told reporters. “It is extremely irresponsible.” The agency, a regulator based in "
        "Washington, declined to comment.\n\n“I am not going anywhere.” Governor Anna Berg said on Monday.",
        ["Adrian Mapp", "Lu Kang", "Anna Berg"]),
    "a passive cue with its agent": (
        "Movement\n\nThe practice has been called “strategic ambiguity” by Joshua Hendrick, a professor at Loyola.",
        ["Joshua Hendrick"]),
    "an inverted cue the parse cuts off": (
        "Wages\n\n\"The risk,\" said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, "
        "\"is that we are going to be attracting workers.\"",
        ["Edward Leamer"]),
    "a cue the model tags as a noun, an indefinite speaker": (
        "Report\n\n“Saudi Arabia shares the same threat,” the Saudis state in the white paper.\n\n"
        "Another said he hoped with all his heart that Trump wins: “That way I can watch the comedy.”",
        ["Saudis", "Another"]),
    "an inverted cue whose subject the parse misreads": (
        "Caucus\n\n“There are more candidates competing for the vote,” added another New Hampshire Republican.\n\n"
        "“Having access to the RNC file is key,” said Skelly, explaining he worked more closely with the data team.\n\n"
        "“Tell her I promised you a picture,” Ebeling said, and her husband cut in.",
        ["Republican", "Skelly", "Ebeling"]),
    "a speaker who continues, a name inside the quote": (
        "Rally\n\nFelicia Sanders spoke first.\n\n“No one should feel what I have seen, how we suffered,” she continued. “The Bible tells us to forgive.”\n\n"
        "“And while I am at it, I support our senator, Ron Johnson,” Trump said, “and I endorse his re-election.”",
        ["Felicia Sanders", "Trump"]),
    "a subject the parse hangs on the relative clause": (
        "Meeting\n\nOne attendee, who like others spoke on the condition of anonymity, said the message was that "
        "\"this is not going to be over in a week.\"",
        ["One attendee"]),
    "the speech verb of the sentence before": (
        "Arrival\n\nSami Karim recalled how on his first trip from the airport, all he saw was a dark highway. "
        "\"And I was like, 'God, please, where am I going?'\"",
        ["Sami Karim"]),
    "the paragraph before, after its own quote": (
        "Poll\n\n“I don't mind,” said Ana Ortiz, a nurse. Gloria Diaz says people should be able to choose.\n\n"
        "“It is their life; they are not hurting anyone.”",
        ["Ana Ortiz", "Gloria Diaz"]),
    "a pronoun of the speaker's gender, a subject in apposition": (
        "Tribute\n\n“He was a joy to work with,” said his friend Michael Pointon. Fletcher's daughter Jill Carter said her "
        "father would be missed. Her husband Tom Baker spoke after her.\n\n“He was greatly loved by the public,” she said.",
        ["Michael Pointon", "Jill Carter"]),
    "dashes glued to the words around a quote": (
        "Economy\n\nHillary Clinton wants to bring back the 1990s. She has touted her husband’s economic record—“the longest peacetime expansion in our history”—and "
        "promised to put him in charge of fixing the economy.",
        ["Hillary Clinton"]),
    "an age for a name": (
        "Athletics\n\nKostas Kenteris missed a drugs test in August. The 31-year-old insisted he will be happy if he is "
        "charged. \"If a decision is taken to have charges filed against me, I will accept it gladly.\"",
        ["Kostas Kenteris"]),
    "a line that names the speaker before the quote": (
        "Voices\n\nMaria Lopez, 34, Houston\n\n“I was told to go back to my country on my first day at school.”",
        ["Maria Lopez"]),
    "vox pops and embedded posts signed in their paragraph": (
        "Voters\n\nWe asked readers what worries them most.\n\n"
        "“My parents could lose their health insurance if the law goes.” — Maria Lopez, 34, Houston\n\n"
        "“Nobody will accept the result, whoever wins.” – Daniel Ortiz, 52\n\n"
        "\"The economy is all anyone talks about in my town.\" Karen Smith, 41, Ohio\n\n"
        "Jorge Ramirez, 28, Miami:\n“Both parties only remember us in October.”\n\n"
        "“This is the only country I know.” (Luis Herrera, 19, Chicago)\n\n"
        "1. Rosa Martinez, 60, San Antonio\n\"Nobody in Washington has ever set foot in my neighbourhood.\"\n\n"
        "“We are tired of being treated like a voting bloc.” —Carlos Vega (@carlosvega) September 27, 2016\n\n"
        "IOWA POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “The polls failed to predict the winner.”",
        ["Maria Lopez", "Daniel Ortiz", "Karen Smith", "Jorge Ramirez", "Luis Herrera", "Rosa Martinez", "Carlos Vega",
         "Jon Cohen"]),
    "a closing mark typed to open, after an ellipsis": (
        "Reagan\n\nPatti Davis was critical of all the candidates.\n\n"
        "” … they are so not like him,” she said in December. “My father would be appalled.”",
        ["Patti Davis"]),
    "the next sentence tells someone": (
        "Trump\n\nDonald Trump spoke on Monday. David Cameron criticised Trump in parliament and suggested that he "
        "would unite Britain against him. “It looks like we’re not going to have a very good relationship, who knows?” "
        "Trump told Britain’s ITV television station on Monday.",
        ["Donald Trump"]),
    "an opening mark typed to close, a document, a memory, a source after 'from', a name read as an adverb": (
        "Campaign\n\n“It's unusual,“ said Larry Noble, an attorney.\n\n"
        "\"Friend, let me be blunt. I can win this race,\" the email read.\n\n"
        "\"An awful lot of analysts said it was a mistake,\" remembered Roy Verley, the former spokesman.\n\n"
        "From the report: “In general, samples with more people are better.”\n\n"
        "And Skelly called Braynard “a real smart guy. I’d like to hire him again.”\n\n"
        "Rachel Maddow asked about the plan.\n\n\"And it’s a bit concerning to me that we have no details,\" she went on.",
        ["Larry Noble", "email", "Roy Verley", "report", "Skelly", "Rachel Maddow"]),
    "no cue: whose words, thought or deed the quote's clause reports; never a scare-quoted word": (
        "Budget\n\nPaul Ryan worried that the safety net was becoming “a hammock that lulls able-bodied people.”\n\n"
        "\"No one died, it's not a big story, but it was scary,\" laughs Bill Conti.\n\n"
        "Madonna remained in second place because of the \"monumental\" production costs of her tour.",
        ["Paul Ryan", "Bill Conti"]),
    "no cue: a second verb shares the subject, a relative clause its antecedent, a specific body speaks": (
        "Pay\n\nMaria Delgado supports modest pay rises and opposes \"sweeping cuts to pensions for nurses.\"\n\n"
        "Tom Harlan, who has styled himself as the \"voice of the forgotten farmer,\" won the seat.\n\n"
        "The board approved \"a new plan for the harbour district.\"\n\n"
        "Farmers make \"the best of a very bad deal\" every year.\n\n"
        "Countless Americans remain \"victims of violence from people who should not be here.\"\n\n"
        "Miyagishima is the 18th recipient of the Sawyer Award, which is \"presented to an individual whose work "
        "has brought credit to the industry.\"",
        ["Maria Delgado", "Tom Harlan", "board", None, None, None]),
    "a speech noun that names no one leaves the quote to the clause's subject; a name read as a verb": (
        "Tweets\n\nThen came another tweet, followed by one in which Donald Trump took credit for \"being right on "
        "radical Islamic terrorism.\"\n\nHusted continued by saying, “We will appeal this decision because it is wrong.”\n\n"
        "Wayne Barrett’s dictum to his interns was, “It’s not a good story if you don’t get a phone call.”\n\n"
        "\"It is about time that we had a woman running this country,\" exhorted Clinton’s introducer, actress Jamie Lee Curtis.",
        ["Donald Trump", "Husted", "Wayne Barrett", "Jamie Lee Curtis"]),
    "a cue the parse reads as naming ('a lawmaker called Trump')": (
        "Ban\n\nParliament debated whether to ban Trump; one lawmaker called Trump \"the orange prince of American politics.\"",
        ["one lawmaker"]),
    "of two subjects the parse gives a cue, the one next to it": (
        "Rally\n\nThe crowd cheers, and then Lance Wallnau continues: “God has given this man an anointing to fight for us.”\n\n"
        "Colin Asplin, Blackpool Hotel Association said: \"We have tried very hard to make sure they come back to Blackpool.\"",
        ["Lance Wallnau", "Colin Asplin"]),
    "a paragraph that says more than a name is no signature": (
        "Rally\n\n“We will win this state.” Smith, however, was unmoved by the promise.\n\n"
        "At the meeting in Hudson, the supporter: “Not again, not this year.”",
        [None, None]),
    "any verb tagging a quote that ends in a comma; a speech noun the quote describes": (
        "Summit\n\n“Our country will always be our country,” an angry Jean Dupont retaliated.\n\n"
        "Maria Keller denounced Tom Brady’s remarks as “hurtful and humiliating” on Monday.\n\n"
        "Sanders called Clinton's comments “disgraceful.”\n\n"
        "Judicial Watch President Tom Fitton called Clinton's assertion of a \"claim of right\" absurd.",
        ["Jean Dupont", "Maria Keller", "Sanders", "Clinton"]),
    "a characterisation is its maker's words, even a fragment, not the last speaker's": (
        "Trial\n\nFormer employees have called the university a “fraudulent scheme” in court. "
        "Then Trump identified the judge as “Spanish,” which was wrong.\n\n"
        "Conservative co-chairman Liam Fox likened the two men to \"self-obsessed schoolboys\".",
        ["Former employees", "Trump", "Liam Fox"]),
    "subjects the parse cuts off: a relative clause, a title before the name, a press release, an editorial": (
        "Talks\n\nA White House official who spoke anonymously to discuss strategy said Wednesday, "
        "\"Certainly there are discussions.\"\n\n"
        "\"Dr. Carson invited me to his house today\" the Post's senior politics editor Steven Ginsberg responded.\n\n"
        "Rubio’s campaign sent out a press release saying Murphy owes “Florida an explanation for his votes.”\n\n"
        "“If she wants to be president, she should act like it,” the editorial read.\n\n"
        "“Who can remember how many states I’ve lost? Is it two? Three?” Mary Clint asks as a janitor walks in.",
        ["White House official", "Steven Ginsberg", "Rubio’s campaign", "editorial", "Mary Clint"]),
    "what a speech noun says and what it is, and whose ('the suggestion by a senator'); a participle after a speech verb of its own; 'tweeted another'": (
        "Claims\n\nCarlos Sada is the new envoy. Last year, he played down Trump's comments as \"just part of the primary campaign.\"\n\n"
        "But Podliska’s most explosive claim is that the committee is a “witch hunt to get” the candidate.\n\n"
        "In a statement, the network said that Cruz's description was \"false.\"\n\n"
        "His remarks support the contention of Hillary Clinton that her emails were subjected to \"over-classification.\"\n\n"
        "Comey cannot say that, Lewandowski added, saying it should be “up to the prosecutor to move forward.”\n\n"
        "\"Better watch out for illegal conduct by the clerks,\" tweeted another.\n\n"
        "Critics seized on the suggestion by a senior senator that the agency \"should be shut down for good.\"",
        ["Carlos Sada", "Podliska", "network", "Hillary Clinton", "Lewandowski", "another", "senior senator"]),
    "the person in the phrase between quote and cue, even after a noun read as a verb; a past tense hung on its subject; an ad speaks for its sender": (
        "Convention\n\n“We’ve had more successful conventions,” Texas delegate Bill Eastland, wearing a cowboy hat, "
        "said matter-of-factly.\n\n"
        "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News.\n\n"
        "Peter Serafinowicz posted the clip on Thursday.\n\n"
        "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.\n\n"
        "Bernie Sanders is releasing a new 30-second ad that urges voters to “send a message” to Wall Street.\n\n"
        "\"The plan insults every kind of voter,\" screenwriter Cole Haddon wrote on Twitter.\n\n"
        "\"Another line follows here for the record,\" wrote the columnist Mark Evans.",
        ["Bill Eastland", "Brent Bozell III", "Peter Serafinowicz", "Bernie Sanders", "Cole Haddon", "Mark Evans"]),
    "a headline speaks; 'related that'; a participle whose clause hangs on a prepositional object": (
        "Posts\n\nPalin posted her message under a headline that said, “Terror Group Declares War on Children.”\n\n"
        "The Christian leader further related that it recently occurred to him. “I sensed the Lord tell me to read it.”\n\n"
        "Mayor Don Guardian lashed out at Trump in his statement, calling him “a liar who is not honorable.”",
        ["headline", "Christian leader", "Don Guardian"]),
    "'was said to be' names whom it is about; a date is nobody": (
        "Panic\n\nParty chairman Reince Priebus was said to be “furious with Trump for dividing the party again.”\n\n"
        "Ann Coulter wrote the column. She had to spend the weekend figuring out how to attack a friend without saying, "
        "“This is the worst argument I have read.”",
        [None, "Ann Coulter"]),
    "the tag right after a quote beats a cue before it; its pronoun is the sentence's named subject": (
        "Awards\n\nThe evening honoured Shonda Rhimes, Rihanna and Opal Tometi.\n\n"
        "In her speech, Rhimes declared the need for strong will: “Change the world, then change it again,” she said.\n\n"
        "Thomas Coan argued that his client was joking. Judge Michael Mosman saw it differently: "
        "\"When he says he will die a free man, I don't take that as a joke,\" he said.\n\n"
        "Malaysia said as many as 1,000 fishermen will be affected and that the damage will be \"significant and lasting\", "
        "Agence France Presse reported.",
        ["Shonda Rhimes", "Michael Mosman", "Malaysia"]),
    "a quote between a possessive and the speech noun it names ('Obama’s “…” promise', 'his call for “…”')": (
        "Pledges\n\nVoters still feel the pull of Mark Ellison's \"you can keep your doctor\" promise.\n\n"
        "Donald Trump spoke in Iowa. His standing improved after his call for \"a total and complete ban\" on new arrivals.",
        ["Mark Ellison", "Donald Trump"]),
    "a participle the parse hangs on a clause about a thing is said by the subject of the clause it depends on": (
        "Vote\n\nBernie Sanders vowed to fight on. He sent out a fundraising email as the platform committee meeting began "
        "vowing to “fight for every vote” in the primary.\n\n"
        "The fracas erupted just two months after the real estate tycoon entered the race, calling them “rapists.”",
        ["Bernie Sanders", "real estate tycoon"]),
    "the quote after a speech noun's 'that' is what the noun says, however the parse hangs it; words mouthed are said": (
        "Debate\n\nDonald Trump and Marco Rubio clashed again on Thursday night.\n\n"
        "“I’m not telling you he didn’t deserve it,” Rubio said to Fox News’ Megyn Kelly.\n\n"
        "As the debate progressed and Trump stood by his comment Monday that \"Islam hates us,\" refusing to acknowledge "
        "that not all Muslims hate the U.S., Rubio again tried to rebuke the front-runner.\n\n"
        "Asked about the result, Bernie Sanders smiled and mouthed “thank you” to the crowd.",
        ["Marco Rubio", "Donald Trump", "Bernie Sanders"]),
    "a 'by' agent speaks for a participle the parse reads as a past tense; a name in apposition before a compound one": (
        "Casinos\n\nTessa Jowell has announced plans to limit the number of new casinos in the UK to 24, in a move "
        "branded a \"humiliating retreat\" by the Tories.\n\n"
        "James Hardie chairwoman, Meredith Hellicar, said the deal provided for a funding arrangement \"that is affordable, "
        "sensible and workable\".",
        ["Tories", "Meredith Hellicar"]),
    "words someone should use are not said; a newspaper's piece speaks for it": (
        "Critics\n\nPresident Obama rebuked critics who say he should condemn terrorists as \"radical Islamists,\" "
        "saying it would change nothing.\n\n"
        "The Washington Post recently ran a piece that noted his \"health care plan would benefit the rich.\"",
        ["critics", "Washington Post"]),
    "vox pops signed after a horizontal bar, HuffPost's dash": (
        "Remarks readers are tired of\n\nWe asked readers about the remarks that follow them around.\n\n"
        "“My teacher told me I would never go to college. I have two degrees now.” ― Luis Ortega, 41, San Antonio\n\n"
        "“In first grade, a classmate asked why my lunch smelled funny.” ―Carmen Diaz, 35\n\n"
        "“People assume I speak Spanish, and then they are disappointed when I don’t.”\n― Jorge Medina, 22, Phoenix",
        ["Luis Ortega", "Carmen Diaz", "Jorge Medina"]),
    "a writing speaks for its issuer; an inverted weak cue; a name signed after a dash": (
        "Filings\n\n\"The evidence cannot support a prosecution,\" according to a court document filed by "
        "state attorney Dana Ross.\n\n"
        "\"We thank every volunteer for the long nights,\" read the statement.\n\n"
        "Polls of small groups are particularly risky - Pew Research: \"All the samples include some error.\"",
        ["Dana Ross", "statement", "Pew Research"]),
    "a tag whose verb has a particle": (
        "Surveillance\n\nMayor Anna Berg and council leader Tom Reed met on Thursday.\n\n"
        "\"We will vote on it next week,\" Reed said.\n\n"
        "\"I think we ought to start the programme up again. We ended it for nothing,\" she went on.",
        ["Tom Reed", "Anna Berg"]),
    "a clause before a dash introduces a quote as a colon does, but names no bystander": (
        "Debate\n\nSenator Ruth Okafor also embraced the new rules -- \"I think the old ones were a disgrace to us all.\"\n\n"
        "The angriest reply came for Mayor Tom Reed: a post from last week about his budget — "
        "\"When the same problems crop up in every department, the fault lies at the top.\"",
        ["Ruth Okafor", None]),
    "'he' after a new unnamed speaker is that speaker, not someone named before; not the one asked": (
        "Adverts\n\nParty leader Paul Sykes paid for the posters.\n\n"
        "But a party spokesman said the other parties had spent £10m on the last election. "
        "\"With public money, the only way to be heard is to buy the space,\" he added.\n\n"
        "A reporter asked Sykes how he was feeling. He replied: \"The bigger the turnout, the better I feel.\"",
        ["party spokesman", "Paul Sykes"]),
    "a name a participle gives is no one's words, not even the last speaker's; a writing's title is its issuer's": (
        "Schemes\n\nMayor Tom Reed said the city would change. He launched a scheme known as "
        "\"the big clean-up of every street\" on Monday.\n\n"
        "Reed praised the firm, renowned for a culture called \"the long way round to every decision.\"\n\n"
        "Campaign manager Robby Mook released a memo titled \"the facts about where the race stands today.\"",
        [None, None, "Robby Mook"]),
    "a name an agentless passive gives is no one's words; its agent or a phrase it reports is someone's; 'dismissed … as'": (
        "Votes\n\nMayor Tom Reed said the city would change. Ohio ended what had been called the \"long week of "
        "early voting for all,\" on Monday.\n\nReed met Marcel Lazar, known online as \"the man who hacked "
        "every inbox,\" on Monday.\n\nThe practice has been called “strategic ambiguity” by Joshua Hendrick, a professor.\n\n"
        "The inquiry, often labeled as a “witch hunt” by Democrats, goes on.\n\n"
        "The account was branded \"in homage to\" Lazar, Anna Song wrote.\n\n"
        "Hillary Clinton spoke first. Jeff Weaver dismissed that suggestion as a sign of a campaign in \"disarray.\"",
        [None, None, "Joshua Hendrick", "Democrats", "Anna Song", "Jeff Weaver"]),
    "the subject of a passive speech verb is spoken of, and no earlier speaker says what it is called or accused of; 'he's said' is no passive": (
        "Siege\n\nAuthor Mitch Zane spoke on Monday. His book is described on its cover as a “riveting story of heroes "
        "who laid down their lives.”\n\nProfessor Ann Lee said she was glad. She is described as “a proud grandmother "
        "of four and a tireless teacher.”\n\nEver since Tom Reed announced his bid, he's said the same thing at every "
        "stop: “It's not about me, it's about us.”\n\nFull details will not be revealed until a bill is published "
        "“in the next two weeks,” a spokesman said.\n\nCandidate Dan Hall is quitting after being quoted as wanting a "
        "“period of creative destruction in the public services”.\n\nHis deputy was criticised for “stealing from the "
        "poor and giving to the rich for many years”.",
        [None, None, "Tom Reed", "spokesman", "Dan Hall", None]),
    "the subject of a clause deep inside someone's reported words is not the next 'he'": (
        "Budget\n\nShadow chancellor Vince Cable warned the picture was not as rosy as Mr Brown would like to portray it. "
        "“For all his trumpeting of the economy, the record is very mixed,” he said.",
        ["Vince Cable"]),
    "a person brought in by 'there is' is the next 'he'; a second relative clause, a person 'named'": (
        "Critics\n\nBarack Obama himself has made comments supportive of her bid.\n\nThen there's Axelrod.\n\n"
        "“Kind of bewildering as to why she would do that,” he wrote last October.\n\n"
        "Bernie Sanders spoke on Friday. The senator was rallying for a 70-year-old academic named Eric Kingson, "
        "who is running for Congress and who worked the crowd, praising \"Bernie's genuineness and indispensability\" "
        "as he promised to defend Social Security.",
        ["Axelrod", "Eric Kingson"]),
    "a participle whose clause the parse hangs on a verb inside the quote": (
        "Flint\n\nJeff Weaver didn't seem particularly impressed with Sanders' comments Tuesday, telling reporters, "
        "“A lot of people said the governor should resign.”",
        ["Jeff Weaver"]),
    "a name the parse reads as other words": (
        "Parade\n\nThe added security brought controversy, prompting Black Lives Matter, the grand marshal of the parade, "
        "to withdraw. Black Lives Matter issued a statement saying it took the action \"because of the unsafe conditions "
        "created for our communities.\"",
        ["Black Lives Matter"]),
    "a tag verb followed by circumstances, not a participle": (
        "Interview\n\nAnchor Kelly Diaz asked about the polls. \"Can it happen at 45?\"\n\n"
        "\"You know, it happens, right?\" Tom Reed went on, as if he didn't hear her. \"But you have to get over it.\"\n\n"
        "Listeners know the program, \"the morning hour with all of you,\" broadcast on WABC and other stations.",
        ["Kelly Diaz", "Tom Reed", None]),
    "a tag after a quote that breaks off or ends in a quote of its own": (
        "Sponsors\n\nTom Reed ran the foundation. Anna Berg spoke first.\n\n"
        "\"If we lose this one…\" Reed went on.\n\n"
        "\"My father made the donation. That is why he is the 'Title Sponsor,' \" Berg went on.",
        ["Tom Reed", "Anna Berg"]),
    "a message to supporters saying; 'according to' inside someone's reported words": (
        "Results\n\nEven before Sanders took the stage to acknowledge his victory, his campaign sent out a text message "
        "to supporters saying: \"With your help, we were just declared the winner of the primary.\"\n\n"
        "Win Htein, a member of the party's committee, said that according to its analysis, the party has won "
        "82 percent of the vote, but \"we are still counting the seats in every region.\"\n\n"
        "On Monday, Mayor Tom Reed said he was \"happy to see\" that Khan was voted in, according to The New York Times.\n\n"
        "Later Mr Bradshaw was told that according to the ministry's lawyers, chasing animals away was \"not in fact hunting as described in the act\".",
        ["his campaign", "Win Htein", "New York Times", "the ministry's lawyers"]),
    "whose words, whose statement, the owner of a statement": (
        "Votes\n\nRuth Okafor asked if parents would vote for a candidate whose words \"you would not want your children to repeat.\"\n\n"
        "Mayor Tom Reed, whose statement called the plan \"a disgrace to the whole city,\" left early.\n\n"
        "\"The matter is now closed for good,\" the campaign's statement said.",
        ["candidate", "Tom Reed", "campaign"]),
    "a 'he' after reported speech is resolved once every speaker is known, and passes on to the quote that takes its speaker": (
        'Stam ready for Rooney\n\n"There have been chances to confront them, but I turned them down," said Alex Ferguson.\n\n'
        "Wednesday's game will pit Wayne Rooney against the veteran defence of Jaap Stam. Stam says Rooney's stardom is in "
        'stark contrast to his own start in the game. "We can\'t all be Wayne Rooneys," he said. "At his age I was training '
        'to be an electrician."\n\n"It was a different world then."',
        ["Alex Ferguson", "Jaap Stam", "Jaap Stam"]),
    "a pronoun is never the one its own verb addresses ('he told Hannity')": (
        'The wall\n\nDonald Trump spoke in Austin on Wednesday. "We are going to build a wall," Trump said.\n\n'
        "Sean Hannity asked Trump how high the wall would be.\n\n"
        '"I think the height could be 35 to 45 feet," he told Hannity, to cheers from the crowd.',
        ["Donald Trump", "Donald Trump"]),
    "one of several speakers ('Bush and Christie, who say') is not the 'he' that follows": (
        'Rubio upbeat\n\nMarco Rubio said he did "great" in the last debate.\n\n'
        "Speaking on Monday, Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, "
        "who say the freshman senator does not have the experience needed.\n\n"
        'He dismissed critique of his performance, saying that it was his campaign\'s "greatest fundraising night."',
        ["Marco Rubio", "Marco Rubio"]),
    "the subject of someone's reported words is not the 'he' who goes on": (
        "Kennedy on trust\n\nLib Dem leader Charles Kennedy spoke on Channel Five on Monday.\n\n"
        'He said Tony Blair had lost the trust of the British people. "There is a fundamental lack of trust in his government," he said.',
        ["Charles Kennedy"]),
    "words someone is reported not to have used are the reporter's": (
        "Trial\n\nAuditor Cynthia Cooper and former finance chief Scott Sullivan both testified on Monday. "
        'Ms Cooper said Mr Sullivan had not mentioned "anything uncomfortable" about the accounts.',
        ["Cynthia Cooper"]),
    "the subject of a clause of time after the main clause's is not the next 'she'; before it, it can be the next 'he'": (
        "Interview\n\nJuanita Broaddrick spoke on the radio on Sunday. She has gone public with her story again as "
        "Clinton has emerged to play a role in the campaign.\n\n“He called the nursing home that I owned,” she said.\n\n"
        "Argentina\n\nWhen President Nestor Kirchner of Argentina arrived in power he began to negotiate with the utilities. "
        '"We will not raise tariffs," he said.',
        ["Juanita Broaddrick", "Nestor Kirchner"]),
    "with no cue, the one who thinks a clause holds its quote, not the clause's subject": (
        "Regulation\n\nMP Richard Allan spoke on Monday. Mr Allan thinks that the answer could lie somewhere between "
        'the cries of "impossible to regulate" and "just apply the same old laws online".',
        ["Richard Allan"]),
    "'he' after 'the England coach said' is the coach named before, a hyphenated first name and all": (
        "Wright-Phillips to start\n\nEngland coach Sven-Goran Eriksson has revealed Shaun Wright-Phillips will start "
        "against the Netherlands. The England coach said that he had been impressed by Wright-Phillips' form for "
        'Manchester City. "He deserves his chance." And he added that Andy Johnson would also play. '
        '"Johnson was not in my plans a year ago."',
        ["Sven-Goran Eriksson", "Sven-Goran Eriksson"]),
    "a staffer of someone named ('a Jackson lawyer') is not that person; words never used are not said": (
        "Trial\n\nMichael Jackson denies the charges. Ann Kite told the court that a Jackson lawyer had told her the "
        'mother would be made to look like a "crack addict".\n\n'
        "Tories\n\nTory leader Michael Howard set out the choices facing Britain.\n\n"
        'The Tories, he said, can cut crime without asking people to pay more taxes. "We can have progress."',
        ["Jackson lawyer", "Michael Howard"]),
    "a speech noun is described, not quoted, in what someone says it is; after a colon it is quoted": (
        "Tax\n\nCharles Kennedy spoke on Monday. But he criticised the chancellor for failing to address the "
        '"ticking bomb" of council tax revaluation. He said seven million households would pay more. The chancellor\'s '
        'announcement that he would offer a £200 rebate was merely a "sticking plaster" to a much bigger problem.\n\n'
        "Budget\n\nSir Digby Jones said stability was all important. His message to the chancellor was: "
        '"Please don\'t give it away in a pre-election spree." Mr Smith was asked whether he would resign. His reply '
        'was "absolutely not, I have work to do".',
        ["Charles Kennedy", "Charles Kennedy", "Digby Jones", "Smith"]),
    "a quote after someone 'mentioned that' goes on with them": (
        "Debate\n\nModerator Carl Quintanilla seemed taken aback and mentioned that the picture had been on the "
        'company\'s Web site. "Does that not speak to your vetting process?"',
        ["Carl Quintanilla"]),
}


def test_a_speaker_mention_starts_after_a_dash_between_words(nlp):
    # The parse the small model gave a news sentence, written out so that the test does not hang on it.
    words = ["turnout", "was", "low", "-", "Pew", "Research", ":"]
    heads = [1, 1, 5, 5, 5, 1, 1]
    deps = ["nsubj", "ROOT", "amod", "punct", "compound", "attr", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, spaces=[True, True, True, True, True, False, False])
    assert noun_phrase(doc[5]).text == "Pew Research"


def test_who_tells_what_someone_called_something_is_the_channel_not_the_speaker(nlp):
    text = ("Debate\n\nSenator Ruth Okafor spoke on Monday. She noted that Mayor Tom Reed had called the budget "
            "\"a disgrace to the city.\"\n\n"
            "Reed said he was \"proud of every line\" of the budget.")
    _, _, quotes = analysed(text, nlp)
    assert [(q.speaker, q.channel) for q in direct(quotes)] == [("Tom Reed", "Ruth Okafor"), ("Tom Reed", None)]


def test_a_first_name_of_either_gender_in_english_usage_never_rules_a_person_out(nlp):
    text = ("Police\n\nPolice Federation chairman Jan Berry spoke on Monday.\n\n"
            "“They should not be placed in confrontational situations,” she said.")
    assert direct_speakers(text, nlp) == ["Jan Berry"]


def test_a_relative_pronoun_is_the_mention_as_written_and_its_antecedent_speaks(nlp):
    _, _, quotes = analysed("Campaign\n\nJohn Weaver, who said there are “no secrets in politics,” left the campaign.", nlp)
    assert [(q.speaker, q.speaker_mention) for q in quotes if q.kind == "direct"] == [("John Weaver", "who")]


def test_a_poll_relays_what_a_share_of_those_it_asked_said(nlp):
    text = ("Poll\n\nThe council met on Monday. In a Herald-Ipsos poll released on Sunday, 62 percent of voters said the "
            "council was \"out of touch\". In the same poll, 47 percent said they would vote for the mayor again.\n\n"
            "A Gallup poll asked about the budget, and 55 percent said:\n\n\"The budget is fair.\"")
    _, _, quotes = analysed(text, nlp)
    assert [(q.kind, q.speaker, q.channel) for q in quotes] == [
        ("direct", "Herald-Ipsos poll released on Sunday", None), ("direct", "Gallup poll", None), ("indirect", "47 percent", "same poll")]


def test_a_relative_clause_about_quoted_words_names_no_speaker(nlp):
    # 'who reports' and 'that was reported' describe the quoted words; their pronoun is no one.
    text = ("Plan\n\nJane Doe spoke on Monday. She has proposed appointing a \"chief housing inspector\" who reports "
            "directly to the mayor, and called for doubling \"the number of inspectors.\"\n\n"
            "Smith called it a \"clerical error\" that was reported in a \"smear piece\" by the Daily Star.")
    _, _, quotes = analysed(text, nlp)
    assert {q.speaker for q in direct(quotes)} == {"Jane Doe", "Smith"}


def test_two_quotes_of_one_sentence_are_one_utterance_only_around_their_cue(nlp):
    text = ("Loans\n\nSmith said the loan was \"a clerical error, nothing more\". Critics in the party were \"not convinced at "
            "all by the answer\".\n\n\"We filed every form,\" Smith said, \"and we will file them again.\"")
    _, _, quotes = analysed(text, nlp)
    assert [q.text for q in direct(quotes)] == ["a clerical error, nothing more", "not convinced at all by the answer",
                                                "We filed every form, and we will file them again."]


def test_a_name_the_model_runs_into_its_cue_still_names_the_speaker(nlp):
    # The small model tags 'Trump went on' a work of art, and 'Trump' a common noun.
    text = ("Debate\n\nDonald Trump spoke to Megyn Kelly on Monday.\n\n"
            "“You know, it happens, right?” Trump went on, as if he didn’t hear her.")
    assert direct_speakers(text, nlp) == ["Donald Trump"]


# Constructions checked with the words as written too: (text, [(speaker, speaker_mention) of each direct quote]).
AS_WRITTEN_CASES = {
    # reported speech is read after the direct quotes, so this 'he' is settled once every speaker is known
    "he after someone named without a name only in reported speech is that one": (
        "Calls\n\nThe rules on marketing calls apply to politicians. A Labour Party spokesman told the BBC News "
        "website the party avoided those on TPS lists. \"When we ask which party they will vote for, that is not "
        "marketing,\" he said.",
        [("Labour Party spokesman", "he")]),
    "a name ending a subject's 'of' phrase is the next he": (
        "Match\n\nThe two clubs met the Spanish FA on Monday and Astiazaran added: \"We thought about giving the game as "
        "concluded.\" Real Madrid director of sport Emilio Butragueno praised the spectators inside the ground for their "
        "conduct. \"I would like to highlight the behaviour of the fans,\" he said.",
        [("Astiazaran", "Astiazaran"), ("Emilio Butragueno", "he")]),
    "the subject of words reported 'according to' someone is not the next he": (
        "Row\n\nPortsmouth chairman Milan Mandaric said Harry Redknapp had left the club without a word. According to "
        "Mandaric, Redknapp vowed he would not join their South coast rivals when he left Portsmouth. \"I said to "
        "Harry I hope you do not go to Southampton, and he told me absolutely not,\" he said.",
        [("Milan Mandaric", "he")]),
    "a role of several words names the person with that title": (
        "Tories\n\nTory leader Michael Howard has gone on the offensive. Mr Howard spoke on Monday.\n\n"
        "“My parents would have been allowed in,” the Tory leader said.\n\n"
        "Deputy Prime Minister John Prescott spoke too. “It is a disgrace,” the prime minister said.\n\n"
        "Sen. Ted Cruz arrived. “We will win,” the senator said.\n\n"
        "Ray Holt, chairman of the council, stood down. “It was time,” the chairman of the tenants' group said.\n\n"
        "Trump campaign manager Corey Lewandowski denied it. “We did nothing wrong,” the Trump campaign said.\n\n"
        "Hollywood actor Michael Douglas is to star in a film. “I hope to start next year,” the 60-year-old actor said.",
        [("Michael Howard", "Tory leader"), ("prime minister", "prime minister"), ("Ted Cruz", "senator"),
         ("chairman of the tenants' group", "chairman of the tenants' group"),
         ("Trump campaign", "Trump campaign"), ("Michael Douglas", "60-year-old actor")]),
    "a name the model did not tag is the speaker without its description": (
        "Terror\n\nHuman rights watchdog Reporters Without Borders said the arrests were “a disgrace”. "
        "Gloucester director of rugby Nigel Melville said: “We were poor.” BP chief executive Lord Browne said "
        "it was “a good year”. A spokesman for Mr Blair said it was “nonsense”. Lord Walker of Gestingthorpe "
        "said the ruling was “plainly right”. A senior Tory MP said it was “a mess”. A close associate of former "
        "Yukos boss Mikhail Khodorkovsky said it was “fair”.",
        [("Reporters Without Borders", "Human rights watchdog Reporters Without Borders"),
         ("Nigel Melville", "Gloucester director of rugby Nigel Melville"),
         ("Lord Browne", "BP chief executive Lord Browne"),
         ("spokesman for Mr Blair", "spokesman for Mr Blair"),  # on his behalf: not Blair
         ("Lord Walker of Gestingthorpe", "Lord Walker of Gestingthorpe"),
         ("senior Tory MP", "senior Tory MP"),  # a capitalised role is no name
         ("close associate of former Yukos boss Mikhail Khodorkovsky", "close associate of former Yukos boss Mikhail Khodorkovsky")]),
    "he after a name the model did not tag is that name": (
        "Terror\n\nBut Mr Straw denied it amounted to a “constitutional crisis”. But Liberal Democrat peer Lord "
        "Carlile, the government's independent reviewer of anti-terrorism laws, said some detainees could now be "
        "released. He said the ruling was an “embarrassment” for the government.",
        [("Straw", "Mr Straw"), ("Lord Carlile", "He")]),
}


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker_of_each_construction(case, nlp):
    text, speakers = SPEAKER_CASES[case]
    assert direct_speakers(text, nlp) == speakers


@pytest.mark.parametrize("case", AS_WRITTEN_CASES)
def test_speaker_and_words_as_written_of_each_construction(case, nlp):
    text, speakers = AS_WRITTEN_CASES[case]
    assert direct_speakers_as_written(text, nlp) == speakers
