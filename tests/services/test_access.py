"""selectors/access.py, the one place that decides who may read what, and the watch that
checks it again while an answer is written (services/access_watch.py)."""

import pytest
from django.contrib.auth.models import Group

from chat.errors import NotAllowed, NotFound
from chat.models import Collection, Membership, Role
from chat.retrieval.types import Scope
from chat.selectors.access import (
    Asker,
    collection_for,
    document_for,
    readable_pks,
    roles,
    sources_in,
    visible_sources,
)
from chat.services.access_watch import AccessLost, AccessWatch
from chat.services.default_collections import library
from chat.services.tokens import create_token, revoke_token
from tests.support.factories import DocumentFactory, UserFactory

pytestmark = pytest.mark.django_db


def team(name: str, **members: str) -> Collection:
    collection = Collection.objects.create(name=name)
    for user, role in members.items():
        Membership.objects.create(collection=collection, user=UserFactory(username=user), role=role)
    return collection


def test_every_user_manages_a_personal_collection_from_the_start():
    alice = UserFactory()
    personal = alice.personal_collection
    assert personal.kind == Collection.Kind.PERSONAL
    assert roles(asker=Asker(user=alice)) == {personal.pk: Role.MANAGER}


def test_a_users_role_is_the_highest_of_their_own_and_their_groups():
    shared = team("Shared", bob=Role.VIEWER)
    bob = shared.memberships.get().user
    editors = Group.objects.create(name="editors")
    editors.user_set.add(bob)
    Membership.objects.create(collection=shared, group=editors, role=Role.EDITOR)
    assert roles(asker=Asker(user=bob))[shared.pk] == Role.EDITOR
    editors.user_set.remove(bob)  # leaving the group takes its role away at the next look
    assert roles(asker=Asker(user=bob))[shared.pk] == Role.VIEWER


def test_non_members_get_not_found_and_lesser_roles_not_allowed_naming_the_role():
    shared = team("Shared", bob=Role.VIEWER)
    bob, carol = shared.memberships.get().user, UserFactory()
    with pytest.raises(NotFound):
        collection_for(asker=Asker(user=carol), key=shared.key)
    with pytest.raises(NotFound):
        collection_for(asker=Asker(user=carol), key="not-a-uuid")
    with pytest.raises(NotAllowed, match="needs the editor role in collection 'Shared'; you are a viewer"):
        collection_for(asker=Asker(user=bob), key=shared.key, needs=Role.EDITOR)
    document = DocumentFactory(collection=shared)
    assert document_for(asker=Asker(user=bob), document_id=document.id) == document
    with pytest.raises(NotFound):  # as for an id that does not exist: nothing is learnt
        document_for(asker=Asker(user=carol), document_id=document.id)


def test_named_collections_must_all_be_readable():
    shared, other = team("Shared", bob=Role.VIEWER), team("Other")
    bob = shared.memberships.get().user
    assert readable_pks(asker=Asker(user=bob), keys=[shared.key]) == [shared.pk]
    with pytest.raises(NotFound, match=str(other.key)):
        readable_pks(asker=Asker(user=bob), keys=[shared.key, other.key])


def test_a_restricted_token_sees_only_its_collections_and_nothing_once_they_are_gone():
    shared = team("Shared", bob=Role.MANAGER)
    bob = shared.memberships.get().user
    token, _ = create_token(user=bob, name="bot", collection_ids=[str(shared.key)])
    assert set(roles(asker=Asker(user=bob, token=token))) == {shared.pk}
    unrestricted, _ = create_token(user=bob, name="all")
    assert set(roles(asker=Asker(user=bob, token=unrestricted))) == {shared.pk, bob.personal_collection.pk}
    shared.delete()
    assert roles(asker=Asker(user=bob, token=token)) == {}  # never "all of the user's"


def test_anonymous_callers_edit_the_library_only():
    assert roles(asker=Asker(user=None)) == {}  # no library yet: nothing to read
    shelf = library()
    assert roles(asker=Asker(user=None)) == {shelf.pk: Role.EDITOR}
    assert library() == shelf  # one library


def test_sources_of_collections_no_longer_readable_are_left_out():
    shared = team("Shared", bob=Role.VIEWER)
    bob = shared.memberships.get().user
    mine, theirs = DocumentFactory(collection=shared), DocumentFactory(collection=team("Other"))
    sources = [
        {"document_id": str(mine.id), "collection_id": str(shared.key)},
        {"document_id": str(theirs.id), "collection_id": str(theirs.collection.key)},
        {"document_id": str(mine.id)},  # recorded before collections: its document's collection counts
        {"document_id": str(theirs.id)},
        {"document_id": "gone"},
    ]
    assert visible_sources(asker=Asker(user=bob), sources=sources) == [sources[0], sources[2]]
    assert sources_in(sources, readable={str(shared.key)}) == [sources[0]]


def scope_of(*collections: Collection) -> Scope:
    return Scope(document_ids=(), prefixes=(), chunk_count=0, token_count=0,
                 collection_pks=tuple(c.pk for c in collections))  # fmt: skip


def test_the_watch_stops_an_answer_whose_asker_lost_a_collection(settings):
    settings.ACCESS_RECHECK_SECONDS = 0
    shared = team("Shared", bob=Role.VIEWER)
    bob = shared.memberships.get().user
    pieces: list[str] = []
    watch = AccessWatch(asker=Asker(user=bob), scope=scope_of(shared))
    write = watch.wrap(pieces.append)
    write("one ")
    Membership.objects.filter(user=bob).delete()
    with pytest.raises(AccessLost, match="no longer a member"):
        write("two")
    assert pieces == ["one "]


def test_the_watch_stops_an_answer_whose_token_was_revoked(settings):
    settings.ACCESS_RECHECK_SECONDS = 0
    shared = team("Shared", bob=Role.VIEWER)
    bob = shared.memberships.get().user
    token, _ = create_token(user=bob, name="bot")
    watch = AccessWatch(asker=Asker(user=bob, token=token), scope=scope_of(shared))
    watch.check()
    revoke_token(user=bob, token_id=token.pk)
    with pytest.raises(AccessLost, match="'bot' was revoked"):
        watch.check()


def test_the_watch_checks_at_most_every_recheck_interval(settings, django_assert_num_queries):
    settings.ACCESS_RECHECK_SECONDS = 3600
    shared = team("Shared", bob=Role.VIEWER)
    watch = AccessWatch(asker=Asker(user=shared.memberships.get().user), scope=scope_of(shared))
    with django_assert_num_queries(0):
        for _ in range(100):
            watch.check()
