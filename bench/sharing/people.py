"""The set-up, with Django: sam, his personal collection, and Manuals, shared with him through a
group; 20 more users, 12 more team collections and 3 more groups, so that the membership tables
are not trivial.
"""

from __future__ import annotations

from typing import Any


def set_up_people() -> dict[str, Any]:
    """sam (an API token), his personal collection, and Manuals, shared with him through a group."""
    from django.contrib.auth.models import Group, User

    from chat.models import Role
    from chat.selectors.access import Asker
    from chat.services.collections import create_collection, set_member
    from chat.services.default_collections import personal_collection
    from chat.services.tokens import create_token

    sam, mia = User.objects.create(username="sam"), User.objects.create(username="mia")
    colleagues = [User.objects.create(username=f"colleague{n:02d}") for n in range(20)]
    engineering = Group.objects.create(name="engineering")
    engineering.user_set.add(sam, mia, *colleagues[:5])
    manuals = create_collection(asker=Asker(user=mia), name="Manuals")
    set_member(asker=Asker(user=mia), collection_id=str(manuals.key), role=Role.EDITOR, group="engineering")
    teams = [Group.objects.create(name=f"team{n}") for n in range(3)]
    for n, team in enumerate(teams):
        team.user_set.add(*colleagues[n * 5 : n * 5 + 8])
    for n in range(12):  # collections sam cannot read
        manager = colleagues[n]
        other = create_collection(asker=Asker(user=manager), name=f"Team {n}")
        set_member(asker=Asker(user=manager), collection_id=str(other.key), role=Role.VIEWER,
                   username=colleagues[(n + 7) % 20].username)  # fmt: skip
        set_member(asker=Asker(user=manager), collection_id=str(other.key), role=Role.EDITOR,
                   group=teams[n % 3].name)  # fmt: skip
    _, key = create_token(user=sam, name="bench")
    return {"token": key, "personal": str(personal_collection(user=sam).key), "shared": str(manuals.key)}
