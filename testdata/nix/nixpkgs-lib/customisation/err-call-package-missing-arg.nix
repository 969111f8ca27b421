lib: (lib.callPackageWith { } ({ missing }: missing) { }).missing
