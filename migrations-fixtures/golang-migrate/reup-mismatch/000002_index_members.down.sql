DROP INDEX IF EXISTS members_name_idx;
DROP INDEX IF EXISTS members_name_lower_idx;
