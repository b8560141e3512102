-- What the up granted is revoked and what it revoked granted back: the privileges are the defaults again.
REVOKE SELECT ON accounts FROM PUBLIC;
GRANT EXECUTE ON FUNCTION account_count() TO PUBLIC;
