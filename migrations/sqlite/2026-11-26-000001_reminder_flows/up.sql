-- Reminder flows before the hand-over: flows per creditor (steps as a JSON list of
-- {"kind", "offset_days"}, offsets from the claim's latest invoice due date), customer
-- categories with their flow, the category of each debtor, and per claim: the flow's
-- schedule, the reminders sent, phone-call outcomes, the debtor's answers and the links
-- the debtor answers through.
CREATE TABLE reminder_flows (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    name TEXT NOT NULL,
    steps_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX reminder_flows_by_creditor ON reminder_flows (creditor_id);

CREATE TABLE customer_categories (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    name TEXT NOT NULL,
    -- none: the default flow
    flow_id TEXT REFERENCES reminder_flows (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX customer_categories_by_creditor ON customer_categories (creditor_id);

-- debtor_key: "reg:<COUNTRY>:<registration number>" or "name:<COUNTRY>:<name>", normalised
CREATE TABLE debtor_categories (
    creditor_id TEXT NOT NULL REFERENCES creditors (id),
    debtor_key TEXT NOT NULL,
    debtor_name TEXT NOT NULL,
    category_id TEXT NOT NULL REFERENCES customer_categories (id),
    PRIMARY KEY (creditor_id, debtor_key)
);

-- Whether the creditor charges reminder fees where the law allows them.
CREATE TABLE reminder_settings (
    creditor_id TEXT PRIMARY KEY NOT NULL REFERENCES creditors (id),
    charge_fees BOOLEAN NOT NULL
);

-- The flow a reminding claim runs: running, paused, stopped (disputed, withdrawn), done.
CREATE TABLE claim_flows (
    claim_id TEXT PRIMARY KEY NOT NULL REFERENCES claims (id),
    flow_id TEXT,
    flow_name TEXT NOT NULL,
    state TEXT NOT NULL,
    -- why it is paused: creditor, debtor_says_paid
    paused_reason TEXT,
    paused_on TEXT,
    -- a promise: nothing runs until this date has passed
    wait_until TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Each step of a claim's flow, due on its day; done exactly once (a conditional update
-- from pending claims it, in the transaction that writes what it sends).
CREATE TABLE claim_flow_steps (
    claim_id TEXT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    due_on TEXT NOT NULL,
    -- pending, done, skipped
    state TEXT NOT NULL,
    done_at BIGINT,
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX claim_flow_steps_due ON claim_flow_steps (state, due_on);

CREATE TABLE sent_reminders (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    -- reminder or formal_notice
    kind TEXT NOT NULL,
    -- email or letter
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    recipient TEXT,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    fee_minor BIGINT,
    currency TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    sent_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX sent_reminders_once ON sent_reminders (claim_id, position);

CREATE TABLE call_outcomes (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    reached BOOLEAN NOT NULL,
    reason TEXT,
    promised_on TEXT,
    promised_amount_minor BIGINT,
    notes TEXT NOT NULL,
    actor TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX call_outcomes_by_claim ON call_outcomes (claim_id);

CREATE TABLE debtor_answers (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    -- paid, promise, plan, dispute
    kind TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    -- open (waits for the creditor: paid, plan), accepted, rejected, confirmed, denied, noted
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX debtor_answers_by_claim ON debtor_answers (claim_id);

-- Links in reminders to the debtor's response page, kept by the SHA-256 of the token.
CREATE TABLE debtor_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX debtor_links_by_claim ON debtor_links (claim_id);
