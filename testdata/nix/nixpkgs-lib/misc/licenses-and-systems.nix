lib: {
  mit = lib.licenses.mit.spdxId;
  free = lib.licenses.asl20.free;
  system = (lib.systems.elaborate "x86_64-linux").parsed.cpu.name;
  isLinux = (lib.systems.elaborate "aarch64-linux").isLinux;
  double = lib.systems.parse.doubleFromSystem (lib.systems.parse.mkSystemFromString "x86_64-linux");
}
