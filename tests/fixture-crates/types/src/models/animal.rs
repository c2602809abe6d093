/// An untagged union; the richest shape is tried first.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Animal {
    /// A [`Pet`](super::Pet).
    Pet(super::Pet),
    /// A [`Problem`](super::Problem).
    Problem(super::Problem),
}
