"""What went wrong, in words for the person who asked, not for a log reader: the readable
errors services raise, and one line describing any failure (shown on failed jobs and documents)."""

from rq.exceptions import AbandonedJobError
from rq.timeouts import JobTimeoutException


class ReadableError(Exception):
    """Its message is safe and useful to show to users: no stack trace, no secrets.

    `transient` says whether trying again later may succeed (a 429 or 500 from a model
    server, a timeout), as opposed to failing the same way again (a rejected key, a PDF
    that cannot be read).
    """

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


class LimitReached(Exception):
    """A per-user limit refuses the request for now (the API answers 429 with Retry-After)."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotFound(ReadableError):
    """No such thing for this asker: unknown, or in a collection they are not a member of
    (the API answers 404 either way, so non-members learn nothing of what exists)."""


class NotAllowed(ReadableError):
    """A member whose role, or a token whose scope, does not allow this; the message says
    which role or scope it needs (the API answers 403)."""


class Invalid(ReadableError):
    """The request names something it cannot use, e.g. a user who does not exist (400)."""


class Conflict(ReadableError):
    """The request contradicts the current state, e.g. removing a collection's last manager (409)."""


QUEUE_UNAVAILABLE = "The job queue is unavailable; please try again later."


class QueueUnavailable(Exception):
    """Redis could not be reached; the row that tracks the job, if any, was marked failed."""


MEMORY = "The job needed more memory than this server allows and was stopped."


def describe_failure(exc: BaseException) -> str:
    """A one-line reason for the user: readable errors as they are; others in plain words, the
    details (type, message, traceback) for the log only: bad input never reads as a crash."""
    if isinstance(exc, ReadableError):
        return str(exc)
    if isinstance(exc, AbandonedJobError):
        return "The worker running this job stopped before finishing it (it was killed or crashed)."
    if isinstance(exc, JobTimeoutException):
        return "The job took longer than its time limit and was stopped."
    if isinstance(exc, MemoryError):
        return MEMORY
    return f"The job failed on an unexpected error ({type(exc).__name__}); the server log has the details."
