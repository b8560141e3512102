DROP INDEX CONCURRENTLY accounts_name_idx;
