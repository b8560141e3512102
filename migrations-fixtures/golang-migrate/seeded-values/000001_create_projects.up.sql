CREATE TABLE tenants (
  id int PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE projects (
  id int PRIMARY KEY,
  tenant_id int NOT NULL REFERENCES tenants,
  external_id text NOT NULL UNIQUE,
  settings text NOT NULL,
  currency varchar(3) NOT NULL,
  country char(2),
  max_runs int NOT NULL,
  note text,
  UNIQUE (tenant_id, id)
);
CREATE TABLE tasks (
  id int PRIMARY KEY,
  tenant_id int NOT NULL REFERENCES tenants,
  project_id int NOT NULL REFERENCES projects (id)
);
