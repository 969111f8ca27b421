{ a = { b =
    __curPos; }; }.a.b.line
