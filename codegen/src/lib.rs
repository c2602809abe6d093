//! paygen code generator.
