"""The DuckDB warehouse: one private writer file, one published snapshot for readers.

DuckDB lets one process write a file, and while it does, no other process can open
that file even read-only. So runs write to `<name>.writer.duckdb` under an exclusive
file lock, and every successful write publishes a copy to `<name>.duckdb` by an
atomic rename. Analysts (the `query` command, the DuckDB CLI, notebooks) open the
snapshot, which no run ever holds open: they always see the last committed state.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..failpoints import failpoint
from .migrations import migrate
from .partition_files import PartitionFiles


class WarehouseBusy(RuntimeError):
    """Another process holds the writer lock for longer than we are willing to wait."""


class NoDatabase(FileNotFoundError):
    """The snapshot does not exist yet: nothing has been loaded."""


class Warehouse:
    """Paths and connections of one casualty-tracker database.

    `storage_root` switches the figure tables (and number mentions) to Parquet storage:
    each publication day is a set of files under that root (a folder, or an object-store
    URL), written by partition runs that never open the DuckDB file, and the database
    holds views of the same names over them. Without it, everything is in the one file.
    """

    def __init__(
        self, db_path: str | os.PathLike, lock_timeout_s: float = 600.0, storage_root: str | None = None
    ) -> None:
        self.db_path = Path(db_path).resolve()
        stem = self.db_path.name.removesuffix(".duckdb")
        self.writer_path = self.db_path.with_name(f"{stem}.writer.duckdb")
        self.lock_path = self.db_path.with_name(f"{stem}.writer.lock")
        self.lock_timeout_s = lock_timeout_s
        self.files = PartitionFiles(storage_root) if storage_root else None

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + self.lock_timeout_s
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise WarehouseBusy(
                            f"another casualty-tracker run is writing {self.writer_path} "
                            f"(waited {self.lock_timeout_s:.0f}s for {self.lock_path}); "
                            "try again when it finishes"
                        ) from None
                    time.sleep(0.1)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    @contextlib.contextmanager
    def writer(self, publish: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """An exclusive read-write connection; on success the snapshot is republished.

        Callers wrap their changes in a transaction; if the block raises, nothing is
        published and DuckDB rolls back what was not committed.
        """
        with self._lock():
            con = duckdb.connect(str(self.writer_path))
            try:
                migrate(con)
                if self.files is not None:
                    self.files.attach(con)
                yield con
                con.execute("CHECKPOINT")
            finally:
                con.close()
            if publish:
                self._publish()

    def ensure_schema(self) -> None:
        """Create or migrate the database and publish it (a no-op when already current)."""
        with self.writer():
            pass

    def _publish(self) -> None:
        """Copy the closed writer file to a temp name and rename it over the snapshot."""
        for stale in self.db_path.parent.glob(f".{self.db_path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a publish that was killed half-way
        tmp = self.db_path.with_name(f".{self.db_path.name}.{os.getpid()}.tmp")
        try:
            shutil.copyfile(self.writer_path, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            failpoint("before_publish_rename")
            os.replace(tmp, self.db_path)
        finally:
            tmp.unlink(missing_ok=True)
        dir_fd = os.open(self.db_path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def reader(self, wait_s: float = 10.0) -> duckdb.DuckDBPyConnection:
        """A read-only connection to the published snapshot.

        Runs never hold the snapshot, so this normally opens at once. If some other
        program holds it open for writing (e.g. the DuckDB CLI started without
        -readonly), retry for `wait_s` seconds, then fail with what to do about it.
        """
        if not self.db_path.exists():
            raise NoDatabase(
                f"no database at {self.db_path}: run `casualty-tracker run --db {self.db_path}` first"
            )
        deadline = time.monotonic() + wait_s
        while True:
            try:
                return duckdb.connect(str(self.db_path), read_only=True)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"{self.db_path} is held open for writing by another program ({exc}). "
                        "Open it read-only (duckdb -readonly, or read_only=True), then retry."
                    ) from exc
                time.sleep(0.2)
