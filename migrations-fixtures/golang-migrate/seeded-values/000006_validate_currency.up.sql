ALTER TABLE projects VALIDATE CONSTRAINT projects_currency_check;
