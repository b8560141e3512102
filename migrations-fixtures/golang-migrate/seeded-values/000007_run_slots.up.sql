-- one slot per run a project allows: real max_runs are small numbers, and so are the seeded ones
CREATE TABLE run_slots AS SELECT p.id AS project_id, n FROM projects p CROSS JOIN generate_series(1, p.max_runs) n;
