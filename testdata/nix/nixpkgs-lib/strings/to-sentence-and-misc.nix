lib: with lib.strings; {
  intersperse = lib.intersperse "," [ "a" "b" "c" ];
  concatLines = concatLines [ "a" "b" ];
  addContext = lib.strings.addContextFrom "x" "y";
  enableFeature = enableFeature true "foo";
  withFeatureAs = withFeatureAs true "shared" "yes";
  mesonOption = mesonOption "buildtype" "release";
  cmakeBool = cmakeBool "ENABLE_X" true;
}
