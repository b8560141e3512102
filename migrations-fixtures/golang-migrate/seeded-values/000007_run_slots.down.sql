DROP TABLE run_slots;
