DROP TABLE members;
DROP TABLE settings;
