DROP INDEX people_email_idx;
