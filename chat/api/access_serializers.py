"""Request validation and response shapes for collections, their members and audit trail,
and API tokens (also the OpenAPI schema)."""

from django.utils import timezone
from rest_framework import serializers

from chat.api.serializers import StrictCharField, StrictUUIDField
from chat.models import ApiToken, AuditEvent, Collection, Membership, Role


class CollectionRequestSerializer(serializers.Serializer):
    name = StrictCharField(max_length=200, help_text="The collection's name.")

    def validate_name(self, name: str) -> str:
        if not name.strip():
            raise serializers.ValidationError("The name may not be blank.")
        return name.strip()


class CollectionSerializer(serializers.Serializer):
    """A collection (selectors.collections.CollectionView) with the asker's role."""

    collection_id = serializers.CharField(source="collection.key")
    name = serializers.CharField(source="collection.name")
    role = serializers.ChoiceField(choices=Role.choices, help_text="Your role in it.")
    kind = serializers.ChoiceField(
        source="collection.kind", choices=Collection.Kind.choices, help_text="personal, team or library."
    )
    documents = serializers.IntegerField(source="document_count")
    owner = serializers.CharField(
        source="collection.personal_owner.username", allow_null=True, default=None,
        help_text="For a personal collection: whose it is (where their uploads go by default).",
    )  # fmt: skip
    created_at = serializers.DateTimeField(source="collection.created_at")


class MemberRequestSerializer(serializers.Serializer):
    username = StrictCharField(required=False, max_length=150, help_text="A user to add (or whose role to change).")
    group = StrictCharField(required=False, max_length=150, help_text="Or a group: all its users get the role.")
    role = serializers.ChoiceField(choices=Role.choices)

    def validate(self, data: dict) -> dict:
        if bool(data.get("username")) == bool(data.get("group")):
            raise serializers.ValidationError("Send either a username or a group.")
        return data


class MemberSerializer(serializers.ModelSerializer):
    username = serializers.CharField(source="user.username", allow_null=True, default=None)
    group = serializers.CharField(source="group.name", allow_null=True, default=None)

    class Meta:
        model = Membership
        fields = ["username", "group", "role", "added_at"]
        read_only_fields = fields


class AuditEventSerializer(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor_name", help_text="Who (empty: anonymous, sign-in off).")
    target = serializers.CharField(source="target_label")

    class Meta:
        model = AuditEvent
        fields = ["at", "action", "actor", "target_id", "target", "ip", "via", "detail"]
        read_only_fields = fields


class TokenRequestSerializer(serializers.Serializer):
    name = StrictCharField(max_length=100, help_text="To recognise it later, e.g. the bot that uses it.")
    scopes = serializers.ListField(
        child=serializers.ChoiceField(choices=ApiToken.Scope.choices),
        required=False,
        min_length=1,
        max_length=3,
        help_text="What it may do: ask, upload, manage (default: all three).",
    )
    collection_ids = serializers.ListField(
        child=StrictUUIDField(), required=False, min_length=1, max_length=1000,
        help_text="Only these of your collections (default: every one you may read).",
    )  # fmt: skip
    expires_at = serializers.DateTimeField(required=False, help_text="It stops working then (default: never).")

    def validate_expires_at(self, value: object) -> object:
        if value <= timezone.now():
            raise serializers.ValidationError("The expiry must be in the future.")
        return value


class TokenSerializer(serializers.ModelSerializer):
    token_id = serializers.IntegerField(source="pk")
    collection_ids = serializers.SerializerMethodField()
    active = serializers.SerializerMethodField(help_text="Neither revoked nor expired.")

    class Meta:
        model = ApiToken
        fields = ["token_id", "name", "prefix", "scopes", "collection_ids", "created_at", "expires_at",
                  "last_used_at", "revoked_at", "active"]  # fmt: skip
        read_only_fields = fields

    def get_collection_ids(self, token: ApiToken) -> list[str]:
        return [str(collection.key) for collection in token.collections.all()]

    def get_active(self, token: ApiToken) -> bool:
        return token.revoked_at is None and (token.expires_at is None or token.expires_at > timezone.now())


class NewTokenSerializer(TokenSerializer):
    token = serializers.CharField(help_text="The token itself: shown this once, never again.")

    class Meta(TokenSerializer.Meta):
        fields = [*TokenSerializer.Meta.fields, "token"]
        read_only_fields = fields
