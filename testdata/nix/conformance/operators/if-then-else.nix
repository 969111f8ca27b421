[ (if true then 1 else 2) (if 1 < 2 then "y" else "n") (if false then throw "x" else "ok") ]
