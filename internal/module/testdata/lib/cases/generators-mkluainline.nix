lib:
[ (lib.generators.mkLuaInline "print('hi')") (lib.mkLuaInline "x") ]
