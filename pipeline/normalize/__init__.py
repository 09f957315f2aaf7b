"""Turning a RawArticle into an Article: the roles of its paragraphs and its metadata."""
