# Splitting and comparing version strings.
{ lib }:
let
  b = builtins;
  component = i: v: b.elemAt (b.splitVersion v) i;
in
{
  inherit (b) compareVersions splitVersion;
  major = component 0;
  minor = component 1;
  patch = component 2;
  majorMinor = v: b.concatStringsSep "." (lib.lists.take 2 (b.splitVersion v));
  # Pad (or cut) the numeric part to n components, keeping a "-suffix".
  pad =
    n: v:
    let
      numeric = b.head (lib.strings.splitString "-" v);
      suffix = lib.strings.removePrefix numeric v;
      parts = b.splitVersion numeric ++ b.genList (_: "0") n;
    in
    b.concatStringsSep "." (lib.lists.take n parts) + suffix;
}
