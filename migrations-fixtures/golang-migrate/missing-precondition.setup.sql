-- What the platform provides for the missing-precondition fixture (test/integration/failures-said-once-and-server-limits.test.ts).
CREATE ROLE web_anon NOLOGIN;
CREATE SCHEMA IF NOT EXISTS identity;
