lib: assert lib.assertMsg false "assertMsg says no"; 1
