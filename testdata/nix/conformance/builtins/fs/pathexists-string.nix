with builtins; [ (pathExists (toString ./_fix/text.txt)) (pathExists (toString ./_fix + "/definitely/not/here")) ]
