"""/collections (members, audit) and /tokens.

Who gets what (docs/access.md): a non-member gets 404 for the collection and everything in it,
as for an id nobody has; a member whose role is too low, or an API token without the scope,
403 naming what is needed; the last manager cannot go (409).
"""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse

from chat.api.access_serializers import (
    AuditEventSerializer,
    CollectionSerializer,
    MemberSerializer,
    NewTokenSerializer,
    TokenSerializer,
)
from chat.api.openapi.common import (
    BAD_REQUEST,
    NAME_PATTERN,
    NO_COLLECTION_EXAMPLE,
    NO_PAGE_EXAMPLE,
    SCOPE_EXAMPLE,
    UNAUTHORIZED,
    UNAUTHORIZED_EXAMPLE,
    forbidden,
)
from chat.api.serializers import ErrorSerializer
from chat.models import ApiToken, Role

NOT_FOUND = {404: OpenApiResponse(ErrorSerializer, description="No such collection, or you are not a member.")}
NOT_FOUND_OR_NO_PAGE = {
    404: OpenApiResponse(ErrorSerializer, description="No such collection, or you are not a member; or no such page.")
}
NO_PAGE = {404: OpenApiResponse(ErrorSerializer, description="No such page.")}
FOR_MANAGERS = forbidden("manage", role="manager")
CONFLICT = {409: OpenApiResponse(ErrorSerializer, description="It would leave the collection without a manager.")}
ROLE_EXAMPLE = OpenApiExample(
    "A viewer renaming",
    value={"detail": "This needs the manager role in collection 'Manuals'; you are a viewer there."},
    response_only=True,
    status_codes=["403"],
)
LAST_MANAGER_EXAMPLE = OpenApiExample(
    "The last manager",
    value={"detail": "A collection needs a manager: make someone else a manager first."},
    response_only=True,
    status_codes=["409"],
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
# The request bodies as JSON Schema (access_serializers.py checks the same): PATCH would make the
# serializer's `name` optional (it is not), a serializer cannot say "a username or a group, not
# both" (MemberRequestSerializer), nor that a name must not be blank once trimmed.
NAME = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": NAME_PATTERN, "description": "Its name."}
COLLECTION_REQUEST = {"type": "object", "required": ["name"], "properties": {"name": NAME}}
MEMBER_NAME = {"type": "string", "minLength": 1, "maxLength": 150, "pattern": NAME_PATTERN}
MEMBER_REQUEST = {
    "type": "object",
    "properties": {
        "username": MEMBER_NAME | {"description": "A user to add (or whose role to change)."},
        "group": MEMBER_NAME | {"description": "Or a group: all its users get the role."},
        "role": {"type": "string", "enum": Role.values},
    },
    "required": ["role"],
    "oneOf": [{"required": ["username"]}, {"required": ["group"]}],
    "description": "A username or a group (not both), and the role.",
}
TOKEN_REQUEST = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": NAME | {"maxLength": 100, "description": "To recognise it later, e.g. the bot that uses it."},
        "scopes": {
            "type": "array",
            "items": {"type": "string", "enum": ApiToken.Scope.values},
            "minItems": 1,
            "maxItems": 3,
            "description": "What it may do: ask, upload, manage (default: all three).",
        },
        "collection_ids": {
            "type": "array",
            "items": {"type": "string", "format": "uuid"},
            "minItems": 1,
            "maxItems": 1000,
            "description": "Only these of your collections (default: every one you may read).",
        },
        "expires_at": {
            "type": "string",
            "format": "date-time",
            "description": "It stops working then (default: never); in the future.",
        },
    },
}
TAGS = ["collections"]

