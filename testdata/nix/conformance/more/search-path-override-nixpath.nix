let __nixPath = [ { prefix = "corpus"; path = toString ./.; } ]; in toString <corpus/search-path-override-nixpath.nix>
