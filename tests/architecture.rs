//! The rules of ARCHITECTURE.md, checked against the source: the module graph is the one
//! written down and has no cycle, and the core does not touch the browser.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `src/`, except the binaries.
fn sources() -> Vec<PathBuf> {
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
    walk(&root().join("src"), &mut out);
    out
}

/// The top-level module a file belongs to: `src/diff/lcs.rs` is in `diff`.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(root().join("src")).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// Code lines: comments and doc comments left out.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

/// `module` → the other top-level modules it names as `crate::x`.
fn actual_graph() -> HashMap<String, Vec<String>> {
    let mut graph: HashMap<String, Vec<String>> = HashMap::new();
    for path in sources() {
        let from = module_of(&path);
        if from == "lib" {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for line in code_lines(&text) {
            for (at, _) in line.match_indices("crate::") {
                // `$crate::` in a macro is the crate itself, as is any `crate::` path.
                let rest = &line[at + "crate::".len()..];
                let to: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let edges = graph.entry(from.clone()).or_default();
                if !to.is_empty() && to != from && !edges.contains(&to) {
                    edges.push(to);
                }
            }
        }
    }
    graph
}

/// The allowed edges, from the `## Module graph` list of ARCHITECTURE.md.
fn written_graph() -> HashMap<String, Vec<String>> {
    let text = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let section = text
        .split("## Module graph")
        .nth(1)
        .expect("ARCHITECTURE.md has a Module graph section");
    let section = section.split("\n## ").next().unwrap();
    let names = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let mut graph = HashMap::new();
    for line in section.lines() {
        let Some((from, to)) = line.strip_prefix("- ").and_then(|l| l.split_once(" → ")) else {
            continue;
        };
        let from = names(from);
        assert_eq!(from.len(), 1, "ARCHITECTURE.md: {line}");
        graph.insert(from[0].clone(), names(to));
    }
    assert!(graph.len() > 5, "ARCHITECTURE.md lists the modules");
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

#[test]
fn the_module_graph_has_no_cycle() {
    let graph = actual_graph();
    assert_eq!(find_cycle(&graph), None, "a cycle between modules");
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
fn every_dependency_is_written_in_architecture_md() {
    let written = written_graph();
    assert_eq!(
        find_cycle(&written),
        None,
        "ARCHITECTURE.md describes a cycle"
    );
    // Modules not yet listed (added by other work) are checked for cycles above only.
    for (from, to) in actual_graph() {
        let Some(allowed) = written.get(&from) else {
            continue;
        };
        for to in to.iter().filter(|t| written.contains_key(*t)) {
            assert!(
                allowed.contains(to),
                "`{from}` uses `{to}`, which ARCHITECTURE.md does not allow"
            );
        }
    }
}

#[test]
fn only_the_web_edge_touches_the_browser() {
    for path in sources() {
        if module_of(&path) == "web" {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for word in ["web_sys", "js_sys", "wasm_bindgen"] {
            assert!(
                !code_lines(&text).any(|l| l.contains(word)),
                "{} uses {word}",
                path.display()
            );
        }
    }
}

/// Files that never reach the module: build-time and native-only code.
const NOT_IN_MODULE: &[&str] = &["src/l10n/compile.rs"];

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
fn no_debug_formatting_in_the_module() {
    // Clippy cannot see format strings, so this test holds the `{:?}` rule (+0.3 KB gzip).
    assert_eq!(debug_format(r#"format!("{x:?}")"#), Some("{x:?}"));
    assert_eq!(debug_format(r#"format!("{:#?}", x)"#), Some("{:#?}"));
    assert_eq!(debug_format(r#"format!("{x}?{y}")"#), None);
    for path in sources() {
        let rel = path
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .to_string();
        if NOT_IN_MODULE.contains(&rel.as_str()) {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        // Unit tests sit at the end of a file, after `#[cfg(test)]`.
        let module_part = text.split("#[cfg(test)]").next().unwrap();
        for (n, line) in module_part.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if let Some(spec) = debug_format(line) {
                panic!("{rel}:{}: {spec} formats with Debug (+0.3 KB gzip)", n + 1);
            }
        }
    }
}
