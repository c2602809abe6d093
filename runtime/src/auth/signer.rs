//! Key pairs that sign a server's challenge: the [`Signer`] trait, RSA PKCS#1 v1.5 with SHA-256
//! ([`RsaSha256Signer`], `ring`) and SR25519 over a merlin transcript (`Sr25519Signer`,
//! `schnorrkel`, feature `sr25519`). Each also gives its public key in hex, the form a key is
//! registered in.

use crate::error::AuthError;
use std::fmt;
use std::sync::Arc;

/// What is signed: the challenge's bytes, and the labels of the transcript for signature
/// schemes that sign a transcript rather than bytes (SR25519).
#[derive(Clone, Copy, Debug)]
pub struct Challenge<'a> {
    /// The challenge as bytes (already decoded from the wire form).
    pub bytes: &'a [u8],
    /// Label of the transcript (merlin's `Transcript::new`); empty when the protocol names none.
    pub transcript_label: &'static [u8],
    /// Label the challenge is appended under (merlin's `append_message`).
    pub message_label: &'static [u8],
}

impl<'a> Challenge<'a> {
    /// A challenge with no transcript labels (enough for RSA).
    pub fn new(bytes: &'a [u8]) -> Self {
        Challenge {
            bytes,
            transcript_label: b"",
            message_label: b"",
        }
    }

    /// Sets the transcript labels.
    pub fn transcript(mut self, label: &'static [u8], message_label: &'static [u8]) -> Self {
        self.transcript_label = label;
        self.message_label = message_label;
        self
    }
}

/// Signs a challenge with a private key.
pub trait Signer: Send + Sync + fmt::Debug {
    /// Signature over the challenge.
    fn sign(&self, challenge: &Challenge<'_>) -> Result<Vec<u8>, AuthError>;

    /// The public key, hex-encoded (no prefix), as a server registers it.
    fn public_key_hex(&self) -> String;
}

impl<S: Signer + ?Sized> Signer for Arc<S> {
    fn sign(&self, challenge: &Challenge<'_>) -> Result<Vec<u8>, AuthError> {
        (**self).sign(challenge)
    }

    fn public_key_hex(&self) -> String {
        (**self).public_key_hex()
    }
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

    /// The public key as a DER `SubjectPublicKeyInfo` (what a PEM `BEGIN PUBLIC KEY` holds).
    pub fn public_key_spki_der(&self) -> Vec<u8> {
        spki_der(self.key.public().as_ref())
    }
}

impl Signer for RsaSha256Signer {
    /// Signs the challenge's bytes (transcript labels do not apply).
    fn sign(&self, challenge: &Challenge<'_>) -> Result<Vec<u8>, AuthError> {
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &ring::signature::RSA_PKCS1_SHA256,
                &ring::rand::SystemRandom::new(),
                challenge.bytes,
                &mut signature,
            )
            .map_err(|_| AuthError::Signing("RSA signing failed".into()))?;
        Ok(signature)
    }

    /// Hex of the DER `SubjectPublicKeyInfo`.
    fn public_key_hex(&self) -> String {
        hex_encode(&self.public_key_spki_der())
    }
}

/// Wraps a PKCS#1 `RSAPublicKey` in a `SubjectPublicKeyInfo` with the `rsaEncryption`
/// algorithm (RFC 5280 §4.1, RFC 3279 §2.3.1).
fn spki_der(rsa_public_key: &[u8]) -> Vec<u8> {
    // SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }
    const ALGORITHM: [u8; 15] = [
        0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    ];
    let mut bit_string = vec![0x00]; // no unused bits
    bit_string.extend_from_slice(rsa_public_key);
    let mut body = ALGORITHM.to_vec();
    body.extend(der_element(0x03, &bit_string));
    der_element(0x30, &body)
}

/// One DER element: tag, definite length, contents.
fn der_element(tag: u8, contents: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = contents.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(contents);
    out
}

#[cfg(feature = "sr25519")]
pub use sr25519::Sr25519Signer;

#[cfg(feature = "sr25519")]
mod sr25519 {
    use super::{hex_decode, hex_encode, Challenge, Signer};
    use crate::error::AuthError;
    use schnorrkel::{ExpansionMode, Keypair, MiniSecretKey, SecretKey};
    use std::fmt;
    use std::sync::Arc;

