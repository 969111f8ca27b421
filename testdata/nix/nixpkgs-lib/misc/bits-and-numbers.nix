lib: {
  bitAnd = lib.bitAnd 12 10;
  bitOr = lib.bitOr 12 10;
  bitXor = lib.bitXor 12 10;
  bitNot = lib.bitNot 0;
  toHex = lib.toHexString 48879;
  fromHex = lib.fromHexString "ff";
}
