lib: lib.lists.last [ ]
