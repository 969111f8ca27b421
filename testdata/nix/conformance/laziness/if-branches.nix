if true then "ok" else throw "else never"
