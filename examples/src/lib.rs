//! Helpers shared by the examples in `examples/examples/`: reading the documented environment
//! variables. Each example's header lists the variables it reads.

use std::fmt;

/// A required environment variable that is missing or not Unicode.
#[derive(Debug)]
pub struct MissingVar(pub String);

impl fmt::Display for MissingVar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "set the environment variable {} (see the top of the example's source)",
            self.0
        )
    }
}

impl std::error::Error for MissingVar {}

/// The value of a required environment variable.
pub fn required(name: &str) -> Result<String, MissingVar> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| MissingVar(name.to_string()))
}

/// The value of an optional environment variable.
pub fn optional(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Prints the step of the flow being run (the example tests read these lines).
pub fn step(name: &str) {
    println!("step: {name}");
}
