// The schema both backends' migrations create; keep in step with `migrations/`.

diesel::table! {
    creditors (id) {
        id -> Text,
        name -> Text,
        registration_number -> Nullable<Text>,
        country -> Text,
        email -> Text,
        password_hash -> Nullable<Text>,
        created_at -> BigInt,
    }
}

diesel::table! {
    api_keys (id) {
        id -> Text,
        creditor_id -> Text,
        key_hash -> Text,
        prefix -> Text,
        label -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    claims (id) {
        id -> Text,
        creditor_id -> Text,
        status -> Text,
        service -> Text,
        partner_id -> Text,
        debtor_name -> Text,
        debtor_country -> Text,
        currency -> Text,
        principal_minor -> BigInt,
        disputed -> Bool,
        debtor_json -> Text,
        history_json -> Text,
        quote_json -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
        partner_reference -> Nullable<Text>,
        collected_minor -> Nullable<BigInt>,
        last_event_at -> BigInt,
        decline_reason -> Nullable<Text>,
    }
}

diesel::table! {
    claim_invoices (claim_id, position) {
        claim_id -> Text,
        position -> Integer,
        number -> Text,
        issue_date -> Text,
        due_date -> Text,
        amount_minor -> BigInt,
    }
}

diesel::table! {
    claim_events (id) {
        id -> Text,
        claim_id -> Text,
        status -> Text,
        occurred_at -> BigInt,
        recorded_at -> BigInt,
        source -> Text,
        message -> Nullable<Text>,
        collected_minor -> Nullable<BigInt>,
        webhook_id -> Nullable<Text>,
        applied -> Bool,
        seq -> BigInt,
    }
}

diesel::table! {
    idempotency_keys (creditor_id, key) {
        creditor_id -> Text,
        key -> Text,
        request_hash -> Text,
        claim_id -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    deliveries (id) {
        id -> Text,
        claim_id -> Text,
        partner_id -> Text,
        kind -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> BigInt,
        lease_until -> Nullable<BigInt>,
        last_error -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::joinable!(api_keys -> creditors (creditor_id));
diesel::joinable!(claims -> creditors (creditor_id));
diesel::joinable!(claim_invoices -> claims (claim_id));
diesel::joinable!(claim_events -> claims (claim_id));
diesel::joinable!(deliveries -> claims (claim_id));

diesel::allow_tables_to_appear_in_same_query!(
    creditors,
    api_keys,
    claims,
    claim_invoices,
    claim_events,
    idempotency_keys,
    deliveries
);

diesel::table! {
    sessions (id) {
        id -> Text,
        creditor_id -> Nullable<Text>,
        operator -> Bool,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    attempt_counts (bucket, window_start) {
        bucket -> Text,
        window_start -> BigInt,
        hits -> Integer,
    }
}
