DROP TABLE identity.sessions;
