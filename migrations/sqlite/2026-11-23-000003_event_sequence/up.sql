-- Every event gets a sequence number: unique, and for the events of one creditor's claims
-- increasing in the order they were committed. Live streams use it as the SSE `id`, so a
-- reconnecting browser resumes after the last event it saw (`Last-Event-ID`).
-- On SQLite writers are serialised, so the number is MAX(seq) + 1 inside the write.
ALTER TABLE claim_events ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
UPDATE claim_events SET seq = (
    SELECT numbered.n FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY recorded_at, id) AS n FROM claim_events) AS numbered
    WHERE numbered.id = claim_events.id
);
CREATE UNIQUE INDEX claim_events_by_seq ON claim_events (seq);
CREATE INDEX claim_events_by_claim_seq ON claim_events (claim_id, seq);

-- last_event_at now orders partners' events only (the platform's own are never late); no
-- partner event was stored before this version, so no case has one yet.
UPDATE claims SET last_event_at = 0;