    /// SR25519 (Schnorr over Ristretto25519, `schnorrkel`) signing a merlin transcript: the
    /// transcript is labelled with the challenge's `transcript_label` and the challenge bytes
    /// are appended under its `message_label`, as `merlin` and polkadot-js do in JavaScript:
    ///
    /// ```js
    /// const transcript = new merlin.Transcript(transcriptLabel);
    /// transcript.appendMessage(messageLabel, challenge);
    /// const signature = secretKey.sign(transcript);
    /// ```
    ///
    /// The labels come from the spec (`x-customer-auth`), so a signer is only a key.
    #[derive(Clone)]
    pub struct Sr25519Signer {
        keypair: Arc<Keypair>,
    }

    impl fmt::Debug for Sr25519Signer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Sr25519Signer")
                .field("public", &self.public_key_hex())
                .finish_non_exhaustive()
        }
    }

    fn bad_key(what: &str) -> AuthError {
        AuthError::Config(format!("not a usable SR25519 key: {what}"))
    }

    impl Sr25519Signer {
        /// A new random key pair (from the operating system's random source).
        pub fn generate() -> Self {
            Self::from_keypair(MiniSecretKey::generate().expand_to_keypair(ExpansionMode::Ed25519))
        }

        /// From a 32-byte mini secret key (a seed), expanded as Substrate and polkadot-js
        /// expand it (`ExpansionMode::Ed25519`).
        pub fn from_mini_secret(bytes: &[u8]) -> Result<Self, AuthError> {
            let mini = MiniSecretKey::from_bytes(bytes)
                .map_err(|_| bad_key("a mini secret key is 32 bytes"))?;
            Ok(Self::from_keypair(
                mini.expand_to_keypair(ExpansionMode::Ed25519),
            ))
        }

        /// From a 64-byte secret key (key and nonce) in the form polkadot-js's
        /// `schnorrkel.generateKeypair()` returns as `secretKey` (schnorrkel's "Ed25519
        /// bytes").
        pub fn from_secret_key(bytes: &[u8]) -> Result<Self, AuthError> {
            let secret = SecretKey::from_ed25519_bytes(bytes)
                .map_err(|_| bad_key("a secret key is 64 bytes"))?;
            Ok(Self::from_keypair(secret.to_keypair()))
        }

        /// From hex (optionally `0x`-prefixed): 64 digits for a mini secret key, 128 for a
        /// 64-byte secret key.
        pub fn from_hex(text: &str) -> Result<Self, AuthError> {
            let bytes = hex_decode(text).ok_or_else(|| bad_key("not hex"))?;
            match bytes.len() {
                32 => Self::from_mini_secret(&bytes),
                64 => Self::from_secret_key(&bytes),
                n => Err(bad_key(&format!(
                    "{n} bytes; expected 32 (mini secret key) or 64 (secret key)"
                ))),
            }
        }

        fn from_keypair(keypair: Keypair) -> Self {
            Sr25519Signer {
                keypair: Arc::new(keypair),
            }
        }

        /// The 32-byte public key.
        pub fn public_key(&self) -> [u8; 32] {
            self.keypair.public.to_bytes()
        }

        /// The 64-byte secret key, hex, in the form [`from_hex`](Self::from_hex) reads: to
        /// store the key. Keep it secret.
        pub fn secret_key_hex(&self) -> crate::Secret {
            crate::Secret::new(hex_encode(&self.keypair.secret.to_ed25519_bytes()))
        }
    }

    impl Signer for Sr25519Signer {
        /// Signs the transcript; a challenge without a transcript label is refused, since a
        /// signature over an unlabelled transcript would never verify on the server.
        fn sign(&self, challenge: &Challenge<'_>) -> Result<Vec<u8>, AuthError> {
            if challenge.transcript_label.is_empty() {
                return Err(AuthError::Signing(
                    "SR25519 signs a transcript: the challenge names no transcript label".into(),
                ));
            }
            let mut transcript = merlin::Transcript::new(challenge.transcript_label);
            transcript.append_message(challenge.message_label, challenge.bytes);
            Ok(self.keypair.sign(transcript).to_bytes().to_vec())
        }

        fn public_key_hex(&self) -> String {
            hex_encode(&self.public_key())
        }
    }
}

/// Lowercase hex, no prefix.
pub(crate) fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Hex with or without a `0x` prefix; `None` unless every character is a hex digit.
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
