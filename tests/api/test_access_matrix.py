"""Who may call what (docs/access.md), as a matrix generated from the code's own routes.

Rows: every API operation the schema generator finds in the URL conf (DRF views, the streams
and /v1 included), every page outside the API, and every staff page of the admin and the
queue dashboard. Columns: every kind of caller (CALLERS): anonymous; signed-in users who are
the collection's viewer, editor or manager, a member of nothing (also a staff user), the
owner of the chat job and conversation; and that owner's API tokens: with every scope, with
one scope only, limited to another collection, expired, revoked; and the OpenID Connect
provider's access tokens for that owner (OIDC_API_AUDIENCE), valid and expired, minted by the
real test provider (tests/support/oidc_provider/), which the module starts.

The expected answer of each cell comes from the ROUTES table below (the "needs" column of
docs/access.md's Routes table) and a few rules (`expected`): a non-member gets 404 for
anything in the collection and a 200 list that does not show it; a lesser role 403 naming
the role needed; a token without the scope 403 naming the scope; an expired or revoked token
401; a token on /tokens 403. A provider's access token may do what a token with every scope
may. An operation or URL pattern with no entry fails the test, so a
route added later cannot go unchecked.

Each row is a test: its world is made and committed (the streams answer in threads, on their
own database connections), and its cells are tried in turn, a cell that deletes or adds
something with fresh objects of its own, so the cells do not depend on each other's order.
"""

import io
import itertools
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth.models import Group, User
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils import timezone
from drf_spectacular.generators import EndpointEnumerator
from rest_framework.test import APIClient

from chat.api.permissions import SESSION_ONLY
from chat.backends import oidc
from chat.models import ApiToken, ChatJob, Collection, Conversation, Document, OidcIdentity, Role
from chat.selectors.access import Asker
from chat.services import collections as collection_services
from chat.services import tokens as token_services
from chat.services.default_collections import personal_collection
from tests.support.factories import REFCARD_TEXTS, DocumentFactory, small_pdf
from tests.support.oidc_provider.fixture import OIDCProvider, oidc_provider  # noqa: F401
from tests.support.pdfs import REFCARD_QUESTION

ASK, UPLOAD, MANAGE = "ask", "upload", "manage"  # as clients write them (POST /tokens)
VIEWER, EDITOR, MANAGER = "viewer", "editor", "manager"
SHARED = "Shared"


# --- The callers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Caller:
    """Who calls: a user's signed-in session, one of the owner's tokens, or nobody."""

    name: str
    user: str | None = None  # whose session (or token)
    token: str | None = None  # which of the owner's tokens (TOKENS), if not a session


# The owner's tokens: their scopes, and what else sets them apart.
TOKENS = {
    "all-scopes": {"scopes": [ASK, UPLOAD, MANAGE]},
    "ask-only": {"scopes": [ASK]},
    "upload-only": {"scopes": [UPLOAD]},
    "manage-only": {"scopes": [MANAGE]},
    "other-collection": {"scopes": [ASK, UPLOAD, MANAGE], "elsewhere": True},  # limited to the owner's personal one
    "expired": {"scopes": [ASK, UPLOAD, MANAGE], "expired": True},
    "revoked": {"scopes": [ASK, UPLOAD, MANAGE], "revoked": True},
}
# The OpenID Connect provider's access tokens for the owner (chat/api/provider_tokens.py).
PROVIDER_TOKENS = {
    "provider": {"scopes": [ASK, UPLOAD, MANAGE]},
    "provider-expired": {"scopes": [ASK, UPLOAD, MANAGE], "provider_expired": True},
}
PROVIDER_AUDIENCE, OWNER_SUBJECT = "pdfchat-api", "alice-at-the-provider"
OWNER = "alice"  # manages Shared (she made it); owns the chat job and the conversation
ROLE_OF = {"alice": MANAGER, "bob": VIEWER, "carol": EDITOR, "dave": MANAGER}  # in Shared
CALLERS = [
    Caller("anonymous"),
    Caller("owner", user="alice"),
    Caller("viewer", user="bob"),
    Caller("editor", user="carol"),
    Caller("manager", user="dave"),
    Caller("non-member", user="erin"),
    Caller("staff", user="sam"),  # is_staff, a member of nothing
    *(Caller(f"{name}-token", user=OWNER, token=name) for name in TOKENS),
    *(Caller(f"{name}-access-token", user=OWNER, token=name) for name in PROVIDER_TOKENS),
]


