"""Run the test OpenID Connect provider: `python -m tests.support.oidc_provider --port N`.

Migrates its SQLite database in --dir (default $OIDC_PROVIDER_DIR), then replaces itself with
gunicorn serving it on 127.0.0.1:N: one process, two threads, so a browser's requests and the
relying party's back-channel calls (token, JWKS, userinfo) are served at the same time. The
issuer is http://127.0.0.1:N/o. The fixture (fixture.py) runs this in a session of its own
and stops it by its process group.
"""

import argparse
import os
import sys
from pathlib import Path

SETTINGS = "tests.support.oidc_provider.settings"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.support.oidc_provider", description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    parser.add_argument("--dir", type=Path, default=os.environ.get("OIDC_PROVIDER_DIR"), help="its database and keys")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    if args.dir is None:
        parser.error("give --dir or set OIDC_PROVIDER_DIR")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    host = f"[{args.host}]" if ":" in args.host else args.host
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ["OIDC_PROVIDER_DIR"] = str(args.dir.resolve())
    os.environ.setdefault("OIDC_PROVIDER_ISSUER", f"http://{host}:{args.port}/o")

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)

    gunicorn = [sys.executable, "-m", "gunicorn", "tests.support.oidc_provider.wsgi:application",
                "--config", "python:tests.support.oidc_provider.gunicorn_conf",
                "--bind", f"{host}:{args.port}", "--workers", "1", "--threads", str(args.threads)]  # fmt: skip
    sys.stdout.flush()
    os.execv(sys.executable, gunicorn)


if __name__ == "__main__":
    main()
