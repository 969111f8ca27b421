[ (baseNameOf ./_fix/sub/y.txt) (toString (dirOf ./_fix/sub/y.txt)) ]
