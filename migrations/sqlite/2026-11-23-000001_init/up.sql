-- Times are microseconds since the Unix epoch (UTC); money is integer minor units of `currency`.
CREATE TABLE creditors (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    registration_number TEXT,
    country TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    created_at BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    key_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX api_keys_by_creditor ON api_keys (creditor_id);

CREATE TABLE claims (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    status TEXT NOT NULL,
    service TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    debtor_name TEXT NOT NULL,
    debtor_country TEXT NOT NULL,
    currency TEXT NOT NULL,
    principal_minor BIGINT NOT NULL,
    disputed BOOLEAN NOT NULL,
    debtor_json TEXT NOT NULL,
    history_json TEXT NOT NULL,
    quote_json TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX claims_by_creditor ON claims (creditor_id, id);

CREATE TABLE claim_invoices (
    claim_id TEXT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_events (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    status TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    source TEXT NOT NULL,
    message TEXT,
    collected_minor BIGINT
);
CREATE INDEX claim_events_by_claim ON claim_events (claim_id, occurred_at);

CREATE TABLE idempotency_keys (
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, key)
);
