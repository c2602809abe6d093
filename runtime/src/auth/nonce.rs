//! Per-customer token by signing a server nonce (Raise `POST /auth/tokens`):
//! `GENERATE_NONCE` → sign the nonce → `VALIDATE_VERIFICATION` with `signed_nonce`; SMS and
//! TOTP codes through [`NonceSignatureAuth::send_verification`] and
//! [`NonceSignatureAuth::validate_code`]; `REFRESH` before expiry.
//!
//! The token requests carry the credentials of another scheme (Basic client id and secret)
//! and a customer header (`X-CustomerID`). The signature algorithm is pluggable ([`Signer`]);
//! [`RsaSha256Signer`] is provided, SR25519 can be added by implementing the trait.

use super::token::{instant_at, send_for_json, string_at, Grant, TokenCache, TokenLifetime};
use super::{endpoint_label, resolve_url, set_header, AuthContext, AuthProvider};
use crate::error::AuthError;
use crate::secret::Secret;
use futures::future::BoxFuture;
use serde_json::{json, Map, Value};
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// Signs the nonce bytes with the customer's private key.
pub trait Signer: Send + Sync + fmt::Debug {
    /// Signature over `message` (the hex-decoded nonce).
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>, AuthError>;
}

/// RSA PKCS#1 v1.5 with SHA-256 (`RSA-SHA256` in Node's crypto), signed by `ring` (constant
/// time; keys of 2048 bits or more).
#[derive(Clone)]
pub struct RsaSha256Signer {
    key: Arc<ring::rsa::KeyPair>,
}

impl fmt::Debug for RsaSha256Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RsaSha256Signer([redacted])")
    }
}

impl RsaSha256Signer {
    /// From a DER private key, PKCS#8 or PKCS#1 (`RSAPrivateKey`).
    pub fn from_der(der: &[u8]) -> Result<Self, AuthError> {
        let key = ring::rsa::KeyPair::from_pkcs8(der)
            .or_else(|_| ring::rsa::KeyPair::from_der(der))
            .map_err(|e| {
                AuthError::Config(format!(
                    "not a usable RSA private key (PKCS#8 or PKCS#1, 2048 bits or more): {e}"
                ))
            })?;
        Ok(RsaSha256Signer { key: Arc::new(key) })
    }

    /// From a PEM private key, PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1 (`BEGIN RSA PRIVATE KEY`).
    pub fn from_pem(pem: &str) -> Result<Self, AuthError> {
        use rustls_pki_types::pem::PemObject;
        use rustls_pki_types::PrivateKeyDer;
        let der = PrivateKeyDer::from_pem_slice(pem.as_bytes()).map_err(|_| {
            AuthError::Config("not a PEM RSA private key (PKCS#8 or PKCS#1)".into())
        })?;
        Self::from_der(der.secret_der())
    }
}

impl Signer for RsaSha256Signer {
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>, AuthError> {
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &ring::signature::RSA_PKCS1_SHA256,
                &ring::rand::SystemRandom::new(),
                message,
                &mut signature,
            )
            .map_err(|_| AuthError::Signing("RSA signing failed".into()))?;
        Ok(signature)
    }
}

/// Field names, action values and response pointers of the nonce flow. The default is the
/// JSON:API shape of Raise's `/auth/tokens`.
#[derive(Clone, Debug)]
pub struct NonceFlowConfig {
    /// Token endpoint path (`/auth/tokens`).
    pub path: String,
    /// Header carrying the customer id (`X-CustomerID`).
    pub customer_header: String,
    /// JSON:API resource type of the request (`auth/tokens`).
    pub resource_type: String,
    /// Attribute holding the action (`action`).
    pub action_field: String,
    /// Action asking for a nonce (`GENERATE_NONCE`).
    pub generate_nonce: String,
    /// Action asking for an SMS code (`SEND_VERIFICATION`).
    pub send_verification: String,
    /// Action validating a signed nonce or code (`VALIDATE_VERIFICATION`).
    pub validate: String,
    /// Action refreshing the token (`REFRESH`).
    pub refresh: String,
    /// Attribute carrying the signed nonce (`signed_nonce`).
    pub signed_nonce_field: String,
    /// Attribute carrying an SMS/TOTP code (`code`).
    pub code_field: String,
    /// Attribute carrying the current token on REFRESH, if the server wants it (none by default).
    pub refresh_token_field: Option<String>,
    /// Pointer to the nonce in the response (`/data/attributes/nonce`).
    pub nonce_pointer: String,
    /// Pointer to the token (`/data/attributes/token`).
    pub token_pointer: String,
    /// Pointer to the expiry, Unix seconds or date-time (`/data/attributes/expires_at`).
    pub expires_at_pointer: String,
    /// Prefix of the hex signature (`0x`, as the seed's examples show; empty for none).
    pub signature_prefix: String,
    /// Sign the hex-decoded nonce bytes (true, as the docs require) or the nonce text as sent.
    pub sign_decoded_nonce: bool,
}

