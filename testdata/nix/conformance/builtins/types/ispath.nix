with builtins; [ (isPath ./.) (isPath /etc) (isPath "/etc") (isPath (./. + "/x")) ]
