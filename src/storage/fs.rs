//! Documents in a folder: `root/ab/cd/abcd…` for the hash `abcd…`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{DocumentStore, StoredBlob, is_sha256_hex, sha256_hex};

/// Blobs as files under one folder, two levels of folders by the first four hex characters
/// so that no folder grows too large.
///
/// A blob is written to a temporary file next to its final place, flushed to disk, then
/// renamed into place: a crash leaves either no blob or the whole blob (and perhaps a
/// temporary file, `*.tmp`, that is never read). Files are readable by the owner only.
#[derive(Debug, Clone)]
pub struct FsStore {
    root: PathBuf,
}

impl FsStore {
    /// A store in `root`, creating the folder if needed.
    pub fn new(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into();
        create_private_dir(&root)?;
        Ok(Self { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of a blob; only ever called with a checked hash.
    fn dir_of(&self, sha256: &str) -> PathBuf {
        self.root.join(&sha256[..2]).join(&sha256[2..4])
    }

    /// Where a blob lives; only ever called with a checked hash.
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.dir_of(sha256).join(sha256)
    }
}

impl DocumentStore for FsStore {
    fn put(&self, bytes: &[u8]) -> io::Result<StoredBlob> {
        let sha256 = sha256_hex(bytes);
        let blob = StoredBlob { sha256, size: bytes.len() as u64 };
        let dir = self.dir_of(&blob.sha256);
        let path = dir.join(&blob.sha256);
        // the same content is already there (a stored blob is only ever complete)
        if fs::metadata(&path).is_ok_and(|meta| meta.is_file() && meta.len() == blob.size) {
            return Ok(blob);
        }
        let new_dir = !dir.is_dir();
        create_private_dir(&dir)?;
        let (temp, mut file) = create_temp(&dir, &blob.sha256)?;
        let written = file.write_all(bytes).and_then(|()| file.sync_all());
        drop(file);
        if let Err(e) = written.and_then(|()| fs::rename(&temp, &path)) {
            let _ = fs::remove_file(&temp);
            return Err(e);
        }
        sync_dir(&dir)?;
        if new_dir {
            // and the folders' own entries, so the blob is not lost with a folder after a crash
            sync_dir(&self.root.join(&blob.sha256[..2]))?;
            sync_dir(&self.root)?;
        }
        Ok(blob)
    }

    fn get(&self, sha256: &str) -> io::Result<Option<Vec<u8>>> {
        if !is_sha256_hex(sha256) {
            return Ok(None);
        }
        let bytes = match fs::read(self.path_of(sha256)) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        // never hand out other bytes than the ones asked for, should the disk have changed them
        if sha256_hex(&bytes) != sha256 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, format!("stored document {sha256} is damaged")));
        }
        Ok(Some(bytes))
    }

    fn exists(&self, sha256: &str) -> io::Result<bool> {
        if !is_sha256_hex(sha256) {
            return Ok(false);
        }
        match fs::metadata(self.path_of(sha256)) {
            Ok(meta) => Ok(meta.is_file()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// A new, empty temporary file in `dir`, readable by the owner only, under a name no one
/// else uses.
fn create_temp(dir: &Path, sha256: &str) -> io::Result<(PathBuf, File)> {
    let mut attempts = 0;
    loop {
        let temp = dir.join(format!("{sha256}.{:016x}.tmp", rand::random::<u64>()));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempts < 8 => attempts += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Creates a folder and its parents; the ones created are the owner's only.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Makes a rename in `dir` durable (on Unix; elsewhere the rename is as durable as it gets).
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder for one test, removed when the test ends.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(test: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("crossclaim-store-{test}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            Self(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    /// Every file under `dir`, relative to it.
    fn files(dir: &Path) -> Vec<String> {
        let mut found = Vec::new();
        let mut pending = vec![dir.to_path_buf()];
        while let Some(next) = pending.pop() {
            for entry in fs::read_dir(next).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    found.push(path.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
                }
            }
        }
        found.sort();
        found
    }

    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

    #[test]
    fn a_stored_blob_comes_back_by_its_hash() {
        let dir = TempDir::new("round-trip");
        let store = FsStore::new(dir.0.join("documents")).unwrap();
        let blob = store.put(PDF).unwrap();
        assert_eq!(blob, StoredBlob { sha256: sha256_hex(PDF), size: PDF.len() as u64 });
        assert!(is_sha256_hex(&blob.sha256));
        assert_eq!(store.get(&blob.sha256).unwrap().as_deref(), Some(PDF));
        assert!(store.exists(&blob.sha256).unwrap());
        let h = &blob.sha256;
        assert_eq!(files(store.root()), vec![format!("{}/{}/{h}", &h[..2], &h[2..4])]);
        // a store opened again on the same folder finds it
        assert_eq!(FsStore::new(store.root()).unwrap().get(h).unwrap().as_deref(), Some(PDF));
    }

    #[test]
    fn the_same_content_is_stored_once() {
        let dir = TempDir::new("once");
        let store = FsStore::new(&dir.0).unwrap();
        let first = store.put(PDF).unwrap();
        let second = store.put(PDF).unwrap();
        assert_eq!(first, second);
        let other = store.put(b"another document").unwrap();
        assert_ne!(other.sha256, first.sha256);
        assert_eq!(files(&dir.0).len(), 2);
        // the empty blob is a blob like any other
        let empty = store.put(b"").unwrap();
        assert_eq!(empty.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(store.get(&empty.sha256).unwrap(), Some(Vec::new()));
    }

    #[test]
    fn anything_but_a_hash_finds_nothing_and_reaches_no_other_file() {
        let dir = TempDir::new("bad-hash");
        let store = FsStore::new(dir.0.join("documents")).unwrap();
        let blob = store.put(PDF).unwrap();
        fs::write(dir.0.join("secret.txt"), "not a document").unwrap();
        let upper = blob.sha256.to_uppercase();
        let short = &blob.sha256[..63];
        let traversal = format!("../secret.txt{}", "0".repeat(51));
        for bad in ["", "..", "../secret.txt", upper.as_str(), short, traversal.as_str(), &format!("{}0", blob.sha256)]
        {
            assert_eq!(store.get(bad).unwrap(), None, "{bad}");
            assert!(!store.exists(bad).unwrap(), "{bad}");
        }
        let missing = sha256_hex(b"never stored");
        assert_eq!(store.get(&missing).unwrap(), None);
        assert!(!store.exists(&missing).unwrap());
    }

    #[test]
    fn no_temporary_file_is_left_behind_and_a_stale_one_is_harmless() {
        let dir = TempDir::new("temp");
        let store = FsStore::new(&dir.0).unwrap();
        for n in 0..20 {
            store.put(format!("document {n}").as_bytes()).unwrap();
        }
        assert!(files(&dir.0).iter().all(|f| !f.ends_with(".tmp")), "{:?}", files(&dir.0));
        assert_eq!(files(&dir.0).len(), 20);
        // a temporary file left by a crash neither counts as the blob nor stops storing it
        let hash = sha256_hex(PDF);
        let folder = dir.0.join(&hash[..2]).join(&hash[2..4]);
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join(format!("{hash}.0000000000000001.tmp")), &PDF[..10]).unwrap();
        assert!(!store.exists(&hash).unwrap());
        assert_eq!(store.put(PDF).unwrap().sha256, hash);
        assert_eq!(store.get(&hash).unwrap().as_deref(), Some(PDF));
    }

    #[test]
    fn a_damaged_blob_is_rewritten_by_put_and_never_returned() {
        let dir = TempDir::new("damaged");
        let store = FsStore::new(&dir.0).unwrap();
        let blob = store.put(PDF).unwrap();
        let path = store.path_of(&blob.sha256);
        // cut short: put stores it again
        fs::write(&path, &PDF[..5]).unwrap();
        store.put(PDF).unwrap();
        assert_eq!(store.get(&blob.sha256).unwrap().as_deref(), Some(PDF));
        // same length, other bytes: get refuses to return them
        let mut changed = PDF.to_vec();
        changed[0] = b'#';
        fs::write(&path, &changed).unwrap();
        assert_eq!(store.get(&blob.sha256).unwrap_err().kind(), io::ErrorKind::InvalidData);
    }

    #[cfg(unix)]
    #[test]
    fn blobs_and_their_folders_are_the_owners_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = TempDir::new("modes");
        let store = FsStore::new(dir.0.join("documents")).unwrap();
        let blob = store.put(PDF).unwrap();
        let path = store.path_of(&blob.sha256);
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(fs::metadata(store.root()).unwrap().permissions().mode() & 0o777, 0o700);
    }

    #[test]
    fn the_store_is_usable_through_the_trait() {
        let dir = TempDir::new("trait");
        let store: std::sync::Arc<dyn DocumentStore> = std::sync::Arc::new(FsStore::new(&dir.0).unwrap());
        let blob = store.put(b"shared").unwrap();
        let handle = {
            let store = store.clone();
            std::thread::spawn(move || store.get(&blob.sha256).unwrap())
        };
        assert_eq!(handle.join().unwrap().as_deref(), Some(&b"shared"[..]));
    }
}
