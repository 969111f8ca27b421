with builtins; [ (pathExists ./_fix/text.txt) (pathExists ./_fix/missing) (pathExists ./_fix/tree) (pathExists ./_fix/tree/link-to-a) ]
