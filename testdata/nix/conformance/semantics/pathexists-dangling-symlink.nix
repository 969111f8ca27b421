builtins.pathExists ./_fix/dangling
