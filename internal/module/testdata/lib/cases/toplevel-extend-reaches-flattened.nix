lib:
let lib2 = lib.extend (final: prev: { lists = prev.lists // { imap1 = f: l: [ "patched" ]; }; }); in [ (lib2.imap1 (i: x: x) [ 1 ]) (lib.imap1 (i: x: x) [ 1 ]) ]
