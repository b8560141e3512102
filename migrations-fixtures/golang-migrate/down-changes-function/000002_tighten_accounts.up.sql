-- Internal accounts may now hold balances, and labels show the balance.
ALTER TABLE accounts DROP CONSTRAINT accounts_balance_ok;
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_ok CHECK (balance >= 0 AND credit_limit >= 0);

DROP INDEX accounts_open_idx;
CREATE INDEX accounts_open_idx ON accounts (id) WHERE kind = 'customer' AND balance > 0;

CREATE OR REPLACE FUNCTION account_label(a accounts) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN a.kind || ' ' || a.id || ' (' || a.balance || ')';
END
$$;
