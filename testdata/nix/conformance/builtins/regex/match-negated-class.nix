builtins.match "([^/]+)/(.*)" "dir/sub/file"
