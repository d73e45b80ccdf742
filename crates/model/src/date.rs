//! Calendar dates as the policy uses them: `YYYY-MM-DD`, compared as dates, shown per locale.
//!
//! The build reads version files with this same type, so a version file's dates are checked
//! by the parser the module uses (`2026-02-30` is refused at build time).

use crate::error::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, or the date part of an ISO timestamp (`2026-11-25T10:00:00Z`).
    pub fn parse(path: &str, text: &str) -> Result<Date, Error> {
        let bad = || {
            Error::new(format!(
                "{path}: {} is not an ISO date; expected YYYY-MM-DD",
                crate::error::quote(text)
            ))
        };
        let date = text.get(..10).ok_or_else(bad)?;
        if text.len() > 10 && !text[10..].starts_with('T') {
            return Err(bad());
        }
        let b = date.as_bytes();
        let shape_ok = b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
        if !shape_ok {
            return Err(bad());
        }
        let num =
            |r: std::ops::Range<usize>| b[r].iter().fold(0u16, |n, c| n * 10 + u16::from(c - b'0'));
        let (year, month, day) = (num(0..4), num(5..7) as u8, num(8..10) as u8);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (no time part), as version files write dates.
    pub fn parse_day(path: &str, text: &str) -> Result<Date, Error> {
        if text.len() != 10 {
            return Err(Error::new(format!(
                "{path}: {} is not a date; expected YYYY-MM-DD",
                crate::error::quote(text)
            )));
        }
        Date::parse(path, text)
    }

    /// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// As `"YYYY-MM-DD"`, the shape of the JS API and of the version files.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_day("date", &text).map_err(serde::de::Error::custom)
    }
}
