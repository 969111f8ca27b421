lib: {
  majorMinor = lib.versions.majorMinor "1.22.3";
  major = lib.versions.major "1.22.3";
  patch = lib.versions.patch "1.22.3";
  pad = lib.versions.pad 3 "1.2";
  older = [ (lib.versionOlder "1.2" "1.10") (lib.versionAtLeast "1.31" "1.31.0") ];
  sanitize = lib.strings.sanitizeDerivationName "../a b/c?";
  nameFromUrl = lib.strings.nameFromURL "https://example.com/foo-1.0.tar.gz" ".";
  getName = lib.getName "hello-2.12";
  getVersion = lib.getVersion "hello-2.12";
}
