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
        notify_requests -> Bool,
        notify_money -> Bool,
        notify_closed -> Bool,
        address_line -> Nullable<Text>,
        postal_code -> Nullable<Text>,
        city -> Nullable<Text>,
        contact_name -> Nullable<Text>,
        contact_email -> Nullable<Text>,
        contact_phone -> Nullable<Text>,
        iban -> Nullable<Text>,
        bic -> Nullable<Text>,
        language -> Nullable<Text>,
        time_zone -> Nullable<Text>,
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
        last_partner_contact_at -> Nullable<BigInt>,
        silent_since -> Nullable<BigInt>,
        reconciled_at -> Nullable<BigInt>,
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
        kind -> Text,
        ref_id -> Nullable<Text>,
        actor -> Nullable<Text>,
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
        payload -> Nullable<Text>,
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
    deliveries,
    messages,
    documents,
    payments,
    payouts,
    promises,
    partner_users,
    partner_links,
    partner_sessions
);

diesel::table! {
    messages (id) {
        id -> Text,
        claim_id -> Text,
        sender -> Text,
        body -> Text,
        requires_answer -> Bool,
        answer_by -> Nullable<Text>,
        in_reply_to -> Nullable<Text>,
        answered_by_id -> Nullable<Text>,
        document_ids -> Text,
        delivery_id -> Nullable<Text>,
        sent_at -> BigInt,
    }
}

diesel::table! {
    documents (id) {
        id -> Text,
        claim_id -> Text,
        name -> Text,
        media_type -> Text,
        size -> BigInt,
        sha256 -> Text,
        added_by -> Text,
        source_key -> Nullable<Text>,
        added_at -> BigInt,
    }
}

diesel::table! {
    payments (id) {
        id -> Text,
        claim_id -> Text,
        external_id -> Text,
        source -> Text,
        amount_minor -> BigInt,
        received_on -> Text,
        paid_to -> Text,
        costs_minor -> BigInt,
        interest_minor -> BigInt,
        principal_minor -> BigInt,
        allocated_by -> Text,
        reversed_at -> Nullable<BigInt>,
        reversal_reason -> Nullable<Text>,
        recorded_at -> BigInt,
    }
}

diesel::table! {
    payouts (id) {
        id -> Text,
        claim_id -> Text,
        external_id -> Text,
        amount_minor -> BigInt,
        paid_on -> Text,
        commission_minor -> BigInt,
        costs_minor -> BigInt,
        reference -> Nullable<Text>,
        recorded_at -> BigInt,
    }
}

diesel::table! {
    promises (id) {
        id -> Text,
        claim_id -> Text,
        made_on -> Text,
        amount_minor -> BigInt,
        due_on -> Text,
        instalments -> Text,
        broken_on -> Nullable<Text>,
        recorded_at -> BigInt,
    }
}

diesel::joinable!(messages -> claims (claim_id));
diesel::joinable!(documents -> claims (claim_id));
diesel::joinable!(payments -> claims (claim_id));
diesel::joinable!(payouts -> claims (claim_id));
diesel::joinable!(promises -> claims (claim_id));

diesel::table! {
    sessions (id) {
        id -> Text,
        creditor_id -> Nullable<Text>,
        operator -> Bool,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
        user_id -> Nullable<Text>,
    }
}

diesel::table! {
    attempt_counts (bucket, window_start) {
        bucket -> Text,
        window_start -> BigInt,
        hits -> Integer,
    }
}

