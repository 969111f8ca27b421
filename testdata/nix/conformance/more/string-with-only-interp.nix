let s = "x"; in [ "${s}" ''${s}'' ]
