lib:
[ (lib.fromHexString "0X1F") (lib.fromHexString "0xAbC") (lib.fromHexString "1_f") ]
