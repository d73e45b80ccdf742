//! The binary form of the shipped versions: the one field list, the decoder the module runs,
//! and (feature `encode`, build time only) the encoder that writes it.

use crate::date::Date;
use crate::text::Text;
use crate::version::*;

/// The structs of the model with their fields, in the order of the binary form: the decoder
/// and the encoder below both expand this one list, and each writes a struct
/// without `..`, so a new field fails to build until it is in the list.
macro_rules! model_structs {
    ($then:ident) => {
        $then! {
            Version {
                id, published, effective, notes, transfers, controller, allow_gaps, gaps_reason,
                sections,
            }
            ControllerField { id, value, stated }
            Transfer { recipient, basis }
            ChangeNote { message, kind, impact, about, first, says }
            Section { id, number, level, blocks, activities }
            Activity {
                id, categories, purposes, recipients, retention, audience, applies_when, sources,
                items, list, possibly, stated, retention_stated, basis, subjects,
            }
            SourceOf { category, from }
            Item { category, purposes, stated, when, one_of }
            LegalBasis { id, stated, inferred }
        }
    };
}

/// Reads the binary form of the shipped versions that the build writes: one byte per enum
/// (its index in `ALL`), bool and `u8`; a date as year (`u16`), month, day; a text as the
/// `u16` number of a string in a table (the message keys, `l10n::compiled::Keys`, so a
/// message id is written once for the model and all wording); an option as 0 or 1 and the
/// value; a list as a `u16` count and the items. `u16`s are little-endian.
///
/// Reads never fail on the spot (no partly built value to drop on an error path, which
/// tripled the decoder's code): a read past the end or a number with no value gives a
/// stand-in and marks the reader [`failed`](Reader::is_good), checked once at the end.
pub struct Reader<'a> {
    bytes: &'a [u8],
    texts: &'a dyn Fn(u16) -> Option<&'static str>,
    failed: bool,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8], texts: &'a dyn Fn(u16) -> Option<&'static str>) -> Reader<'a> {
        Reader {
            bytes,
            texts,
            failed: false,
        }
    }

    /// Whether every read found its value and every byte has been read.
    pub fn is_good(&self) -> bool {
        !self.failed && self.bytes.is_empty()
    }

    /// Marks the input as bad; the caller goes on with a stand-in value.
    pub fn fail(&mut self) {
        self.failed = true;
    }

    pub fn u8(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&byte, rest)) => {
                self.bytes = rest;
                byte
            }
            None => {
                self.failed = true;
                0
            }
        }
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }
}

/// A value of the model read from its binary form (see [`Reader`]).
pub trait Decode {
    fn decode(r: &mut Reader) -> Self;
}

impl Decode for u8 {
    fn decode(r: &mut Reader) -> u8 {
        r.u8()
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> bool {
        r.u8() != 0
    }
}

impl Decode for Date {
    fn decode(r: &mut Reader) -> Date {
        Date {
            year: r.u16(),
            month: r.u8(),
            day: r.u8(),
        }
    }
}

impl Decode for Text {
    fn decode(r: &mut Reader) -> Text {
        let n = r.u16();
        match (r.texts)(n) {
            Some(text) => Text::lit(text),
            None => {
                r.fail();
                Text::lit("")
            }
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Option<T> {
        match r.u8() {
            0 => None,
            _ => Some(T::decode(r)),
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader) -> Vec<T> {
        let count = r.u16();
        let mut items = Vec::with_capacity(usize::from(count));
        for _ in 0..count {
            items.push(T::decode(r));
        }
        items
    }
}

impl Decode for NoteKind {
    fn decode(r: &mut Reader) -> NoteKind {
        match r.u8() {
            0 => NoteKind::Material,
            1 => NoteKind::Editorial,
            2 => NoteKind::Correction,
            _ => {
                r.fail();
                NoteKind::Material
            }
        }
    }
}

impl Decode for NoteImpact {
    fn decode(r: &mut Reader) -> NoteImpact {
        match r.u8() {
            0 => NoteImpact::Act,
            1 => NoteImpact::Know,
            _ => {
                r.fail();
                NoteImpact::Act
            }
        }
    }
}

impl Decode for Block {
    fn decode(r: &mut Reader) -> Block {
        let kind = r.u8();
        let text = Text::decode(r);
        match kind {
            0 => Block::P(text),
            1 => Block::Li(text),
            2 => Block::Label(text),
            _ => {
                r.fail();
                Block::P(text)
            }
        }
    }
}

macro_rules! decode_structs {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Decode for $name {
            fn decode(r: &mut Reader) -> $name {
                $name { $($field: Decode::decode(r)),* }
            }
        }
    )*};
}

model_structs!(decode_structs);

/// Writes the shipped versions in the binary form that [`Reader`] reads (build time only):
/// texts as numbers in the key table, so a message id is written once for the model and the
/// wording. Structs are written field by field from the one list `model_structs!`.
#[cfg(feature = "encode")]
pub mod encode {
    use crate::closed::*;
    use crate::date::Date;
    use crate::text::Text;
    use crate::version::*;

