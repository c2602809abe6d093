/// Internally tagged by `type`, with a mapping.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum PaymentMethod {
    /// A [`Card`](super::Card): `type` is `card`, `credit_card`.
    Card(super::Card),
    /// A [`Bank`](super::Bank): `type` is `bank_account`.
    Bank(super::Bank),
    /// A [`Wallet`](super::Wallet): `type` is `Wallet`.
    Wallet(super::Wallet),
    /// A [`Voucher`](super::Voucher): `type` is `Voucher`.
    Voucher(super::Voucher),
    /// A `type` this version of the client does not know; the object as sent.
    Unknown(serde_json::Value),
}

#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Tagged<'a, T> {
            #[serde(rename = "type")]
            tag: &'static str,
            #[serde(flatten)]
            value: &'a T,
        }
        match self {
            Self::Card(value) => serde::Serialize::serialize(value, serializer),
            Self::Bank(value) => serde::Serialize::serialize(value, serializer),
            Self::Wallet(value) => serde::Serialize::serialize(
                &Tagged {
                    tag: "Wallet",
                    value,
                },
                serializer,
            ),
            Self::Voucher(value) => {
                paygen_runtime::tagged::serialize_with_tag(value, "type", "Voucher", serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = paygen_runtime::tagged::TaggedObject::read(deserializer, "type")?;
        match object.tag.as_deref() {
            Some("card" | "credit_card") => object.decode().map(Self::Card),
            Some("bank_account") => object.decode().map(Self::Bank),
            Some("Wallet") => object.decode().map(Self::Wallet),
            Some("Voucher") => object.decode().map(Self::Voucher),
            _ => object.into_value().map(Self::Unknown),
        }
    }
}
