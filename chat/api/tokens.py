"""API tokens over HTTP, for the chat page: list yours, create one (shown once), revoke one.

Only a signed-in session may manage tokens (`token_scope = None`): a token that leaked must
not be able to mint others or outlive its own revocation.
"""

from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from chat.api import openapi
from chat.api.access_serializers import NewTokenSerializer, TokenRequestSerializer, TokenSerializer
from chat.api.permissions import asker_of
from chat.errors import NotAllowed
from chat.selectors.tokens import token_list
from chat.services import tokens
from chat.services.audit import Origin


class TokenViewSet(viewsets.GenericViewSet):
    serializer_class = TokenSerializer
    lookup_field = "token_id"
    lookup_value_regex = "[^/]+"
    token_scope = None  # sessions only

    def _user(self, request: Request) -> object:
        user = asker_of(request).user
        if user is None:
            raise NotAllowed("Sign in to manage API tokens.")
        return user

    @extend_schema(**openapi.TOKENS)
    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(token_list(user=self._user(request)))
        return self.get_paginated_response(TokenSerializer(page, many=True).data)

    @extend_schema(**openapi.TOKEN_CREATE)
    def create(self, request: Request) -> Response:
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        token, key = tokens.create_token(
            user=self._user(request), name=data["name"], scopes=data.get("scopes") or tokens.ALL_SCOPES,
            collection_ids=data.get("collection_ids"), expires_at=data.get("expires_at"),
            origin=Origin.from_meta(request.META),
        )  # fmt: skip
        token.token = key  # shown this once
        return Response(NewTokenSerializer(token).data, status=status.HTTP_201_CREATED)

    @extend_schema(**openapi.TOKEN_REVOKE)
    def destroy(self, request: Request, token_id: str) -> Response:
        tokens.revoke_token(user=self._user(request), token_id=token_id, origin=Origin.from_meta(request.META))
        return Response(status=status.HTTP_204_NO_CONTENT)
