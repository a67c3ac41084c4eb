-- Who did an entry of a case's thread when a partner user did it in the partner portal
-- (the user's id); none for what came through the partner API or from the platform.
ALTER TABLE claim_events ADD COLUMN actor TEXT;

-- People of a partner who work its cases in the partner portal.
CREATE TABLE partner_users (
    id TEXT PRIMARY KEY NOT NULL,
    partner_id TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    -- admin (may invite colleagues) or member
    role TEXT NOT NULL,
    -- argon2id; none until the user chose a password through a one-time link
    password_hash TEXT,
    invited_by TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX partner_users_by_partner ON partner_users (partner_id);

-- One-time sign-in links (the operator's first user, invitations): stored by the SHA-256 of
-- the token, used once, expiring.
CREATE TABLE partner_links (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES partner_users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Partner users' sessions, apart from creditors' (`sessions`): one never opens the other.
CREATE TABLE partner_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES partner_users (id),
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    revoked_at BIGINT
);
