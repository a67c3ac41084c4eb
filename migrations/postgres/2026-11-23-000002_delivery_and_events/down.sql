DROP TABLE deliveries;
DROP INDEX claim_events_webhook_id;
ALTER TABLE claim_events DROP COLUMN applied;
ALTER TABLE claim_events DROP COLUMN webhook_id;
ALTER TABLE claims DROP COLUMN decline_reason;
ALTER TABLE claims DROP COLUMN last_event_at;
ALTER TABLE claims DROP COLUMN collected_minor;
ALTER TABLE claims DROP COLUMN partner_reference;
