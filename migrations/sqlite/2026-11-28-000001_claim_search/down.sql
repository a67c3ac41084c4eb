DROP TRIGGER claim_search_invoice_removed;
DROP TRIGGER claim_search_invoice_changed;
DROP TRIGGER claim_search_invoice_added;
DROP TRIGGER claim_search_claim_removed;
DROP TRIGGER claim_search_claim_renamed;
DROP TRIGGER claim_search_claim_added;
DROP TABLE claim_search;
