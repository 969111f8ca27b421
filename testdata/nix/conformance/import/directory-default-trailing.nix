(import ./_fix/dir/.).sibling
