//! The manifest: `apply` (declarative, idempotent, one transaction) and `export`.
