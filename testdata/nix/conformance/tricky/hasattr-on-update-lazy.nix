({ a = throw "l"; } // { b = throw "r"; }) ? a
