[ (./_fix/x == ./_fix/x) (./_fix/x == ./_fix/sub/../x) (toString ./_fix/x == ./_fix/x) ]
