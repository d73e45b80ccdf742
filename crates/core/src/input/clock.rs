//! "Today" as a Dutch customer sees it: the civil date in Europe/Amsterdam, from a UTC
//! instant. Central European Time (UTC+1), and summer time (UTC+2) from the last Sunday of
//! March to the last Sunday of October, switching at 01:00 UTC (the EU rule since 1996).

use manetti_privacy_model::date::Date;

const DAY_MS: f64 = 86_400_000.0;

/// The date in Amsterdam at `unix_ms` milliseconds since 1970-01-01T00:00:00Z.
pub fn amsterdam_date(unix_ms: f64) -> Date {
    let utc_day = (unix_ms / DAY_MS).floor() as i64;
    let year = i64::from(Date::from_unix_days(utc_day).year);
    let switch = |month: i64| (last_sunday(year, month) as f64 * 24.0 + 1.0) * 3_600_000.0;
    let summer = unix_ms >= switch(3) && unix_ms < switch(10);
    let offset = if summer { 2.0 } else { 1.0 } * 3_600_000.0;
    Date::from_unix_days(((unix_ms + offset) / DAY_MS).floor() as i64)
}

/// The day number (since 1970-01-01) of the last Sunday of `month` (March or October: 31 days).
fn last_sunday(year: i64, month: i64) -> i64 {
    let last = days_from_civil(year, month, 31);
    // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays.
    last - (last + 4).rem_euclid(7)
}

/// Howard Hinnant's days_from_civil, for months after February.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let doy = (153 * (month - 3) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
