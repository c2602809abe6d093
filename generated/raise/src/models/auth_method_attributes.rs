/// Attributes of an authentication method. Which optional fields are present depends on `type`: key-pair methods return a `nonce`, TOTP returns `qr_code_image`, SMS echoes the phone number in `method`.
#[derive(Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthMethodAttributes {
    /// Kind of customer authentication method.
    #[serde(rename = "type")]
    pub type_: super::AuthMethodType,
    /// Value tied to the method type, e.g. the phone number for SMS or the hex public key for key-pair methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How an authentication method is verified: `NONCE` and `SIGNED_CHALLENGE` go together for key pairs (a nonce is issued, then signed), `CODE` is a one-time code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_type: Option<super::VerificationType>,
    /// Base64-encoded PNG of a QR code, returned for TOTP so the customer can add it to an authenticator app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code_image: Option<String>,
    /// Hex-encoded challenge nonce returned for key-pair methods; it must be signed with the customer's private key. Not listed in the attribute table but present in the document's key-pair response example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
}

impl std::fmt::Debug for AuthMethodAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthMethodAttributes")
            .field("type_", &self.type_)
            .field("method", &self.method)
            .field("verification_type", &self.verification_type)
            .field(
                "qr_code_image",
                &paygen_runtime::redact::Redacted::full(&self.qr_code_image),
            )
            .field("nonce", &self.nonce)
            .finish()
    }
}
