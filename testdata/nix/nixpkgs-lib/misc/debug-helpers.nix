lib: {
  traceVal = lib.traceVal 5;
  traceSeq = lib.traceSeq { a = 1; } "ok";
  runTests = lib.runTests {
    testPass = { expr = 1 + 1; expected = 2; };
    testFail = { expr = "a"; expected = "b"; };
  };
}
