let d = "sub"; in toString ./_fix/${d}/y.txt
