-- Lists at scale: a creditor's claims by status or by country, newest first; a partner's
-- cases newest first; the operator's silent cases. Keyset pagination walks these by id.
CREATE INDEX claims_by_creditor_status ON claims (creditor_id, status, id);
CREATE INDEX claims_by_creditor_country ON claims (creditor_id, debtor_country, id);
CREATE INDEX claims_by_partner ON claims (partner_id, id);
CREATE INDEX claims_silent ON claims (silent_since) WHERE silent_since IS NOT NULL;

-- The search (part of a debtor's name or of an invoice number, any case) by trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX claims_debtor_name_trgm ON claims USING gin (lower(debtor_name) gin_trgm_ops);
CREATE INDEX claim_invoices_number_trgm ON claim_invoices USING gin (lower(number) gin_trgm_ops);

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
       SUM(GREATEST(COALESCE(collected_minor, 0), 0)),
       SUM(GREATEST(principal_minor - GREATEST(COALESCE(collected_minor, 0), 0), 0))
FROM claims GROUP BY creditor_id, status, debtor_country, currency;

-- Takes the creditor's row lock first (as appending an event does), so that writers of one
-- creditor always lock in the same order: the creditor, then its totals.
CREATE FUNCTION claim_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM 1 FROM creditors WHERE id = OLD.creditor_id FOR NO KEY UPDATE;
        UPDATE claim_totals SET
            claims = claims - 1,
            principal_minor = principal_minor - OLD.principal_minor,
            collected_minor = collected_minor - GREATEST(COALESCE(OLD.collected_minor, 0), 0),
            outstanding_minor = outstanding_minor
                - GREATEST(OLD.principal_minor - GREATEST(COALESCE(OLD.collected_minor, 0), 0), 0)
        WHERE creditor_id = OLD.creditor_id AND status = OLD.status
            AND debtor_country = OLD.debtor_country AND currency = OLD.currency;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM 1 FROM creditors WHERE id = NEW.creditor_id FOR NO KEY UPDATE;
        INSERT INTO claim_totals VALUES (
            NEW.creditor_id, NEW.status, NEW.debtor_country, NEW.currency, 1, NEW.principal_minor,
            GREATEST(COALESCE(NEW.collected_minor, 0), 0),
            GREATEST(NEW.principal_minor - GREATEST(COALESCE(NEW.collected_minor, 0), 0), 0))
        ON CONFLICT (creditor_id, status, debtor_country, currency) DO UPDATE SET
            claims = claim_totals.claims + 1,
            principal_minor = claim_totals.principal_minor + excluded.principal_minor,
            collected_minor = claim_totals.collected_minor + excluded.collected_minor,
            outstanding_minor = claim_totals.outstanding_minor + excluded.outstanding_minor;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER claim_totals_insert AFTER INSERT OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION claim_totals_keep();
CREATE TRIGGER claim_totals_update AFTER UPDATE OF status, collected_minor, principal_minor, currency, debtor_country, creditor_id ON claims
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.collected_minor IS DISTINCT FROM NEW.collected_minor
        OR OLD.principal_minor IS DISTINCT FROM NEW.principal_minor OR OLD.currency IS DISTINCT FROM NEW.currency
        OR OLD.debtor_country IS DISTINCT FROM NEW.debtor_country OR OLD.creditor_id IS DISTINCT FROM NEW.creditor_id)
    EXECUTE FUNCTION claim_totals_keep();
