CREATE TABLE project_members (
    project_id bigint NOT NULL,
    user_name text NOT NULL,
    PRIMARY KEY (project_id, user_name)
);
