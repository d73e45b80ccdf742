//! Compiled wording: per `.ftl` file, all its text in one string and a flat index of lengths.
//!
//! A `&str` in a static is a pointer and a length (8 bytes that compress badly), so the
//! messages are not stored as nested slices: [`Messages::text`] holds every key and text run
//! back to back, and [`Messages::index`] holds, per message, `[key length, part count, part
//! lengths…]`, a part length with [`VAR`] set naming a variable. A lookup walks the index
//! (a few hundred messages per file) and slices the text as it goes.

/// In [`Messages::index`], the bit of a part length that marks a variable name.
pub const VAR: u16 = 0x8000;

/// A piece of a message: text, or the value of a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Text(&'static str),
    Var(&'static str),
}

/// The messages of one file; a key is a message id or `id.attribute`.
#[derive(Debug, Clone, Copy)]
pub struct Messages {
    pub text: &'static str,
    pub index: &'static [u16],
}

/// One compiled `.ftl` file.
#[derive(Debug, Clone, Copy)]
pub struct CompiledFile {
    pub locale: &'static str,
    pub name: &'static str,
    pub messages: Messages,
}

impl CompiledFile {
    pub fn get(&self, key: &str) -> Option<Parts> {
        self.messages
            .entries()
            .find(|(k, _)| *k == key)
            .map(|(_, parts)| parts)
    }
}

impl Messages {
    /// `(key, parts)` of every message, in the order of the file.
    pub fn entries(self) -> Entries {
        Entries {
            text: self.text,
            index: self.index,
        }
    }
}

/// Every `(key, parts)` of a file, decoded as it is read.
pub struct Entries {
    text: &'static str,
    index: &'static [u16],
}

impl Iterator for Entries {
    type Item = (&'static str, Parts);

    fn next(&mut self) -> Option<Self::Item> {
        let (&key_len, rest) = self.index.split_first()?;
        let (&count, rest) = rest.split_first()?;
        let lens = rest.get(..usize::from(count))?;
        self.index = rest.get(usize::from(count)..)?;
        let (key, text) = self.text.split_at_checked(usize::from(key_len))?;
        let size = lens.iter().map(|&l| usize::from(l & !VAR)).sum();
        let (parts, rest) = text.split_at_checked(size)?;
        self.text = rest;
        Some((
            key,
            Parts {
                text: parts,
                lens: lens.iter(),
            },
        ))
    }
}

/// The parts of one message, decoded as they are read.
#[derive(Clone)]
pub struct Parts {
    text: &'static str,
    lens: core::slice::Iter<'static, u16>,
}

impl Iterator for Parts {
    type Item = Part;

    fn next(&mut self) -> Option<Part> {
        let len = *self.lens.next()?;
        let (part, rest) = self.text.split_at_checked(usize::from(len & !VAR))?;
        self.text = rest;
        Some(if len & VAR == 0 {
            Part::Text(part)
        } else {
            Part::Var(part)
        })
    }
}

/// A message key as [`Messages`] yields it when iterated: it reads as the `&str` it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub &'static str);

impl core::ops::Deref for Key {
    type Target = &'static str;

    fn deref(&self) -> &&'static str {
        &self.0
    }
}

impl core::fmt::Display for Key {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0)
    }
}

/// For tests and tools: every message with its parts collected.
impl IntoIterator for Messages {
    type Item = (Key, Vec<Part>);
    type IntoIter = core::iter::Map<Entries, fn((&'static str, Parts)) -> (Key, Vec<Part>)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries()
            .map(|(key, parts)| (Key(key), parts.collect()))
    }
}
