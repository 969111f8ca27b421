[ (assert true; 1) ]
