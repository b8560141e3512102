-- Reports read accounts; only the application may count them.
GRANT SELECT ON accounts TO PUBLIC;
REVOKE EXECUTE ON FUNCTION account_count() FROM PUBLIC;
