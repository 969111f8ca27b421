lib:
lib.importJSON ../files/sample.json
