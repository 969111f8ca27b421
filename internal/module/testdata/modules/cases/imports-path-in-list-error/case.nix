{ lib }:
(lib.evalModules { modules = [ { imports = [ [ ./a.nix ] ]; } ]; }).config
