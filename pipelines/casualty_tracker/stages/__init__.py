"""Pipeline stages: the work of each asset, written without Dagster so it can run and be tested alone."""
