//! The integrate-xspot `config.toml`: locating it, reading it, and comment-keeping edits.
