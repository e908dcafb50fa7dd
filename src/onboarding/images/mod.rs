//! Container images of a release, as the spec's "Images: names and files" fixes them: the
//! base snapshot and its import, each `IMAGE_NAME_LIST` entry's reference, build context and
//! saved file, the digest of an image's build inputs, and the guard every image removal
//! passes. The targets that use them live in `targets/`.

pub mod call;
pub mod current;
pub mod exclude;
pub mod guard;
pub mod inputs;
pub mod names;
pub mod shipped;
