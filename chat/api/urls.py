"""API routes. Every path works with and without a trailing slash, and nothing redirects."""

from rest_framework.routers import SimpleRouter

from chat.api.collections import CollectionViewSet
from chat.api.tokens import TokenViewSet
from chat.api.views import ChatJobViewSet, ChatViewSet, ConversationViewSet, DocumentViewSet


class OptionalSlashRouter(SimpleRouter):
    """A SimpleRouter whose routes match `/chat/sync` and `/chat/sync/` alike."""

    def __init__(self) -> None:
        super().__init__()
        self.trailing_slash = "/?"


router = OptionalSlashRouter()
router.register("chat/jobs", ChatJobViewSet, basename="chat-job")
router.register("chat", ChatViewSet, basename="chat")
router.register("documents", DocumentViewSet, basename="document")
router.register("conversations", ConversationViewSet, basename="conversation")
router.register("collections", CollectionViewSet, basename="collection")
router.register("tokens", TokenViewSet, basename="token")

urlpatterns = router.urls
