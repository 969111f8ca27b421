lib:
[ (lib.escapeRegex "[^a-z]*") (lib.escapeRegex "a.b|c(d)?{e}+$\\") ]
