-- A creditor's endpoints for webhooks: each with its own signing secret, kept sealed
-- (AES-256-GCM under a key derived from the session key), and during a rotation the
-- previous one, valid until `previous_until` (the application's clock, microseconds).
CREATE TABLE webhook_endpoints (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    url TEXT NOT NULL,
    -- the event types it takes, space-separated
    events TEXT NOT NULL,
    secret TEXT NOT NULL,
    previous_secret TEXT,
    previous_until BIGINT,
    created_at BIGINT NOT NULL,
    deleted_at BIGINT
);
CREATE INDEX webhook_endpoints_by_creditor ON webhook_endpoints (creditor_id);

-- One message to one endpoint: its id is the `webhook-id`, the same on every attempt and
-- replay; the body is kept as first sent.
CREATE TABLE webhook_messages (
    id TEXT PRIMARY KEY NOT NULL,
    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
    claim_id TEXT,
    event_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX webhook_messages_by_endpoint ON webhook_messages (endpoint_id, created_at);

-- Every attempt to send a message: when, the answer's status code (none when there was no
-- answer), how long it took, and what went wrong.
CREATE TABLE webhook_attempts (
    id TEXT PRIMARY KEY NOT NULL,
    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
    message_id TEXT NOT NULL REFERENCES webhook_messages (id),
    event_type TEXT NOT NULL,
    attempted_at BIGINT NOT NULL,
    status_code INTEGER,
    duration_ms BIGINT NOT NULL,
    error TEXT
);
CREATE INDEX webhook_attempts_by_message ON webhook_attempts (message_id, attempted_at);
CREATE INDEX webhook_attempts_by_endpoint ON webhook_attempts (endpoint_id, attempted_at);

-- The outbox also carries messages that are about no claim (a webhook's test event), so a
-- delivery's claim_id no longer has to name a claim: the table is rebuilt without that key.
CREATE TABLE deliveries_new (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    payload TEXT
);
INSERT INTO deliveries_new (id, claim_id, partner_id, kind, state, attempts, next_attempt_at, lease_until,
                            last_error, created_at, updated_at, payload)
    SELECT id, claim_id, partner_id, kind, state, attempts, next_attempt_at, lease_until,
           last_error, created_at, updated_at, payload FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_by_claim ON deliveries (claim_id);

-- A webhook endpoint's sends (`partner_id` is the endpoint's id), for its delivery log.
CREATE INDEX deliveries_by_recipient ON deliveries (partner_id, kind);
