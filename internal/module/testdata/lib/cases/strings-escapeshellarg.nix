lib:
[ (lib.escapeShellArg "esc'ape\nme") (lib.escapeShellArg "plain-word_1.2/3:4@5%6+7,8") (lib.escapeShellArg "") (lib.escapeShellArg 42) (lib.escapeShellArg "a b") ]
