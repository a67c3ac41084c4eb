-- v1.1, the case after hand-over: conversation, documents and money, both ways.

-- Every entry of a case's thread is an event: a status change (`status`, as in v1), or a
-- message, a document, a payment, a reversal, a payout or a promise, whose details live in
-- their own table under `ref_id`. Only `status` events move the case.
ALTER TABLE claim_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'status';
ALTER TABLE claim_events ADD COLUMN ref_id TEXT;

-- When the partner last sent anything about the case (the application's clock), when the
-- platform flagged the partner as silent on it, and when it last reconciled it.
ALTER TABLE claims ADD COLUMN last_partner_contact_at BIGINT;
ALTER TABLE claims ADD COLUMN silent_since BIGINT;
ALTER TABLE claims ADD COLUMN reconciled_at BIGINT;

-- What the creditor wants to hear about by e-mail.
ALTER TABLE creditors ADD COLUMN notify_requests BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE creditors ADD COLUMN notify_money BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE creditors ADD COLUMN notify_closed BOOLEAN NOT NULL DEFAULT TRUE;

-- Deliveries that carry a body of their own (a message, a document's metadata, a direct
-- payment, an e-mail) keep it here, as JSON, so that every retry sends the same thing.
ALTER TABLE deliveries ADD COLUMN payload TEXT;

CREATE TABLE messages (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    -- creditor, partner or platform
    sender TEXT NOT NULL,
    body TEXT NOT NULL,
    requires_answer BOOLEAN NOT NULL DEFAULT FALSE,
    answer_by TEXT,
    in_reply_to TEXT,
    answered_by_id TEXT,
    -- JSON array of document ids
    document_ids TEXT NOT NULL DEFAULT '[]',
    -- the outbox entry that takes a creditor's message to the partner
    delivery_id TEXT,
    sent_at BIGINT NOT NULL
);
CREATE INDEX messages_by_claim ON messages (claim_id, sent_at);

CREATE TABLE documents (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    -- creditor, or the partner's id
    added_by TEXT NOT NULL,
    -- the partner's webhook-id: the same upload twice is stored once
    source_key TEXT,
    added_at BIGINT NOT NULL
);
CREATE INDEX documents_by_claim ON documents (claim_id, added_at);
CREATE UNIQUE INDEX documents_by_source ON documents (claim_id, added_by, source_key);

CREATE TABLE payments (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    -- the partner's payment id (or the platform's, for direct payments and running totals)
    external_id TEXT NOT NULL,
    -- the partner's id, creditor, or reconciliation
    source TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    received_on TEXT NOT NULL,
    -- partner or creditor
    paid_to TEXT NOT NULL,
    costs_minor BIGINT NOT NULL,
    interest_minor BIGINT NOT NULL,
    principal_minor BIGINT NOT NULL,
    -- partner (as stated) or platform (costs, then interest, then principal)
    allocated_by TEXT NOT NULL,
    reversed_at BIGINT,
    reversal_reason TEXT,
    recorded_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX payments_by_external_id ON payments (claim_id, external_id);

CREATE TABLE payouts (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    external_id TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    paid_on TEXT NOT NULL,
    commission_minor BIGINT NOT NULL,
    costs_minor BIGINT NOT NULL,
    reference TEXT,
    recorded_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX payouts_by_external_id ON payouts (claim_id, external_id);

-- Promises and instalment plans; the newest of a case is the one in force.
CREATE TABLE promises (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    made_on TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    due_on TEXT NOT NULL,
    -- JSON array of {"due_on", "amount_minor"}; one entry for a single promise
    instalments TEXT NOT NULL,
    -- the missed due date, once the platform found it missed
    broken_on TEXT,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX promises_by_claim ON promises (claim_id, recorded_at);
