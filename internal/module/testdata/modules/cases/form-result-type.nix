{ lib }:
(lib.evalModules { modules = [ ]; })._type
