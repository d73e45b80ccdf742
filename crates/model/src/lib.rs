//! The structure of a policy version, as data: the single definition of what a version file
//! (`versions/<id>.toml`) may say, the closed lists it draws on, and the compact binary form
//! in which the module ships the versions.
//!
//! The wording is not here: every text is a Fluent message id, resolved per locale by the
//! core. The table types of the compiled wording (`compiled`) are here because the binary
//! form numbers its texts in the same key table.
//!
//! Used at build time (feature `encode`, with TOML through serde) and at run time (the
//! decoder). Nothing here touches the browser or the file system.

pub mod closed;
pub mod codec;
pub mod compiled;
pub mod date;
pub mod error;
pub mod text;
pub mod version;

pub use closed::*;
pub use codec::{Decode, Reader};
pub use text::Text;
pub use version::*;
