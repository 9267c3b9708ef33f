"""Assets by stage: ingest (articles, quarantine), extract (number mentions), figures."""
