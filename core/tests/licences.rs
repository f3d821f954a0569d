//! The crate's package holds both licence texts of the repository (MIT and Apache-2.0).

use std::process::Command;

#[test]
fn the_crate_package_lists_both_licence_texts() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "-p",
            "territoire-sante",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "cargo package --list: {stderr}");
    let listed = String::from_utf8(out.stdout).unwrap();
    let files: Vec<&str> = listed.lines().collect();
    for name in ["LICENSE-MIT", "LICENSE-APACHE"] {
        assert!(files.contains(&name), "{name} absent: {files:?}");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(name);
        let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        assert_eq!(
            std::fs::read_to_string(root).unwrap(),
            std::fs::read_to_string(here).unwrap()
        );
    }
}
