DROP INDEX deliveries_by_recipient;
DELETE FROM deliveries WHERE kind = 'webhook';
ALTER TABLE deliveries ADD CONSTRAINT deliveries_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES claims (id);
DROP TABLE webhook_attempts;
DROP TABLE webhook_messages;
DROP TABLE webhook_endpoints;
