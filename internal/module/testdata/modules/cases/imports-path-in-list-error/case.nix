# no-position: a nested import list is a value of `imports', not an attribute definition
{ lib }:
(lib.evalModules { modules = [ { imports = [ [ ./a.nix ] ]; } ]; }).config
