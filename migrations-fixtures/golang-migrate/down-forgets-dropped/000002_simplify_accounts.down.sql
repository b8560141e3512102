-- Brings back the trigger only: forgets the view, the index, the check, the old label and the nickname column.
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
