# A minimal `lib` made of the module-system files alone, used by the module
# tests when the assembled library (nixlib/default.nix) is not available.
let
  dir = ../../nixlib;
  options = import (dir + "/options.nix") { inherit lib; };
  types = import (dir + "/types.nix") { inherit lib; };
  modules = import (dir + "/modules.nix") { inherit lib; };
  lib =
    options
    // modules
    // {
      inherit options types modules;
      inherit (types)
        isType
        setType
        defaultTypeMerge
        defaultFunctor
        isOptionType
        mkOptionType
        ;
    };
in
lib
