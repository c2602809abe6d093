//! A per-subject (per-customer) bearer token from a signed-challenge endpoint: ask for a
//! challenge, sign it with the subject's key, send the signature back and receive a token;
//! or have a code sent and send it back (SMS), or send a code at once (TOTP). The token is
//! renewed with a refresh action shortly before it expires.
//!
//! Every name (path, header, actions, fields, pointers, labels) is in a [`ChallengeFlow`],
//! which generated code fills in from the spec's `x-customer-auth`.

use super::signer::{hex_decode, hex_encode, Challenge, Signer};
use super::token::{instant_at, send_for_json, string_at, Grant, TokenCache, TokenLifetime};
use super::{endpoint_label, resolve_url, set_bearer, set_header, AuthContext, AuthProvider};
use crate::error::AuthError;
use crate::secret::Secret;
use futures::future::BoxFuture;
use serde_json::Value;
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// The wire description of a signed-challenge token endpoint, as the spec gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChallengeFlow {
    /// Path of the token endpoint on the API host (POST).
    pub path: &'static str,
    /// Header naming the subject, on token requests and on calls made with its token.
    pub subject_header: &'static str,
    /// JSON text of the request body each step starts from.
    pub body: &'static str,
    /// JSON pointer to the object in `body` that the step's fields are added to (`""`: the root).
    pub fields_at: &'static str,
    /// Field naming the step's action.
    pub action_field: &'static str,
    /// Action asking for a challenge to sign.
    pub challenge_action: &'static str,
    /// Action asking the server to send a code (SMS), if the API has one.
    pub send_code_action: Option<&'static str>,
    /// Action sending a signature or a code back for a token.
    pub verify_action: &'static str,
    /// Action renewing the current token, if the API has one.
    pub refresh_action: Option<&'static str>,
    /// Field carrying the signed challenge.
    pub signature_field: &'static str,
    /// Field carrying a code.
    pub code_field: &'static str,
    /// Pointer to the challenge (hex) in the response.
    pub challenge_pointer: &'static str,
    /// Pointer to the token in the response.
    pub token_pointer: &'static str,
    /// Pointer to the expiry (Unix seconds or RFC 3339) in the response.
    pub expires_at_pointer: Option<&'static str>,
    /// Text before the hex signature (`0x`, or empty).
    pub signature_prefix: &'static str,
    /// Transcript label for transcript-signing schemes (SR25519); empty if none.
    pub transcript_label: &'static str,
    /// Label the challenge is appended to the transcript under.
    pub message_label: &'static str,
}

/// A subject's token from a [`ChallengeFlow`] endpoint. Cheap to share behind an `Arc`; one
/// token request at a time (concurrent callers wait for it and share its token).
pub struct SignedChallengeAuth {
    flow: ChallengeFlow,
    credentials: Option<Arc<dyn AuthProvider>>,
    subject: String,
    signer: Option<Arc<dyn Signer>>,
    headers: Vec<(String, String)>,
    cache: TokenCache,
}

