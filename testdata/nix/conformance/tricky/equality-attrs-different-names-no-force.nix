{ a = throw "x"; } == { b = throw "y"; }
