"""The chat model (any OpenAI-compatible server, or the offline extractive answerer), its
retries, conversations, and the threads answers are written in. docs/configuration.md:
"The chat model", "Conversations", "Answer threads"."""

from config.settings.base import env

OPENAI_API_KEY = env.str("OPENAI_API_KEY", default="")
OPENAI_BASE_URL = env.str("OPENAI_BASE_URL", default="") or None
OPENAI_CHAT_MODEL = env.str("OPENAI_CHAT_MODEL", default="gpt-5")
OPENAI_TIMEOUT = env.float("OPENAI_TIMEOUT", default=60.0)
OPENAI_MAX_RETRIES = env.int("OPENAI_MAX_RETRIES", default=2)
# Backoff between those retries: base, doubled each time, capped (chat/backends/openai_client.py).
OPENAI_RETRY_BASE_DELAY = env.float("OPENAI_RETRY_BASE_DELAY", default=1.0)
OPENAI_RETRY_MAX_DELAY = env.float("OPENAI_RETRY_MAX_DELAY", default=20.0)

# Which chat backend answers: "auto" picks OpenAI when OPENAI_API_KEY is set and the
# offline extractive backend otherwise; a dotted path to a class picks that class.
CHAT_BACKEND = env.str("CHAT_BACKEND", default="auto")

# Conversations: how much of a thread the answer sees (the newest turns that fit), and when
# `manage.py purge_conversations` deletes one nobody wrote in.
CONVERSATION_HISTORY_TURNS = env.int("CONVERSATION_HISTORY_TURNS", default=6)
CONVERSATION_HISTORY_CHARS = env.int("CONVERSATION_HISTORY_CHARS", default=6000)
CONVERSATION_IDLE_DAYS = env.int("CONVERSATION_IDLE_DAYS", default=90)

# Threads a web process writes streamed answers in (/chat/stream, /v1/chat/completions):
# mostly waiting on the model, with no database connection meanwhile; of all threads of a
# process, SEARCH_THREADS search at once (searching is CPU work under the GIL).
STREAM_THREADS = env.int("STREAM_THREADS", default=200)
SEARCH_THREADS = env.int("SEARCH_THREADS", default=2)
