"sibling value"
