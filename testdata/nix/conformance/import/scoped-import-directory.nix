scopedImport { x = 1; } ./_fix/dir
