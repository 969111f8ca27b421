lib:
[ (lib.isBool true) (lib.isInt 1) (lib.isFloat 1.0) (lib.isFloat 1) (lib.isList [ ]) (lib.isAttrs { }) (lib.isString "") (lib.isPath ./.) ]
