DROP INDEX claim_events_by_claim_seq;
DROP INDEX claim_events_by_seq;
ALTER TABLE claim_events DROP COLUMN seq;
DROP SEQUENCE claim_events_seq;
