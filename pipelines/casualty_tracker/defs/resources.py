"""Dagster resources: where the warehouse lives and where articles come from."""

from pathlib import Path

import dagster as dg
from pydantic import Field

from ..ingest import MAX_BYTES
from ..paths import DATA_DIR, SEED_ARTICLES_DIR, default_db_path
from ..storage.warehouse import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB database analysts query; runs write a private copy and publish it atomically."""

    db_path: str = str(default_db_path())
    lock_timeout_s: float = 600.0
    storage_root: str = ""
    """A folder or object-store URL: figure tables as Parquet files per day there (empty: in db_path)."""

    def warehouse(self) -> Warehouse:
        return Warehouse(
            self.db_path, lock_timeout_s=self.lock_timeout_s, storage_root=self.storage_root or None
        )


class SourcesResource(dg.ConfigurableResource):
    """Folders and feeds that articles are read from.

    feed_urls are RSS/Atom URLs (http or https only) polled on every ingest run, each
    within feed_timeout_s seconds in all; a feed that fails is quarantined under its URL
    and the run goes on. Files (and feed bodies) over max_file_bytes are quarantined
    unread.
    """

    inbox_dir: str = str(DATA_DIR / "inbox")
    include_seeds: bool = True
    seed_dir: str = str(SEED_ARTICLES_DIR)
    feed_urls: list[str] = Field(default_factory=list)
    feed_timeout_s: float = 10.0
    max_file_bytes: int = MAX_BYTES

    def folders(self) -> list[Path]:
        folders = [Path(self.seed_dir)] if self.include_seeds else []
        return [*folders, Path(self.inbox_dir)]

    def feeds(self) -> list[str]:
        """The configured feed URLs, blanks and repeats left out."""
        return list(dict.fromkeys(u.strip() for u in self.feed_urls if u and u.strip()))
