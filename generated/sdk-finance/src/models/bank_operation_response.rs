/// The operation created, with the `requestIdentifier` to keep.
///
/// **Inferred:** Not documented for these paths; the seed only says requestIdentifier comes back, and the process wrapper is the one the 2022 frontend reads from its bank withdrawal call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BankOperationResponse {
    /// A bank top-up or withdrawal and its state, as the platform records it.
    pub process: super::BankOperationProcess,
}
