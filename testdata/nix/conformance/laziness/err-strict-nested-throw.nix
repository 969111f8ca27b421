{ outer = { inner = throw "deep in set"; }; }
