SET LOCAL lock_timeout = '5s';
DROP POLICY profiles_public_read ON profiles;
ALTER TABLE profiles DISABLE ROW LEVEL SECURITY;
