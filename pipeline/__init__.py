"""News articles to a validated dataset: raw files -> articles, quotes, entities, links, rejects."""

# Bump when a change to reading, normalising or extraction changes the rows produced: every
# article is then reprocessed and the Dagster code version marks the tables stale.
EXTRACTION_VERSION = "103"
