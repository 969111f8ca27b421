lib: with lib.strings; {
  split = splitString "," "a,b,,c";
  join = concatStringsSep "/" [ "a" "b" ];
  mapSep = concatMapStringsSep "-" toString [ 1 2 3 ];
  imapSep = concatImapStringsSep "," (i: s: "${toString i}${s}") [ "a" "b" ];
  lines = splitString "\n" "one\ntwo\n";
}
