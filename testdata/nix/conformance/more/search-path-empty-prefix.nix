let __nixPath = [ { prefix = ""; path = toString ./.; } ]; in builtins.typeOf <search-path-empty-prefix.nix>
