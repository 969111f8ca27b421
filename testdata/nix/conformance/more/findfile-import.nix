import (builtins.findFile [ { prefix = "sp"; path = toString ./_fix/sp; } ] "sp/file.nix")
