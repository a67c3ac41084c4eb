DROP TABLE claim_quotes;
