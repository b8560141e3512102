CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  kind text NOT NULL,
  balance numeric NOT NULL DEFAULT 0,
  credit_limit numeric NOT NULL DEFAULT 0,
  CONSTRAINT accounts_balance_ok CHECK (balance >= 0 AND (kind <> 'internal' AND credit_limit >= 0))
);

CREATE INDEX accounts_open_idx ON accounts (id) WHERE kind = 'customer' AND (balance > 0 OR credit_limit > 0);

CREATE FUNCTION account_label(a accounts) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  -- customers are shown by number, everyone else by kind
  IF a.kind = 'customer' THEN
    RETURN 'customer ' || a.id;
  END IF;
  RETURN a.kind;
END
$$;
