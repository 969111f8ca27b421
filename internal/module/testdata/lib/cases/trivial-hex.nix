lib:
[ (lib.toHexString 250) (lib.toHexString 0) (lib.toHexString 4096) (lib.fromHexString "FF") (lib.fromHexString "0x1a") (lib.fromHexString "7fffffffffffffff") (lib.trivial.toBaseDigits 2 10) (lib.trivial.toBaseDigits 10 0) ]
