DROP INDEX claims_by_partner_status;
