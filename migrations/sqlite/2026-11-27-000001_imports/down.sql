DROP INDEX import_rows_by_group;
DROP TABLE import_rows;
DROP INDEX imports_by_status;
DROP INDEX imports_by_creditor;
DROP TABLE imports;
