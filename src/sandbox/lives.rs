//! The lives the sandbox partner gives its cases: scripts of steps, each due a number of days
//! after the case arrived on the platform's clock (or after the answer to an information
//! request, for the steps after one), or after `index x SANDBOX_STEP_MS` of real time,
//! whichever comes first. Amounts are not written here: a payment pays an instalment of the
//! plan the debtor agreed to, a share of the principal, or what is still owed, so that direct
//! payments to the creditor and rounding never make the sandbox collect more than is owed.

use std::hash::{Hash, Hasher};

/// One step of a case's life.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// Days after the anchor (the hand-over, or the answer to the last information request).
    pub day: i64,
    pub act: Act,
}

/// What a step does; each is one request to the platform.
#[derive(Debug, Clone, Copy)]
pub enum Act {
    /// A status event: the status and what the partner says about it.
    Status(&'static str, &'static str),
    /// A message to the creditor.
    Message(&'static str),
    /// An information request (`requires_answer`): the life waits for the creditor's answer.
    Request(&'static str),
    /// The debtor promises to pay what is owed: one instalment per entry, due that many days
    /// after the promise (a single promise when there is one).
    Promise(&'static [i64]),
    /// The debtor pays; `true` when the sandbox states the allocation itself.
    Pay(Part, bool),
    /// The last payment bounces, for this reason.
    Reverse(&'static str),
    /// The sandbox pays out what it holds, less its commission.
    Payout,
    /// The sandbox adds a document to the case.
    Upload(Paper),
}

/// How much a payment pays.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    /// Instalment `i` of the agreed plan (the last one pays whatever is still owed).
    Instalment(usize),
    /// A percentage of the principal, at most what is owed.
    Percent(i64),
    /// Everything still owed.
    Rest,
}

/// The documents the sandbox writes.
#[derive(Debug, Clone, Copy)]
pub enum Paper {
    PaymentPlan,
    CourtDecision,
}

impl Act {
    pub fn kind(&self) -> &'static str {
        match self {
            Act::Status(..) => "status",
            Act::Message(_) => "message",
            Act::Request(_) => "information request",
            Act::Promise(_) => "promise",
            Act::Pay(..) => "payment",
            Act::Reverse(_) => "payment_reversed",
            Act::Payout => "payout",
            Act::Upload(_) => "document",
        }
    }
}

/// A named script.
#[derive(Debug)]
pub struct Life {
    pub name: &'static str,
    pub steps: &'static [Step],
}

const fn at(day: i64, act: Act) -> Step {
    Step { day, act }
}

use Act::*;

/// (a) The partner needs the signed order, gets it, and the debtor agrees to a plan of three
/// instalments, which it keeps.
pub const PLAN: Life = Life {
    name: "plan",
    steps: &[
        at(1, Status("contacting_debtor", "Demand letter sent in the debtor's language; follow-up call booked")),
        at(
            3,
            Status("information_requested", "The debtor says the goods were never ordered; we need the signed order"),
        ),
        at(
            3,
            Request(
                "Please send us the signed order confirmation for the invoices, so that we can answer the debtor's objection.",
            ),
        ),
        at(3, Message("Thank you for the order confirmation: we have sent it to the debtor with a second demand.")),
        at(3, Status("contacting_debtor", "Second demand sent with the order confirmation")),
        at(7, Promise(&[9, 16, 23])),
        at(7, Status("payment_plan", "The debtor agreed to pay in three instalments; the signed plan is attached")),
        at(7, Upload(Paper::PaymentPlan)),
        at(14, Pay(Part::Instalment(0), false)),
        at(14, Status("partially_paid", "First instalment received")),
        at(21, Pay(Part::Instalment(1), true)),
        at(21, Status("partially_paid", "Second instalment received")),
        at(28, Pay(Part::Instalment(2), false)),
        at(30, Payout),
        at(30, Status("paid", "Final instalment received and paid out; case closed")),
    ],
};

/// (b) The debtor promises, pays within the week, and the case closes.
pub const QUICK: Life = Life {
    name: "quick",
    steps: &[
        at(1, Status("contacting_debtor", "Demand letter sent; the debtor called back the same day")),
        at(2, Promise(&[7])),
        at(2, Message("The debtor promised to pay the whole amount within a week.")),
        at(6, Pay(Part::Rest, true)),
        at(8, Payout),
        at(8, Status("paid", "Paid in full; case closed")),
    ],
};

/// (c) The debtor's transfer bounces; it pays again.
pub const BOUNCED: Life = Life {
    name: "bounced_payment",
    steps: &[
        at(1, Status("contacting_debtor", "Demand letter sent; the debtor promised to transfer the amount")),
        at(3, Promise(&[12])),
        at(5, Pay(Part::Rest, false)),
        at(8, Reverse("The debtor's bank returned the transfer (insufficient funds)")),
        at(8, Message("The debtor's transfer bounced; we called them and they will pay again this week.")),
        at(11, Pay(Part::Rest, true)),
        at(13, Payout),
        at(13, Status("paid", "Paid in full after a bounced transfer; case closed")),
    ],
};

/// (d) The debtor pays a fifth, promises the rest, does not pay it (the platform's scheduler
/// flags the broken promise), and becomes insolvent.
pub const BROKEN_PROMISE: Life = Life {
    name: "broken_promise",
    steps: &[
        at(1, Status("contacting_debtor", "Demand letter sent; no answer to two calls")),
        at(4, Pay(Part::Percent(20), false)),
        at(4, Status("partially_paid", "The debtor paid a fifth of the claim and promised the rest within two weeks")),
        at(4, Promise(&[14])),
        at(21, Message("The debtor missed the promised payment and no longer answers our calls or letters.")),
        at(24, Payout),
        at(30, Status("uncollectable", "The debtor filed for insolvency; we lodged the claim with the administrator")),
    ],
};

/// (e) Law firms: the claim is disputed, the court decides for the creditor, and the debtor
/// settles in two instalments.
pub const LEGAL: Life = Life {
    name: "legal",
    steps: &[
        at(2, Status("disputed", "The debtor contests the quality of the delivery; we are reviewing the documents")),
        at(20, Upload(Paper::CourtDecision)),
        at(
            20,
            Status("legal_proceedings", "The court decided for the creditor (decision attached); enforcement started"),
        ),
        at(30, Promise(&[12, 27])),
        at(30, Status("payment_plan", "Settlement: the debtor pays in two instalments")),
        at(40, Pay(Part::Instalment(0), true)),
        at(40, Status("partially_paid", "First instalment of the settlement received")),
        at(55, Pay(Part::Instalment(1), false)),
        at(57, Payout),
        at(57, Status("paid", "Settlement paid in full; case closed")),
    ],
};

/// Every life, by name.
pub const ALL: [&Life; 5] = [&PLAN, &QUICK, &BOUNCED, &BROKEN_PROMISE, &LEGAL];

/// The life named `name`.
pub fn by_name(name: &str) -> Option<&'static Life> {
    ALL.into_iter().find(|l| l.name == name)
}

/// The life of a case: legal cases live the legal life; the others one of the collection
/// lives, picked by the seed and the case id, so that runs repeat.
pub fn pick(seed: u64, case_id: &str, service: &str) -> &'static Life {
    if service == "legal" {
        return &LEGAL;
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (seed, case_id).hash(&mut hasher);
    [&PLAN, &QUICK, &BOUNCED, &BROKEN_PROMISE][(hasher.finish() % 4) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_come_in_day_order_and_never_on_the_day_of_the_hand_over() {
        for life in ALL {
            assert!(life.steps.iter().all(|s| s.day >= 1), "{}", life.name);
            assert!(life.steps.windows(2).all(|w| w[0].day <= w[1].day), "{}", life.name);
        }
    }

    #[test]
    fn payments_fall_due_before_the_instalments_they_pay() {
        // an instalment is due at least as late as the payment that pays it, counted from the
        // promise, so that a plan kept on the partner's days is kept on the platform's
        for life in ALL {
            let Some(promise) = life.steps.iter().find_map(|s| match s.act {
                Promise(days) => Some((s.day, days)),
                _ => None,
            }) else {
                continue;
            };
            for step in life.steps {
                if let Pay(Part::Instalment(i), _) = step.act {
                    assert!(promise.0 + promise.1[i] >= step.day + 2, "{}: instalment {i}", life.name);
                }
            }
        }
    }

    #[test]
    fn law_firms_get_the_legal_life_and_the_pick_repeats() {
        assert_eq!(pick(7, "c_1", "legal").name, "legal");
        assert_eq!(pick(7, "c_1", "collection").name, pick(7, "c_1", "collection").name);
        let names: std::collections::BTreeSet<&str> =
            (0..200).map(|i| pick(7, &format!("c_{i}"), "collection").name).collect();
        assert_eq!(names.len(), 4, "{names:?}");
        assert!(by_name("plan").is_some() && by_name("nonsense").is_none());
    }
}
