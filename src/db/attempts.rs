//! Counters of sign-in and sign-up attempts per fixed window, shared by every instance.

use diesel::prelude::*;

use super::schema::attempt_counts;
use super::{Conn, DbError};
use crate::with_conn;

/// Counts one more attempt in `bucket`'s window; returns the count including this one.
pub fn hit(conn: &mut Conn, bucket: &str, window_start: i64) -> Result<i64, DbError> {
    let hits = crate::write_tx!(conn, c => {
        diesel::insert_into(attempt_counts::table)
            .values((attempt_counts::bucket.eq(bucket), attempt_counts::window_start.eq(window_start), attempt_counts::hits.eq(1)))
            .on_conflict((attempt_counts::bucket, attempt_counts::window_start))
            .do_update()
            .set(attempt_counts::hits.eq(attempt_counts::hits + 1))
            .execute(c)?;
        attempt_counts::table
            .find((bucket, window_start))
            .select(attempt_counts::hits)
            .first::<i32>(c)
    })?;
    Ok(i64::from(hits))
}

/// The attempts counted in `bucket`'s window so far.
pub fn hits(conn: &mut Conn, bucket: &str, window_start: i64) -> Result<i64, DbError> {
    let hits = with_conn!(conn, c => attempt_counts::table
        .find((bucket, window_start))
        .select(attempt_counts::hits)
        .first::<i32>(c)
        .optional())?;
    Ok(hits.map_or(0, i64::from))
}

/// Forgets the counts of windows that ended before `before`.
pub fn forget_attempts(conn: &mut Conn, before: i64) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::delete(attempt_counts::table.filter(attempt_counts::window_start.lt(before))).execute(c))?;
    Ok(())
}
