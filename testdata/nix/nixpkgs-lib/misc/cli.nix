lib: {
  gnu = lib.cli.toGNUCommandLineShell { } { verbose = true; output = "out.txt"; level = 3; skip = false; list = [ "a" "b" ]; };
  gnuList = lib.cli.toGNUCommandLine { } { a = true; b = "x"; };
}
