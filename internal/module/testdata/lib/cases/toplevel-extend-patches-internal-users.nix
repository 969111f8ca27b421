lib:
let lib2 = lib.extend (final: prev: { lists = prev.lists // { imap1 = f: l: [ "patched" ]; }; }); in lib2.concatImapStrings (i: x: x) [ "a" "b" ]
