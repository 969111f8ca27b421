lib: with lib.trivial; {
  id = id 1;
  const = const 1 2;
  pipe = pipe 2 [ (x: x + 1) (x: x * 10) ];
  flip = flip builtins.sub 1 10;
  mod = [ (mod 7 3) (mod (-7) 3) ];
  min = min 1 2;
  max = max 1 2;
  boolToString = boolToString true;
  toHexString = toHexString 255;
  toBaseDigits = toBaseDigits 2 10;
  compare = [ (compare 1 2) (compare 2 2) (compare "b" "a") ];
  splitByAndCompare = splitByAndCompare (lib.hasPrefix "a") compare compare "abc" "b";
  importJSON = importJSON ../_fix/data.json;
  importTOML = importTOML ../_fix/data.toml;
  version = lib.versions.majorMinor lib.version;
  isFunction = [ (isFunction (x: x)) (isFunction { __functor = self: x: x; }) ];
}
