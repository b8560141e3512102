-- Rewrite rules (not a view's _RETURN rule).
-- scope: pg_class
SELECT 'rule', r.qname || '.' || quote_ident(ru.rulename),
  jsonb_build_object('definition', pg_get_ruledef(ru.oid, true), 'enabled', ru.ev_enabled),
  'pg_rewrite/' || ru.oid, r.ref
FROM rel r CROSS JOIN LATERAL (SELECT * FROM pg_rewrite ru WHERE ru.ev_class = r.oid AND ru.rulename <> '_RETURN' OFFSET 0) ru