impl Default for NonceFlowConfig {
    fn default() -> Self {
        NonceFlowConfig {
            path: "/auth/tokens".into(),
            customer_header: "X-CustomerID".into(),
            resource_type: "auth/tokens".into(),
            action_field: "action".into(),
            generate_nonce: "GENERATE_NONCE".into(),
            send_verification: "SEND_VERIFICATION".into(),
            validate: "VALIDATE_VERIFICATION".into(),
            refresh: "REFRESH".into(),
            signed_nonce_field: "signed_nonce".into(),
            code_field: "code".into(),
            refresh_token_field: None,
            nonce_pointer: "/data/attributes/nonce".into(),
            token_pointer: "/data/attributes/token".into(),
            expires_at_pointer: "/data/attributes/expires_at".into(),
            signature_prefix: "0x".into(),
            sign_decoded_nonce: true,
        }
    }
}

/// Customer token by nonce signature or verification code.
#[derive(Debug)]
pub struct NonceSignatureAuth {
    credentials: Arc<dyn AuthProvider>,
    customer_id: String,
    signer: Option<Arc<dyn Signer>>,
    config: NonceFlowConfig,
    headers: Vec<(String, String)>,
    cache: TokenCache,
}

/// The name used in the runtime contract.
pub type CustomerNonceAuth = NonceSignatureAuth;

impl NonceSignatureAuth {
    /// Token requests for `customer_id`, authenticated by `credentials` (Basic client id/secret).
    pub fn new(credentials: Arc<dyn AuthProvider>, customer_id: impl Into<String>) -> Self {
        NonceSignatureAuth {
            credentials,
            customer_id: customer_id.into(),
            signer: None,
            config: NonceFlowConfig::default(),
            headers: Vec::new(),
            cache: TokenCache::default(),
        }
    }

    /// Signs nonces with `signer`, so tokens are obtained without user interaction.
    pub fn signer(mut self, signer: Arc<dyn Signer>) -> Self {
        self.signer = Some(signer);
        self
    }

    /// Replaces the flow's names and pointers.
    pub fn config(mut self, config: NonceFlowConfig) -> Self {
        self.config = config;
        self
    }

    /// Adds a header to token requests (`X-Country`).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Uses a token saved earlier (these tokens live for months).
    pub fn with_token(self, token: impl Into<Secret>, expires_at: Option<SystemTime>) -> Self {
        self.cache.store(Grant {
            access: token.into(),
            lifetime: expires_at.map_or(TokenLifetime::Unknown, TokenLifetime::ExpiresAt),
            refresh: None,
        });
        self
    }

    /// The current token, to save it for later.
    pub fn token(&self) -> Option<Secret> {
        self.cache.stale_access()
    }

    /// Asks the server to send a verification code (SMS).
    pub async fn send_verification(&self, ctx: AuthContext<'_>) -> Result<(), AuthError> {
        let action = self.config.send_verification.clone();
        self.post(ctx, &action, Map::new()).await.map(|_| ())
    }

    /// Validates an SMS or TOTP code and caches the token it returns.
    pub async fn validate_code(&self, ctx: AuthContext<'_>, code: &str) -> Result<(), AuthError> {
        let _gate = self.cache.lock_gate().await;
        let mut attrs = Map::new();
        attrs.insert(
            self.config.code_field.clone(),
            Value::String(code.to_owned()),
        );
        let json = self.post(ctx, &self.config.validate, attrs).await?;
        let grant = self.grant(&json)?;
        self.cache.store(grant);
        Ok(())
    }

