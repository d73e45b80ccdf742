//! `static-pages <folder>`: the static policy pages, feeds and register
//! (`manetti_privacy_kit::cli::static_pages`). Native only; built for wasm32 as an empty
//! program, because integration tests build every binary of the package.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    manetti_privacy_kit::cli::static_pages::main();
}
