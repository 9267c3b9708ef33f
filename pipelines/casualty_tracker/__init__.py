"""casualty-tracker: conflict figures from news, as claims, in DuckDB through Dagster."""

__version__ = "0.1.0"
