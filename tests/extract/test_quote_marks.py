from hypothesis import given, settings, strategies as st

from pipeline.extract.quote_marks import MARKS, find_quoted, is_title_of_work


def texts(paragraphs):
    return [paragraphs[s.paragraph][s.start : s.end] for s in find_quoted(paragraphs)]


def test_straight_and_curly_marks():
    assert texts(['He said "yes, we will" and “no, we won’t” today.']) == ["yes, we will", "no, we won’t"]


def test_multi_paragraph_quote_convention():
    paragraphs = ["“We opened the wall and found damage.", "“We will fix it,” she said.", "Then she left."]
    assert texts(paragraphs) == ["We opened the wall and found damage.", "We will fix it,"]
    assert find_quoted(paragraphs)[0].continues and find_quoted(paragraphs)[1].opened_before


def test_stray_marks_do_not_lose_other_quotes():
    assert texts(["A stray ” mark, then “a real quote here,” he said, and “an unclosed one"]) == ["a real quote here,"]
    assert texts(["He said “first quote.”", "A stray “ opener.", "She said “second quote.”"])[-1] == "second quote."


def test_titles_of_works_are_not_quotes():
    assert is_title_of_work("Gone with the Wind") and not is_title_of_work("We will win.")
    assert texts(['She sang "Let It Be" and said "we loved it."']) == ["we loved it."]


def test_a_title_with_the_comma_inside_its_marks_is_a_title_when_the_words_around_it_say_so():
    announced = [
        "Speaking Sunday on ABC’s “This Week,” Carson admitted the story was wrong.",  # a broadcaster's show
        "He appeared on “Morning Joe,” and said little.",
        "about his upcoming comedy project, “Latin History for Dummies,” the actor said",  # a work noun before it
        "The movie, “13 Hours: The Secret Soldiers of Benghazi,” is based on a book.",
        "the 1969 book titled “The Tragedy of Lyndon Johnson,” which he admired",
        "according to “Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard” by George Anders, she",  # its author after it
        "who also stars in the thriller, “Bloodline,” this year",
    ]
    assert [texts([paragraph]) for paragraph in announced] == [[]] * len(announced)
    # Slogans, chants, headlines and greetings in Title Case are someone's words.
    assert texts(["Protesters were chanting “Dump Trump.” outside."]) == ["Dump Trump."]
    assert texts(["The odds were “50/50,” he said."]) == ["50/50,"]
    assert texts(["Trump posted on Twitter “Thank You Georgia!” after the polls closed."]) == ["Thank You Georgia!"]


def test_a_straight_mark_spaced_after_a_closing_single_mark_closes_the_quote():
    paragraph = "\"This is why he is the 'Title Sponsor,' \" Eric Trump wrote. Then \"another one\" came."
    assert texts([paragraph]) == ["This is why he is the 'Title Sponsor,'", "another one"]


def test_a_quote_of_the_other_kind_inside_a_quote_does_not_close_it_and_is_a_quote_too():
    assert texts(["“He called it \"nonsense\" yesterday,” she said."]) == ['He called it "nonsense" yesterday,', "nonsense"]
    paragraphs = ["\"It is not about “Equal Justice Under Law” anymore.", "\"It is about “the Bathroom Bill,” which we oppose.\"", "Then."]
    assert texts(paragraphs) == ["It is not about “Equal Justice Under Law” anymore.", "It is about “the Bathroom Bill,” which we oppose.",
                                 "the Bathroom Bill,"]  # 'Equal Justice Under Law' is a title
    assert [span.inside for span in find_quoted(paragraphs)] == [False, False, True]


def test_a_stray_outer_mark_keeps_the_quote_inside_it():
    assert texts(["The \"stray mark, then “a real quote,” he said."]) == ["a real quote,"]
    # glued to the real opening mark, even when the next paragraph opens a quote
    paragraphs = ["\"“You don’t win the nomination by states,” Rubio responded.", "“We will,” he added."]
    assert texts(paragraphs) == ["You don’t win the nomination by states,", "We will,"]


MARK_TEXT = st.lists(st.sampled_from(['"', "“", "”", "«", "»", " ", "a", ","]), max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(MARK_TEXT, min_size=1, max_size=4))
def test_any_marks_give_well_formed_spans(paragraphs):
    spans = find_quoted(paragraphs)
    for span in spans:
        text = paragraphs[span.paragraph]
        assert 0 <= span.mark_start < span.start <= span.end <= span.mark_end <= len(text)
        assert text[span.mark_start] in MARKS and text[span.start : span.end].strip()
        if span.inside:  # within a quote of the same paragraph that is not itself inside one
            assert any(not outer.inside and outer.paragraph == span.paragraph and outer.mark_start < span.mark_start
                       and span.mark_end <= outer.mark_end for outer in spans)
