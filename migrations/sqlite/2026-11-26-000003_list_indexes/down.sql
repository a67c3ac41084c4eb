DROP TRIGGER claim_totals_delete;
DROP TRIGGER claim_totals_update;
DROP TRIGGER claim_totals_insert;
DROP TABLE claim_totals;
DROP INDEX claims_silent;
DROP INDEX claims_by_partner;
DROP INDEX claims_by_creditor_country;
DROP INDEX claims_by_creditor_status;
