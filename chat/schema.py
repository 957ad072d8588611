"""drf-spectacular hooks."""


def drop_trailing_slashes(endpoints: list[tuple], **kwargs: object) -> list[tuple]:
    """Document `/chat/sync`, not `/chat/sync/`: the router accepts both, clients use the bare form."""
    return [(path.rstrip("/") or "/", regex, method, callback) for path, regex, method, callback in endpoints]
