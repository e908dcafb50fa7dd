//! `# Directories`: GNU lists its directory cache here (device and inode numbers, files
//! it found impossible). xmake keeps no such cache across the run, so it says so; the
//! compat `database` normalisation drops this section's body on both sides.

/// The header and a one-line note in place of GNU's cache listing.
pub fn section(out: &mut String) {
    out.push_str("# Directories\n\n");
    out.push_str("# xmake keeps no directory cache to list.\n\n");
}
