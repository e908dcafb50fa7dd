//! `+=` onto a variable that already has a value (variable.c `do_variable_definition`):
//! the addition is expanded now for a simple variable and kept as written for a recursive
//! one; an empty addition changes nothing; otherwise it follows the old value after a
//! space (none when the old value is empty). Used for globals, target- and
//! pattern-specific sets and `$(eval)` over a local variable alike.

use super::Flavor;

/// What `+=` with `text` adds to a variable of `flavor`: `text` run through `expand` for a
/// simple variable, as written for a recursive one. `None` when that comes to nothing:
/// GNU then leaves the variable as it was (value, origin and location).
pub fn addition<E>(
    flavor: Flavor,
    text: &str,
    expand: impl FnOnce(&str) -> Result<String, E>,
) -> Result<Option<String>, E> {
    let add = match flavor {
        Flavor::Simple => expand(text)?,
        Flavor::Recursive => text.to_owned(),
    };
    Ok((!add.is_empty()).then_some(add))
}

/// Puts `add` after `value`, with a space between unless `value` is empty.
pub fn append(value: &mut String, add: &str) {
    if !value.is_empty() {
        value.push(' ');
    }
    value.push_str(add);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_expands_recursive_keeps() {
        let up = |s: &str| Ok::<_, ()>(s.to_uppercase());
        assert_eq!(addition(Flavor::Simple, "a", up), Ok(Some("A".into())));
        assert_eq!(addition(Flavor::Recursive, "a", up), Ok(Some("a".into())));
        let gone = |_: &str| Ok::<_, ()>(String::new());
        assert_eq!(addition(Flavor::Simple, "$(x)", gone), Ok(None));
        assert_eq!(addition(Flavor::Recursive, "", gone), Ok(None));
    }

    #[test]
    fn space_only_between_values() {
        let mut v = String::new();
        append(&mut v, "a");
        assert_eq!(v, "a");
        append(&mut v, "b");
        assert_eq!(v, "a b");
    }
}
