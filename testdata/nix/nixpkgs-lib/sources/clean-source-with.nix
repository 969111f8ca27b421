lib: "${lib.cleanSourceWith { src = ../_fix/tree; filter = path: type: baseNameOf path != "a.txt"; name = "filtered"; }}"
