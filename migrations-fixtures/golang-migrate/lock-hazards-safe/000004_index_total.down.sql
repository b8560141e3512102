DROP INDEX CONCURRENTLY orders_total_idx;
