"""API users for a stack: created in one manage.py process, returned with their tokens.

Benchmarks that authenticate (one user or many) create their users here, so each gets its
token the same way the deployed command makes it.
"""

from __future__ import annotations

from bench.stack.children import Stack
from bench.stack.commands import manage
from bench.stack.errors import BenchError


def api_users(stack: Stack, *names: str) -> dict[str, str]:
    """Create API users (`manage.py create_api_user`, all in one process): {name: token}."""
    script = (
        "from django.core.management import call_command\n"
        f"for name in {list(names)!r}:\n"
        "    call_command('create_api_user', name)\n"
    )
    tokens = manage(stack, "shell", "-v0", "-c", script).split()
    if len(tokens) != len(names):
        raise BenchError(f"create_api_user printed {len(tokens)} tokens for {len(names)} users")
    return dict(zip(names, tokens, strict=True))
