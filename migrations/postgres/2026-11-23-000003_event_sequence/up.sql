-- Every event gets a sequence number: unique, and for the events of one creditor's claims
-- increasing in the order they were committed (the number is drawn while the creditor's row
-- is locked). Live streams use it as the SSE `id`, so a reconnecting browser resumes after
-- the last event it saw (`Last-Event-ID`). No default: an insert that forgets it fails.
CREATE SEQUENCE claim_events_seq;
ALTER TABLE claim_events ADD COLUMN seq BIGINT;
UPDATE claim_events SET seq = numbered.n
FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY recorded_at, id) AS n FROM claim_events) AS numbered
WHERE numbered.id = claim_events.id;
SELECT setval('claim_events_seq', COALESCE((SELECT MAX(seq) FROM claim_events), 0) + 1, false);
ALTER TABLE claim_events ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX claim_events_by_seq ON claim_events (seq);
CREATE INDEX claim_events_by_claim_seq ON claim_events (claim_id, seq);

-- last_event_at now orders partners' events only (the platform's own are never late); no
-- partner event was stored before this version, so no case has one yet.
UPDATE claims SET last_event_at = 0;
