ALTER TABLE accounts DROP CONSTRAINT accounts_balance_ok;
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_ok CHECK ((balance >= 0 OR kind <> 'internal') AND credit_limit >= 0);

DROP INDEX accounts_open_idx;
CREATE INDEX accounts_open_idx ON accounts (id) WHERE ((kind = 'customer') AND ((balance > 0) OR (credit_limit > 0)));

-- Copied back from 000001, re-indented by an editor.
CREATE OR REPLACE FUNCTION account_label(a accounts) RETURNS text LANGUAGE plpgsql STABLE AS $$
    BEGIN
        IF a.kind = 'customer' THEN  -- by number
            RETURN 'customer ' || a.id;
        END IF;
        RETURN a.kind;
    END
$$;
