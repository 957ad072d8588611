"""drf-spectacular hooks."""


def drop_trailing_slashes(endpoints: list[tuple], **kwargs: object) -> list[tuple]:
    """Document `/chat/sync`, not `/chat/sync/`: the router accepts both, clients use the bare form."""
    return [(path.rstrip("/") or "/", regex, method, callback) for path, regex, method, callback in endpoints]


def allow_empty_query_values(result: dict, **kwargs: object) -> dict:
    """Declare what DRF does: an optional query parameter sent empty (`?status=`) counts as not sent."""
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query" and not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
    return result


def require_bodies_with_required_fields(result: dict, **kwargs: object) -> dict:
    """A request body whose schema has required fields is itself required (drf-spectacular
    says so for serializers, not for the raw JSON Schema of /v1/chat/completions)."""
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            if body and any(media.get("schema", {}).get("required") for media in body.get("content", {}).values()):
                body["required"] = True
    return result
