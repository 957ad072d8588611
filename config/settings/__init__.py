"""Settings for pdfchat (DJANGO_SETTINGS_MODULE=config.settings), read from the environment and
an optional `.env` file beside manage.py (real environment variables win over it).

Every knob an operator may need is an environment variable with an embedded default, so
`make run` works on a fresh machine and production only sets what differs. They are listed,
with their defaults and meaning, in docs/configuration.md; tests/docs/test_configuration_doc.py
fails when a variable read here is missing there, or the other way round.

One module per topic; this package only gathers them (Django reads their UPPERCASE names).
Each imports what it needs from another by name (most from base.py), so their order does not
matter:

    base        the environment, var/, DEBUG, the secret key, hosts and HTTPS, Django's apps,
                middleware, templates, static files, logging
    database    DATABASE_URL (SQLite by default, PostgreSQL with pgvector for several hosts)
    api         Django REST framework: sign-in, renderers, the schema (drf-spectacular)
    queues      Redis, the RQ queues (chat, ingest, vectors), job timeouts, retries, fairness,
                the workers' maintenance, a chat job's event stream
    limits      what one request or one user may do: bodies, messages, rate limits, open
                streams, answers in progress, queued questions, document size and quotas
    answering   the chat model (OpenAI-compatible or offline), conversations, answer threads
    ingestion   uploads, PDF text, OCR of scanned pages, chunking
    retrieval   embeddings, the search engine, fusion, the relevance gate
    oidc        sign-in with an OpenID Connect provider, local accounts, the provider's
                access tokens on the API (docs/sso.md)
"""

from config.settings.answering import *  # noqa: F403
from config.settings.api import *  # noqa: F403
from config.settings.base import *  # noqa: F403
from config.settings.database import *  # noqa: F403
from config.settings.ingestion import *  # noqa: F403
from config.settings.limits import *  # noqa: F403
from config.settings.oidc import *  # noqa: F403
from config.settings.queues import *  # noqa: F403
from config.settings.retrieval import *  # noqa: F403
