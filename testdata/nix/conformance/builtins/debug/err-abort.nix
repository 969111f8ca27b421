abort "aborting"
