toString ../paths/_fix/sub/..
