builtins.match "(.*)/([^/]*)" "/nix/store/abc-foo/bin/bar"
