let
  parseMem = s:
    let m = builtins.match "([0-9]+)(Ki|Mi|Gi)?" s;
        n = builtins.fromJSON (builtins.elemAt m 0);
        unit = builtins.elemAt m 1;
    in if m == null then throw "bad quantity ${s}"
       else n * ({ Ki = 1024; Mi = 1048576; Gi = 1073741824; }.${if unit == null then "none" else unit} or 1);
in map parseMem [ "512Mi" "2Gi" "1024" "64Ki" ]
