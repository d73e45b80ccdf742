//! Writes the shipped versions and wording as Rust source (`$OUT_DIR/shipped.rs`), checked
//! and round-tripped by `manetti_privacy_build_support::shipped`.

fn main() {
    let crate_dir = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // `versions/` and `locales/` are the policy owner's files, at the top of the repository.
    let root = crate_dir.join("../..");
    // The kit's wording ships only where the kit runs (feature `kit`).
    let kit = std::env::var_os("CARGO_FEATURE_KIT").is_some();
    manetti_privacy_build_support::shipped::write(&root, &out, &|name| kit || name != "kit.ftl");
}
