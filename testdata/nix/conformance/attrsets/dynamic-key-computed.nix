builtins.listToAttrs [] // (let f = n: "k${toString n}"; in { ${f 1} = 1; ${f 2} = 2; })
