builtins.match ".*(path).*" ./match-path.nix
