# Mixed operators, coercions and builtins in one expression; compared like every other case.
({ a = ({ c = false; b = true; a = (toString 1.0e3); } ? a); } // { c = ((toString 1.5) + ((toString 3.0) + ("k8s" + "pre-${"pre-${(("k8s" + "a") + "k8s")}"}"))); d = ((17 > 0.1) -> (!true)); })
