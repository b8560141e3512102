SET LOCAL lock_timeout = '5s';
ALTER TABLE projects DROP CONSTRAINT projects_currency_check;
ALTER TABLE tasks DROP CONSTRAINT tasks_project_tenant_fkey;
