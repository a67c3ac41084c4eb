DROP TABLE idempotency_keys;
DROP TABLE claim_events;
DROP TABLE claim_invoices;
DROP TABLE claims;
DROP TABLE api_keys;
DROP TABLE creditors;
