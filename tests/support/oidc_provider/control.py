"""Test-control endpoints of the test OpenID Connect provider: the fixture (fixture.py) makes
users and OAuth applications and mints access tokens through them, over HTTP, since the
provider's database belongs to its own process. Every request must carry the header
X-Test-Control-Secret equal to OIDC_PROVIDER_CONTROL_SECRET; bodies and answers are JSON.

- POST /test/users  {username, password?, email?, email_verified?, groups?, name?}: create or
  update a user; omitted fields keep their value. Answers {username, sub, email, groups, ...}.
- POST /test/users/<username>/groups  {groups}: set exactly these groups (404 if no such user).
- POST /test/clients  {client_id, client_secret?, redirect_uris, post_logout_redirect_uris?,
  confidential?, skip_authorization?, name?}: create or update an application (authorization
  code grant, RS256 ID tokens). The secret is stored hashed, as DOT does by default.
- POST /test/mint  {sub, aud, groups?, expires_in?, scope?, claims?}: a JWT access token signed
  with the provider's key; expires_in may be negative (an expired token).
- POST /test/clock  {skew}: the ID tokens it issues from now on are dated `skew` seconds ahead
  (negative: behind), as by a provider whose clock is off; 0 puts it right.
"""

import functools
import hmac
import json
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from oauth2_provider.models import get_application_model

from tests.support.oidc_provider import tokens
from tests.support.oidc_provider.models import Profile
from tests.support.oidc_provider.validators import clock_skew_file, email_verified, group_names

SECRET_HEADER = "X-Test-Control-Secret"
View = Callable[..., HttpResponse]


def control_endpoint(view: View) -> View:
    """POST only, no CSRF, the shared secret required, a JSON body parsed into `body`."""

    @csrf_exempt
    @require_POST
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        given = request.headers.get(SECRET_HEADER, "")
        if not settings.CONTROL_SECRET or not hmac.compare_digest(given, settings.CONTROL_SECRET):
            return JsonResponse({"error": f"missing or wrong {SECRET_HEADER}"}, status=403)
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return JsonResponse({"error": "the body is not JSON"}, status=400)
        if not isinstance(body, dict):
            return JsonResponse({"error": "the body must be a JSON object"}, status=400)
        try:
            return view(request, body, *args, **kwargs)
        except KeyError as missing:
            return JsonResponse({"error": f"missing field {missing}"}, status=400)
        except ValidationError as invalid:
            return JsonResponse({"error": invalid.message_dict}, status=400)

    return wrapper


def _user_json(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "sub": str(user.pk),
        "email": user.email,
        "email_verified": email_verified(user),
        "name": user.get_full_name(),
        "groups": group_names(user),
    }


def _set_groups(user: User, names: list[str]) -> None:
    user.groups.set([Group.objects.get_or_create(name=name)[0] for name in names])


@control_endpoint
@transaction.atomic
def users(request: HttpRequest, body: dict[str, Any]) -> HttpResponse:
    user, created = User.objects.get_or_create(username=body["username"])
    if "password" in body:
        user.set_password(body["password"])
    elif created:
        user.set_unusable_password()
    if "email" in body:
        user.email = body["email"]
    if "name" in body:
        user.first_name, _, user.last_name = body["name"].partition(" ")
    user.save()
    profile, _ = Profile.objects.get_or_create(user=user)
    if "email_verified" in body:
        profile.email_verified = bool(body["email_verified"])
        profile.save()
    if "groups" in body:
        _set_groups(user, body["groups"])
    return JsonResponse(_user_json(user), status=201 if created else 200)


@control_endpoint
@transaction.atomic
def user_groups(request: HttpRequest, body: dict[str, Any], username: str) -> HttpResponse:
    user = User.objects.filter(username=username).first()
    if user is None:
        return JsonResponse({"error": f"no user {username!r}"}, status=404)
    _set_groups(user, body["groups"])
    return JsonResponse(_user_json(user))


@control_endpoint
@transaction.atomic
def clients(request: HttpRequest, body: dict[str, Any]) -> HttpResponse:
    Application = get_application_model()
    app = Application.objects.filter(client_id=body["client_id"]).first()
    created = app is None
    if created:
        app = Application(client_id=body["client_id"])
    confidential = body.get("confidential", True)
    app.name = body.get("name", body["client_id"])
    app.client_type = Application.CLIENT_CONFIDENTIAL if confidential else Application.CLIENT_PUBLIC
    app.authorization_grant_type = Application.GRANT_AUTHORIZATION_CODE
    app.algorithm = Application.RS256_ALGORITHM
    app.redirect_uris = " ".join(body["redirect_uris"])
    app.post_logout_redirect_uris = " ".join(body.get("post_logout_redirect_uris", []))
    app.skip_authorization = body.get("skip_authorization", True)
    if "client_secret" in body:
        app.client_secret = body["client_secret"]
        app.hash_client_secret = True
    app.full_clean(exclude=["user", "client_secret"])
    app.save()
    return JsonResponse(
        {
            "client_id": app.client_id,
            "confidential": confidential,
            "redirect_uris": app.redirect_uris.split(),
            "post_logout_redirect_uris": app.post_logout_redirect_uris.split(),
            "skip_authorization": app.skip_authorization,
        },
        status=201 if created else 200,
    )


@control_endpoint
def mint(request: HttpRequest, body: dict[str, Any]) -> HttpResponse:
    extra = dict(body.get("claims", {}))
    if "scope" in body:
        extra["scope"] = body["scope"]
    claims = tokens.access_token_claims(
        request,
        sub=str(body["sub"]),
        aud=body["aud"],
        expires_in=int(body.get("expires_in", 300)),
        groups=body.get("groups"),
        **extra,
    )
    return JsonResponse({"access_token": tokens.sign(claims), "claims": claims})


@control_endpoint
def clock(request: HttpRequest, body: dict[str, Any]) -> HttpResponse:
    skew = int(body["skew"])
    clock_skew_file().write_text(str(skew))
    return JsonResponse({"skew": skew})
