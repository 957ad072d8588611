"""/collections (members, audit) and /tokens."""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse

from chat.api.access_serializers import (
    AuditEventSerializer,
    CollectionRequestSerializer,
    CollectionSerializer,
    MemberRequestSerializer,
    MemberSerializer,
    NewTokenSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from chat.api.openapi.common import BAD_REQUEST, UNAUTHORIZED
from chat.api.serializers import ErrorSerializer

NOT_FOUND = {404: OpenApiResponse(ErrorSerializer, description="No such collection, or you are not a member.")}
FORBIDDEN = {
    403: OpenApiResponse(
        ErrorSerializer, description="Your role does not allow it (the message names the role needed), or your "
        "token's scopes do not."
    )
}
CONFLICT = {409: OpenApiResponse(ErrorSerializer, description="It would leave the collection without a manager.")}
ROLE_EXAMPLE = OpenApiExample(
    "A viewer renaming",
    value={"detail": "This needs the manager role in collection 'Manuals'; you are a viewer there."},
    response_only=True,
    status_codes=["403"],
)
COLLECTION_EXAMPLE = OpenApiExample(
    "A collection",
    value={
        "collection_id": "0b6c1a4e-2f7d-4a53-9a57-1d2c3e4f5a6b",
        "name": "Manuals",
        "role": "manager",
        "kind": "team",
        "documents": 0,
        "created_at": "2026-12-07T09:00:00Z",
    },
    response_only=True,
    status_codes=["200", "201"],
)
TAGS = ["collections"]

COLLECTIONS = {
    "summary": "The collections you may read, with your role (personal first)",
    "tags": TAGS,
    "responses": {200: CollectionSerializer(many=True), **UNAUTHORIZED},
}
COLLECTION_CREATE = {
    "summary": "Create a team collection; you are its manager",
    "tags": TAGS,
    "request": CollectionRequestSerializer,
    "responses": {201: CollectionSerializer, 400: BAD_REQUEST, **UNAUTHORIZED, **FORBIDDEN},
    "examples": [COLLECTION_EXAMPLE],
}
COLLECTION = {
    "summary": "One collection, with your role",
    "tags": TAGS,
    "responses": {200: CollectionSerializer, **UNAUTHORIZED, **NOT_FOUND},
}
COLLECTION_RENAME = {
    "summary": "Rename a collection (manager)",
    "tags": TAGS,
    "request": CollectionRequestSerializer,
    "responses": {200: CollectionSerializer, 400: BAD_REQUEST, **UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    "examples": [ROLE_EXAMPLE],
}
COLLECTION_DELETE = {
    "summary": "Delete a team collection and its documents (manager)",
    "tags": TAGS,
    "responses": {
        204: None,
        **UNAUTHORIZED,
        **FORBIDDEN,
        **NOT_FOUND,
        409: OpenApiResponse(ErrorSerializer, description="A personal collection or the library cannot be deleted."),
    },
}
MEMBERS = {
    "summary": "The collection's members: users and groups with their roles",
    "tags": TAGS,
    "responses": {200: MemberSerializer(many=True), **UNAUTHORIZED, **NOT_FOUND},
}
MEMBER_SET = {
    "summary": "Add a user or group with a role, or change their role (manager)",
    "description": "201 when added, 200 when an existing member's role was changed. An unknown username "
    "or group is a 400.",
    "tags": TAGS,
    "request": MemberRequestSerializer,
    "responses": {
        201: MemberSerializer,
        200: MemberSerializer,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **FORBIDDEN,
        **NOT_FOUND,
        **CONFLICT,
    },
}
MEMBER_REMOVE = {
    "summary": "Remove a user from the collection (manager; any member may remove themselves)",
    "tags": TAGS,
    "responses": {204: None, 400: BAD_REQUEST, **UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND, **CONFLICT},
}
GROUP_REMOVE = {
    "summary": "Remove a group from the collection (manager)",
    "tags": TAGS,
    "responses": {204: None, 400: BAD_REQUEST, **UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND, **CONFLICT},
}
AUDIT = {
    "summary": "The collection's audit trail, newest first (manager)",
    "tags": TAGS,
    "responses": {200: AuditEventSerializer(many=True), **UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
}

TOKEN_TAGS = ["tokens"]
SESSION_ONLY = {403: OpenApiResponse(ErrorSerializer, description="Tokens are managed from a signed-in session.")}
TOKENS = {
    "summary": "Your API tokens (signed-in session only)",
    "tags": TOKEN_TAGS,
    "responses": {200: TokenSerializer(many=True), **UNAUTHORIZED, **SESSION_ONLY},
}
TOKEN_CREATE = {
    "summary": "Create an API token; the reply holds it, the only time it is shown",
    "tags": TOKEN_TAGS,
    "request": TokenRequestSerializer,
    "responses": {
        201: NewTokenSerializer,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **SESSION_ONLY,
        404: OpenApiResponse(ErrorSerializer, description="A collection you may not read."),
    },
}
TOKEN_REVOKE = {
    "summary": "Revoke one of your API tokens: it stops working at once",
    "tags": TOKEN_TAGS,
    "responses": {204: None, **UNAUTHORIZED, **SESSION_ONLY, 404: OpenApiResponse(ErrorSerializer)},
}
