//! The integrate-xspot `config.toml`: locating it (current and older layout), and reading it
//! with spans while masking the license key so no diagnostic can print it in full.

pub mod locate;
pub mod model;

pub use locate::{locate, Located, CONFIG_PATH, LEGACY_CONFIG_PATH};
pub use model::{mask_secret, read, TomlFile};