impl fmt::Debug for SignedChallengeAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedChallengeAuth")
            .field("path", &self.flow.path)
            .field("subject", &self.subject)
            .field("signer", &self.signer)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl SignedChallengeAuth {
    /// Tokens for `subject` from `flow`'s endpoint, whose requests are authenticated by
    /// `credentials` (`None`: an error names the missing credentials when a token is needed).
    pub fn new(
        flow: ChallengeFlow,
        credentials: Option<Arc<dyn AuthProvider>>,
        subject: impl Into<String>,
    ) -> Self {
        SignedChallengeAuth {
            flow,
            credentials,
            subject: subject.into(),
            signer: None,
            headers: Vec::new(),
            cache: TokenCache::default(),
        }
    }

    /// Signs challenges with `signer`, so tokens are obtained and renewed without the user.
    pub fn signer(mut self, signer: Arc<dyn Signer>) -> Self {
        self.signer = Some(signer);
        self
    }

    /// Adds a header to token requests.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Starts from a token saved earlier (`expires_at` unknown: used until a 401).
    pub fn with_token(self, token: impl Into<Secret>, expires_at: Option<SystemTime>) -> Self {
        self.cache.store(Grant {
            access: token.into(),
            lifetime: expires_at.map_or(TokenLifetime::Unknown, TokenLifetime::ExpiresAt),
            refresh: None,
        });
        self
    }

    /// The subject this provider authenticates.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The current token, to save it for later.
    pub fn token(&self) -> Option<Secret> {
        self.cache.stale_access()
    }

    /// Asks the server to send the subject a code (SMS).
    pub async fn send_code(&self, ctx: AuthContext<'_>) -> Result<(), AuthError> {
        let action = self.flow.send_code_action.ok_or_else(|| {
            AuthError::Config("this API documents no action that sends a code".into())
        })?;
        self.post(ctx, action, None).await.map(|_| ())
    }

    /// Sends a code the subject received (SMS) or read (TOTP) and keeps the token it returns.
    pub async fn verify_code(&self, ctx: AuthContext<'_>, code: &str) -> Result<(), AuthError> {
        let _gate = self.cache.lock_gate().await;
        let field = (self.flow.code_field, Value::String(code.to_owned()));
        let json = self.post(ctx, self.flow.verify_action, Some(field)).await?;
        self.cache.store(self.grant(&json)?);
        Ok(())
    }

    /// Challenge → signature → token.
    async fn sign_in(&self, ctx: AuthContext<'_>) -> Result<Grant, AuthError> {
        let Some(signer) = &self.signer else {
            return Err(AuthError::VerificationRequired(
                "no key pair to sign with and no valid token: verify a code first".into(),
            ));
        };
        let json = self.post(ctx, self.flow.challenge_action, None).await?;
        let challenge = string_at(&json, self.flow.challenge_pointer)
            .and_then(|text| hex_decode(&text))
            .ok_or_else(|| AuthError::InvalidTokenResponse {
                endpoint: self.flow.path.to_owned(),
                what: format!("a hex challenge at {}", self.flow.challenge_pointer),
            })?;
        let signature = signer.sign(&Challenge {
            bytes: &challenge,
            transcript_label: self.flow.transcript_label.as_bytes(),
            message_label: self.flow.message_label.as_bytes(),
        })?;
        let signed = format!("{}{}", self.flow.signature_prefix, hex_encode(&signature));
        let field = (self.flow.signature_field, Value::String(signed));
        let json = self.post(ctx, self.flow.verify_action, Some(field)).await?;
        self.grant(&json)
    }

    /// The refresh action while a token is held; signing in when that fails or there is none.
    async fn renew(&self, ctx: AuthContext<'_>) -> Result<Grant, AuthError> {
        if let (Some(_), Some(action)) = (self.cache.stale_access(), self.flow.refresh_action) {
            let refreshed = match self.post(ctx, action, None).await {
                Ok(json) => self.grant(&json),
                Err(e) => Err(e),
            };
            match refreshed {
                Ok(grant) => return Ok(grant),
                // Misconfiguration is reported as such, not as a verification to redo.
                Err(e @ (AuthError::NotConfigured(_) | AuthError::Config(_))) => return Err(e),
                Err(e) if self.signer.is_none() => {
                    return Err(AuthError::VerificationRequired(format!(
                        "the token could not be refreshed ({e}): verify a code again"
                    )))
                }
                // The error may quote the endpoint's answer: keep it out of the logs.
                Err(_) => tracing::debug!("refresh failed; signing in"),
            }
        }
        self.sign_in(ctx).await
    }

    fn grant(&self, json: &Value) -> Result<Grant, AuthError> {
        let token = string_at(json, self.flow.token_pointer).ok_or_else(|| {
            AuthError::InvalidTokenResponse {
                endpoint: self.flow.path.to_owned(),
                what: format!("a token at {}", self.flow.token_pointer),
            }
        })?;
        let lifetime = self
            .flow
            .expires_at_pointer
            .and_then(|pointer| instant_at(json, pointer))
            .map_or(TokenLifetime::Unknown, TokenLifetime::ExpiresAt);
        Ok(Grant {
            access: Secret::new(token),
            lifetime,
            refresh: None,
        })
    }

    /// The step's body: the flow's body with the action (and one more field) at `fields_at`.
    fn body(&self, action: &str, field: Option<(&str, Value)>) -> Result<Value, AuthError> {
        let mut body: Value = serde_json::from_str(self.flow.body)
            .map_err(|e| AuthError::Config(format!("the flow's body is not JSON: {e}")))?;
        let Some(Value::Object(fields)) = body.pointer_mut(self.flow.fields_at) else {
            return Err(AuthError::Config(format!(
                "the flow's body has no object at {}",
                self.flow.fields_at
            )));
        };
        fields.insert(
            self.flow.action_field.to_owned(),
            Value::String(action.to_owned()),
        );
        if let Some((name, value)) = field {
            fields.insert(name.to_owned(), value);
        }
        Ok(body)
    }

    async fn post(
        &self,
        ctx: AuthContext<'_>,
        action: &str,
        field: Option<(&str, Value)>,
    ) -> Result<Value, AuthError> {
        let Some(credentials) = &self.credentials else {
            return Err(AuthError::NotConfigured(format!(
                "the credentials of {} (token requests are authenticated with them)",
                self.flow.path
            )));
        };
        let url = resolve_url(ctx.base_url, self.flow.path);
        let mut request = ctx
            .http
            .post(&url)
            .header(reqwest::header::ACCEPT, "application/json")
            .json(&self.body(action, field)?)
            .build()
            .map_err(|_| {
                AuthError::Config(format!("invalid token path {}", endpoint_label(&url)))
            })?;
        set_header(&mut request, self.flow.subject_header, &self.subject)?;
        for (name, value) in &self.headers {
            set_header(&mut request, name, value)?;
        }
        credentials.authorize(ctx, &mut request).await?;
        send_for_json(ctx.http, request).await
    }
}

impl AuthProvider for SignedChallengeAuth {
    fn authorize<'a>(
        &'a self,
        ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let token = self.cache.get_or_fetch(|_| self.renew(ctx)).await?;
            set_header(request, self.flow.subject_header, &self.subject)?;
            set_bearer(request, token.expose())
        })
    }

    fn invalidate(&self) -> bool {
        // Without a key pair a new token needs the user; a retry would fail the same way.
        self.cache.invalidate() && self.signer.is_some()
    }

    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        // Only the token this request carried is dropped: a late 401 keeps a newer token.
        self.cache
            .invalidate_sent("Bearer", super::sent_header(sent, "authorization"))
            && self.signer.is_some()
    }
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
