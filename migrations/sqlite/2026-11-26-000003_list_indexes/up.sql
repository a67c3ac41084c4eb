-- Lists at scale: a creditor's claims by status or by country, newest first; a partner's
-- cases newest first; the operator's silent cases. Keyset pagination walks these by id.
CREATE INDEX claims_by_creditor_status ON claims (creditor_id, status, id);
CREATE INDEX claims_by_creditor_country ON claims (creditor_id, debtor_country, id);
CREATE INDEX claims_by_partner ON claims (partner_id, id);
CREATE INDEX claims_silent ON claims (silent_since) WHERE silent_since IS NOT NULL;

-- The totals at the top of a creditor's claims, kept by the database on every write to
-- `claims`, so that a page reads a few rows instead of every claim of the creditor.
-- `outstanding_minor` is what would be outstanding if the claims were open (principal less
-- what was collected, never below zero); readers count it only for open statuses.
CREATE TABLE claim_totals (
    creditor_id TEXT NOT NULL,
    status TEXT NOT NULL,
    debtor_country TEXT NOT NULL,
    currency TEXT NOT NULL,
    claims BIGINT NOT NULL,
    principal_minor BIGINT NOT NULL,
    collected_minor BIGINT NOT NULL,
    outstanding_minor BIGINT NOT NULL,
    PRIMARY KEY (creditor_id, status, debtor_country, currency)
);

INSERT INTO claim_totals
SELECT creditor_id, status, debtor_country, currency, COUNT(*), SUM(principal_minor),
       SUM(MAX(COALESCE(collected_minor, 0), 0)),
       SUM(MAX(principal_minor - MAX(COALESCE(collected_minor, 0), 0), 0))
FROM claims GROUP BY creditor_id, status, debtor_country, currency;

CREATE TRIGGER claim_totals_insert AFTER INSERT ON claims
BEGIN
    INSERT INTO claim_totals VALUES (
        NEW.creditor_id, NEW.status, NEW.debtor_country, NEW.currency, 1, NEW.principal_minor,
        MAX(COALESCE(NEW.collected_minor, 0), 0),
        MAX(NEW.principal_minor - MAX(COALESCE(NEW.collected_minor, 0), 0), 0))
    ON CONFLICT (creditor_id, status, debtor_country, currency) DO UPDATE SET
        claims = claims + 1,
        principal_minor = principal_minor + excluded.principal_minor,
        collected_minor = collected_minor + excluded.collected_minor,
        outstanding_minor = outstanding_minor + excluded.outstanding_minor;
END;

CREATE TRIGGER claim_totals_update AFTER UPDATE ON claims
WHEN OLD.status IS NOT NEW.status OR OLD.collected_minor IS NOT NEW.collected_minor
    OR OLD.principal_minor IS NOT NEW.principal_minor OR OLD.currency IS NOT NEW.currency
    OR OLD.debtor_country IS NOT NEW.debtor_country OR OLD.creditor_id IS NOT NEW.creditor_id
BEGIN
    UPDATE claim_totals SET
        claims = claims - 1,
        principal_minor = principal_minor - OLD.principal_minor,
        collected_minor = collected_minor - MAX(COALESCE(OLD.collected_minor, 0), 0),
        outstanding_minor = outstanding_minor - MAX(OLD.principal_minor - MAX(COALESCE(OLD.collected_minor, 0), 0), 0)
    WHERE creditor_id = OLD.creditor_id AND status = OLD.status
        AND debtor_country = OLD.debtor_country AND currency = OLD.currency;
    INSERT INTO claim_totals VALUES (
        NEW.creditor_id, NEW.status, NEW.debtor_country, NEW.currency, 1, NEW.principal_minor,
        MAX(COALESCE(NEW.collected_minor, 0), 0),
        MAX(NEW.principal_minor - MAX(COALESCE(NEW.collected_minor, 0), 0), 0))
    ON CONFLICT (creditor_id, status, debtor_country, currency) DO UPDATE SET
        claims = claims + 1,
        principal_minor = principal_minor + excluded.principal_minor,
        collected_minor = collected_minor + excluded.collected_minor,
        outstanding_minor = outstanding_minor + excluded.outstanding_minor;
END;

CREATE TRIGGER claim_totals_delete AFTER DELETE ON claims
BEGIN
    UPDATE claim_totals SET
        claims = claims - 1,
        principal_minor = principal_minor - OLD.principal_minor,
        collected_minor = collected_minor - MAX(COALESCE(OLD.collected_minor, 0), 0),
        outstanding_minor = outstanding_minor - MAX(OLD.principal_minor - MAX(COALESCE(OLD.collected_minor, 0), 0), 0)
    WHERE creditor_id = OLD.creditor_id AND status = OLD.status
        AND debtor_country = OLD.debtor_country AND currency = OLD.currency;
END;
