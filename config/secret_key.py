"""The SECRET_KEY when the environment sets none: one generated per installation, kept in
`var/secret-key` (mode 600), so that `make run` on a fresh machine signs sessions with a key
nobody else knows, and keeps it across restarts (sessions stay valid).

Never a constant in the code: a public key lets anyone forge session cookies and password
reset links. config/settings/base.py refuses to start with DEBUG off and no key; `make run`
(scripts/run.py) and `make test` (scripts/test.sh) create the file first:

    python -m config.secret_key [VAR_DIR]

This module imports nothing from Django, so it runs before settings can load.
"""

import os
import secrets
import sys
from pathlib import Path

FILENAME = "secret-key"
# The key the project once shipped as its fallback: public, so never accepted.
PUBLIC_KEYS = frozenset({"django-insecure-pdfchat-development-key-set-SECRET_KEY-in-production"})


def read(var_dir: Path) -> str:
    """The generated key in `var_dir`, or "" if there is none yet."""
    try:
        return (var_dir / FILENAME).read_text().strip()
    except FileNotFoundError:
        return ""


def ensure(var_dir: Path) -> bool:
    """Create `var_dir/secret-key` with a new random key unless it exists; True if created."""
    var_dir.mkdir(parents=True, exist_ok=True)
    try:  # O_EXCL: two processes starting at once never overwrite each other's key
        descriptor = os.open(var_dir / FILENAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w") as file:
        file.write(secrets.token_urlsafe(50) + "\n")
    return True


if __name__ == "__main__":
    default = os.environ.get("PDFCHAT_VAR_DIR", str(Path(__file__).resolve().parent.parent / "var"))
    var_dir = Path(sys.argv[1] if len(sys.argv) > 1 else default)
    if ensure(var_dir):
        print(f"==> generated a SECRET_KEY into {var_dir / FILENAME} (kept across restarts)")
