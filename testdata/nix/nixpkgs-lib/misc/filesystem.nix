lib: let base = toString ../_fix/tree; rel = p: lib.removePrefix "${base}/" (toString p); in {
  files = map rel (lib.filesystem.listFilesRecursive ../_fix/tree);
  haveFile = lib.filesystem.pathIsRegularFile ../_fix/tree/a.txt;
}
