"""Collections over HTTP: create, list, read, rename and delete them; share them (members);
read their audit trail. Thin views: a serializer validates, one service or selector acts.

Who may do what is decided in selectors/access.py: a non-member gets 404 for the collection
and everything in it, a member with a lesser role 403 naming the role needed.
"""

from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from chat.api import openapi
from chat.api.access_serializers import (
    AuditEventSerializer,
    CollectionRequestSerializer,
    CollectionSerializer,
    MemberRequestSerializer,
    MemberSerializer,
)
from chat.api.permissions import asker_of
from chat.models import ApiToken
from chat.selectors import collections as selectors
from chat.selectors.collections import CollectionView
from chat.services import collections as services
from chat.services.audit import Origin

MANAGE = ApiToken.Scope.MANAGE


class CollectionViewSet(viewsets.GenericViewSet):
    serializer_class = CollectionSerializer
    lookup_field = "collection_id"
    lookup_value_regex = "[^/]+"
    # By action name: POST .../members is `set_member` (its own method), not `members`. An
    # action missing here needs only "ask", so every action that changes something is listed.
    token_scopes = {"create": MANAGE, "partial_update": MANAGE, "destroy": MANAGE, "set_member": MANAGE,
                    "member": MANAGE, "group_member": MANAGE, "audit": MANAGE}  # fmt: skip

    @extend_schema(**openapi.COLLECTIONS)
    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(selectors.collection_list(asker=asker_of(request)))
        return self.get_paginated_response(CollectionSerializer(page, many=True).data)

    @extend_schema(**openapi.COLLECTION_CREATE)
    def create(self, request: Request) -> Response:
        serializer = CollectionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        collection = services.create_collection(
            asker=asker_of(request), name=serializer.validated_data["name"], origin=Origin.from_meta(request.META)
        )
        view = CollectionView(collection=collection, role="manager", document_count=0)
        return Response(CollectionSerializer(view).data, status=status.HTTP_201_CREATED)

    @extend_schema(**openapi.COLLECTION)
    def retrieve(self, request: Request, collection_id: str) -> Response:
        view = selectors.collection_get(asker=asker_of(request), collection_id=collection_id)
        return Response(CollectionSerializer(view).data)

    @extend_schema(**openapi.COLLECTION_RENAME)
    def partial_update(self, request: Request, collection_id: str) -> Response:
        serializer = CollectionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        asker = asker_of(request)
        services.rename_collection(asker=asker, collection_id=collection_id, name=serializer.validated_data["name"],
                                   origin=Origin.from_meta(request.META))  # fmt: skip
        return Response(CollectionSerializer(selectors.collection_get(asker=asker, collection_id=collection_id)).data)

    @extend_schema(**openapi.COLLECTION_DELETE)
    def destroy(self, request: Request, collection_id: str) -> Response:
        services.delete_collection(
            asker=asker_of(request), collection_id=collection_id, origin=Origin.from_meta(request.META)
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(**openapi.MEMBERS)
    @action(detail=True, methods=["get"], url_path="members")
    def members(self, request: Request, collection_id: str) -> Response:
        page = self.paginate_queryset(selectors.member_list(asker=asker_of(request), collection_id=collection_id))
        return self.get_paginated_response(MemberSerializer(page, many=True).data)

    @extend_schema(**openapi.MEMBER_SET)
    @members.mapping.post
    def set_member(self, request: Request, collection_id: str) -> Response:
        serializer = MemberRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        membership, created = services.set_member(
            asker=asker_of(request), collection_id=collection_id, origin=Origin.from_meta(request.META),
            **serializer.validated_data,
        )  # fmt: skip
        return Response(MemberSerializer(membership).data, status=201 if created else 200)

    @extend_schema(**openapi.MEMBER_REMOVE)
    @action(detail=True, methods=["delete"], url_path="members/(?P<username>[^/]+)")
    def member(self, request: Request, collection_id: str, username: str) -> Response:
        services.remove_member(asker=asker_of(request), collection_id=collection_id, username=username,
                               origin=Origin.from_meta(request.META))  # fmt: skip
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(**openapi.GROUP_REMOVE)
    @action(detail=True, methods=["delete"], url_path="groups/(?P<group>[^/]+)")
    def group_member(self, request: Request, collection_id: str, group: str) -> Response:
        services.remove_member(asker=asker_of(request), collection_id=collection_id, group=group,
                               origin=Origin.from_meta(request.META))  # fmt: skip
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(**openapi.AUDIT)
    @action(detail=True, methods=["get"], url_path="audit")
    def audit(self, request: Request, collection_id: str) -> Response:
        page = self.paginate_queryset(selectors.audit_list(asker=asker_of(request), collection_id=collection_id))
        return self.get_paginated_response(AuditEventSerializer(page, many=True).data)
