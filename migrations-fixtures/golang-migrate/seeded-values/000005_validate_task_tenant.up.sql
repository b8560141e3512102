ALTER TABLE tasks VALIDATE CONSTRAINT tasks_project_tenant_fkey;
