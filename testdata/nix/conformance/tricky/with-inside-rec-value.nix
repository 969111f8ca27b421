let s = { x = "from-with"; }; in rec { y = with s; x; x = "from-rec"; }
