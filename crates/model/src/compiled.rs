//! Compiled wording: per `.ftl` file, all its text in one string and a flat index of lengths;
//! the message keys of all files once, in one shared [`Keys`] table.
//!
//! A `&str` in a static is a pointer and a length (8 bytes that compress badly), so the
//! messages are not stored as nested slices: [`Messages::text`] holds every text run back to
//! back, and [`Messages::index`] holds, per message, `[key number, part count, part
//! lengths…]`, a part length with [`VAR`] set naming a variable, the key number an entry of
//! [`Messages::keys`]. A key is written once for all files and locales (each `policy-…` id was
//! in the Dutch and the English tables, too far apart for gzip to share). A lookup finds the
//! key's number by binary search in the sorted key table, then walks the file's index comparing
//! numbers, and slices the text of the message found (comparing key strings at every entry
//! made `Localizer::format` most of a banner's first render).

/// In [`Messages::index`], the bit of a part length that marks a variable name.
pub const VAR: u16 = 0x8000;

/// A piece of a message: text, or the value of a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Text(&'static str),
    Var(&'static str),
}

/// Every message key of a set of files (a message id or `id.attribute`), sorted, each once:
/// key `n` is `text[ends[n - 1]..ends[n]]` (from 0 for the first).
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    pub text: &'static str,
    pub ends: &'static [u16],
}

impl Keys {
    /// The number of key `id`: a binary search (the keys are sorted; the build
    /// (`build-support`'s `shipped` and `compile::pack`) writes them so, and `tests/l10n_lookup.rs` checks it), comparing the
    /// prefix and the name piecewise, without building the key.
    pub fn find(&self, id: MessageId) -> Option<u16> {
        let (mut low, mut high) = (0, self.ends.len());
        while low < high {
            let middle = low + (high - low) / 2;
            let key = self.get(u16::try_from(middle).ok()?)?;
            match compare(key, id) {
                core::cmp::Ordering::Less => low = middle + 1,
                core::cmp::Ordering::Greater => high = middle,
                core::cmp::Ordering::Equal => return u16::try_from(middle).ok(),
            }
        }
        None
    }

    /// Key number `n`.
    pub fn get(&self, n: u16) -> Option<&'static str> {
        let n = usize::from(n);
        let start = match n.checked_sub(1) {
            Some(before) => usize::from(*self.ends.get(before)?),
            None => 0,
        };
        self.text.get(start..usize::from(*self.ends.get(n)?))
    }
}

/// How `key` orders against `id.prefix` followed by `id.name`, byte by byte.
fn compare(key: &str, id: MessageId) -> core::cmp::Ordering {
    let (key, prefix) = (key.as_bytes(), id.prefix.as_bytes());
    let head = &key[..key.len().min(prefix.len())];
    match head.cmp(&prefix[..head.len()]) {
        core::cmp::Ordering::Equal if head.len() < prefix.len() => core::cmp::Ordering::Less,
        core::cmp::Ordering::Equal => key[head.len()..].cmp(id.name.as_bytes()),
        unequal => unequal,
    }
}

/// The key of a message as a prefix and a name: `category-` and `email` for `category-email`.
/// A closed list names its values' messages so (`model::ClosedList::message`), and the module
/// holds no second literal `category-email` beside the id `email`. From a `&str`, the prefix is
/// empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageId<'a> {
    pub prefix: &'static str,
    pub name: &'a str,
}

impl<'a> From<&'a str> for MessageId<'a> {
    fn from(name: &'a str) -> MessageId<'a> {
        MessageId { prefix: "", name }
    }
}

impl<'a> From<&&'a str> for MessageId<'a> {
    fn from(name: &&'a str) -> MessageId<'a> {
        MessageId::from(*name)
    }
}

impl<'a> From<&'a String> for MessageId<'a> {
    fn from(name: &'a String) -> MessageId<'a> {
        MessageId::from(name.as_str())
    }
}

impl<'a> From<&MessageId<'a>> for MessageId<'a> {
    fn from(id: &MessageId<'a>) -> MessageId<'a> {
        *id
    }
}

impl core::fmt::Display for MessageId<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.prefix)?;
        f.write_str(self.name)
    }
}

/// The messages of one file; their keys are numbers in `keys`.
#[derive(Debug, Clone, Copy)]
pub struct Messages {
    pub keys: &'static Keys,
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
    /// The parts of message `key`, if this file has it.
    pub fn get<'k>(&self, key: impl Into<MessageId<'k>>) -> Option<Parts> {
        let number = self.messages.keys.find(key.into())?;
        self.messages.find(number)
    }
}

impl Messages {
    /// The parts of the message with key number `key`: a walk of the index that compares
    /// numbers and adds lengths, and slices the text once, for the message found.
    fn find(self, key: u16) -> Option<Parts> {
        let mut index = self.index;
        let mut offset = 0;
        loop {
            let (&number, rest) = index.split_first()?;
            let (&count, rest) = rest.split_first()?;
            let lens = rest.get(..usize::from(count))?;
            let size: usize = lens.iter().map(|&l| usize::from(l & !VAR)).sum();
            if number == key {
                return Some(Parts {
                    text: self.text.get(offset..offset + size)?,
                    lens: lens.iter(),
                });
            }
            offset += size;
            index = rest.get(usize::from(count)..)?;
        }
    }

    /// `(key, parts)` of every message, in the order of the file.
    pub fn entries(self) -> Entries {
        Entries {
            keys: self.keys,
            text: self.text,
            index: self.index,
        }
    }
}

/// Every `(key, parts)` of a file, decoded as it is read.
pub struct Entries {
    keys: &'static Keys,
    text: &'static str,
    index: &'static [u16],
}

impl Iterator for Entries {
    type Item = (&'static str, Parts);

    fn next(&mut self) -> Option<Self::Item> {
        let (&key, rest) = self.index.split_first()?;
        let (&count, rest) = rest.split_first()?;
        let lens = rest.get(..usize::from(count))?;
        self.index = rest.get(usize::from(count)..)?;
        let key = self.keys.get(key)?;
        let size = lens.iter().map(|&l| usize::from(l & !VAR)).sum();
        let (parts, rest) = self.text.split_at_checked(size)?;
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
