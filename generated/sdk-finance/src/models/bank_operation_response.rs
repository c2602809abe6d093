/// The operation created, with the `requestIdentifier` to keep.
///
/// **Inferred:** Not documented for these paths; the seed only says requestIdentifier comes back, and the process wrapper is the one the 2022 frontend reads from its bank withdrawal call.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankOperationResponse {
    /// A bank top-up or withdrawal and its state, as the platform records it.
    pub process: super::BankOperationProcess,
}
