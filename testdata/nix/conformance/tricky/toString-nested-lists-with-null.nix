toString [ null [ null ] [ [ ] ] "x" ]
