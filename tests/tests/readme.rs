//! The crate table in the top README states each vendor's operation and inferred-mark counts;
//! this keeps it true as the specs change.

use paygen_tests::{generate_vendor, root, vendors};

#[test]
fn readme_crate_table_matches_the_specs() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for vendor in vendors() {
        let generated = generate_vendor(&vendor);
        let row = readme
            .lines()
            .find(|l| l.contains(&format!("`{vendor}-client`")))
            .unwrap_or_else(|| panic!("README has no row for {vendor}-client"));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        // | vendor | crate | operations | auth | environments | inferred marks |
        assert_eq!(
            cells[3],
            generated.operations.to_string(),
            "{vendor}: operations in README row `{row}`"
        );
        assert_eq!(
            cells[6],
            generated.inferred.to_string(),
            "{vendor}: inferred marks in README row `{row}`"
        );
    }
}

/// Every tag of every vendor crate gets an example call in its README (the crate docs, so the
/// example is compiled by the doc tests), including tags whose calls take nested envelopes or
/// unions: the tag's section calls one of its operations through `client.<tag>()`.
#[test]
fn every_vendor_tag_has_a_readme_example() {
    for vendor in vendors() {
        let generated = generate_vendor(&vendor);
        let readme = &generated.files["README.md"];
        let calls = readme
            .split_once("## Calls, by tag")
            .map(|(_, rest)| rest)
            .unwrap_or_else(|| panic!("{vendor}: no calls section"));
        let spec = root().join("specs").join(format!("{vendor}.yaml"));
        let (api, _) = paygen_codegen::lower_file(&spec, &format!("{vendor}-client"))
            .unwrap_or_else(|d| panic!("{d}"));
        assert!(!api.tags.is_empty(), "{vendor}: no tags");
        for tag in &api.tags {
            let heading = format!("\n### {}\n", tag.name);
            let section = calls
                .split_once(&heading)
                .map(|(_, rest)| rest.split("\n## ").next().unwrap_or_default())
                .map(|rest| rest.split("\n### ").next().unwrap_or_default())
                .unwrap_or_else(|| panic!("{vendor}: no example section for tag `{}`", tag.name));
            let call = format!("client.{}()", tag.module);
            assert!(
                section.contains("```rust") && section.contains(&call),
                "{vendor}: the example of tag `{}` does not call `{call}`:\n{section}",
                tag.name
            );
        }
    }
}
