{ lib }:
(lib.types.oneOf [ ]).description
