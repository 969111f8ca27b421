{ image = "web:2"; }
