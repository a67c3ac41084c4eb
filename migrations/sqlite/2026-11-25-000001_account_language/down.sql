ALTER TABLE creditors DROP COLUMN time_zone;
ALTER TABLE creditors DROP COLUMN language;
