SET LOCAL lock_timeout = '5s';
ALTER TABLE tasks DROP CONSTRAINT tasks_project_tenant_fkey;
ALTER TABLE tasks ADD CONSTRAINT tasks_project_tenant_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) NOT VALID;
