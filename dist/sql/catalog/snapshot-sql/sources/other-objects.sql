-- The objects of the catalogs no other branch reads (collations, operators, casts, text search, foreign data,
-- publications, languages, access methods, transforms, default privileges): their catalog and oid.
SELECT 'pg_collation'::regclass AS cls, oid FROM pg_collation WHERE oid >= 16384
UNION ALL SELECT 'pg_conversion'::regclass, oid FROM pg_conversion WHERE oid >= 16384
UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator WHERE oid >= 16384
UNION ALL SELECT 'pg_opclass'::regclass, oid FROM pg_opclass WHERE oid >= 16384
UNION ALL SELECT 'pg_opfamily'::regclass, oid FROM pg_opfamily WHERE oid >= 16384
UNION ALL SELECT 'pg_cast'::regclass, oid FROM pg_cast WHERE oid >= 16384
UNION ALL SELECT 'pg_ts_config'::regclass, oid FROM pg_ts_config WHERE oid >= 16384
UNION ALL SELECT 'pg_ts_dict'::regclass, oid FROM pg_ts_dict WHERE oid >= 16384
UNION ALL SELECT 'pg_ts_parser'::regclass, oid FROM pg_ts_parser WHERE oid >= 16384
UNION ALL SELECT 'pg_ts_template'::regclass, oid FROM pg_ts_template WHERE oid >= 16384
UNION ALL SELECT 'pg_foreign_data_wrapper'::regclass, oid FROM pg_foreign_data_wrapper WHERE oid >= 16384
UNION ALL SELECT 'pg_foreign_server'::regclass, oid FROM pg_foreign_server WHERE oid >= 16384
UNION ALL SELECT 'pg_publication'::regclass, oid FROM pg_publication WHERE oid >= 16384
UNION ALL SELECT 'pg_language'::regclass, oid FROM pg_language WHERE oid >= 16384
UNION ALL SELECT 'pg_am'::regclass, oid FROM pg_am WHERE oid >= 16384
UNION ALL SELECT 'pg_transform'::regclass, oid FROM pg_transform WHERE oid >= 16384
UNION ALL SELECT 'pg_default_acl'::regclass, oid FROM pg_default_acl WHERE oid >= 16384
