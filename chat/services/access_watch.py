"""Access checked again while an answer is written: a model may write for a minute, and a
member removed (or a token revoked) in that minute must not go on reading.

`AccessWatch.wrap(on_delta)` checks before passing a piece on, at most every
ACCESS_RECHECK_SECONDS, and once more when the model is done; a lost collection raises
AccessLost in the writing thread, which ends the answer there: a queued job fails saying
why, a stream sends an `error` event and closes.
"""

import time
from collections.abc import Callable

from django.conf import settings

from chat.errors import NotAllowed
from chat.models import ApiToken
from chat.retrieval.types import Scope
from chat.selectors.access import Asker, roles, token_refusal

LOST = "Access was removed while this answer was written: {why}"


class AccessLost(NotAllowed):
    """The asker may no longer read what the answer searched."""


class AccessWatch:
    def __init__(self, *, asker: Asker, scope: Scope, release: Callable[[], None] = lambda: None) -> None:
        self.asker, self.scope, self.release = asker, scope, release
        self.checked_at = time.monotonic()

    def wrap(self, on_delta: Callable[[str], None] | None) -> Callable[[str], None]:
        def checked(text: str) -> None:
            self.check()
            if on_delta is not None:
                on_delta(text)

        return checked

    def check(self) -> None:
        """Raise AccessLost if the asker lost access since the last check (a check costs two
        queries, so it runs at most every ACCESS_RECHECK_SECONDS; 0: every time)."""
        if time.monotonic() - self.checked_at < settings.ACCESS_RECHECK_SECONDS:
            return
        try:
            why = self._lost()
        finally:
            self.checked_at = time.monotonic()
            self.release()  # the answer goes on for seconds: hold no database connection meanwhile
        if why:
            raise AccessLost(LOST.format(why=why))

    def _lost(self) -> str | None:
        asker = self.asker
        if asker.token is not None:
            token = ApiToken.objects.select_related("user").filter(pk=asker.token.pk).first()
            if refusal := token_refusal(token=token):
                return refusal
            asker = Asker(user=asker.user, token=token)
        elif asker.user is not None and not type(asker.user).objects.filter(pk=asker.user.pk, is_active=True).exists():
            return "the user was deactivated."
        if set(self.scope.collection_pks) - set(roles(asker=asker)):
            return "you are no longer a member of a collection it searched."
        return None
