-- Bulk intake: an upload (a CSV of invoices, or UBL e-invoices) becomes an import, shown as
-- a preview before anything is filed; then filed in the background, row by row. Rows of the
-- same debtor form one claim group, filed through intake with an idempotency key derived
-- from the creditor and the group's content (`group_key`), so that a retry, a crash or a
-- re-upload never files a group twice.
CREATE TABLE imports (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    -- csv or ubl
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    -- preview (nothing filed yet), running, done
    status TEXT NOT NULL,
    -- validated and priced only: never filed
    dry_run BOOLEAN NOT NULL,
    total INTEGER NOT NULL,
    filed INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    -- the portal user who started it (none: over the API)
    created_by TEXT,
    -- the process filing it holds it until then (wall-clock microseconds)
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX imports_by_creditor ON imports (creditor_id, id);
CREATE INDEX imports_by_status ON imports (status);

CREATE TABLE import_rows (
    import_id TEXT NOT NULL REFERENCES imports (id),
    row_number INTEGER NOT NULL,
    -- the claim group's idempotency key; empty for a row with errors
    group_key TEXT NOT NULL,
    -- the row's values by template column, as a JSON object
    values_json TEXT NOT NULL,
    -- what is wrong with it: JSON list of {"column", "field", "message"}
    errors_json TEXT NOT NULL,
    -- invalid, pending, filed, failed
    state TEXT NOT NULL,
    claim_id TEXT,
    -- filed before (by an earlier import or upload of the same content)
    already_filed BOOLEAN NOT NULL,
    -- for the first row of a group: the partner and the quoted cost, as JSON
    preview_json TEXT,
    -- an e-invoice row: its XML in the document store, kept as the claim's document
    document_name TEXT,
    document_sha256 TEXT,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX import_rows_by_group ON import_rows (import_id, group_key);
