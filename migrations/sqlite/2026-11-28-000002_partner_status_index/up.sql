-- A partner's cases by status, newest first (the portal's list filtered by a status, and
-- the count of its open cases on its dashboard), without reading the partner's other cases.
CREATE INDEX claims_by_partner_status ON claims (partner_id, status, id);
