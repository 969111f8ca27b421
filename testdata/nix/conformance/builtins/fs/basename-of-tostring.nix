baseNameOf (toString ./_fix/tree)
