lib:
[ (lib.cmakeBool "ENABLE_X" true) (lib.cmakeFeature "MODULES" "a;b") (lib.cmakeOptionType "filepath" "CONF" "/x") (lib.mesonOption "engine" "opengl") (lib.mesonBool "docs" false) (lib.mesonEnable "x11" true) ]
