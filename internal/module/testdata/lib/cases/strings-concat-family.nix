lib:
[ (lib.concatStrings [ "a" "b" "c" ]) (lib.concatMapStrings (x: x + ";") [ "a" "b" ]) (lib.concatMapStringsSep ", " (x: "<${x}>") [ "a" "b" ]) (lib.concatStringsSep "/" [ "usr" "bin" ]) (lib.concatImapStrings (i: x: "${toString i}${x}") [ "a" "b" ]) (lib.concatImapStringsSep "-" (i: x: "${toString i}${x}") [ "a" "b" ]) ]
