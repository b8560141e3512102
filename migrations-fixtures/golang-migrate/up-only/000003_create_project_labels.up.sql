CREATE TABLE project_labels (
    project_id bigint NOT NULL,
    label text NOT NULL
);
