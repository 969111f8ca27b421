let
  lib = import ./_lib;
  pkgs = { stdenv = "stdenv"; curl = "curl"; openssl = "openssl"; };
  callPackage = fn: overrides: let f = if builtins.isFunction fn then fn else import fn; args = builtins.intersectAttrs (builtins.functionArgs f) pkgs; in f (args // overrides);
in callPackage ({ stdenv, curl, openssl ? null, extra ? "none" }: [ stdenv curl openssl extra ]) { extra = "given"; }
