let lib = import ./_lib; in map (v: { inherit v; atLeast = lib.versionAtLeast v "1.25"; older = lib.versionOlder v "1.25"; }) [ "1.24.3" "1.25" "1.25.0" "1.30" "1.9" ]
