import ./_fix/dir
