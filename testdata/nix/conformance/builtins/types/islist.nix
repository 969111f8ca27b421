with builtins; [ (isList [ ]) (isList { }) (isList "[]") ]
