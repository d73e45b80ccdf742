//! The kit on the command line, native only: each command's `main`, which the root package's
//! `src/bin/` shims call (so the command's code lives, and is linted, with the kit).

pub mod privacy;
pub mod static_pages;
