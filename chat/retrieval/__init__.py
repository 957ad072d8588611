"""Retrieval: a question's search over the chunks (search.py), lexical in the database engine
(engines/) fused with vectors; and the index terms ingestion stores with each chunk (indexing.py)."""
