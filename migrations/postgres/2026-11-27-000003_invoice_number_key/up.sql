-- The duplicate check looks invoices up by their number without spaces, in capitals
-- (`domain::duplicate::invoice_key`): indexed, so that filing costs the same however many
-- invoices the creditor has filed before (a bulk import of 10,000 rows no longer slows down
-- as it goes).
CREATE INDEX claim_invoices_by_number_key ON claim_invoices ((upper(replace(number, ' ', ''))));
