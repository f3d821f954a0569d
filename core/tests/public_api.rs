//! The crate's public API, listed from its sources and checked in (`docs/api/public-api.txt`),
//! one line per item as `cargo public-api` prints it: a change of the public surface shows in
//! review as a diff of that file. Regenerate with `TS_BLESS=1 cargo test --all-features --test
//! public_api`.
//!
//! The listing follows what a user can name: the items of public modules reachable from the crate
//! root, and what `pub use` re-exports (an item of a private module re-exported is listed in full
//! under its public path). Inherent methods, public fields, variants, trait methods, derived and
//! implemented traits are listed with their item; features are shown as `#[cfg(…)]`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quote::ToTokens;
use syn::{Attribute, ImplItem, Item, TraitItem, UseTree, Visibility};

const CRATE: &str = "territoire_sante";

/// A module of the crate: its path from the root, its items, and whether users can name it.
struct Module {
    path: Vec<String>,
    items: Vec<Item>,
    public: bool,
    cfg: Vec<String>,
}

fn is_pub(v: &Visibility) -> bool {
    matches!(v, Visibility::Public(_))
}

fn is_test(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && a.meta.to_token_stream().to_string().contains("test"))
}

/// The `#[cfg(...)]` attributes of an item, as written.
fn cfgs(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .map(|a| {
            one_line(&a.to_token_stream().to_string())
                .replace("# [", "#[")
                .replace(" (", "(")
        })
        .collect()
}

/// Reads the module tree from `lib.rs`, following `mod x;` to `x.rs` or `x/mod.rs`.
fn modules(src: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    let file = syn::parse_file(&std::fs::read_to_string(src.join("lib.rs")).unwrap()).unwrap();
    walk(src, vec![], file.items, true, vec![], &mut out);
    out
}

fn walk(
    dir: &Path,
    path: Vec<String>,
    items: Vec<Item>,
    public: bool,
    cfg: Vec<String>,
    out: &mut Vec<Module>,
) {
    for item in &items {
        let Item::Mod(m) = item else { continue };
        if is_test(&m.attrs) {
            continue;
        }
        let name = m.ident.to_string();
        let mut sub = path.clone();
        sub.push(name.clone());
        let mut sub_cfg = cfg.clone();
        sub_cfg.extend(cfgs(&m.attrs));
        let public = public && is_pub(&m.vis);
        match &m.content {
            Some((_, inline)) => walk(dir, sub, inline.clone(), public, sub_cfg, out),
            None => {
                let (file, sub_dir) = if dir.join(format!("{name}.rs")).exists() {
                    (dir.join(format!("{name}.rs")), dir.join(&name))
                } else {
                    (dir.join(&name).join("mod.rs"), dir.join(&name))
                };
                let parsed = syn::parse_file(&std::fs::read_to_string(&file).unwrap())
                    .unwrap_or_else(|e| {
                        panic!("{}: {e}", file.display());
                    });
                walk(&sub_dir, sub, parsed.items, public, sub_cfg, out);
            }
        }
    }
    out.push(Module {
        path,
        items,
        public,
        cfg,
    });
}

