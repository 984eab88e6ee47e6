-- Failed sign-ins are now counted in memory per account and client address (a growing delay, not
-- a lock anyone can trigger), so the per-account lockout columns go. A handed-out password (the
-- bootstrap admin's generated one) must be changed before anything else.
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
