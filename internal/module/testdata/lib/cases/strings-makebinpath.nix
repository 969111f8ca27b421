lib:
lib.makeBinPath [ { out = "/o"; bin = "/b"; } { out = "/o2"; } "/plain" ]
