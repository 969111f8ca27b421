lib:
[ (lib.escapeShellArg { outPath = "/some path"; }) (lib.escapeShellArg true) (lib.escapeShellArg null) (lib.toShellVar "p" { outPath = "/x y"; }) ]
