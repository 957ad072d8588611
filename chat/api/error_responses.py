"""API errors as JSON, translated in one place: DRF's handler (settings EXCEPTION_HANDLER),
plus the services' own errors and the few that Django raises before DRF sees a request."""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, JsonResponse
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler

from chat import errors
from chat.errors import LimitReached, QueueUnavailable, ReadableError
from chat.services.documents import UploadRejected

# The services' refusals about access and state, by the status that says so.
STATUS_OF = {errors.NotFound: 404, errors.NotAllowed: 403, errors.Invalid: 400, errors.Conflict: 409}


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """Each failure a view may meet, as a status and {"detail": "..."}:

    - QueueUnavailable (Redis refused or is down): 503;
    - UploadRejected: its status (400 empty, 413 too large, 415 not a PDF);
    - NotFound (no such id, or in a collection the asker cannot read): 404; NotAllowed (a
      lesser role, saying which one is needed): 403; Invalid (e.g. no such user): 400;
      Conflict (e.g. the last manager): 409;
    - LimitReached (a per-user limit, e.g. queued questions): 429 with Retry-After;
    - any other ReadableError (the model or embeddings server failed; ChatModelError): 502;
    - oversized form data: 413 (Django would answer 400 HTML);
    - anything DRF knows (validation, 401, 404, 429, ...): DRF's answer.
    """
    if isinstance(exc, QueueUnavailable):
        return Response({"detail": str(exc)}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
    if isinstance(exc, UploadRejected):
        return Response({"detail": str(exc)}, status=exc.status_code)
    for kind, code in STATUS_OF.items():
        if isinstance(exc, kind):
            return Response({"detail": str(exc)}, status=code)
    if isinstance(exc, LimitReached):
        return Response(
            {"detail": str(exc)},
            status=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(exc.retry_after)},
        )
    if isinstance(exc, ReadableError):  # the model or embeddings server failed: the message says how
        return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
    if isinstance(exc, RequestDataTooBig | TooManyFieldsSent):
        return Response(
            {"detail": "The request body or one of its form fields is too large."},
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    return exception_handler(exc, context)


def not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    """Django's 404 for paths no route matches, as JSON like the API's own (DEBUG off)."""
    return JsonResponse({"detail": "Not found."}, status=404)
