builtins.length (builtins.partition (x: true) [ 1 2 ]).right
