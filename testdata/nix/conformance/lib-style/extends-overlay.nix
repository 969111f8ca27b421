let
  lib = import ./_lib;
  base = self: { pkg = "base"; version = 1; name = "${self.pkg}-${toString self.version}"; };
  overlay = self: super: { version = super.version + 1; };
in (lib.fix (lib.extends overlay base)).name
