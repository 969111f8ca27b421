lib:
[ (lib.makeSearchPath "bin" [ "/root" "/usr" null "/usr/local" ]) (lib.makeSearchPath "lib" [ ]) ]
