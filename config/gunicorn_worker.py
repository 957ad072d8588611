"""The gunicorn worker class: uvicorn's, without the ASGI lifespan protocol (Django has none)."""

from uvicorn_worker import UvicornWorker


class Worker(UvicornWorker):
    CONFIG_KWARGS = {**UvicornWorker.CONFIG_KWARGS, "lifespan": "off"}
