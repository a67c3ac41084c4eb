-- The partner's reference for the case, the running collected total, and the occurred_at
-- of the latest event applied (later-arriving older events do not move the case back).
ALTER TABLE claims ADD COLUMN partner_reference TEXT;
ALTER TABLE claims ADD COLUMN collected_minor BIGINT;
ALTER TABLE claims ADD COLUMN last_event_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN decline_reason TEXT;

-- Partner events are kept whether or not they changed the case; webhook-id makes replays no-ops.
ALTER TABLE claim_events ADD COLUMN webhook_id TEXT;
ALTER TABLE claim_events ADD COLUMN applied BOOLEAN NOT NULL DEFAULT TRUE;
CREATE UNIQUE INDEX claim_events_webhook_id ON claim_events (source, webhook_id);

-- The transactional outbox: a delivery is written in the transaction that makes it necessary.
CREATE TABLE deliveries (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    partner_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_by_claim ON deliveries (claim_id);
