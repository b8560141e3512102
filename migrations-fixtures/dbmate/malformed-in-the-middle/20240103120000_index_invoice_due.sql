-- migrate:up
CREATE TABLE reminders (id bigserial PRIMARY KEY, invoice_id bigint NOT NULL, due_on date NOT NULL);
INSERT INTO reminders (invoice_id, due_on) SELECT id, due_on FROM invoices WHERE due_on IS NOT NULL;

-- migrate:down
DROP TABLE reminders;
