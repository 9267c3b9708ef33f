"""Where the project's files live: sql/, seeds/ and the default data folder.

The package is installed editable from the repository, so the project root is two
levels above this package; CASUALTY_TRACKER_HOME overrides it for other layouts.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("CASUALTY_TRACKER_HOME", Path(__file__).resolve().parents[2]))
SQL_DIR = PROJECT_ROOT / "sql"
SEEDS_DIR = PROJECT_ROOT / "seeds"
SEED_ARTICLES_DIR = SEEDS_DIR / "articles"
REFERENCE_DIR = SEEDS_DIR / "reference"
DATA_DIR = PROJECT_ROOT / "data"


def default_db_path() -> Path:
    """The analysts' database: $CASUALTY_TRACKER_DB, else data/casualties.duckdb."""
    return Path(os.environ.get("CASUALTY_TRACKER_DB", DATA_DIR / "casualties.duckdb"))
