//! Where the image targets may act (`onboarding::bounds`): the release folder under
//! `IMAGE_DEPLOY_DIR`, the tree's `.xmake/shipped`, and the build contexts inside the tree.
//! A journal naming anything else for these steps is refused.

use camino::Utf8PathBuf;

use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::step::Ctx;

fn image_dir(cx: &Ctx) -> Utf8PathBuf {
    cx.path(&cx.site.image_deploy_dir)
}

fn release_dir(cx: &Ctx) -> Utf8PathBuf {
    image_dir(cx).join(&cx.tree.release)
}

/// `base-snapshot`: a tar of the root prefix, or a verified copy from another release,
/// written into this release's folder.
pub fn base(cx: &Ctx) -> Vec<Bound> {
    vec![
        Bound::new(Kind::Snapshot, release_dir(cx), Reach::Entry)
            .reading(vec![cx.root.dir().to_owned()]),
        Bound::new(Kind::CopyVerified, release_dir(cx), Reach::Entry).reading(vec![image_dir(cx)]),
    ]
}

/// `shipped-dockerfiles`: copies of the tree's Dockerfiles under `.xmake/shipped`.
pub fn shipped(cx: &Ctx) -> Vec<Bound> {
    let state = cx.tree.state_dir();
    vec![
        Bound::new(Kind::CreateDirAll, &state, Reach::Below),
        Bound::new(Kind::CopyFile, &state, Reach::Below).reading(vec![cx.tree.dir.clone()]),
    ]
}

/// `base-image`: imports this release's `base.tar` and tags it.
pub fn base_image(cx: &Ctx) -> Vec<Bound> {
    vec![Bound::new(Kind::Engine, release_dir(cx), Reach::Entry).reading(vec![release_dir(cx)])]
}

/// `images`: builds from contexts inside the tree.
pub fn images(cx: &Ctx) -> Vec<Bound> {
    vec![Bound::new(Kind::Engine, &cx.tree.dir, Reach::Below).reading(vec![cx.tree.dir.clone()])]
}

/// `save-images` and `current`: saved images in this release's folder, `current` beside it.
pub fn deploy(cx: &Ctx) -> Vec<Bound> {
    vec![
        Bound::new(Kind::Engine, release_dir(cx), Reach::Entry),
        Bound::new(Kind::SwitchSymlink, image_dir(cx), Reach::Entry),
    ]
}

/// Steps that only show something make no change.
pub fn none(_: &Ctx) -> Vec<Bound> {
    Vec::new()
}
