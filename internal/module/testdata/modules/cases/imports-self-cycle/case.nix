# diverges: a module importing itself is collected once; nixpkgs overflows its stack on it
{ lib }:
(lib.evalModules { modules = [ ./a.nix ]; }).config
