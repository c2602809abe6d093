//! The lines of repeated keys.
//!
//! Neither reader tells a visitor where it is, but both put the position of what they were
//! reading into an error a visitor returns (serde_yaml the start of the scalar, serde_json the
//! end of the key). So for each time a repeated key appears, the text is read again by [`Probe`],
//! which goes down the path to the mapping, skips every value off that path unbuilt, and stops
//! with an error at that key: the error's line is the key's. This runs only when a document
//! repeats keys, and re-reads a bounded amount of text in all.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{DuplicateKey, Syntax};

/// Text re-read in all to find lines: every time of a few dozen repeated keys in a spec of a
/// megabyte, those of the first few keys in the largest specs.
const REREAD_BYTES: usize = 64 << 20;

/// The message of the error that stops a re-read at the key looked for.
const FOUND: &str = "paygen located a repeated key here";

/// Fills in `lines` of each repeated key, in order, while the re-reading budget lasts; a key is
/// located every time or not at all.
pub(super) fn lines(text: &str, syntax: Syntax, duplicates: &mut [DuplicateKey]) {
    lines_within(text, syntax, duplicates, REREAD_BYTES);
}

/// [`lines`], re-reading at most `budget` bytes of text.
pub(super) fn lines_within(
    text: &str,
    syntax: Syntax,
    duplicates: &mut [DuplicateKey],
    budget: usize,
) {
    let mut reads_left = budget / text.len().max(1);
    for found in duplicates {
        if found.times > reads_left {
            break;
        }
        reads_left -= found.times;
        let lines: Vec<usize> = (1..=found.times)
            .map_while(|time| line_of(text, syntax, found, time))
            .collect();
        if lines.len() == found.times {
            found.lines = lines;
        }
    }
}

/// The line of the `time`-th appearance of `found.key` in its mapping.
fn line_of(text: &str, syntax: Syntax, found: &DuplicateKey, time: usize) -> Option<usize> {
    let target = Target {
        mapping: &found.mapping,
        key: &found.key,
        time,
        seen: Cell::new(0),
    };
    let probe = Probe {
        target: &target,
        depth: 0,
    };
    match syntax {
        Syntax::Yaml => {
            let err = probe
                .deserialize(serde_yaml::Deserializer::from_str(text))
                .err()?;
            let line = err.location()?.line();
            err.to_string().contains(FOUND).then_some(line)
        }
        Syntax::Json => {
            let err = probe
                .deserialize(&mut serde_json::Deserializer::from_str(text))
                .err()?;
            (err.to_string().contains(FOUND) && err.line() > 0).then_some(err.line())
        }
    }
}

/// The key looked for, and how often it has been seen in its mapping so far.
struct Target<'a> {
    mapping: &'a [String],
    key: &'a str,
    time: usize,
    seen: Cell<usize>,
}

/// Reads a value on the path to the target mapping, `depth` segments down it.
#[derive(Clone, Copy)]
struct Probe<'a> {
    target: &'a Target<'a>,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Probe<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Probe<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        Ok(())
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let next = self.target.mapping.get(self.depth);
        let on_path = next.and_then(|segment| segment.parse::<usize>().ok());
        let mut index = 0;
        loop {
            let more = if on_path == Some(index) {
                seq.next_element_seed(self.down())?.is_some()
            } else {
                seq.next_element::<IgnoredAny>()?.is_some()
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let key = KeyProbe {
            target: self.target,
            at_target: self.depth == self.target.mapping.len(),
            next: self.target.mapping.get(self.depth).map(String::as_str),
        };
        while let Some(on_path) = map.next_key_seed(key)? {
            if on_path {
                map.next_value_seed(self.down())?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl Probe<'_> {
    fn down(self) -> Self {
        Self {
            depth: self.depth + 1,
            ..self
        }
    }
}

/// Reads a key as [`super::Tree`] does (its text): stops at the one looked for, otherwise
/// says whether the path goes on through it.
#[derive(Clone, Copy)]
struct KeyProbe<'a> {
    target: &'a Target<'a>,
    /// This mapping is the target one.
    at_target: bool,
    /// The next segment of the path, when the path goes on below this mapping.
    next: Option<&'a str>,
}

impl<'de> DeserializeSeed<'de> for KeyProbe<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        // As `String`'s own `Deserialize` reads it, so the text is the one the tree has.
        deserializer.deserialize_string(self)
    }
}

impl<'de> Visitor<'de> for KeyProbe<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<bool, E> {
        if self.at_target && key == self.target.key {
            let seen = self.target.seen.get() + 1;
            self.target.seen.set(seen);
            if seen == self.target.time {
                return Err(E::custom(FOUND));
            }
        }
        Ok(self.next == Some(key))
    }
}
