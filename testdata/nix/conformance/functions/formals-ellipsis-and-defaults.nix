({ a ? 1, b ? 2, ... }@all: [ a b (builtins.attrNames all) ]) { c = 3; }
