DROP TABLE partner_sessions;
DROP TABLE partner_links;
DROP TABLE partner_users;
ALTER TABLE claim_events DROP COLUMN actor;