# --- What each operation needs ----------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """What an operation needs, as docs/access.md's Routes table says.

    `needs`: "public" (anyone), "sign-in" (any signed-in caller; collection-less), "owner"
    (the caller's own object: a job, a conversation, a token), or the role needed in Shared.
    `scope`: the token scope it needs; None: a signed-in session only (no token).
    `ok`: its success status. `lists`: for a list, which id of the world it shows when the
    caller may see it ("document", "collection": readers of Shared; "conversation", "token":
    the owner). `authenticates`: a bad token is refused (401), as everywhere but /health.
    """

    needs: str
    scope: str | None = ASK
    ok: int = 200
    lists: str | None = None
    authenticates: bool = True


ROUTES: dict[tuple[str, str], Rule] = {
    ("GET", "/health"): Rule("public", authenticates=False),
    ("GET", "/schema"): Rule("public"),
    ("GET", "/docs"): Rule("public"),
    ("GET", "/collections"): Rule("sign-in", lists="collection"),
    ("POST", "/collections"): Rule("sign-in", scope=MANAGE, ok=201),
    ("GET", "/collections/{collection_id}"): Rule(VIEWER),
    ("PATCH", "/collections/{collection_id}"): Rule(MANAGER, scope=MANAGE),
    ("DELETE", "/collections/{collection_id}"): Rule(MANAGER, scope=MANAGE, ok=204),
    ("GET", "/collections/{collection_id}/members"): Rule(VIEWER),
    ("POST", "/collections/{collection_id}/members"): Rule(MANAGER, scope=MANAGE, ok=201),
    ("DELETE", "/collections/{collection_id}/members/{username}"): Rule(MANAGER, scope=MANAGE, ok=204),
    ("DELETE", "/collections/{collection_id}/groups/{group}"): Rule(MANAGER, scope=MANAGE, ok=204),
    ("GET", "/collections/{collection_id}/audit"): Rule(MANAGER, scope=MANAGE),
    ("GET", "/documents"): Rule("sign-in", lists="document"),
    ("POST", "/documents"): Rule(EDITOR, scope=UPLOAD, ok=202),
    ("GET", "/documents/{document_id}"): Rule(VIEWER),
    ("DELETE", "/documents/{document_id}"): Rule(EDITOR, scope=UPLOAD, ok=204),
    ("GET", "/documents/{document_id}/file"): Rule(VIEWER),
    ("GET", "/documents/{document_id}/pages/{number}/words"): Rule(VIEWER),
    ("POST", "/chat/sync"): Rule(VIEWER),  # each asks with collection_ids: [Shared]
    ("POST", "/chat/async"): Rule(VIEWER, ok=202),
    ("POST", "/chat/stream"): Rule(VIEWER),
    ("POST", "/v1/chat/completions"): Rule(VIEWER),
    ("GET", "/v1/models"): Rule("sign-in"),
    ("GET", "/chat/jobs/{job_id}"): Rule("owner"),
    ("GET", "/chat/jobs/{job_id}/events"): Rule("owner"),
    ("GET", "/conversations"): Rule("sign-in", lists="conversation"),
    ("GET", "/conversations/{conversation_id}"): Rule("owner"),
    ("DELETE", "/conversations/{conversation_id}"): Rule("owner", ok=204),
    ("GET", "/tokens"): Rule("sign-in", scope=None, lists="token"),
    ("POST", "/tokens"): Rule("sign-in", scope=None, ok=201),
    ("DELETE", "/tokens/{token_id}"): Rule("owner", scope=None, ok=204),
}


@dataclass(frozen=True)
class Expect:
    """The documented answer of a cell."""

    status: int
    detail: str | None = None  # a 403's or 401's message contains this
    shows: bool | None = None  # a list shows the world's id (Rule.lists)


def expected(rule: Rule, caller: Caller) -> Expect:
    """The answer docs/access.md promises this caller."""
    options = {**TOKENS, **PROVIDER_TOKENS}.get(caller.token, {})
    bad_token = bool(options.get("expired") or options.get("revoked") or options.get("provider_expired"))
    if rule.needs == "public":  # the API's description and docs still authenticate a token sent
        return Expect(401 if bad_token and rule.authenticates else 200)
    if caller.user is None:
        return Expect(401, "credentials were not provided")
    if options.get("expired"):
        return Expect(401, f"the API token {caller.token!r} expired")
    if options.get("provider_expired"):
        return Expect(401, "The access token expired at")
    if options.get("revoked"):
        return Expect(401, f"the API token {caller.token!r} was revoked")
    if caller.token is not None and rule.scope is None:
        return Expect(403, SESSION_ONLY)
    if caller.token is not None and rule.scope not in options["scopes"]:
        has = ", ".join(options["scopes"])
        return Expect(403, f"This needs an API token with the {rule.scope!r} scope; this token has: {has}.")
    role = None if options.get("elsewhere") else ROLE_OF.get(caller.user)
    if rule.needs == "sign-in":
        reads = {"collection": role is not None, "document": role is not None}
        shows = reads.get(rule.lists, caller.user == OWNER) if rule.lists else None
        return Expect(rule.ok, shows=shows)
    if rule.needs == "owner":
        return Expect(rule.ok) if caller.user == OWNER else Expect(404)
    if role is None:
        return Expect(404)
    if Role.rank(role) < Role.rank(rule.needs):
        return Expect(403, f"This needs the {rule.needs} role in collection {SHARED!r}; you are a {role} there.")
    return Expect(rule.ok)


# --- The world --------------------------------------------------------------------------------


@dataclass
class World:
    """Alice manages the team collection Shared (Bob views, Carol edits, Dave manages too) with
    a ready document that answers REFCARD_QUESTION; she has a finished chat job, a conversation
    and a token of each kind (TOKENS). Erin and Sam (staff) are members of nothing."""

    media: Path
    users: dict[str, User]
    shared: Collection
    document: Document
    job: ChatJob
    conversation: Conversation
    keys: dict[str, str] = field(default_factory=dict)  # token name -> the token
    token_ids: dict[str, int] = field(default_factory=dict)
    counter: Iterator[int] = field(default_factory=lambda: itertools.count(10_000))

    def as_manager(self) -> Asker:
        return Asker(user=self.users[OWNER])

    def team(self, *, group: str = "", **extra: str) -> Collection:
        """A fresh copy of Shared's membership (for a cell that deletes it or a member of it)."""
        collection = collection_services.create_collection(asker=self.as_manager(), name=SHARED)
        key = str(collection.key)
        for username, role in {**ROLE_OF, **extra}.items():
            if username != OWNER:
                collection_services.set_member(asker=self.as_manager(), collection_id=key, username=username, role=role)
        if group:
            Group.objects.get_or_create(name=group)
            collection_services.set_member(asker=self.as_manager(), collection_id=key, group=group, role=VIEWER)
        return collection

    def fresh_document(self) -> Document:
        return DocumentFactory(owner=self.users[OWNER], collection=self.shared, pdf=small_pdf(next(self.counter)))

    def fresh_user(self) -> str:
        return User.objects.create(username=f"newcomer{next(self.counter)}").username

    def fresh_token(self) -> int:
        token, _ = token_services.create_token(user=self.users[OWNER], name="spare")
        return token.pk


def _make_world(media: Path) -> World:
    users = {name: User.objects.create(username=name) for name in (*ROLE_OF, "erin", "frank")}
    users["sam"] = User.objects.create(username="sam", is_staff=True)
    alice = users[OWNER]
    shared = collection_services.create_collection(asker=Asker(user=alice), name=SHARED)
    for username, role in ROLE_OF.items():
        if username != OWNER:
            collection_services.set_member(
                asker=Asker(user=alice), collection_id=str(shared.key), username=username, role=role
            )
    document = DocumentFactory(owner=alice, collection=shared, title="Octave refcard", chunks=REFCARD_TEXTS)
    job = ChatJob.objects.create(
        owner=alice, message=REFCARD_QUESTION, status=ChatJob.Status.FINISHED, answer="semilogx [p. 3]",
        collection_ids=[str(shared.key)], started_at=timezone.now(), finished_at=timezone.now(),
    )  # fmt: skip
    world = World(
        media=media, users=users, shared=shared, document=document, job=job,
        conversation=Conversation.objects.create(owner=alice, title="plots"),
    )  # fmt: skip
    for name, options in TOKENS.items():
        limited = [str(personal_collection(user=alice).key)] if options.get("elsewhere") else None
        token, key = token_services.create_token(
            user=alice, name=name, scopes=options["scopes"], collection_ids=limited
        )
        if options.get("expired"):
            ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
        if options.get("revoked"):
            token_services.revoke_token(user=alice, token_id=token.pk)
        world.keys[name], world.token_ids[name] = key, token.pk
    return world


@pytest.fixture(scope="module")
def provider_tokens(oidc_provider: OIDCProvider) -> dict[str, str]:  # noqa: F811
    """The owner's access tokens from the real provider: valid for long enough, and expired."""
    mint = oidc_provider.mint_access_token
    return {
        "provider": mint(OWNER_SUBJECT, PROVIDER_AUDIENCE, expires_in=3600),
        "provider-expired": mint(OWNER_SUBJECT, PROVIDER_AUDIENCE, expires_in=-120),
    }


@pytest.fixture
def world(transactional_db, media_root, settings, oidc_provider, provider_tokens) -> World:  # noqa: F811
    """Made for each test and committed (the streams answer in threads, on their own database
    connections); sign-in required, as in production; sign-in with the test provider on, its
    access tokens accepted on the API, the owner known there."""
    settings.API_AUTH_REQUIRED = True
    settings.OIDC_ISSUER, settings.OIDC_API_AUDIENCE = oidc_provider.issuer, PROVIDER_AUDIENCE
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "pdfchat", "pdfchat-secret"
    oidc.forget()
    world = _make_world(media_root)
    OidcIdentity.objects.create(user=world.users[OWNER], issuer=oidc_provider.issuer, subject=OWNER_SUBJECT)
    world.keys.update(provider_tokens)
    return world


# --- Making the requests ----------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """A cell's request (its method is the operation's)."""

    url: str
    body: dict | None = None
    multipart: bool = False


def _chat_body(world: World) -> dict:
    return {"message": REFCARD_QUESTION, "collection_ids": [str(world.shared.key)]}


def _upload_body(world: World) -> dict:
    """New bytes each time: the same bytes again would be the same document (200, not 202)."""
    file = io.BytesIO(small_pdf(next(world.counter)))
    file.name = "fresh.pdf"
    return {"file": file, "collection_id": str(world.shared.key)}


# Each operation's request, with fresh objects for the cells that delete or add something.
REQUESTS: dict[tuple[str, str], Callable[[World], Call]] = {
    ("GET", "/health"): lambda w: Call("/health"),
    ("GET", "/schema"): lambda w: Call("/schema"),
    ("GET", "/docs"): lambda w: Call("/docs"),
    ("GET", "/collections"): lambda w: Call("/collections"),
    ("POST", "/collections"): lambda w: Call("/collections", {"name": "Made in the matrix"}),
    ("GET", "/collections/{collection_id}"): lambda w: Call(f"/collections/{w.shared.key}"),
    ("PATCH", "/collections/{collection_id}"): lambda w: Call(f"/collections/{w.shared.key}", {"name": SHARED}),
    ("DELETE", "/collections/{collection_id}"): lambda w: Call(f"/collections/{w.team().key}"),
    ("GET", "/collections/{collection_id}/members"): lambda w: Call(f"/collections/{w.shared.key}/members"),
    ("POST", "/collections/{collection_id}/members"): lambda w: Call(
        f"/collections/{w.shared.key}/members", {"username": w.fresh_user(), "role": VIEWER}
    ),
    ("DELETE", "/collections/{collection_id}/members/{username}"): lambda w: Call(
        f"/collections/{w.team(frank=VIEWER).key}/members/frank"
    ),
    ("DELETE", "/collections/{collection_id}/groups/{group}"): lambda w: Call(
        f"/collections/{w.team(group='readers').key}/groups/readers"
    ),
    ("GET", "/collections/{collection_id}/audit"): lambda w: Call(f"/collections/{w.shared.key}/audit"),
    ("GET", "/documents"): lambda w: Call("/documents"),
    ("POST", "/documents"): lambda w: Call("/documents", _upload_body(w), multipart=True),
    ("GET", "/documents/{document_id}"): lambda w: Call(f"/documents/{w.document.id}"),
    ("DELETE", "/documents/{document_id}"): lambda w: Call(f"/documents/{w.fresh_document().id}"),
    ("GET", "/documents/{document_id}/file"): lambda w: Call(f"/documents/{w.document.id}/file"),
    ("GET", "/documents/{document_id}/pages/{number}/words"): lambda w: Call(
        f"/documents/{w.document.id}/pages/1/words"
    ),
    ("POST", "/chat/sync"): lambda w: Call("/chat/sync", _chat_body(w)),
    ("POST", "/chat/async"): lambda w: Call("/chat/async", _chat_body(w)),
    ("POST", "/chat/stream"): lambda w: Call("/chat/stream", _chat_body(w)),
    ("POST", "/v1/chat/completions"): lambda w: Call(
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": REFCARD_QUESTION}], "collection_ids": [str(w.shared.key)]},
    ),
    ("GET", "/v1/models"): lambda w: Call("/v1/models"),
    ("GET", "/chat/jobs/{job_id}"): lambda w: Call(f"/chat/jobs/{w.job.id}"),
    ("GET", "/chat/jobs/{job_id}/events"): lambda w: Call(f"/chat/jobs/{w.job.id}/events"),
    ("GET", "/conversations"): lambda w: Call("/conversations"),
    ("GET", "/conversations/{conversation_id}"): lambda w: Call(f"/conversations/{w.conversation.id}"),
    ("DELETE", "/conversations/{conversation_id}"): lambda w: Call(
        f"/conversations/{Conversation.objects.create(owner=w.users[OWNER]).id}"
    ),
    ("GET", "/tokens"): lambda w: Call("/tokens"),
    ("POST", "/tokens"): lambda w: Call("/tokens", {"name": "made in the matrix"}),
    ("DELETE", "/tokens/{token_id}"): lambda w: Call(f"/tokens/{w.fresh_token()}"),
}


def client_for(world: World, caller: Caller, *, path: str = "", raise_errors: bool = True) -> APIClient:
    client = APIClient(raise_request_exception=raise_errors)
    if caller.token is not None:
        # As OpenAI clients send their key; the provider's access tokens are always Bearer.
        scheme = "Bearer" if path.startswith("/v1/") or caller.token in PROVIDER_TOKENS else "Token"
        client.credentials(HTTP_AUTHORIZATION=f"{scheme} {world.keys[caller.token]}")
    elif caller.user is not None:
        client.force_login(world.users[caller.user])
    return client


@dataclass(frozen=True)
class Answer:
    """A cell's response, read to its end."""

    status: int
    body: object  # parsed JSON, or the event stream's text, or None
    detail: str


async def _read(stream: AsyncIterator[bytes]) -> bytes:
    return b"".join([part async for part in stream])


def send(client: APIClient, method: str, call: Call) -> Answer:
    if call.multipart:
        response = client.post(call.url, call.body, format="multipart")
    elif call.body is not None:
        response = getattr(client, method.lower())(call.url, call.body, format="json")
    else:
        response = getattr(client, method.lower())(call.url)
    if response.streaming:  # read a stream to its end: it holds a lease of its user's until then
        stream = response.streaming_content
        content = async_to_sync(_read)(stream) if response.is_async else b"".join(stream)
    else:
        content = response.content
    body: object = None
    if response.get("Content-Type", "").startswith("application/json") and content:
        body = response.json()
    elif response.get("Content-Type", "").startswith("text/event-stream"):
        body = content.decode()
    detail = ""
    if isinstance(body, dict):
        error = body.get("error")  # /v1 answers errors as OpenAI does
        detail = str(body.get("detail") or (error.get("message") if isinstance(error, dict) else "") or "")
    return Answer(response.status_code, body, detail)


def shown_ids(world: World, what: str, body: object) -> bool:
    """Whether a list's results show the world's object of this kind."""
    results = body["results"] if isinstance(body, dict) else []
    field_and_value = {
        "collection": ("collection_id", str(world.shared.key)),
        "document": ("document_id", str(world.document.id)),
        "conversation": ("conversation_id", str(world.conversation.id)),
        "token": ("token_id", world.token_ids["all-scopes"]),
    }[what]
    name, value = field_and_value
    return any(row.get(name) == value for row in results)


def check_success(world: World, route: str, answer: Answer) -> str | None:
    """What a 2xx must hold beyond its status: answers find Shared's document and cite only
    Shared; streams end with `done`."""
    if route in ("/chat/sync", "/v1/chat/completions") and isinstance(answer.body, dict):
        sources = answer.body.get("sources")
        if not sources or {s["collection_id"] for s in sources} != {str(world.shared.key)}:
            return f"an answer without Shared's sources: {answer.body}"
    if route == "/v1/chat/completions" and isinstance(answer.body, str):  # stream: true
        if str(world.shared.key) not in answer.body or not answer.body.rstrip().endswith("data: [DONE]"):
            return f"a stream without Shared's sources or [DONE]: {answer.body}"
    if route in ("/chat/stream", "/chat/jobs/{job_id}/events"):
        if "event: done" not in answer.body or "event: error" in answer.body:
            return f"a stream that did not end with done: {answer.body}"
    return None


def api_operations() -> list[tuple[str, str]]:
    return [(method, path) for path, _, method, _ in EndpointEnumerator().get_api_endpoints()]


@dataclass(frozen=True)
class Bug:
    """Cells whose answer differs from docs/access.md because of a bug in the code: what it is,
    where, and which cells it spoils. Strict: a cell it names that answers as documented fails
    the row too, so that the entry goes once the bug is fixed."""

    what: str
    cells: Callable[[Caller, str, str], bool]


# Empty: the three this matrix found (a token's refusal naming `ApiToken.Scope.ASK`, an ask-only
# token adding members, /chat/stream answering 200 and an `error` event to a non-member) are fixed.
KNOWN_BUGS: list[Bug] = []


def check_cell(
    world: World, rule: Rule, caller: Caller, method: str, route: str, request: Callable[[World], Call]
) -> str | None:
    """Make the cell's request; None if the answer is the documented one, else what differs."""
    call = request(world)
    answer = send(client_for(world, caller, path=route), method, call)
    expect = expected(rule, caller)
    if answer.status != expect.status:
        return f"{answer.status}, expected {expect.status}: {answer.detail or str(answer.body)[:200]}"
    if expect.detail is not None and expect.detail not in answer.detail:
        return f"{answer.status} {answer.detail!r}, expected it to say {expect.detail!r}"
    if expect.shows is not None and shown_ids(world, rule.lists, answer.body) != expect.shows:
        return f"the list {'lacks' if expect.shows else 'shows'} the {rule.lists}: {answer.body}"
    if 200 <= answer.status < 300:
        return check_success(world, route, answer)
    return None


# --- The API matrix ---------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "route"), api_operations(), ids=[f"{m} {r}" for m, r in api_operations()])
def test_api_matrix(world, method, route):
    """One row: the operation called by every caller (CALLERS), each answer as documented."""
    rule = ROUTES.get((method, route))
    assert rule is not None, f"{method} {route} has no entry in ROUTES (docs/access.md's Routes table): add one"
    wrong = []
    for caller in CALLERS:
        problem = check_cell(world, rule, caller, method, route, REQUESTS[(method, route)])
        bugs = [bug.what for bug in KNOWN_BUGS if bug.cells(caller, method, route)]
        if problem and not bugs:
            wrong.append(f"{caller.name}: {problem}")
        elif bugs and not problem:
            wrong.append(f"{caller.name}: answers as documented now; remove from KNOWN_BUGS: {bugs}")
    assert wrong == [], "\n".join(wrong)


# The same operations asked differently, where docs/access.md's Routes table names the difference:
# a list filtered to one collection needs its viewer role; /v1 streaming refuses before it streams.
VARIANTS: dict[str, tuple[str, str, Rule, Callable[[World], Call]]] = {
    "GET /documents?collection_id=": (
        "GET", "/documents", Rule(VIEWER), lambda w: Call(f"/documents?collection_id={w.shared.key}")
    ),
    "POST /v1/chat/completions, stream": (
        "POST", "/v1/chat/completions", Rule(VIEWER), lambda w: Call(
            "/v1/chat/completions", REQUESTS[("POST", "/v1/chat/completions")](w).body | {"stream": True}
        ),
    ),
}  # fmt: skip


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_api_matrix_variants(world, variant):
    method, route, rule, request = VARIANTS[variant]
    wrong = [
        f"{caller.name}: {problem}"
        for caller in CALLERS
        if (problem := check_cell(world, rule, caller, method, route, request))
    ]
    assert wrong == [], "\n".join(wrong)


def test_every_operation_has_an_entry_and_every_entry_an_operation():
    operations = set(api_operations())
    assert operations - set(ROUTES) == set(), "add these operations to ROUTES and REQUESTS"
    assert set(ROUTES) - operations == set(), "these entries name no operation any more"
    assert set(REQUESTS) == set(ROUTES)


def test_the_matrix_covers_the_streams_and_v1():
    operations = set(api_operations())
    assert {("POST", "/chat/stream"), ("GET", "/chat/jobs/{job_id}/events"), ("POST", "/v1/chat/completions")} <= (
        operations
    )


@pytest.mark.parametrize(("method", "path"), [op for op in api_operations() if "{" in op[1]])
def test_unknown_ids_are_404(world, method, path):
    """Even for the owner, with a token that may do anything, and a session (/tokens)."""
    unknown = {
        "collection_id": uuid.uuid4(), "document_id": uuid.uuid4(), "job_id": uuid.uuid4(),
        "conversation_id": uuid.uuid4(), "token_id": 987654321, "username": "frank", "group": "readers",
        "number": 1,
    }  # fmt: skip
    caller = Caller("owner", user=OWNER) if path.startswith("/tokens") else Caller("t", user=OWNER, token="all-scopes")
    body = {"PATCH": {"name": "x"}, "POST": {"username": "frank", "role": VIEWER}}.get(method)
    call = Call(path.format(**unknown), body)
    assert send(client_for(world, caller, path=path), method, call).status == 404


# --- Pages outside the API ----------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """A page (a browser's, with a session; pages ignore API tokens). `needs`: "public",
    "signed-out" (the sign-in page), "sign-in", "staff" (/metrics: a staff session; 401 without
    credentials, 403 for the rest, tokens included), or the role in Shared; `method` as browsers send."""

    needs: str
    method: str = "GET"
    url: Callable[[World], str] = lambda w: ""


PAGES: dict[str, Page] = {
    "": Page("sign-in", url=lambda w: "/"),
    "favicon.ico": Page("public", url=lambda w: "/favicon.ico"),
    "documents/<uuid:document_id>/view": Page(VIEWER, url=lambda w: f"/documents/{w.document.id}/view"),
    "accounts/login/": Page("signed-out", url=lambda w: "/accounts/login/"),
    "accounts/logout/": Page("public", method="POST", url=lambda w: "/accounts/logout/"),
    # OpenID Connect sign-in (on in the world): to the provider's authorization endpoint, and a
    # callback without a code back to the login page (404 while OIDC_ISSUER is unset: tests/test_sso.py).
    "oidc/authenticate/": Page("public", url=lambda w: "/oidc/authenticate/"),
    "oidc/callback/": Page("public", url=lambda w: "/oidc/callback/"),
    # Prometheus's scrape: METRICS_TOKEN (unset here) or a staff session (tests/test_metrics.py).
    "metrics": Page("staff", url=lambda w: "/metrics"),
}
STAFF_PREFIXES = ("admin/", "django-rq/")  # every pattern under these is tried in test_staff_pages


def page_expected(page: Page, caller: Caller) -> tuple[int, str]:
    """(status, where a redirect goes)."""
    session = caller.user if caller.token is None else None  # a token signs nobody in on a page
    if page.needs == "staff":
        if caller.token is None and caller.user is None:
            return 401, ""
        return (200, "") if session and caller.name == "staff" else (403, "")
    if page.needs == "public":
        return 302, ""
    if page.needs == "signed-out":
        return (302, "/") if session else (200, "")
    if session is None:
        return 302, "/accounts/login/"
    if page.needs == "sign-in":
        return 200, ""
    return (200, "") if ROLE_OF.get(session) else (404, "")


@pytest.mark.parametrize("route", list(PAGES))
def test_pages(world, route):
    """One row per page: every caller, each answer as documented."""
    page, wrong = PAGES[route], []
    for caller in CALLERS:
        response = getattr(client_for(world, caller), page.method.lower())(page.url(world))
        status, location = page_expected(page, caller)
        if response.status_code != status or not response.get("Location", "").startswith(location):
            wrong.append(f"{caller.name}: {response.status_code} {response.get('Location', '')}, expected {status}")
    assert wrong == [], "\n".join(wrong)


# --- Staff pages: the admin and the queue dashboard ---------------------------------------------------


def all_url_patterns() -> list[str]:
    """Every URL pattern of the URL conf, as the route strings Django joins for a ResolverMatch."""

    def walk(patterns: list, prefix: str) -> Iterator[str]:
        for pattern in patterns:
            route = str(pattern.pattern)
            route = route.removeprefix("^") if prefix else route  # as Django joins them (ResolverMatch.route)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + route)
            elif isinstance(pattern, URLPattern):
                yield prefix + route

    return list(walk(get_resolver().url_patterns, ""))


# A value for each kind of path parameter, by converter or by regex group name.
SAMPLES = {"int": "0", "str": "x", "path": "x", "uuid": str(uuid.UUID(int=1)), "slug": "x", "": "x"}
GROUP_SAMPLES = {"app_label": "chat", "token": "x", "url": "nowhere/"}


def sample_url(route: str) -> str:
    """A URL this route matches (for the staff pages: parameters get values nothing has)."""
    url = re.sub(r"\(\?P<(\w+)>[^)]*\)\??", lambda m: GROUP_SAMPLES[m.group(1)], route)
    url = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES[m.group(1) or ""], url)
    return "/" + url.replace("^", "").replace("$", "").replace("/?", "/")


def staff_routes() -> list[str]:
    return [route for route in all_url_patterns() if route.startswith(STAFF_PREFIXES)]


# Staff pages anyone may open: the admin's sign-in and sign-out; the queue dashboard's statistics
# take its own RQ_API_TOKEN instead of a staff session (401 without).
STAFF_EXCEPTIONS = {
    "admin/login/": "public",
    "admin/logout/": "public",
    "django-rq/stats.json/?$": "rq-token",
    "django-rq/stats.json/(?P<token>[\\w]+)?/?$": "rq-token",
    "admin/django_rq/dashboard/stats.json/?$": "rq-token",
    "admin/django_rq/dashboard/stats.json/(?P<token>[\\w]+)?/?$": "rq-token",
}
# For the staff pages, the callers that differ: anybody else is one of these to the admin (a
# signed-in non-staff user, whatever their roles; a token, which pages ignore).
STAFF_CALLERS = [c for c in CALLERS if c.name in ("anonymous", "owner", "non-member", "all-scopes-token", "staff")]


@pytest.mark.parametrize("prefix", STAFF_PREFIXES)
def test_staff_pages(world, prefix):
    """Every pattern under the prefix, tried by each kind of caller the admin tells apart: only
    staff get in (a staff user without permissions may still get 403 or 404 inside: the admin's
    own permissions, not this matrix's business)."""
    wrong = []
    for route in [route for route in staff_routes() if route.startswith(prefix)]:
        url = sample_url(route)
        assert resolve(url).route == route, f"{url} does not reach {route}: give sample_url a better sample"
        kind = STAFF_EXCEPTIONS.get(route, "staff")
        for caller in STAFF_CALLERS:
            # Inside, a sample id may be too odd for the page (django-rq answers 500 to a job id "x").
            response = client_for(world, caller, raise_errors=False).get(url)
            location = response.get("Location", "")
            refused = response.status_code == 401 or location.startswith("/admin/login/")
            if caller.name == "staff" or kind == "public":
                ok = not refused
            elif kind == "rq-token":
                ok = response.status_code == 401
            else:
                ok = refused
            if not ok:
                wrong.append(f"{route} ({url}) as {caller.name}: {response.status_code} {location}")
    assert wrong == [], "\n".join(wrong)


# --- Every URL pattern is in the matrix -----------------------------------------------------------


def test_every_url_pattern_is_in_the_matrix(world):
    """Each URL pattern is reached by a row of the API matrix, is a page in PAGES, or is a staff
    page (STAFF_PREFIXES, all tried by test_staff_pages). A new pattern fails this test."""
    patterns = all_url_patterns()
    by_operation = {resolve(REQUESTS[op](world).url).route for op in ROUTES}
    api = [route for route in patterns if route in by_operation]
    pages = [route for route in patterns if route in PAGES]
    staff = [route for route in patterns if route.startswith(STAFF_PREFIXES)]
    missing = [route for route in patterns if route not in {*api, *pages, *staff}]
    operations = api_operations()
    print(
        f"\nURL patterns in the matrix: {len(patterns) - len(missing)}/{len(patterns)} ({len(api)} API, "
        f"{len(pages)} pages, {len(staff)} staff); API operations {len(set(ROUTES) & set(operations))}/"
        f"{len(operations)}; cells: API {len(operations)} x {len(CALLERS)} = {len(operations) * len(CALLERS)}, "
        f"pages {len(PAGES)} x {len(CALLERS)} = {len(PAGES) * len(CALLERS)}, staff pages {len(staff)} x "
        f"{len(STAFF_CALLERS)} = {len(staff) * len(STAFF_CALLERS)}"
    )
    assert missing == [], "add these URL patterns to ROUTES or PAGES in tests/api/test_access_matrix.py"
