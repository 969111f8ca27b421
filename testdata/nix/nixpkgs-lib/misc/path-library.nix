lib: {
  append = toString (lib.path.append /a/b "c/d");
  subpathNormalise = lib.path.subpath.normalise "./a//b/./c";
  subpathJoin = lib.path.subpath.join [ "a" "./b" ];
  hasPrefix = lib.path.hasPrefix /a /a/b;
  removePrefix = lib.path.removePrefix /a /a/b/c;
  components = lib.path.subpath.components "./x/y";
  isValid = [ (lib.path.subpath.isValid "a/b") (lib.path.subpath.isValid "/a") (lib.path.subpath.isValid "../a") ];
}
