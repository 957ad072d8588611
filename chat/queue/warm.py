"""What a fresh process loads before its first request or job, instead of during it.

Used by gunicorn workers (config/wsgi.py) and by the RQ worker before each fork
(chat/queue/worker.py), so that a forked work horse starts with everything imported: the
URLconf (views, services, retrieval), the tasks (RQ_TASK_MODULES: named in settings, as
nothing below them may import them), wordfreq's word list (read on a
question's first unknown-word check), py3langid's language model (3 s to decompress), and
the modules of the configured chat model and embeddings backends (langchain-openai alone
takes about a second to import), and the chat model itself (0.1 s to validate and build its
HTTP client; no connection is opened before its first answer, so forked horses each open
their own). The embedding model's session is
not: onnxruntime starts threads, which a fork does not carry over.
"""

from importlib import import_module

from django.conf import settings

_warm = False


def warm_up() -> bool:
    """Load all of the above, once; whether this call did."""
    global _warm
    if _warm:
        return False
    from django.urls import get_resolver
    from wordfreq import zipf_frequency

    from chat.backends.embeddings import embeddings_path
    from chat.backends.llm import chat_model_path, get_chat_model
    from chat.languages import detect

    get_resolver().url_patterns  # noqa: B018 - importing the URLconf is the point
    for module in settings.RQ_TASK_MODULES:  # named in settings: nothing below the tasks imports them
        import_module(module)
    zipf_frequency("warm", "en")
    detect("the language model loads in seconds")  # py3langid's model (chat/languages.py)
    for path in (chat_model_path(), embeddings_path()):
        import_module(path.rsplit(".", 1)[0])
    get_chat_model()
    _warm = True
    return True
