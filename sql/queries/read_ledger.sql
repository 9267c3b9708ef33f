-- The ingest ledger: what each source looked like when last read.
SELECT source_path, size_bytes, mtime_ns, sha256, status, articles FROM source_files;
