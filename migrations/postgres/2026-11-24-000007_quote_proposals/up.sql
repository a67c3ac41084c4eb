-- Every quote a claim had: the one it was filed with, the new quotes proposed after a
-- partner declined (or the operator re-routed the case), which the creditor accepts before
-- anything is handed over, and what became of each. The claim's current quote stays in
-- `claims.quote_json`.
CREATE TABLE claim_quotes (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    partner_id TEXT NOT NULL,
    -- filed, proposed, accepted, superseded (replaced by a newer quote), declined (its
    -- partner declined the case)
    state TEXT NOT NULL,
    quote_json TEXT NOT NULL,
    -- why the quote was made: for a proposal, the previous partner's decline and its reason
    reason TEXT,
    created_at BIGINT NOT NULL,
    -- when it was accepted, superseded or declined
    decided_at BIGINT
);
CREATE INDEX claim_quotes_by_claim ON claim_quotes (claim_id, created_at);

-- The quotes claims were filed with so far.
INSERT INTO claim_quotes (id, claim_id, partner_id, state, quote_json, reason, created_at)
SELECT 'cq_' || id, id, COALESCE(CAST(quote_json AS JSON) -> 'partner' ->> 'id', partner_id), 'filed', quote_json, NULL, created_at
FROM claims WHERE quote_json IS NOT NULL;
