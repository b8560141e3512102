-- web_anon is the role the API connects as; the platform creates it, no migration does.
SET LOCAL lock_timeout = '5s';
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_public_read ON profiles FOR SELECT TO web_anon USING (true);
