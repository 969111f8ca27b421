# Small general-purpose helpers: combinators, booleans, numbers, warnings,
# function-argument introspection and release information.
{ lib }:
let
  b = builtins;

  hexDigitValue = {
    "0" = 0; "1" = 1; "2" = 2; "3" = 3; "4" = 4;
    "5" = 5; "6" = 6; "7" = 7; "8" = 8; "9" = 9;
    "a" = 10; "b" = 11; "c" = 12; "d" = 13; "e" = 14; "f" = 15;
    "A" = 10; "B" = 11; "C" = 12; "D" = 13; "E" = 14; "F" = 15;
  };
  hexDigitChar = i: b.substring i 1 "0123456789ABCDEF";

  # Sum of the hex digits of `s` (already checked to hold only hex digits).
  parseHexDigits =
    s: b.foldl' (acc: i: acc * 16 + hexDigitValue.${b.substring i 1 s}) 0 (b.genList (i: i) (b.stringLength s));

  abortOnWarn = b.elem (b.getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ];

  # Terminal colours for warnings (ESC written through JSON: Nix strings have
  # no escape for it).
  esc = b.fromJSON ''"\u001b"'';
  red = text: "${esc}[1;31m${text}${esc}[0m";
  magenta = text: "${esc}[1;35m${text}${esc}[0m";

  self = {
    inherit (b)
      add
      bitAnd
      bitOr
      bitXor
      ceil
      deepSeq
      div
      floor
      genericClosure
      isBool
      isFloat
      isInt
      lessThan
      mul
      pathExists
      readFile
      seq
      sub
      ;

    id = x: x;
    const = x: _: x;
    flip = f: x: y: f y x;
    # Apply the functions of a list in turn, the output of one feeding the next.
    pipe = value: fns: b.foldl' (acc: fn: fn acc) value fns;
    concat = xs: ys: xs ++ ys;

    "or" = x: y: x || y;
    and = x: y: x && y;
    xor = x: y: (!x) != (!y);
    # Two's complement: the complement of n is -1 - n.
    bitNot = n: (-1) - n;

    boolToString = v: if v then "true" else "false";
    boolToYesNo = v: if v then "yes" else "no";

    mergeAttrs = x: y: x // y;
    defaultTo = fallback: v: if v == null then fallback else v;
    mapNullable = f: v: if v == null then null else f v;

    min = x: y: if x < y then x else y;
    max = x: y: if x > y then x else y;
    # Remainder with the sign of the dividend, like C's %.
    mod = x: y: x - y * (b.div x y);
    compare = x: y: if x < y then -1 else if x > y then 1 else 0;
    splitByAndCompare =
      p: onBoth: onNeither: x: y:
      let
        px = p x;
        py = p y;
      in
      if px && py then onBoth x y
      else if px then -1
      else if py then 1
      else onNeither x y;

    importJSON = file: b.fromJSON (b.readFile file);
    importTOML = file: b.fromTOML (b.readFile file);

    # Release information. The built-in lib follows the API of the nixpkgs
    # lib of this release.
    release = "26.11";
    versionSuffix = "pre-git";
    version = self.release + self.versionSuffix;
    codeName = "Zokor";
    oldestSupportedRelease = 2511;
    oldestSupportedReleaseIsAtLeast = r: r <= self.oldestSupportedRelease;
    isInOldestRelease =
      self.warnIf (self.oldestSupportedReleaseIsAtLeast 2411)
        "lib.isInOldestRelease is deprecated. Use lib.oldestSupportedReleaseIsAtLeast instead."
        self.oldestSupportedReleaseIsAtLeast;
    revisionWithDefault = fallback: fallback;
    nixpkgsVersion = self.warn "lib.nixpkgsVersion is a deprecated alias of lib.version." self.version;

    # Evaluation here never happens inside a nix-shell.
    inNixShell = false;
    inPureEvalMode = !(b ? currentSystem);

    warn =
      b.warn or (
        msg: v:
        assert b.isString msg;
        if abortOnWarn then
          b.trace "${red "evaluation warning:"} ${msg}" (
            abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors."
          )
        else
          b.trace "${magenta "evaluation warning:"} ${msg}" v
      );
    warnIf = cond: msg: if cond then self.warn msg else self.id;
    warnIfNot = cond: msg: self.warnIf (!cond) msg;
    throwIf = cond: msg: if cond then throw msg else self.id;
    throwIfNot = cond: msg: self.throwIf (!cond) msg;
    info = msg: b.trace "INFO: ${msg}";
    showWarnings = warnings: result: lib.lists.foldr self.warn result warnings;
    checkListOfEnum =
      msg: valid: given:
      let
        bad = b.filter (x: !(b.elem x valid)) given;
        showAll = xs: b.concatStringsSep ", " (map toString xs);
      in
      self.throwIfNot (bad == [ ]) "${msg}: ${showAll bad} unexpected; valid ones: ${showAll valid}";

    # Function introspection that also understands sets with __functor.
    isFunction = f: b.isFunction f || (f ? __functor && b.isFunction (f.__functor f));
    functionArgs =
      f: if f ? __functor then f.__functionArgs or (b.functionArgs (f.__functor f)) else b.functionArgs f;
    setFunctionArgs = f: args: {
      __functor = _: f;
      __functionArgs = args;
    };
    mirrorFunctionArgs =
      f:
      let
        args = self.functionArgs f;
      in
      g: self.setFunctionArgs g args;
    toFunction = v: if self.isFunction v then v else _: v;

    # Digits of a non-negative integer in the given base, most significant first.
    toBaseDigits =
      base: n:
      assert b.isInt base;
      assert b.isInt n;
      assert base >= 2;
      assert n >= 0;
      let
        digits = m: acc: if m < base then [ m ] ++ acc else digits (m / base) ([ (m - (m / base) * base) ] ++ acc);
      in
      digits n [ ];
    toHexString = n: b.concatStringsSep "" (map hexDigitChar (self.toBaseDigits 16 n));
    fromHexString =
      s:
      let
        m = b.match "(0x)?([0-7]?[0-9A-Fa-f]{1,15})" s;
        lowered = lib.strings.toLower s;
        stripped = if b.substring 0 2 lowered == "0x" then b.substring 2 (-1) lowered else lowered;
      in
      if m != null then
        parseHexDigits (b.elemAt m 1)
      else
        self.warn "fromHexString: ${lib.generators.toPretty { } s} is not a valid input and will be rejected in 26.05" (
          (b.fromTOML "v=0x${stripped}").v
        );
  };
in
self
