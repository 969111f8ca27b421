with builtins; [ (isPath (dirOf ./.)) (isPath (toString ./.)) (isPath (/. + "x")) (isPath (baseNameOf ./.)) ]
