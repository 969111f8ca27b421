lib:
[ (lib.toUpper "Hello World 42!") (lib.toLower "HeLLo ÄÖ") ]
