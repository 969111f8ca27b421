lib:
lib.importTOML ../files/sample.toml
