lib:
lib.generators.mkValueStringDefault { } [ 1 ]
