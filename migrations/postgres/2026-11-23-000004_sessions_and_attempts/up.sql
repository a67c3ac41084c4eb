-- Server-side sessions: the cookie carries a random token; the database keeps its SHA-256,
-- so that sign-out, a password change and the idle and absolute timeouts revoke it for
-- every instance. Operator sessions have no creditor.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT REFERENCES creditors (id),
    operator BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX sessions_by_creditor ON sessions (creditor_id);

-- Sign-in and sign-up attempts counted per fixed window, shared by every instance:
-- `bucket` names what is counted (an address, or the hash of an e-mail address).
CREATE TABLE attempt_counts (
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX attempt_counts_by_window ON attempt_counts (window_start);
