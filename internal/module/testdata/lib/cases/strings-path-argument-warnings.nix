lib:
[ (lib.hasPrefix ../files/text.txt "x") (lib.hasSuffix ../files/text.txt "x") (lib.removePrefix ../files/text.txt "x") (lib.removeSuffix ../files/text.txt "x") ]
