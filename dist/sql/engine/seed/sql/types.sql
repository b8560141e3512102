-- The types of $1 and those they are built on (domain bases, array elements, range subtypes), transitively, with what
-- the seeder needs to make values of each (candidates.ts).
WITH RECURSIVE ty(oid) AS (
  SELECT unnest($1::oid[])
  UNION
  SELECT x.o FROM ty JOIN pg_type t ON t.oid = ty.oid
  CROSS JOIN LATERAL (VALUES (nullif(t.typbasetype, 0)), (CASE WHEN t.typcategory = 'A' THEN nullif(t.typelem, 0) END),
    ((SELECT rngsubtype FROM pg_range WHERE rngtypid = t.oid OR rngmultitypid = t.oid LIMIT 1))) x(o)
  WHERE x.o IS NOT NULL
)
SELECT t.oid::int8 AS oid, t.typname AS name, t.typtype AS kind, t.typcategory AS category, nullif(t.typbasetype, 0)::int8 AS base,
  CASE WHEN t.typcategory = 'A' THEN nullif(t.typelem, 0)::int8 END AS element,
  (SELECT rngsubtype::int8 FROM pg_range WHERE rngtypid = t.oid OR rngmultitypid = t.oid LIMIT 1) AS subtype,
  (SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = t.oid) AS labels,
  (SELECT count(*) FROM pg_attribute WHERE attrelid = t.typrelid AND attnum > 0 AND NOT attisdropped)::int AS fields
FROM ty JOIN pg_type t ON t.oid = ty.oid
