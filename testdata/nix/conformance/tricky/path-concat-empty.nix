toString (./. + "")
