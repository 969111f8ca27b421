/** doc ** comment **/ [ 1 /* * */ 2 ]
