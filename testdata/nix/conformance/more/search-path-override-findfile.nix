let __findFile = nixPath: name: "found ${name}"; in <some/thing>
