[ (1 == "1") (null == null) (null == false) ([ ] == { }) ("a" == "a") (1.0 == 1) (true == true) ]
