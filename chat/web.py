"""The web pages: the chat page at `/`, the PDF viewer, and the favicon.

The chat page is a template and one script (chat/static/chat/app.js) that uses the same
REST API and streams as any client, signed in with Django's session (and its CSRF token).
When sign-in is required (API_AUTH_REQUIRED), a visitor goes to Django's login page first.
The viewer shows one of the user's PDFs at a cited page with the passage highlighted
(PDF.js, vendored in chat/static/chat/vendor/pdfjs); the bytes come from
`GET /documents/{id}/file`, which serves only the members of its collection, and on a scanned
page the passage is found among the words OCR read there (`GET /documents/{id}/pages/{n}/words`).
"""

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import ensure_csrf_cookie

from chat.errors import NotFound
from chat.selectors.access import Asker, document_for

HIGHLIGHT_CHARS = 600


class LoginView(auth_views.LoginView):
    """Django's login page, which also says how to get a first user when there is none. With
    OIDC_ISSUER set it offers "Sign in with <OIDC_PROVIDER_NAME>" (chat/web_oidc.py); with
    LOCAL_ACCOUNTS off it has no password form and refuses a password sent anyway (superusers
    still sign in to /admin/ with one: docs/sso.md)."""

    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.LOCAL_ACCOUNTS:
            messages.error(request, f"Sign-in with a password is off here: sign in with {settings.OIDC_PROVIDER_NAME}.")
            return self.render_to_response(self.get_context_data(), status=403)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs: object) -> dict:
        single_sign_on = bool(settings.OIDC_ISSUER)
        return super().get_context_data(**kwargs) | {
            "no_users": not single_sign_on and not User.objects.exists(),
            "local_accounts": settings.LOCAL_ACCOUNTS,
            "single_sign_on": single_sign_on,
            "provider_name": settings.OIDC_PROVIDER_NAME,
        }


@ensure_csrf_cookie
def home(request: HttpRequest) -> HttpResponse:
    if settings.API_AUTH_REQUIRED and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = {"auth_required": settings.API_AUTH_REQUIRED, "message_max_chars": settings.CHAT_MESSAGE_MAX_CHARS}
    return render(request, "home.html", context)


def viewer(request: HttpRequest, document_id: uuid.UUID) -> HttpResponse:
    """`?page=N&highlight=text&back=/path`: the document at page N, `text` highlighted there."""
    if settings.API_AUTH_REQUIRED and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    asker = Asker(user=request.user if request.user.is_authenticated else None)
    try:
        document = document_for(asker=asker, document_id=document_id)
    except NotFound:  # a page for a person, not the API's JSON 404
        return render(request, "document_not_found.html", status=404)
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    back = request.GET.get("back", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = reverse("home")
    page = min(page, document.pages_total or page)
    context = {
        "title": document.title,
        "file_url": reverse("document-file", kwargs={"document_id": document.id}),
        # A scanned page has no text layer: the passage is looked for among the words OCR found.
        "words_url": reverse("document-page-words", kwargs={"document_id": document.id, "number": page}),
        "page": page,
        "highlight": request.GET.get("highlight", "")[:HIGHLIGHT_CHARS],
        "back_url": back,
    }
    return render(request, "viewer.html", context)


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico whatever the page says; the icon is a static file."""
    return HttpResponseRedirect(static("chat/favicon.svg"))
