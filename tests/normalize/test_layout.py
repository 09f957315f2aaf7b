from pipeline.normalize.layout import split_blocks, split_layout


def test_hard_wraps_are_undone_and_blank_lines_separate_paragraphs():
    layout = split_layout("The first paragraph is long enough to be wrapped by the editor that\nsaved it.\n\nSecond   paragraph.\n")
    assert layout.paragraphs == ["The first paragraph is long enough to be wrapped by the editor that saved it.", "Second paragraph."]


def test_lines_longer_than_a_screen_are_paragraphs_even_between_blank_lines():
    long = "Donald Trump said on Monday that he was unlikely to have a good relationship with the British prime minister, David Cameron."
    text = (f"Title\n\n{long}\n“It looks like we’re not going to have a very good relationship,” he said.\n{long}\n"
            "Jane Roe / AFP\n\nMaria Lopez, 34, Houston\n“I was told to go back to my country.”")
    layout = split_layout(text)
    assert layout.paragraphs == [
        "Title", long, "“It looks like we’re not going to have a very good relationship,” he said.",
        "Maria Lopez, 34, Houston", "“I was told to go back to my country.”"]
    assert (layout.caption, layout.photo_credit) == (long, "Jane Roe / AFP")


def test_text_without_blank_lines_has_one_paragraph_per_line():
    assert split_blocks("One.\nTwo.\n") == [["One."], ["Two."]]


def test_caption_with_credit_related_and_url_lines_leave_the_body():
    text = ("The mayor speaks at a rally on Monday.\nJane Roe / AFP\n\nThe story starts here.\n\n"
            "Related article: Mayor Wins Vote\n\nhttps://example.com/2024/01/02/mayor-wins-vote\n\nIt ends here.")
    layout = split_layout(text)
    assert layout.caption == "The mayor speaks at a rally on Monday."
    assert layout.photo_credit == "Jane Roe / AFP"
    assert layout.related_titles == ["Mayor Wins Vote"]
    assert layout.url_lines == ["https://example.com/2024/01/02/mayor-wins-vote"]
    assert layout.paragraphs == ["The story starts here.", "It ends here."]


def test_headline_byline_and_dateline():
    layout = split_layout("Storm hits coast\n\nBy Ann Lee and Bo Chen\n\nMIAMI (AP) - A storm hit the coast on Monday night.", headline_line=True)
    assert layout.title == "Storm hits coast"
    assert layout.authors == ["Ann Lee", "Bo Chen"]
    assert layout.dateline == "MIAMI (AP)"
    assert layout.paragraphs == ["A storm hit the coast on Monday night."]


def test_a_sentence_is_never_taken_for_a_headline():
    layout = split_layout("This is a sentence.\n\nAnother one.", headline_line=True)
    assert layout.title is None and len(layout.paragraphs) == 2


def test_headline_is_kept_verbatim_and_may_end_in_an_ellipsis():
    layout = split_layout("Rivals of the £400 Apple...\n\nThe Mac mini is cheap.", headline_line=True)
    assert layout.title == "Rivals of the £400 Apple..."
    assert split_layout("Job cuts  - TUC\n\nText here.", headline_line=True).title == "Job cuts  - TUC"
