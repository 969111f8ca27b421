lib: with lib.strings; {
  shellArg = escapeShellArg "it's a test";
  shellArgs = escapeShellArgs [ "a b" "c" "d'e" ];
  regex = escapeRegex "a.b*c[d]";
  nixString = escapeNixString "a\"b\${c}";
  xml = escapeXML "<a href=\"x\">&'</a>";
  c = escapeC [ " " "\n" ] "a b\nc";
  uri = escapeURL "a b/c?d=é";
}
