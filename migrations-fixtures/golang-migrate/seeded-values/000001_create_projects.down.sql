DROP TABLE tasks, projects, tenants;
