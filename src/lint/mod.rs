//! Linting whole onboarding trees for CI: a registry of rules and one renderer per format.
