//! Minifies the stylesheet into `$OUT_DIR/manetti-privacy.min.css` (`style::STYLESHEET`).

fn main() {
    println!("cargo:rerun-if-changed=src/manetti-privacy.css");
    let css = std::fs::read_to_string("src/manetti-privacy.css").unwrap();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let minified = manetti_privacy_build_support::css_minify::minify(&css);
    std::fs::write(out.join("manetti-privacy.min.css"), minified).unwrap();
}
