[ (toString [ ]) (toString [ null ]) (toString [ "" "" ]) ]