diesel::table! {
    claim_quotes (id) {
        id -> Text,
        claim_id -> Text,
        partner_id -> Text,
        state -> Text,
        quote_json -> Text,
        reason -> Nullable<Text>,
        created_at -> BigInt,
        decided_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(claim_quotes -> claims (claim_id));

diesel::table! {
    partner_users (id) {
        id -> Text,
        partner_id -> Text,
        email -> Text,
        role -> Text,
        password_hash -> Nullable<Text>,
        invited_by -> Nullable<Text>,
        created_at -> BigInt,
    }
}

diesel::table! {
    partner_links (id) {
        id -> Text,
        user_id -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
        used_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    partner_sessions (id) {
        id -> Text,
        user_id -> Text,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(partner_links -> partner_users (user_id));
diesel::joinable!(partner_sessions -> partner_users (user_id));

diesel::table! {
    creditor_users (id) {
        id -> Text,
        creditor_id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        role -> Text,
        verified_at -> Nullable<BigInt>,
        lang -> Text,
        created_at -> BigInt,
        removed_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    account_tokens (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        new_email -> Nullable<Text>,
        created_at -> BigInt,
        expires_at -> BigInt,
        used_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(creditor_users -> creditors (creditor_id));
diesel::joinable!(account_tokens -> creditor_users (user_id));
diesel::allow_tables_to_appear_in_same_query!(creditor_users, account_tokens, creditors, sessions);
diesel::allow_tables_to_appear_in_same_query!(creditor_users, claim_events);

diesel::table! {
    reminder_flows (id) {
        id -> Text,
        creditor_id -> Text,
        name -> Text,
        steps_json -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    customer_categories (id) {
        id -> Text,
        creditor_id -> Text,
        name -> Text,
        flow_id -> Nullable<Text>,
        created_at -> BigInt,
    }
}

diesel::table! {
    debtor_categories (creditor_id, debtor_key) {
        creditor_id -> Text,
        debtor_key -> Text,
        debtor_name -> Text,
        category_id -> Text,
    }
}

diesel::table! {
    reminder_settings (creditor_id) {
        creditor_id -> Text,
        charge_fees -> Bool,
    }
}

diesel::table! {
    claim_flows (claim_id) {
        claim_id -> Text,
        flow_id -> Nullable<Text>,
        flow_name -> Text,
        state -> Text,
        paused_reason -> Nullable<Text>,
        paused_on -> Nullable<Text>,
        wait_until -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    claim_flow_steps (claim_id, position) {
        claim_id -> Text,
        position -> Integer,
        kind -> Text,
        due_on -> Text,
        state -> Text,
        done_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    sent_reminders (id) {
        id -> Text,
        claim_id -> Text,
        position -> Integer,
        kind -> Text,
        channel -> Text,
        language -> Text,
        recipient -> Nullable<Text>,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        fee_minor -> Nullable<BigInt>,
        currency -> Text,
        sent_on -> Text,
        sent_at -> BigInt,
    }
}

diesel::table! {
    call_outcomes (id) {
        id -> Text,
        claim_id -> Text,
        reached -> Bool,
        reason -> Nullable<Text>,
        promised_on -> Nullable<Text>,
        promised_amount_minor -> Nullable<BigInt>,
        notes -> Text,
        actor -> Nullable<Text>,
        created_at -> BigInt,
    }
}

diesel::table! {
    debtor_answers (id) {
        id -> Text,
        claim_id -> Text,
        kind -> Text,
        fields_json -> Text,
        state -> Text,
        created_at -> BigInt,
        decided_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    debtor_links (token_hash) {
        token_hash -> Text,
        claim_id -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::allow_tables_to_appear_in_same_query!(claim_flows, claim_flow_steps, claims);
diesel::allow_tables_to_appear_in_same_query!(debtor_categories, customer_categories);

diesel::table! {
    claim_totals (creditor_id, status, debtor_country, currency) {
        creditor_id -> Text,
        status -> Text,
        debtor_country -> Text,
        currency -> Text,
        claims -> BigInt,
        principal_minor -> BigInt,
        collected_minor -> BigInt,
        outstanding_minor -> BigInt,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        id -> Text,
        creditor_id -> Text,
        url -> Text,
        events -> Text,
        secret -> Text,
        previous_secret -> Nullable<Text>,
        previous_until -> Nullable<BigInt>,
        created_at -> BigInt,
        deleted_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    webhook_messages (id) {
        id -> Text,
        endpoint_id -> Text,
        claim_id -> Nullable<Text>,
        event_type -> Text,
        body -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    webhook_attempts (id) {
        id -> Text,
        endpoint_id -> Text,
        message_id -> Text,
        event_type -> Text,
        attempted_at -> BigInt,
        status_code -> Nullable<Integer>,
        duration_ms -> BigInt,
        error -> Nullable<Text>,
    }
}

diesel::joinable!(webhook_endpoints -> creditors (creditor_id));
diesel::joinable!(webhook_messages -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_attempts -> webhook_messages (message_id));
diesel::allow_tables_to_appear_in_same_query!(webhook_endpoints, webhook_messages, webhook_attempts);

diesel::table! {
    imports (id) {
        id -> Text,
        creditor_id -> Text,
        kind -> Text,
        file_name -> Text,
        status -> Text,
        dry_run -> Bool,
        total -> Integer,
        filed -> Integer,
        failed -> Integer,
        created_by -> Nullable<Text>,
        lease_until -> Nullable<BigInt>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    import_rows (import_id, row_number) {
        import_id -> Text,
        row_number -> Integer,
        group_key -> Text,
        values_json -> Text,
        errors_json -> Text,
        state -> Text,
        claim_id -> Nullable<Text>,
        already_filed -> Bool,
        preview_json -> Nullable<Text>,
        document_name -> Nullable<Text>,
        document_sha256 -> Nullable<Text>,
    }
}

diesel::joinable!(import_rows -> imports (import_id));
diesel::joinable!(imports -> creditors (creditor_id));
diesel::allow_tables_to_appear_in_same_query!(imports, import_rows, creditors);
