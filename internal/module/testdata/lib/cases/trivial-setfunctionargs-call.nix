lib:
(lib.setFunctionArgs ({ a, ... }: a + 1) { a = false; }) { a = 1; b = 2; }
