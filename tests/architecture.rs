//! What Cargo cannot see of ARCHITECTURE.md, checked against the source: every module of
//! every crate is listed there, no two modules inside a crate use each other in a cycle, and
//! the shipped crates format nothing with `Debug`. The graph between crates is Cargo's: a
//! crate can only name the crates its `Cargo.toml` lists.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each crate by the short name ARCHITECTURE.md uses, with its source folder.
const CRATES: &[(&str, &str)] = &[
    ("model", "crates/model/src"),
    ("build-support", "crates/build-support/src"),
    ("core", "crates/core/src"),
    ("view", "crates/view/src"),
    ("kit", "crates/kit/src"),
    ("web", "src"),
];

/// The crates whose code reaches the module: the `{:?}` rule holds there.
const SHIPPED: &[&str] = &["model", "core", "view", "kit", "web"];

/// Every `.rs` file under `dir`, except the binaries (`src/bin/`).
fn sources(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "bin") {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}

/// The module a file is: `diff/lcs.rs` is `diff::lcs`, `diff/mod.rs` is `diff`, `lib.rs` is
/// the crate root (`""`).
fn module_of(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap().with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .filter(|p| p != "mod" && p != "lib")
        .collect();
    parts.join("::")
}

/// Code lines: comments and doc comments left out.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

/// The parent of a module (`diff::lcs` → `diff`, `diff` → the root).
fn parent(module: &str) -> &str {
    module.rsplit_once("::").map_or("", |(p, _)| p)
}

/// The longest known module that `path` (a module path, `a::b::Item`) starts with.
fn known_prefix(path: &str, modules: &HashSet<String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find(|candidate| modules.contains(candidate))
}

/// `module` → the other modules of its crate it names by `crate::…` or `super::…` paths.
/// A module naming its own ancestor (a child using its parent's helpers) is no edge: the
/// parent declares the child, so that is the crate's tree, not a use.
fn module_graph(dir: &Path) -> HashMap<String, Vec<String>> {
    let files = sources(dir);
    let modules: HashSet<String> = files.iter().map(|f| module_of(dir, f)).collect();
    let mut graph: HashMap<String, Vec<String>> = HashMap::new();
    for file in &files {
        let from = module_of(dir, file);
        let text = fs::read_to_string(file).unwrap();
        let edges = graph.entry(from.clone()).or_default();
        for line in code_lines(&text) {
            for (prefix, base) in [
                ("crate::", String::new()),
                ("super::", parent(&from).into()),
            ] {
                for (at, _) in line.match_indices(prefix) {
                    if prefix == "crate::" && line[..at].ends_with('$') {
                        continue; // `$crate::` in a macro: the crate that defines it
                    }
                    if prefix == "super::" && line[..at].ends_with("super::") {
                        continue; // the second `super::` of `super::super::`
                    }
                    let mut base = base.clone();
                    let mut rest = &line[at + prefix.len()..];
                    while let Some(after) = rest.strip_prefix("super::") {
                        base = parent(&base).to_string();
                        rest = after;
                    }
                    let tail: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    let full = match (base.is_empty(), tail.is_empty()) {
                        (_, true) => base.clone(),
                        (true, false) => tail,
                        (false, false) => format!("{base}::{tail}"),
                    };
                    let Some(to) = known_prefix(&full, &modules) else {
                        continue;
                    };
                    let ancestor =
                        to.is_empty() || from == to || from.starts_with(&format!("{to}::"));
                    if !ancestor && !edges.contains(&to) {
                        edges.push(to);
                    }
                }
            }
        }
    }
    graph
}

