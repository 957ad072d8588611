"""Who may call what, as a matrix generated from the code's own routes: every API operation the
schema generator finds (DRF views, the streams and /v1 included) is tried anonymously and as a
user who does not own the objects in its path. A route added later is in the matrix at once,
and a route outside the API must be classified here, or the test fails."""

import uuid

import pytest
from django.contrib.auth.models import User
from django.urls import URLPattern, URLResolver, get_resolver
from drf_spectacular.generators import EndpointEnumerator
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from chat.models import ChatJob, Conversation, Document
from chat.queue import events as job_events

# The only operations anyone may call: the API's description, its docs page and the health probe.
PUBLIC = {("GET", "/schema"), ("GET", "/docs"), ("GET", "/health")}
# Top-level routes that are not API operations, by what guards them.
PAGES = {"": "sign-in", "favicon.ico": "public", "documents/<uuid:document_id>/view": "sign-in"}
PAGE_PREFIXES = {"accounts/": "sign-in pages", "admin/": "staff", "django-rq/": "staff"}
BODIES = {
    "/chat/sync": {"message": "hi"},
    "/chat/async": {"message": "hi"},
    "/chat/stream": {"message": "hi"},
    "/v1/chat/completions": {"messages": [{"role": "user", "content": "hi"}]},
}

pytestmark = pytest.mark.django_db(transaction=True)  # the streams run in threads, on their own connections


def api_operations() -> list[tuple[str, str]]:
    return [(method, path) for path, _, method, _ in EndpointEnumerator().get_api_endpoints()]


def call(client: APIClient, method: str, path: str, ids: dict[str, str]):
    url = path.format(**ids)
    if method in ("POST", "PUT", "PATCH"):
        return getattr(client, method.lower())(url, BODIES.get(path, {}), format="json")
    return getattr(client, method.lower())(url)


@pytest.fixture
def world(settings, media_root):
    """Alice owns one of everything; Bob owns nothing of hers."""
    settings.API_AUTH_REQUIRED = True
    alice, bob = User.objects.create(username="alice"), User.objects.create(username="bob")
    (media_root / "documents").mkdir(parents=True, exist_ok=True)
    (media_root / "documents" / "none.pdf").write_bytes(b"%PDF-1.4\n")
    document = Document.objects.create(
        owner=alice, title="t", filename="t.pdf", file="documents/none.pdf", sha256="0" * 64, size_bytes=1
    )
    job = ChatJob.objects.create(owner=alice, message="q", status=ChatJob.Status.FINISHED, answer="a")
    job_events.append(job_id=str(job.id), type="done", data={"answer": "a", "sources": []})
    conversation = Conversation.objects.create(owner=alice)
    ids = {"document_id": str(document.id), "job_id": str(job.id), "conversation_id": str(conversation.id)}
    clients = {}
    for user in (alice, bob):
        clients[user.username] = APIClient()
        clients[user.username].credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return ids, clients


def test_the_matrix_covers_the_streams_and_v1():
    operations = set(api_operations())
    assert {("POST", "/chat/stream"), ("GET", "/chat/jobs/{job_id}/events"), ("POST", "/v1/chat/completions")} <= (
        operations
    )


@pytest.mark.parametrize(("method", "path"), api_operations())
def test_anonymous_callers_get_401_everywhere_but_the_public_routes(world, method, path):
    ids, _ = world
    response = call(APIClient(), method, path, ids)
    if (method, path) in PUBLIC:
        assert response.status_code == 200
    else:
        assert response.status_code == 401, (method, path, response.status_code)


@pytest.mark.parametrize(("method", "path"), [op for op in api_operations() if "{" in op[1]])
def test_another_users_objects_are_404_and_the_owners_are_not(world, method, path):
    ids, clients = world
    assert call(clients["bob"], method, path, ids).status_code == 404, (method, path)
    if method != "DELETE":  # the owner's own DELETE would remove what the other rows need
        assert call(clients["alice"], method, path, ids).status_code != 404, (method, path)


@pytest.mark.parametrize(("method", "path"), [op for op in api_operations() if "{" in op[1]])
def test_unknown_ids_are_404(world, method, path):
    ids, clients = world
    unknown = {name: str(uuid.uuid4()) for name in ids}
    assert call(clients["alice"], method, path, unknown).status_code == 404, (method, path)


def test_every_route_outside_the_api_is_classified():
    api_prefixes = {path.strip("/").split("/")[0] for _, path in api_operations()}
    unclassified = []
    for pattern in get_resolver().url_patterns:
        route = str(pattern.pattern).lstrip("^").rstrip("$")
        first = route.split("/")[0].strip("(?P<>)")
        if isinstance(pattern, URLPattern) and route in PAGES:
            continue
        if any(route.startswith(prefix) for prefix in PAGE_PREFIXES):
            continue
        if isinstance(pattern, URLResolver | URLPattern) and (first in api_prefixes or route == ""):
            continue  # the API's own routes (the router's are included at "")
        unclassified.append(route)
    assert unclassified == [], "classify these routes in tests/api/test_access_matrix.py"


def test_pages_ask_for_sign_in_and_staff_pages_for_staff(world):
    anonymous = APIClient()
    assert anonymous.get("/").status_code == 302
    assert anonymous.get(f"/documents/{uuid.uuid4()}/view").status_code == 302
    for staff_only in ("/admin/", "/django-rq/"):
        response = anonymous.get(staff_only)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    bob = User.objects.get(username="bob")
    signed_in = APIClient()
    signed_in.force_login(bob)
    assert signed_in.get("/django-rq/").status_code == 302  # signed in is not staff
