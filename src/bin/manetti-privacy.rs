//! `manetti-privacy verify | email`: the control-panel kit on the command line
//! (`manetti_privacy_kit::cli::privacy`). Native only; built for wasm32 as an empty program,
//! because integration tests build every binary of the package.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    manetti_privacy_kit::cli::privacy::main();
}
