-- pg_trgm stays: other databases on this server use it.
DROP INDEX documents_title_trgm_idx;
