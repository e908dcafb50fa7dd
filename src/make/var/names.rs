//! Variable names shared by the small tables: `$(OBJS): FLAGS := ...` gives each of 10⁵
//! objects a table holding `FLAGS`; every table points at one copy of the name.

use std::rc::Rc;

use rustc_hash::FxHashSet;

thread_local! {
    static NAMES: std::cell::RefCell<FxHashSet<Rc<str>>> =
        std::cell::RefCell::new(FxHashSet::default());
}

/// The shared copy of `name` (made on first use; names are few, and kept to the end).
pub fn shared(name: &str) -> Rc<str> {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(n) = names.get(name) {
            return Rc::clone(n);
        }
        let n: Rc<str> = name.into();
        names.insert(Rc::clone(&n));
        n
    })
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    #[test]
    fn one_copy_per_name() {
        let a = super::shared("FLAGS");
        let b = super::shared(&String::from("FLAGS"));
        assert!(Rc::ptr_eq(&a, &b));
        assert_eq!(&*super::shared("OPT"), "OPT");
        assert!(!Rc::ptr_eq(&a, &super::shared("OPT")));
    }
}
