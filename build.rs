//! Writes `$OUT_DIR/catalog.d.ts`: the shipped version ids and locales as TypeScript unions,
//! which `src/web/kit.rs` adds to the module's declarations.

fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    manetti_privacy_build_support::typescript::write_catalog_types(&root, &out);
}