COLLECTIONS = {
    "summary": "The collections you may read, with your role (personal first)",
    "tags": TAGS,
    "responses": {200: CollectionSerializer(many=True), **UNAUTHORIZED, **forbidden("ask"), **NO_PAGE},
    "examples": [COLLECTION_EXAMPLE, UNAUTHORIZED_EXAMPLE, SCOPE_EXAMPLE, NO_PAGE_EXAMPLE],
}
COLLECTION_CREATE = {
    "summary": "Create a team collection; you are its manager",
    "tags": TAGS,
    "request": {"application/json": COLLECTION_REQUEST},
    "responses": {201: CollectionSerializer, 400: BAD_REQUEST, **UNAUTHORIZED, **forbidden("manage")},
    "examples": [COLLECTION_EXAMPLE, SCOPE_EXAMPLE],
}
COLLECTION = {
    "summary": "One collection, with your role",
    "tags": TAGS,
    "responses": {200: CollectionSerializer, **UNAUTHORIZED, **forbidden("ask"), **NOT_FOUND},
    "examples": [COLLECTION_EXAMPLE, NO_COLLECTION_EXAMPLE],
}
COLLECTION_RENAME = {
    "summary": "Rename a collection (manager)",
    "tags": TAGS,
    "request": {"application/json": COLLECTION_REQUEST},
    "responses": {200: CollectionSerializer, 400: BAD_REQUEST, **UNAUTHORIZED, **FOR_MANAGERS, **NOT_FOUND},
    "examples": [COLLECTION_EXAMPLE, ROLE_EXAMPLE, NO_COLLECTION_EXAMPLE],
}
COLLECTION_DELETE = {
    "summary": "Delete a team collection and its documents (manager)",
    "tags": TAGS,
    "responses": {
        204: None,
        **UNAUTHORIZED,
        **FOR_MANAGERS,
        **NOT_FOUND,
        409: OpenApiResponse(ErrorSerializer, description="A personal collection or the library cannot be deleted."),
    },
}
MEMBERS = {
    "summary": "The collection's members: users and groups with their roles",
    "tags": TAGS,
    "responses": {200: MemberSerializer(many=True), **UNAUTHORIZED, **forbidden("ask"), **NOT_FOUND_OR_NO_PAGE},
}
MEMBER_SET = {
    "summary": "Add a user or group with a role, or change their role (manager)",
    "description": "201 when added, 200 when an existing member's role was changed. An unknown username "
    "or group is a 400.",
    "tags": TAGS,
    "request": {"application/json": MEMBER_REQUEST},
    "responses": {
        201: MemberSerializer,
        200: MemberSerializer,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **FOR_MANAGERS,
        **NOT_FOUND,
        **CONFLICT,
    },
    "examples": [ROLE_EXAMPLE, LAST_MANAGER_EXAMPLE],
}
MEMBER_REMOVE = {
    "summary": "Remove a user from the collection (manager; any member may remove themselves)",
    "tags": TAGS,
    "responses": {204: None, 400: BAD_REQUEST, **UNAUTHORIZED, **FOR_MANAGERS, **NOT_FOUND, **CONFLICT},
}
GROUP_REMOVE = {
    "summary": "Remove a group from the collection (manager)",
    "tags": TAGS,
    "responses": {204: None, 400: BAD_REQUEST, **UNAUTHORIZED, **FOR_MANAGERS, **NOT_FOUND, **CONFLICT},
}
AUDIT = {
    "summary": "The collection's audit trail, newest first (manager)",
    "tags": TAGS,
    "responses": {200: AuditEventSerializer(many=True), **UNAUTHORIZED, **FOR_MANAGERS, **NOT_FOUND_OR_NO_PAGE},
}

TOKEN_TAGS = ["tokens"]
SESSION_ONLY = {
    403: OpenApiResponse(
        ErrorSerializer, description="Tokens are managed from a signed-in session, not with a token (nor anonymously)."
    )
}
TOKENS = {
    "summary": "Your API tokens (signed-in session only)",
    "tags": TOKEN_TAGS,
    "responses": {200: TokenSerializer(many=True), **UNAUTHORIZED, **SESSION_ONLY, **NO_PAGE},
}
TOKEN_CREATE = {
    "summary": "Create an API token; the reply holds it, the only time it is shown",
    "description": "`expires_at`, if given, must be in the future (400 otherwise).",
    "tags": TOKEN_TAGS,
    "request": {"application/json": TOKEN_REQUEST},
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
    "responses": {
        204: None,
        **UNAUTHORIZED,
        **SESSION_ONLY,
        404: OpenApiResponse(ErrorSerializer, description="No API token of yours with this id."),
    },
}
