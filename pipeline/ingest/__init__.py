"""Reading raw files: discover -> read -> decode -> parse into RawArticle records."""