    /// Runs GENERATE_NONCE → sign → VALIDATE_VERIFICATION and returns the new token.
    async fn sign_in(&self, ctx: AuthContext<'_>) -> Result<Grant, AuthError> {
        let Some(signer) = &self.signer else {
            return Err(AuthError::VerificationRequired(
                "no signer configured: call send_verification and validate_code, or set a signer"
                    .into(),
            ));
        };
        let json = self
            .post(ctx, &self.config.generate_nonce, Map::new())
            .await?;
        let nonce = string_at(&json, &self.config.nonce_pointer).ok_or_else(|| {
            AuthError::InvalidTokenResponse {
                endpoint: self.config.path.clone(),
                what: format!("a nonce at {}", self.config.nonce_pointer),
            }
        })?;
        let message = if self.config.sign_decoded_nonce {
            hex_decode(&nonce).ok_or_else(|| AuthError::InvalidTokenResponse {
                endpoint: self.config.path.clone(),
                what: "a hex nonce".into(),
            })?
        } else {
            nonce.into_bytes()
        };
        let signature = signer.sign(&message)?;
        let signed = format!("{}{}", self.config.signature_prefix, hex_encode(&signature));
        let mut attrs = Map::new();
        attrs.insert(
            self.config.signed_nonce_field.clone(),
            Value::String(signed),
        );
        let json = self.post(ctx, &self.config.validate, attrs).await?;
        self.grant(&json)
    }

    /// REFRESH with the current token; falls back to signing in when that fails.
    async fn renew(&self, ctx: AuthContext<'_>) -> Result<Grant, AuthError> {
        if let Some(current) = self.cache.stale_access() {
            let mut attrs = Map::new();
            if let Some(f) = &self.config.refresh_token_field {
                attrs.insert(f.clone(), Value::String(current.expose().to_owned()));
            }
            match self.post(ctx, &self.config.refresh, attrs).await {
                Ok(json) => match self.grant(&json) {
                    Ok(g) => return Ok(g),
                    Err(_) => tracing::debug!("refresh response unusable; signing in"),
                },
                // The error may quote the endpoint's answer: keep it out of the logs.
                Err(_) => tracing::debug!("refresh failed; signing in"),
            }
        }
        self.sign_in(ctx).await
    }

    fn grant(&self, json: &Value) -> Result<Grant, AuthError> {
        let token = string_at(json, &self.config.token_pointer).ok_or_else(|| {
            AuthError::InvalidTokenResponse {
                endpoint: self.config.path.clone(),
                what: format!("a token at {}", self.config.token_pointer),
            }
        })?;
        let lifetime = instant_at(json, &self.config.expires_at_pointer)
            .map_or(TokenLifetime::Unknown, TokenLifetime::ExpiresAt);
        Ok(Grant {
            access: Secret::new(token),
            lifetime,
            refresh: None,
        })
    }

    async fn post(
        &self,
        ctx: AuthContext<'_>,
        action: &str,
        mut attributes: Map<String, Value>,
    ) -> Result<Value, AuthError> {
        let url = resolve_url(ctx.base_url, &self.config.path);
        attributes.insert(
            self.config.action_field.clone(),
            Value::String(action.to_owned()),
        );
        let body = json!({"data": {"type": self.config.resource_type, "attributes": attributes}});
        let mut request = ctx
            .http
            .post(&url)
            .header(reqwest::header::ACCEPT, "application/json")
            .json(&body)
            .build()
            .map_err(|_| {
                AuthError::Config(format!("invalid token path {}", endpoint_label(&url)))
            })?;
        set_header(
            &mut request,
            &self.config.customer_header,
            &self.customer_id,
        )?;
        for (n, v) in &self.headers {
            set_header(&mut request, n, v)?;
        }
        self.credentials.authorize(ctx, &mut request).await?;
        send_for_json(ctx.http, request).await
    }
}

impl AuthProvider for NonceSignatureAuth {
    fn authorize<'a>(
        &'a self,
        ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let token = self.cache.get_or_fetch(|_| self.renew(ctx)).await?;
            super::set_bearer(request, token.expose())
        })
    }

    fn invalidate(&self) -> bool {
        // Without a signer a new token needs the user; retrying would not help.
        self.cache.invalidate() && self.signer.is_some()
    }

    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        self.cache
            .invalidate_sent("Bearer", super::sent_header(sent, "authorization"))
            && self.signer.is_some()
    }
}

pub(crate) fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

pub(crate) fn hex_decode(text: &str) -> Option<Vec<u8>> {
    let t = text.trim();
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    if t.len() % 2 != 0 {
        return None;
    }
    (0..t.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(t.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex() {
        assert_eq!(hex_encode(&[0x00, 0xab, 0xff]), "00abff");
        assert_eq!(hex_decode("0x00abFF"), Some(vec![0x00, 0xab, 0xff]));
        assert_eq!(hex_decode("abc"), None);
        assert_eq!(hex_decode("zz"), None);
        assert_eq!(hex_decode("é1"), None);
    }
}
