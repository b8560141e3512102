-- Objects of the catalogs no other branch reads (sources/other-objects.sql), named by pg_identify_object.
-- scope: pg_collation, pg_conversion, pg_operator, pg_opclass, pg_opfamily, pg_cast, pg_ts_config, pg_ts_dict, pg_ts_parser, pg_ts_template, pg_foreign_data_wrapper, pg_foreign_server, pg_publication, pg_language, pg_am, pg_transform, pg_default_acl
SELECT io.type, io.identity,
  jsonb_build_object('privileges', CASE WHEN o.cls = 'pg_default_acl'::regclass THEN (SELECT defaclacl::text FROM pg_default_acl WHERE oid = o.oid) END),
  o.cls::text || '/' || o.oid, NULL
FROM other_rows o CROSS JOIN LATERAL pg_identify_object(o.cls, o.oid, 0) io
WHERE NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = o.cls AND x.objid = o.oid AND x.deptype = 'e')
