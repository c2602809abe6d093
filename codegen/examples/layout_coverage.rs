//! Which files of a generated crate the layout printer writes itself, and whether they match
//! the crate's text: `cargo run --example layout_coverage -p paygen-codegen -- DIR [--list]`.

use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: layout_coverage DIR [--list]"));
    let list = args.next().as_deref() == Some("--list");
    let (mut printed, mut left, mut differ) = (0usize, Vec::new(), Vec::new());
    let (mut printed_bytes, mut left_bytes) = (0usize, 0usize);
    for path in rust_files(&dir) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        let file: syn::File = syn::parse_file(&text).expect("parsable file");
        match paygen_codegen::layout::file(&file) {
            Some(out) if out == text => {
                printed += 1;
                printed_bytes += text.len();
            }
            Some(_) => differ.push(path),
            None => {
                left_bytes += text.len();
                left.push(path);
            }
        }
    }
    println!(
        "printed {printed} files ({printed_bytes} bytes), left to rustfmt {} ({left_bytes} bytes), different {}",
        left.len(),
        differ.len()
    );
    for path in &differ {
        println!("differs: {}", path.display());
    }
    if list {
        for path in &left {
            println!("left: {}", path.display());
            let text = std::fs::read_to_string(path).expect("readable file");
            let file: syn::File = syn::parse_file(&text).expect("parsable file");
            for item in file.items {
                let alone = syn::File {
                    shebang: None,
                    attrs: Vec::new(),
                    items: vec![item],
                };
                if paygen_codegen::layout::file(&alone).is_none() {
                    let shown = prettyplease::unparse(&alone);
                    let head: Vec<&str> = shown
                        .lines()
                        .filter(|l| !l.trim_start().starts_with("///"))
                        .take(2)
                        .collect();
                    println!("    item: {}", head.join(" / "));
                }
            }
        }
    }
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}
