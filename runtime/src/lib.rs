//! paygen runtime.
