-- +goose Up
CREATE TABLE members (id serial PRIMARY KEY, name text NOT NULL);
