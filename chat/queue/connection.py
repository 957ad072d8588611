"""The django-rq queues and their Redis client, one client per process and URL.

django-rq builds a new Redis client (and TCP connection) on every `get_queue` call; on the
request path that cost about a millisecond per request, so the client is reused here.
"""

from functools import cache

import django_rq
from django.conf import settings
from redis import Redis
from rq import Queue


def connection(queue: str) -> Redis:
    """The Redis client for `queue`, shared by this process."""
    return _client(settings.RQ_QUEUES[queue]["URL"])


def get_queue(name: str) -> Queue:
    return django_rq.get_queue(name, connection=connection(name))


@cache
def _client(url: str) -> Redis:
    return Redis.from_url(url)
