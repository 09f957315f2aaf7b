"""Extraction from normalised articles: links (pure text), entities and quotes (spaCy)."""
