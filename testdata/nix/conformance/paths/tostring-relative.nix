toString ./_fix/x
