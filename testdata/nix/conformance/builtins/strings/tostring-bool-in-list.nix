toString [ true false ]
