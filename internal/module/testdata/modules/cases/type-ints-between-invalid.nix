{ lib }:
(lib.types.ints.between 5 1).description
