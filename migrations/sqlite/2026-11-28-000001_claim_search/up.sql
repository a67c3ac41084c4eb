-- Searching the claims list by part of a debtor's name or of an invoice number: a trigram
-- full-text index (FTS5), the SQLite counterpart of PostgreSQL's `pg_trgm` indexes, so that
-- a search reads the claims it finds instead of every claim of the creditor. One row per
-- claim (its debtor's name) and one per invoice (its number); `claim_id` leads back to the
-- claim and is indexed too, for the partner portal's search by part of a case's id (the
-- creditor's list searches `text` only). Case-insensitive, as the `lower(...) LIKE` it
-- replaces.
--
-- Triggers keep it: every door that writes claims or invoices (intake, imports, the seed,
-- the operator's tools) goes through them. Claims are never deleted and a debtor's name is
-- never changed by the portal; the update and delete triggers are there for completeness and
-- find their rows by reading the index (rowids of `claims` may change on VACUUM).
CREATE VIRTUAL TABLE claim_search USING fts5 (claim_id, text, tokenize = 'trigram');

INSERT INTO claim_search (claim_id, text) SELECT id, debtor_name FROM claims;
INSERT INTO claim_search (claim_id, text) SELECT claim_id, number FROM claim_invoices;

CREATE TRIGGER claim_search_claim_added AFTER INSERT ON claims BEGIN
  INSERT INTO claim_search (claim_id, text) VALUES (new.id, new.debtor_name);
END;

CREATE TRIGGER claim_search_claim_renamed AFTER UPDATE OF debtor_name ON claims BEGIN
  DELETE FROM claim_search WHERE claim_id = old.id AND text = old.debtor_name;
  INSERT INTO claim_search (claim_id, text) VALUES (new.id, new.debtor_name);
END;

CREATE TRIGGER claim_search_claim_removed AFTER DELETE ON claims BEGIN
  DELETE FROM claim_search WHERE claim_id = old.id AND text = old.debtor_name;
END;

CREATE TRIGGER claim_search_invoice_added AFTER INSERT ON claim_invoices BEGIN
  INSERT INTO claim_search (claim_id, text) VALUES (new.claim_id, new.number);
END;

CREATE TRIGGER claim_search_invoice_changed AFTER UPDATE OF number, claim_id ON claim_invoices BEGIN
  DELETE FROM claim_search WHERE claim_id = old.claim_id AND text = old.number;
  INSERT INTO claim_search (claim_id, text) VALUES (new.claim_id, new.number);
END;

CREATE TRIGGER claim_search_invoice_removed AFTER DELETE ON claim_invoices BEGIN
  DELETE FROM claim_search WHERE claim_id = old.claim_id AND text = old.number;
END;
