[ (isNull null) (isNull false) (builtins.isNull null) (isNull { }) ]
