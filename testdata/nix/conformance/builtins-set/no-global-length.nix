length [ ]
