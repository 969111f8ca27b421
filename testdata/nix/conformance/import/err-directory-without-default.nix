import ./_fix/empty-dir
