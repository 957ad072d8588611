"""Errors whose message is written for the person who asked, not for a log reader."""


class ReadableError(Exception):
    """Its message is safe and useful to show to users: no stack trace, no secrets."""


def describe_failure(exc: BaseException) -> str:
    """A one-line reason for the user: readable errors as they are; others get their type."""
    if isinstance(exc, ReadableError):
        return str(exc)
    detail = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
