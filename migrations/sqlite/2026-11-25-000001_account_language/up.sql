-- The account's language for its pages and e-mails (en, sv, nb, da, fi, de; NULL: the
-- browser's, or the language switcher's) and the time zone its pages show times in (an IANA
-- name; NULL: the zone of the account's country).
ALTER TABLE creditors ADD COLUMN language TEXT;
ALTER TABLE creditors ADD COLUMN time_zone TEXT;
