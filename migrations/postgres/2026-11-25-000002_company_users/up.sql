-- An account is a company with several users. The login the company had (creditors.email,
-- creditors.password_hash) becomes its first user, an administrator; creditors.email stays
-- the address the company's notifications go to.
CREATE TABLE creditor_users (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    -- lower case; unique among the users who are not removed
    email TEXT NOT NULL,
    -- empty until the user gives one (a login moved here from an older account)
    name TEXT NOT NULL,
    -- argon2id PHC string; none for a user who has not set a password yet
    password_hash TEXT,
    -- admin or member
    role TEXT NOT NULL,
    -- when the user proved the address is theirs; none: not yet
    verified_at BIGINT,
    -- the language the user's e-mails are written in
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- a removed user is kept, so that the timeline still names who did what
    removed_at BIGINT
);
CREATE UNIQUE INDEX creditor_users_email ON creditor_users (email) WHERE removed_at IS NULL;
CREATE INDEX creditor_users_by_creditor ON creditor_users (creditor_id);

INSERT INTO creditor_users (id, creditor_id, email, name, password_hash, role, verified_at, lang, created_at)
SELECT 'us_' || id, id, email, '', password_hash, 'admin', created_at, 'en', created_at FROM creditors;

-- Links sent by e-mail: to verify an address (sign-up, a new address), to reset a password,
-- to accept an invitation. Kept by the SHA-256 of the token; single use, expiring.
CREATE TABLE account_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES creditor_users (id),
    -- verify, reset, invite, email
    purpose TEXT NOT NULL,
    -- for an e-mail change: the address that counts once verified
    new_email TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id);

ALTER TABLE sessions ADD COLUMN user_id TEXT REFERENCES creditor_users (id);
UPDATE sessions SET user_id = 'us_' || creditor_id WHERE creditor_id IS NOT NULL;

-- Company details, editable by administrators; sent to the partner with each case.
ALTER TABLE creditors ADD COLUMN address_line TEXT;
ALTER TABLE creditors ADD COLUMN postal_code TEXT;
ALTER TABLE creditors ADD COLUMN city TEXT;
ALTER TABLE creditors ADD COLUMN contact_name TEXT;
ALTER TABLE creditors ADD COLUMN contact_email TEXT;
ALTER TABLE creditors ADD COLUMN contact_phone TEXT;
ALTER TABLE creditors ADD COLUMN iban TEXT;
ALTER TABLE creditors ADD COLUMN bic TEXT;
