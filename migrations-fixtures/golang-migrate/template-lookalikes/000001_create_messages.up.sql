-- Rendered once from {{ .Template }} by hand; this file is plain SQL now.
CREATE TABLE messages (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template text NOT NULL DEFAULT 'Hello {{ .Name }}, you owe ${AMOUNT}',
    blob bytea
);

CREATE FUNCTION render_message(body text, name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT replace($1, '{{ .Name }}', $2)
$fn$;
