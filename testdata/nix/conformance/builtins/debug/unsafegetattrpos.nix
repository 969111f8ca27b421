let s = {
  first = 1;
    second = 2;
}; p = builtins.unsafeGetAttrPos "second" s; in { inherit (p) line column; fileOk = p.file == toString ./unsafegetattrpos.nix; }
