"prefix-" + toString ./_fix/x == "prefix-${toString ./_fix/x}"
