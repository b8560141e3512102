SET LOCAL lock_timeout = '5s';
-- a task and its project always belong to one tenant; currencies are ISO codes
ALTER TABLE tasks ADD CONSTRAINT tasks_project_tenant_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) NOT VALID;
ALTER TABLE projects ADD CONSTRAINT projects_currency_check CHECK (currency ~ '^[A-Z]{3}$') NOT VALID;
