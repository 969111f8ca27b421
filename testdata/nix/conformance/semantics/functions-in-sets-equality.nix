[ ({ f = x: x; } == { f = x: x; }) (let f = x: x; in { inherit f; } == { inherit f; }) ]
