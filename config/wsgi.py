"""WSGI entry point, used by gunicorn (`gunicorn config.wsgi`).

Django imports the URLconf (and with it the views, services and retrieval) on the first
request, and wordfreq reads its word list on the first question: 300-400 ms that a fresh
gunicorn worker's first user would wait (bench.scale, "first answer, cold worker").
Both happen here instead, when the worker starts, with the model backends' imports (chat/queue/warm.py).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()


from chat.queue.warm import warm_up  # noqa: E402 - needs the application's settings

warm_up()
