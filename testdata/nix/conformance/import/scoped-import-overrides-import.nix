(scopedImport { import = p: "intercepted"; } ./_fix/dir).sibling
