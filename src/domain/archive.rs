//! The table of contents of a zip file, so that the browser can read a
//! dropped zip without a zip crate: this finds each file's compressed bytes;
//! the browser's own `DecompressionStream("deflate-raw")` inflates them
//! (`src/ui/services/files.rs`).

use std::ops::Range;

/// One file in a zip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZipEntry {
    /// Its path inside the zip, with `/` separators.
    pub name: String,
    /// True when stored, false when deflated.
    pub stored: bool,
    /// Where its (compressed) bytes are in the zip.
    pub data: Range<usize>,
    /// Its size once inflated.
    pub size: usize,
}

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

/// The files of the zip `bytes` (folders, `__MACOSX/` and hidden files left
/// out), or what is wrong with it, in words.
pub fn zip_entries(bytes: &[u8]) -> Result<Vec<ZipEntry>, String> {
    const DAMAGED: &str = "the zip file is damaged or incomplete; make it again";
    // The end of central directory record: 22 bytes plus a comment of up to
    // 65,535 bytes, at the very end.
    let min = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (min..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&i| bytes[i..].starts_with(&[0x50, 0x4b, 0x05, 0x06]))
        .ok_or_else(|| "not a zip file".to_string())?;
    let count = u16_at(bytes, eocd + 10).ok_or(DAMAGED)?;
    let mut at = u32_at(bytes, eocd + 16).ok_or(DAMAGED)?;
    if count == 0xFFFF || at == 0xFFFF_FFFF {
        return Err(
            "the zip file uses the ZIP64 format; make an ordinary zip of the folder".into(),
        );
    }
    let mut out = Vec::new();
    for _ in 0..count {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(&[0x50, 0x4b, 0x01, 0x02]))
        {
            return Err(DAMAGED.into());
        }
        let flags = u16_at(bytes, at + 8).ok_or(DAMAGED)?;
        let method = u16_at(bytes, at + 10).ok_or(DAMAGED)?;
        let csize = u32_at(bytes, at + 20).ok_or(DAMAGED)?;
        let size = u32_at(bytes, at + 24).ok_or(DAMAGED)?;
        let (n, e, c) = (
            u16_at(bytes, at + 28).ok_or(DAMAGED)?,
            u16_at(bytes, at + 30).ok_or(DAMAGED)?,
            u16_at(bytes, at + 32).ok_or(DAMAGED)?,
        );
        let local = u32_at(bytes, at + 42).ok_or(DAMAGED)?;
        let name_bytes = bytes.get(at + 46..at + 46 + n).ok_or(DAMAGED)?;
        let name = String::from_utf8_lossy(name_bytes).replace('\\', "/");
        at += 46 + n + e + c;
        let hidden = name.ends_with('/')
            || name
                .split('/')
                .any(|s| s.starts_with('.') || s == "__MACOSX");
        if hidden {
            continue;
        }
        if flags & 1 == 1 {
            return Err(format!(
                "{name} is encrypted in the zip; make a zip without a password"
            ));
        }
        if method != 0 && method != 8 {
            return Err(format!(
                "{name} is compressed with a method browsers cannot read (method {method}); make the zip with ordinary (deflate) compression"
            ));
        }
        if !bytes
            .get(local..)
            .is_some_and(|b| b.starts_with(&[0x50, 0x4b, 0x03, 0x04]))
        {
            return Err(DAMAGED.into());
        }
        let ln = u16_at(bytes, local + 26).ok_or(DAMAGED)?;
        let le = u16_at(bytes, local + 28).ok_or(DAMAGED)?;
        let start = local + 30 + ln + le;
        let end = start.checked_add(csize).ok_or(DAMAGED)?;
        if end > bytes.len() {
            return Err(DAMAGED.into());
        }
        out.push(ZipEntry {
            name,
            stored: method == 0,
            data: start..end,
            size,
        });
    }
    Ok(out)
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;
    use std::io::Write;

    fn make(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes, deflate) in files {
            let o = zip::write::SimpleFileOptions::default().compression_method(if *deflate {
                zip::CompressionMethod::Deflated
            } else {
                zip::CompressionMethod::Stored
            });
            if name.ends_with('/') {
                zip.add_directory(*name, o).unwrap();
            } else {
                zip.start_file(*name, o).unwrap();
                zip.write_all(bytes).unwrap();
            }
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn entries_are_found_with_their_bytes() {
        let text = b"title = \"Hello\"\n".repeat(20);
        let z = make(&[
            ("demo/", b"", false),
            ("demo/curriculum.toml", b"format = 1\n", false),
            ("demo/en/about.toml", &text, true),
            ("__MACOSX/demo/._about.toml", b"x", false),
            ("demo/.DS_Store", b"x", false),
        ]);
        let e = zip_entries(&z).unwrap();
        let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["demo/curriculum.toml", "demo/en/about.toml"]);
        assert!(e[0].stored);
        assert_eq!(&z[e[0].data.clone()], b"format = 1\n");
        assert!(!e[1].stored);
        assert_eq!(e[1].size, text.len());
        assert!(e[1].data.len() < text.len());
    }

    #[test]
    fn bad_zips_say_what_is_wrong() {
        assert_eq!(zip_entries(b"hello").unwrap_err(), "not a zip file");
        let z = make(&[("a.toml", b"x = 1", false)]);
        assert!(zip_entries(&z[10..]).unwrap_err().contains("damaged"));
        assert!(zip_entries(&z[..z.len() - 1]).is_err());
    }
}
