//! Crate versions and the bump a set of changes needs, by Cargo's reading of semver: the first
//! non-zero component is the one that breaks compatibility (`0.3.1 → 0.4.0` breaks, `0.3.1 →
//! 0.3.2` does not).

use std::fmt;
use std::str::FromStr;

use super::Impact;

/// A plain `MAJOR.MINOR.PATCH` version (generated crates carry no pre-release or build parts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    /// Major.
    pub major: u64,
    /// Minor.
    pub minor: u64,
    /// Patch.
    pub patch: u64,
}

/// Which component of a version moves. Ordered: a larger bump satisfies a smaller need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    /// The version stays.
    None,
    /// `x.y.Z`.
    Patch,
    /// `x.Y.0`.
    Minor,
    /// `X.0.0`.
    Major,
}

impl Bump {
    /// Lower-case name, as in `minor`.
    pub fn name(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for Bump {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "none" => Ok(Bump::None),
            "patch" => Ok(Bump::Patch),
            "minor" => Ok(Bump::Minor),
            "major" => Ok(Bump::Major),
            other => Err(format!(
                "`{other}` is not a bump (none, patch, minor or major)"
            )),
        }
    }
}

impl Version {
    /// The smallest bump from this version that tells users about a change of this impact
    /// (`None`: nothing changed). Breaking changes move the first non-zero component; additive
    /// ones the next (a patch while 0.x, where minor already means breaking); internal ones the
    /// patch.
    pub fn required_bump(&self, impact: Option<Impact>) -> Bump {
        let Some(impact) = impact else {
            return Bump::None;
        };
        match (self.major, self.minor, impact) {
            (0, 0, _) => Bump::Patch,
            (0, _, Impact::Breaking) => Bump::Minor,
            (0, _, _) => Bump::Patch,
            (_, _, Impact::Breaking) => Bump::Major,
            (_, _, Impact::Additive) => Bump::Minor,
            (_, _, Impact::Internal) => Bump::Patch,
        }
    }

    /// This version moved by `bump`.
    pub fn bumped(&self, bump: Bump) -> Version {
        match bump {
            Bump::None => *self,
            Bump::Patch => Version {
                patch: self.patch + 1,
                ..*self
            },
            Bump::Minor => Version {
                minor: self.minor + 1,
                patch: 0,
                ..*self
            },
            Bump::Major => Version {
                major: self.major + 1,
                minor: 0,
                patch: 0,
            },
        }
    }

    /// The bump that leads from this version to `newer`; an error if `newer` is older.
    pub fn bump_to(&self, newer: &Version) -> Result<Bump, String> {
        if newer < self {
            return Err(format!("{newer} is older than {self}"));
        }
        Ok(if newer.major != self.major {
            Bump::Major
        } else if newer.minor != self.minor {
            Bump::Minor
        } else if newer.patch != self.patch {
            Bump::Patch
        } else {
            Bump::None
        })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl FromStr for Version {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a version of the form MAJOR.MINOR.PATCH");
        let parts: Vec<&str> = text.trim().split('.').collect();
        let [major, minor, patch] = parts.as_slice() else {
            return Err(bad());
        };
        let number = |part: &str| {
            // Digits only: `+1` and ` 1` parse as u64 but are not semver.
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<u64>().map_err(|_| bad())
        };
        Ok(Version {
            major: number(major)?,
            minor: number(minor)?,
            patch: number(patch)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        text.parse().unwrap()
    }

    #[test]
    fn the_first_non_zero_component_carries_breaking_changes() {
        assert_eq!(
            v("1.4.2").required_bump(Some(Impact::Breaking)),
            Bump::Major
        );
        assert_eq!(
            v("1.4.2").required_bump(Some(Impact::Additive)),
            Bump::Minor
        );
        assert_eq!(
            v("1.4.2").required_bump(Some(Impact::Internal)),
            Bump::Patch
        );
        assert_eq!(
            v("0.4.2").required_bump(Some(Impact::Breaking)),
            Bump::Minor
        );
        assert_eq!(
            v("0.4.2").required_bump(Some(Impact::Additive)),
            Bump::Patch
        );
        assert_eq!(
            v("0.0.3").required_bump(Some(Impact::Additive)),
            Bump::Patch
        );
        assert_eq!(
            v("0.0.3").required_bump(Some(Impact::Breaking)),
            Bump::Patch
        );
        assert_eq!(v("2.0.0").required_bump(None), Bump::None);
    }

    #[test]
    fn bumps_reset_the_lower_components() {
        assert_eq!(v("0.4.2").bumped(Bump::Minor), v("0.5.0"));
        assert_eq!(v("1.4.2").bumped(Bump::Major), v("2.0.0"));
        assert_eq!(v("1.4.2").bumped(Bump::Patch), v("1.4.3"));
        assert_eq!(v("1.4.2").bump_to(&v("1.5.0")), Ok(Bump::Minor));
        assert_eq!(v("1.4.2").bump_to(&v("1.4.2")), Ok(Bump::None));
        assert!(v("1.4.2").bump_to(&v("1.4.1")).is_err());
    }

    #[test]
    fn only_plain_versions_parse() {
        for bad in ["1.2", "1.2.3.4", "1.2.x", "", "1.2.+3", "1.2.3-beta"] {
            assert!(bad.parse::<Version>().is_err(), "{bad}");
        }
        assert_eq!(v("10.20.30").to_string(), "10.20.30");
    }
}
