{ lib }:
with lib.types;
[
  (listOf str).nestedTypes.elemType.name
  (attrsOf int).nestedTypes.elemType.name
  (nullOr bool).nestedTypes.elemType.name
  (either int str).nestedTypes.left.name
  (either int str).nestedTypes.right.name
]
