"""HTML pages outside the API: the home page and the favicon.

The home page is where the admin's "View site" link and a browser's first visit land; it
points at what there is to use (a later issue replaces it with the chat page).
"""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico whatever the page says; the icon is a static file."""
    return HttpResponseRedirect(static("chat/favicon.svg"))
