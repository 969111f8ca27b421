import ./_fix/lib.nix == import (toString ./_fix/lib.nix)
