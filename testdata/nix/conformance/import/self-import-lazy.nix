(import ./_fix/self-import.nix).me.me.me.val