/// Tokens printed as prettyplease would, on one line.
fn one_line(text: &str) -> String {
    let mut s = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (from, to) in [
        ("( ", "("),
        (" )", ")"),
        (", )", ")"),
        (",)", ")"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        ("{ ", "{"),
        (" }", "}"),
        (",}", "}"),
    ] {
        while s.contains(from) {
            s = s.replace(from, to);
        }
    }
    s
}

/// An item printed by prettyplease, on one line, without its body.
fn render(item: Item) -> String {
    let file = syn::File {
        shebang: None,
        attrs: vec![],
        items: vec![item],
    };
    let text = prettyplease::unparse(&file);
    let text = one_line(&text);
    text.trim_end_matches(" {}")
        .trim_end_matches(';')
        .trim()
        .to_string()
}

/// A type as rustfmt prints it.
fn ty(t: &syn::Type) -> String {
    render(syn::parse_quote!(type T = #t;))
        .trim_start_matches("type T = ")
        .to_string()
}

/// A function signature as rustfmt prints it, with `fn` and without the body.
fn sig(s: &syn::Signature) -> String {
    render(Item::Fn(syn::ItemFn {
        attrs: vec![],
        vis: Visibility::Inherited,
        sig: s.clone(),
        block: Box::new(syn::parse_quote!({})),
    }))
}

/// An enum variant as rustfmt prints it.
fn variant(v: &syn::Variant) -> String {
    let text = render(syn::parse_quote!(enum E { #v }));
    text.trim_start_matches("enum E {")
        .trim_end_matches('}')
        .trim()
        .trim_end_matches(',')
        .to_string()
}

fn no_attrs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("non_exhaustive"))
        .cloned()
        .collect()
}

fn derives(attrs: &[Attribute]) -> String {
    let mut names = BTreeSet::new();
    for a in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = a.parse_nested_meta(|m| {
            names.insert(
                m.path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default(),
            );
            Ok(())
        });
    }
    if names.is_empty() {
        String::new()
    } else {
        format!(
            "#[derive({})] ",
            names.into_iter().collect::<Vec<_>>().join(", ")
        )
    }
}

/// Where an item is defined: its module path and name.
type Key = (Vec<String>, String);

/// Every item of every module by (module, name), and the inherent and trait impls by type name.
struct Index<'a> {
    modules: &'a [Module],
    items: BTreeMap<Key, (&'a Item, &'a Module)>,
    impls: BTreeMap<String, Vec<(&'a syn::ItemImpl, &'a Module)>>,
}

fn item_name(item: &Item) -> Option<(String, &Visibility)> {
    Some(match item {
        Item::Fn(x) => (x.sig.ident.to_string(), &x.vis),
        Item::Struct(x) => (x.ident.to_string(), &x.vis),
        Item::Enum(x) => (x.ident.to_string(), &x.vis),
        Item::Const(x) => (x.ident.to_string(), &x.vis),
        Item::Static(x) => (x.ident.to_string(), &x.vis),
        Item::Trait(x) => (x.ident.to_string(), &x.vis),
        Item::Type(x) => (x.ident.to_string(), &x.vis),
        Item::Mod(x) => (x.ident.to_string(), &x.vis),
        _ => return None,
    })
}

impl<'a> Index<'a> {
    fn new(modules: &'a [Module]) -> Index<'a> {
        let mut items = BTreeMap::new();
        let mut impls: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for m in modules {
            for item in &m.items {
                if let Some((name, _)) = item_name(item) {
                    items.insert((m.path.clone(), name), (item, m));
                }
                if let Item::Impl(i) = item {
                    if is_test(&i.attrs) {
                        continue;
                    }
                    if let syn::Type::Path(p) = &*i.self_ty {
                        if let Some(last) = p.path.segments.last() {
                            impls
                                .entry(last.ident.to_string())
                                .or_default()
                                .push((i, m));
                        }
                    }
                }
            }
        }
        Index {
            modules,
            items,
            impls,
        }
    }

    /// The module a `use` path names, from the module `at`.
    fn resolve(&self, at: &[String], segments: &[String]) -> Option<Vec<String>> {
        let mut path: Vec<String> = Vec::new();
        let mut rest = segments;
        match segments.first().map(String::as_str) {
            Some("crate") => rest = &segments[1..],
            Some("self") => {
                path = at.to_vec();
                rest = &segments[1..];
            }
            Some("super") => {
                path = at.to_vec();
                while rest.first().map(String::as_str) == Some("super") {
                    path.pop();
                    rest = &rest[1..];
                }
            }
            Some(first) => {
                // A name in scope: a child module of `at`, else an external crate.
                let mut child = at.to_vec();
                child.push(first.to_string());
                if self.modules.iter().any(|m| m.path == child) {
                    path = at.to_vec();
                } else {
                    return None;
                }
            }
            None => {}
        }
        path.extend(rest.iter().cloned());
        Some(path)
    }

    /// Lines for one item named `public` (its path as users write it).
    fn lines(
        &self,
        public: &str,
        item: &Item,
        module: &Module,
        cfg: &[String],
        out: &mut Vec<String>,
    ) {
        let prefix = if cfg.is_empty() {
            String::new()
        } else {
            format!("{} ", cfg.join(" "))
        };
        let mut push = |s: String| out.push(format!("{prefix}{s}"));
        let qualify = |rendered: String, kw: &str, name: &str| {
            rendered.replacen(&format!("{kw} {name}"), &format!("{kw} {public}"), 1)
        };
        match item.clone() {
            Item::Fn(mut f) => {
                f.attrs.clear();
                f.block = Box::new(syn::parse_quote!({}));
                let name = f.sig.ident.to_string();
                push(qualify(render(Item::Fn(f)), "fn", &name));
            }
            Item::Const(mut c) => {
                c.attrs.clear();
                c.expr = Box::new(syn::parse_quote!(_));
                let name = c.ident.to_string();
                push(qualify(render(Item::Const(c)), "const", &name).replace(" = _", ""));
            }
            Item::Static(mut s) => {
                s.attrs.clear();
                s.expr = Box::new(syn::parse_quote!(_));
                let name = s.ident.to_string();
                push(qualify(render(Item::Static(s)), "static", &name).replace(" = _", ""));
            }
            Item::Type(mut t) => {
                t.attrs.clear();
                let name = t.ident.to_string();
                push(qualify(render(Item::Type(t)), "type", &name));
            }
            Item::Struct(s) => {
                let name = s.ident.to_string();
                let mut head = s.clone();
                head.attrs = no_attrs(&s.attrs);
                head.fields = syn::Fields::Unit;
                head.semi_token = Some(Default::default());
                push(format!(
                    "{}{}",
                    derives(&s.attrs),
                    qualify(render(Item::Struct(head)), "struct", &name)
                ));
                for (i, f) in s.fields.iter().enumerate() {
                    if is_pub(&f.vis) {
                        let field = f.ident.as_ref().map_or(i.to_string(), |x| x.to_string());
                        push(format!("pub {public}::{field}: {}", ty(&f.ty)));
                    }
                }
                self.impl_lines(public, &name, module, &mut push);
            }
            Item::Enum(e) => {
                let name = e.ident.to_string();
                let mut head = e.clone();
                head.attrs = no_attrs(&e.attrs);
                head.variants.clear();
                push(format!(
                    "{}{}",
                    derives(&e.attrs),
                    qualify(render(Item::Enum(head)), "enum", &name)
                ));
                for v in &e.variants {
                    let mut v = v.clone();
                    v.attrs.clear();
                    v.discriminant = None;
                    for f in v.fields.iter_mut() {
                        f.attrs.clear();
                    }
                    push(format!("{public}::{}", variant(&v)));
                }
                self.impl_lines(public, &name, module, &mut push);
            }
            Item::Trait(t) => {
                let name = t.ident.to_string();
                let mut head = t.clone();
                head.attrs.clear();
                head.items.clear();
                push(qualify(render(Item::Trait(head)), "trait", &name));
                for ti in &t.items {
                    if let TraitItem::Fn(f) = ti {
                        push(format!(
                            "{public}::{}",
                            sig(&f.sig).trim_start_matches("fn ")
                        ));
                    }
                }
            }
            Item::Mod(_) => push(format!("pub mod {public}")),
            _ => {}
        }
    }

    /// Inherent `pub` methods and implemented traits of the type `name`, defined in `module`.
    fn impl_lines(&self, public: &str, name: &str, module: &Module, push: &mut impl FnMut(String)) {
        let Some(impls) = self.impls.get(name) else {
            return;
        };
        // An impl in the type's module, or naming the type by a path (`impl super::T`).
        let mine = |i: &syn::ItemImpl, m: &Module| {
            m.path == module.path
                || matches!(&*i.self_ty, syn::Type::Path(p) if p.path.segments.len() > 1)
        };
        let mut traits = BTreeSet::new();
        for (i, _) in impls.iter().filter(|(i, m)| mine(i, m)) {
            let cfg = cfgs(&i.attrs);
            let cfg = if cfg.is_empty() {
                String::new()
            } else {
                format!("{} ", cfg.join(" "))
            };
            if i.trait_.is_some() {
                let mut head = (*i).clone();
                head.attrs.clear();
                head.items.clear();
                head.self_ty = Box::new(syn::parse_quote!(SelfType));
                traits.insert(format!(
                    "{cfg}{}",
                    render(Item::Impl(head)).replace("SelfType", public)
                ));
                continue;
            }
            for ii in &i.items {
                if let ImplItem::Fn(f) = ii {
                    if is_pub(&f.vis) && !is_test(&f.attrs) {
                        let fcfg = cfgs(&f.attrs);
                        let fcfg = if fcfg.is_empty() {
                            String::new()
                        } else {
                            format!("{} ", fcfg.join(" "))
                        };
                        let sig = sig(&f.sig).replacen(
                            &format!("fn {}", f.sig.ident),
                            &format!("fn {public}::{}", f.sig.ident),
                            1,
                        );
                        push(format!("{cfg}{fcfg}pub {sig}"));
                    }
                }
                if let ImplItem::Const(c) = ii {
                    if is_pub(&c.vis) {
                        push(format!(
                            "{cfg}pub const {public}::{}: {}",
                            c.ident,
                            ty(&c.ty)
                        ));
                    }
                }
            }
        }
        for t in traits {
            push(t);
        }
    }
}

/// Leaves of a `use` tree: (path segments, name given).
fn use_leaves(tree: &UseTree, prefix: Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match tree {
        UseTree::Path(p) => {
            let mut prefix = prefix;
            prefix.push(p.ident.to_string());
            use_leaves(&p.tree, prefix, out);
        }
        UseTree::Name(n) => {
            let mut path = prefix;
            let name = n.ident.to_string();
            path.push(name.clone());
            out.push((path, name));
        }
        UseTree::Rename(r) => {
            let mut path = prefix;
            path.push(r.ident.to_string());
            out.push((path, r.rename.to_string()));
        }
        UseTree::Group(g) => {
            for t in &g.items {
                use_leaves(t, prefix.clone(), out);
            }
        }
        UseTree::Glob(_) => out.push((prefix, "*".to_string())),
    }
}

fn listing(src: &Path) -> Vec<String> {
    let modules = modules(src);
    let index = Index::new(&modules);
    let mut out = Vec::new();
    let name = |path: &[String], item: &str| {
        let mut s = CRATE.to_string();
        for p in path {
            s.push_str("::");
            s.push_str(p);
        }
        if !item.is_empty() {
            s.push_str("::");
            s.push_str(item);
        }
        s
    };
    for m in modules.iter().filter(|m| m.public) {
        for item in &m.items {
            if let Item::Use(u) = item {
                if !is_pub(&u.vis) || is_test(&u.attrs) {
                    continue;
                }
                let mut leaves = Vec::new();
                use_leaves(&u.tree, vec![], &mut leaves);
                let mut cfg = m.cfg.clone();
                cfg.extend(cfgs(&u.attrs));
                for (path, alias) in leaves {
                    let public = name(&m.path, &alias);
                    let Some((target_name, target_mod)) = path.split_last() else {
                        continue;
                    };
                    let target = index
                        .resolve(&m.path, target_mod)
                        .and_then(|tm| index.items.get(&(tm, target_name.clone())));
                    match target {
                        // Reachable where it is defined: listed there; here, the re-export only.
                        Some((_, tm)) if tm.public => out.push(format!(
                            "{}pub use {public} = {}",
                            prefix(&cfg),
                            name(&tm.path, target_name)
                        )),
                        Some((item, tm)) => {
                            index.lines(&public, item, tm, &cfg, &mut out);
                        }
                        None => out.push(format!(
                            "{}pub use {public} = {}",
                            prefix(&cfg),
                            path.join("::")
                        )),
                    }
                }
                continue;
            }
            let Some((item_name, vis)) = item_name(item) else {
                continue;
            };
            if !is_pub(vis) || is_test(item_attrs(item)) {
                continue;
            }
            let mut cfg = m.cfg.clone();
            cfg.extend(cfgs(item_attrs(item)));
            index.lines(&name(&m.path, &item_name), item, m, &cfg, &mut out);
        }
    }
    out.sort();
    out.dedup();
    out
}

fn prefix(cfg: &[String]) -> String {
    if cfg.is_empty() {
        String::new()
    } else {
        format!("{} ", cfg.join(" "))
    }
}

fn item_attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Fn(x) => &x.attrs,
        Item::Struct(x) => &x.attrs,
        Item::Enum(x) => &x.attrs,
        Item::Const(x) => &x.attrs,
        Item::Static(x) => &x.attrs,
        Item::Trait(x) => &x.attrs,
        Item::Type(x) => &x.attrs,
        Item::Mod(x) => &x.attrs,
        _ => &[],
    }
}

fn src() -> PathBuf {
    support::root().join("core/src")
}

#[test]
fn the_public_api_listing_is_up_to_date() {
    let lines = listing(&src());
    let text = format!(
        "# The public API of territoire-sante (all features), one line per item.\n\
         # Generated by core/tests/public_api.rs; regenerate with TS_BLESS=1.\n{}\n",
        lines.join("\n")
    );
    support::check_generated(&support::root().join("docs/api/public-api.txt"), &text);
}

/// The listing sees what it must: a re-exported item of a private module in full, the methods
/// of a public type, and nothing of a private module.
#[test]
fn the_listing_follows_reexports_and_privacy() {
    let lines = listing(&src());
    let has = |s: &str| lines.iter().any(|l| l.contains(s));
    assert!(has("pub struct territoire_sante::Validator"));
    assert!(has("pub fn territoire_sante::Validator::validate_str("));
    assert!(has("pub territoire_sante::Options::as_of: Option<Date>"));
    assert!(has("pub fn territoire_sante::rules::catalogue()"));
    assert!(!has("territoire_sante::decode::"));
    assert!(!has("territoire_sante::pointer::"));
    assert!(!has("territoire_sante::rules::cls::"));
}