    /// The bytes written so far; `number` gives a text's number in the key table.
    pub struct Out<'a> {
        pub bytes: Vec<u8>,
        pub number: &'a mut dyn FnMut(&str) -> u16,
    }

    impl Out<'_> {
        fn u16(&mut self, n: u16) {
            self.bytes.extend_from_slice(&n.to_le_bytes());
        }
    }

    pub trait Encode {
        fn encode(&self, out: &mut Out);
    }

    impl<T: Encode> Encode for Vec<T> {
        fn encode(&self, out: &mut Out) {
            out.u16(u16::try_from(self.len()).expect("a list of at most 65535 items"));
            for item in self.iter() {
                item.encode(out);
            }
        }
    }

    impl<T: Encode> Encode for Option<T> {
        fn encode(&self, out: &mut Out) {
            match self {
                Some(v) => {
                    out.bytes.push(1);
                    v.encode(out);
                }
                None => out.bytes.push(0),
            }
        }
    }

    impl Encode for Text {
        fn encode(&self, out: &mut Out) {
            let n = (out.number)(self.as_str());
            out.u16(n);
        }
    }

    impl Encode for bool {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(u8::from(*self));
        }
    }

    impl Encode for u8 {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(*self);
        }
    }

    impl Encode for Date {
        fn encode(&self, out: &mut Out) {
            let Date { year, month, day } = *self;
            out.u16(year);
            out.bytes.extend_from_slice(&[month, day]);
        }
    }

    impl Encode for NoteKind {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(match self {
                NoteKind::Material => 0,
                NoteKind::Editorial => 1,
                NoteKind::Correction => 2,
            });
        }
    }

    impl Encode for NoteImpact {
        fn encode(&self, out: &mut Out) {
            out.bytes.push(match self {
                NoteImpact::Act => 0,
                NoteImpact::Know => 1,
            });
        }
    }

    impl Encode for Block {
        fn encode(&self, out: &mut Out) {
            let (kind, text) = match self {
                Block::P(t) => (0, t),
                Block::Li(t) => (1, t),
                Block::Label(t) => (2, t),
            };
            out.bytes.push(kind);
            text.encode(out);
        }
    }

    /// Closed lists: the index in `ALL`.
    macro_rules! closed_lists {
        ($($name:ident),*) => {$(
            impl Encode for $name {
                fn encode(&self, out: &mut Out) {
                    let i = $name::ALL.iter().position(|v| v == self).expect("a value of ALL");
                    out.bytes.push(u8::try_from(i).expect("at most 256 values"));
                }
            }
        )*};
    }

    closed_lists!(
        Category,
        Purpose,
        Recipient,
        Retention,
        Audience,
        Fact,
        Source,
        TransferBasis,
        Basis,
        DataSubject,
        Condition,
        ListKind,
        ControllerFact
    );

    macro_rules! encode_structs {
        ($($name:ident { $($field:ident),* $(,)? })*) => {$(
            impl Encode for $name {
                fn encode(&self, out: &mut Out) {
                    let $name { $($field),* } = self;
                    $($field.encode(out);)*
                }
            }
        )*};
    }

    model_structs!(encode_structs);
}