/// A cycle in `graph`, if there is one, as the path that closes it.
fn find_cycle(graph: &HashMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &HashMap<String, Vec<String>>,
        state: &mut HashMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(1) => {
                let start = path.iter().position(|n| n == node).unwrap();
                let mut cycle = path[start..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            Some(_) => return None,
            None => {}
        }
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, state, path) {
                return Some(cycle);
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = HashMap::new();
    let mut nodes: Vec<&String> = graph.keys().collect();
    #[allow(clippy::disallowed_methods)]
    nodes.sort();
    for node in nodes {
        if let Some(cycle) = visit(node, graph, &mut state, &mut Vec::new()) {
            return Some(cycle);
        }
    }
    None
}

/// The modules ARCHITECTURE.md lists per crate: the lines `` - `crate`: `a`, `a::b`, … `` of
/// its `## Modules` section.
fn written_modules() -> HashMap<String, HashSet<String>> {
    let text = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let section = text
        .split("## Modules")
        .nth(1)
        .expect("ARCHITECTURE.md has a Modules section");
    let section = section.split("\n## ").next().unwrap();
    let mut out = HashMap::new();
    for line in section.lines() {
        let Some((krate, modules)) = line.strip_prefix("- `").and_then(|l| l.split_once("`: "))
        else {
            continue;
        };
        let names: HashSet<String> = modules
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        out.insert(krate.to_string(), names);
    }
    out
}

#[test]
fn every_module_is_listed_in_architecture_md_and_every_listed_one_exists() {
    let written = written_modules();
    for (krate, dir) in CRATES {
        let listed = written
            .get(*krate)
            .unwrap_or_else(|| panic!("ARCHITECTURE.md lists no modules of `{krate}`"));
        let actual: HashSet<String> = sources(&root().join(dir))
            .iter()
            .map(|f| module_of(&root().join(dir), f))
            .filter(|m| !m.is_empty())
            .collect();
        for m in &actual {
            assert!(
                listed.contains(m),
                "`{krate}::{m}` is not listed in ARCHITECTURE.md's Modules section"
            );
        }
        for m in listed {
            assert!(
                actual.contains(m),
                "ARCHITECTURE.md lists `{krate}::{m}`, which does not exist"
            );
        }
    }
    assert_eq!(
        written.len(),
        CRATES.len(),
        "ARCHITECTURE.md lists other crates"
    );
}

#[test]
fn no_crate_has_a_cycle_between_its_modules() {
    for (krate, dir) in CRATES {
        let graph = module_graph(&root().join(dir));
        assert_eq!(
            find_cycle(&graph),
            None,
            "a cycle between modules of `{krate}`"
        );
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut graph = HashMap::new();
    graph.insert("a".to_string(), vec!["b".to_string()]);
    graph.insert("b".to_string(), vec!["c".to_string()]);
    graph.insert("c".to_string(), vec!["a".to_string()]);
    assert_eq!(
        find_cycle(&graph).map(|c| c.join(" → ")),
        Some("a → b → c → a".to_string())
    );
}

#[test]
fn the_module_graph_sees_super_and_crate_paths_between_siblings() {
    // Two sibling modules that name each other, one by `super::`, one by `crate::`: the
    // graph has both edges, and so the cycle (the one `web::banner` ⇄ `web::mount` had).
    let dir = std::env::temp_dir().join(format!("mp-architecture-{}", std::process::id()));
    fs::create_dir_all(dir.join("web")).unwrap();
    fs::write(dir.join("lib.rs"), "mod web;\n").unwrap();
    fs::write(
        dir.join("web/mod.rs"),
        "mod a;\nmod b;\npub fn helper() {}\n",
    )
    .unwrap();
    fs::write(
        dir.join("web/a.rs"),
        "use super::b::x;\nuse super::helper;\n",
    )
    .unwrap();
    fs::write(dir.join("web/b.rs"), "pub fn x() { crate::web::a::y() }\n").unwrap();
    let graph = module_graph(&dir);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(graph["web::a"], vec!["web::b".to_string()]);
    assert_eq!(graph["web::b"], vec!["web::a".to_string()]);
    assert!(find_cycle(&graph).is_some());
}

/// `{:?}`, `{name:?}`, `{:#?}`: a Debug format spec in `line`, if any.
fn debug_format(line: &str) -> Option<&str> {
    line.match_indices("?}").find_map(|(end, _)| {
        let open = line[..end].rfind('{')?;
        let spec = &line[open..end + 2];
        let inner = &spec[1..spec.len() - 2];
        let plain = inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_:#.<>^+-".contains(c));
        (plain && inner.contains(':')).then_some(spec)
    })
}

#[test]
fn no_debug_formatting_in_the_shipped_crates() {
    // Clippy cannot see format strings, so this test holds the `{:?}` rule (+0.3 KB gzip).
    assert_eq!(debug_format(r#"format!("{x:?}")"#), Some("{x:?}"));
    assert_eq!(debug_format(r#"format!("{:#?}", x)"#), Some("{:#?}"));
    assert_eq!(debug_format(r#"format!("{x}?{y}")"#), None);
    for (krate, dir) in CRATES.iter().filter(|(k, _)| SHIPPED.contains(k)) {
        for path in sources(&root().join(dir)) {
            let text = fs::read_to_string(&path).unwrap();
            // Unit tests sit at the end of a file, after `#[cfg(test)]`; the encoder of the
            // binary form is build time only (feature `encode`).
            let module_part = text
                .split("#[cfg(test)]")
                .next()
                .unwrap()
                .split("#[cfg(feature = \"encode\")]")
                .next()
                .unwrap();
            for (n, line) in module_part.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                if let Some(spec) = debug_format(line) {
                    panic!(
                        "{krate}: {}:{}: {spec} formats with Debug (+0.3 KB gzip)",
                        path.display(),
                        n + 1
                    );
                }
            }
        }
    }
}
