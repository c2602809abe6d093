/// A base schema with a discriminator and no oneOf; its subtypes extend it with allOf.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Pet {
    /// A [`Cat`](super::Cat): `pet_type` is `cat`.
    Cat(super::Cat),
    /// A [`Dog`](super::Dog): `pet_type` is `Dog`.
    Dog(super::Dog),
    /// A [`Lion`](super::Lion): `pet_type` is `Lion`.
    Lion(super::Lion),
    /// A `pet_type` this version of the client does not know; the object as sent.
    Unknown(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => serde::Serialize::serialize(value, serializer),
            Self::Dog(value) => serde::Serialize::serialize(value, serializer),
            Self::Lion(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = paygen_runtime::tagged::TaggedObject::read(deserializer, "pet_type")?;
        match object.tag.as_deref() {
            Some("cat") => object.decode().map(Self::Cat),
            Some("Dog") => object.decode().map(Self::Dog),
            Some("Lion") => object.decode().map(Self::Lion),
            _ => object.into_value().map(Self::Unknown),
        }
    }
}
