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

/// Every tag of every vendor crate gets a compiled example call in its README (the crate docs),
/// including tags whose calls take nested envelopes or unions.
#[test]
fn every_vendor_tag_has_a_readme_example() {
    for vendor in vendors() {
        let generated = generate_vendor(&vendor);
        let readme = &generated.files["README.md"];
        assert!(
            !readme.contains("take structured arguments"),
            "{vendor}: a tag has no example:\n{}",
            readme
                .lines()
                .find(|l| l.contains("structured arguments"))
                .unwrap_or_default()
        );
        assert!(
            readme.contains("## Calls, by tag"),
            "{vendor}: no calls section"
        );
    }
}
