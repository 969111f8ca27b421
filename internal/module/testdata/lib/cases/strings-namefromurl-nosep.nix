lib:
lib.nameFromURL "a/b/file" "-"
