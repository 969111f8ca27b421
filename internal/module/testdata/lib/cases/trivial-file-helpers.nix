lib:
[ (lib.pathExists ../files/sample.json) (lib.pathExists ../files/missing.json) (lib.trivial.readFile ../files/text.txt) (lib.strings.readFile ../files/text.txt) (lib.importJSON ../files/sample.json).ports ]
