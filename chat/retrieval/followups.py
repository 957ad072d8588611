"""Follow-up questions without a model: what retrieval searches for.

Retrieval that sees only the last message finds nothing for "How do I turn it on?". With a
model configured, the follow-up is rewritten into a standalone question (one short call,
`ChatModel.standalone_question`). Offline there is nothing to rewrite with, so a follow-up
is searched together with the previous question's search query, its own terms counted
twice: what "it" refers to comes along, and a follow-up that names a topic of its own
("What does HISTSIZE set?") still ranks by that topic first. The chain is cut at
FOLLOWUP_QUERY_CHARS, newest first.

Measured by bench/followups.py (10 pairs on the dev PDFs): follow-ups that need the
conversation went from MRR 0.389 asked alone to 0.833 with BM25 (0.306 to 0.667 with
vectors); ones that change the subject from 0.508 to 0.467 (0.438 to 0.417). A rule that
searched a follow-up alone when it was covered on its own scored 0.556 and 0.508 (BM25).

What the gate then judges is the combined query: a follow-up naming something the
documents never mention is still refused (unknown_words.py), but one made only of common
words is judged together with the previous question's terms.
"""

FOLLOWUP_QUERY_CHARS = 600


def topic_first(*, query: str, topic: str) -> str:
    """A follow-up's query with its topic (the earlier query) leading: for a follow-up whose own
    words found nothing together with the topic's ("How do I turn it on?": "turn" stands in
    chunks that never say "pipefail"), the topic's pages are what it asks about."""
    topic = topic[:FOLLOWUP_QUERY_CHARS]
    return f"{topic}\n{topic}\n{query}"[:FOLLOWUP_QUERY_CHARS]


def combined_query(*, question: str, previous_query: str) -> str:
    """The query to search for `question`, asked after a question searched as `previous_query`."""
    if not previous_query.strip():
        return question
    # Cut before joining: only the first FOLLOWUP_QUERY_CHARS count, however long the messages.
    question, previous_query = question[:FOLLOWUP_QUERY_CHARS], previous_query[:FOLLOWUP_QUERY_CHARS]
    return f"{question}\n{question}\n{previous_query}"[:FOLLOWUP_QUERY_CHARS]
