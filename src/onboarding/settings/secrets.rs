//! env.cfg's secrets: the parse rule for `KEY=VALUE` files. Every variable whose name says
//! secret, token, password or key has its value span masked in the source diagnostics show
//! (on top of the line rule, see [`crate::diag::redact`]), and its value registered so no
//! output prints it, wherever it was copied to (`B=${DB_PASSWORD}`). A Makefile that
//! includes env.cfg has those variables hidden from `-p` too ([`is_tree_env_cfg`] tells `-p`
//! which file that is).

use crate::diag::redact::{self, Syntax};
use crate::envcfg::{EnvCfg, Value};

/// Masks and registers env.cfg's secrets; call before rendering anything about it.
pub fn protect_env(env: &EnvCfg) {
    let source = env.source();
    let mut ranges = redact::ranges(source.text(), Syntax::KeyValue);
    for binding in env.iter().filter(|b| redact::is_secret_name(&b.name)) {
        ranges.push(binding.value_span.start..binding.value_span.end);
        match &binding.value {
            Value::Scalar(s) => redact::register(s),
            Value::Array(items) => items.iter().for_each(|i| redact::register(i)),
        }
    }
    redact::protect(source, &redact::merge(source.text(), ranges));
}

/// Whether `file` (a makefile as make names it) is, by its real path, `conf/env.cfg` of an
/// onboarding tree (for `-p`: `crate::make::settings::HideValues::config`); when it is, it is
/// read and its secrets registered.
pub fn is_tree_env_cfg(file: &str) -> bool {
    let Ok(real) = std::fs::canonicalize(file) else {
        return false;
    };
    let tree = real.parent().and_then(std::path::Path::parent);
    match (tree, camino::Utf8Path::from_path(&real)) {
        (Some(tree), Some(real)) if real.ends_with(super::ENV_CFG_PATH) => {
            let Some(tree) = camino::Utf8Path::from_path(tree) else {
                return false;
            };
            if !super::super::recipe_guard::applies(tree) {
                return false;
            }
            // Read as xmake reads it, so its secrets' values are registered and masked
            // wherever a makefile copied them.
            let _ = super::read_env(tree, &mut Vec::new());
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::source::Source;

    #[test]
    fn secret_values_are_masked_and_registered() {
        let source = Arc::new(Source::new(
            "conf/env.cfg",
            "A=1\nDB_PASSWORD=XSPOTENVSECRET\nB=${DB_PASSWORD}x\n",
        ));
        let (env, _) = crate::envcfg::read(&source);
        protect_env(&env);
        assert_eq!(
            source.shown().unwrap(),
            "A=1\nDB_PASSWORD=**************\nB=${DB_PASSWORD}x\n"
        );
        assert_eq!(redact::scrub("XSPOTENVSECRETx"), "<redacted>x");
    }
}
