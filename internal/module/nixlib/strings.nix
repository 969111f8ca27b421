# Functions on strings.
{ lib }:
let
  b = builtins;
  inherit (b) stringLength substring match isString isPath replaceStrings head length elemAt;

  # Warning for string functions given a path; `advice` (may be empty) ends it.
  pathWarning =
    fn: value: effect: advice:
    lib.trivial.warnIf (isPath value) (
      ''
        lib.strings.${fn}: The first argument (${toString value}) is a path value, but only strings are supported.
            ${effect}
            This function also copies the path to the Nix store, which may not be what you want.
            This behavior is deprecated and will throw an error in the future.''
      + advice
    );
  alwaysFalse = "There is almost certainly a bug in the calling code, since this function always returns `false` in such a case.";

  # Characters escaped by escapeRegex: those with a meaning in POSIX ERE.
  regexSpecials = [ "\\" "[" "{" "(" ")" "^" "$" "?" "*" "+" "|" "." ];

  lower = "abcdefghijklmnopqrstuvwxyz";
  upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  chars = s: b.genList (i: substring i 1 s) (stringLength s);

  nixKeywords = [ "assert" "else" "if" "in" "inherit" "let" "or" "rec" "then" "with" ];

  # Decimal integer parsing shared by toInt and toIntBase10. `pattern` must
  # capture the sign and digits to hand to fromJSON; `ambiguous` tells whether
  # that capture has leading zeros that must be refused.
  parseDecimal =
    fn: pattern: onCapture: s:
    let
      m = match pattern s;
      failure = "${fn}: Could not convert ${self.escapeNixString s} to int.";
    in
    if m == null then throw failure else onCapture failure (head m);
  intOrFail = failure: x: if b.isInt x then x else throw failure;

  self = {
    inherit (b)
      appendContext
      compareVersions
      elem
      elemAt
      filter
      fromJSON
      genList
      head
      isAttrs
      isInt
      isList
      isPath
      isString
      match
      parseDrvName
      readFile
      replaceStrings
      split
      storeDir
      stringLength
      substring
      tail
      toJSON
      typeOf
      unsafeDiscardStringContext
      ;

    concatStrings = b.concatStringsSep "";
    concatStringsSep = b.concatStringsSep;
    join = b.concatStringsSep;
    concatMapStrings = f: list: self.concatStrings (map f list);
    concatImapStrings = f: list: self.concatStrings (lib.lists.imap1 f list);
    concatMapStringsSep = sep: f: list: b.concatStringsSep sep (map f list);
    concatImapStringsSep = sep: f: list: b.concatStringsSep sep (lib.lists.imap1 f list);
    concatMapAttrsStringSep = sep: f: set: b.concatStringsSep sep (lib.attrsets.mapAttrsToList f set);
    concatLines = lines: self.concatMapStrings (line: line + "\n") lines;

    intersperse =
      sep: list: if length list < 2 then list else b.tail (b.concatMap (x: [ sep x ]) list);

    replaceString = from: to: replaceStrings [ from ] [ to ];
    replicate = n: s: self.concatStrings (lib.lists.replicate n s);
    optionalString = cond: s: if cond then s else "";

    hasPrefix =
      prefix: s: pathWarning "hasPrefix" prefix alwaysFalse "\n    You might want to use `lib.path.hasPrefix` instead, which correctly supports paths." (substring 0 (stringLength prefix) s == prefix);
    hasSuffix =
      suffix: s:
      let
        n = stringLength s;
        k = stringLength suffix;
      in
      pathWarning "hasSuffix" suffix alwaysFalse "" (n >= k && substring (n - k) k s == suffix);
    hasInfix =
      infix: s: pathWarning "hasInfix" infix alwaysFalse "" (match ".*${self.escapeRegex infix}.*" "${s}" != null);

    removePrefix =
      prefix: s:
      let
        k = stringLength prefix;
      in
      pathWarning "removePrefix" prefix "There is almost certainly a bug in the calling code, since this function never removes any prefix in such a case." "" (
        if substring 0 k s == prefix then substring k (-1) s else s
      );
    removeSuffix =
      suffix: s:
      let
        n = stringLength s;
        k = stringLength suffix;
      in
      pathWarning "removeSuffix" suffix "There is almost certainly a bug in the calling code, since this function never removes any suffix in such a case." "" (
        if k <= n && substring (n - k) k s == suffix then substring 0 (n - k) s else s
      );

    trimWith =
      { start ? false, end ? false }:
      let
        ws = " \t\r\n";
        lead = if start then "[${ws}]*" else "";
        trail = if end then "[${ws}]*" else "";
        body = if end then "(.*[^${ws}])" else "(.*)";
        re = lead + body + trail;
      in
      s:
      let
        m = match re s;
      in
      if m == null then "" else head m;
    trim = self.trimWith { start = true; end = true; };

    stringToCharacters = chars;
    stringAsChars = f: s: self.concatStrings (map f (chars s));
    lowerChars = chars lower;
    upperChars = chars upper;
    toLower = replaceStrings self.upperChars self.lowerChars;
    toUpper = replaceStrings self.lowerChars self.upperChars;
    toSentenceCase =
      s:
      lib.trivial.throwIfNot (isString s) "toSentenceCase does only accepts string values, but got ${b.typeOf s}" (
        self.addContextFrom s (self.toUpper (substring 0 1 s) + self.toLower (substring 1 (-1) s))
      );
    toCamelCase =
      s:
      lib.trivial.throwIfNot (isString s) "toCamelCase does only accepts string values, but got ${b.typeOf s}" (
        let
          words = self.splitStringBy (_: c: b.elem c [ "-" "_" " " ]) false s;
          humps = b.concatMap (self.splitStringBy (p: c: match "[a-z]" p != null && match "[A-Z]" c != null) true) words;
          cased = lib.lists.imap0 (i: w: if i == 0 then self.toLower w else self.toSentenceCase w) humps;
        in
        self.concatStrings (map (self.addContextFrom s) cased)
      );

    escape = specials: replaceStrings specials (map (c: "\\" + c) specials);
    escapeRegex = self.escape regexSpecials;
    escapeNixString = s: self.escape [ "$" ] (b.toJSON s);
    escapeNixIdentifier =
      s: if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !(b.elem s nixKeywords) then s else self.escapeNixString s;
    escapeShellArg =
      arg:
      let
        s = toString arg;
      in
      if match "[[:alnum:],._+:@%/-]+" s != null then s else "'" + replaceStrings [ "'" ] [ "'\\''" ] s + "'";
    escapeShellArgs = self.concatMapStringsSep " " self.escapeShellArg;
    escapeXML = replaceStrings [ "\"" "'" "<" ">" "&" ] [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];
    escapeURL =
      let
        safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
        isSafe = c: b.elem c (chars safe);
        special = b.filter (i: !(isSafe (charFromCode i))) asciiList;
      in
      replaceStrings (map charFromCode special) (
        map (i: "%" + self.fixedWidthString 2 "0" (lib.trivial.toHexString i)) special
      );
    escapeC =
      specials:
      replaceStrings specials (
        map (c: "\\x" + self.fixedWidthString 2 "0" (self.toLower (lib.trivial.toHexString (self.charToInt c)))) specials
      );

    isValidPosixName = name: match "[a-zA-Z_][a-zA-Z0-9_]*" name != null;
    toShellVar =
      name: value:
      lib.trivial.throwIfNot (self.isValidPosixName name) "toShellVar: ${name} is not a valid shell variable name" (
        if b.isAttrs value && !(self.isStringLike value) then
          "declare -A ${name}=(${
            b.concatStringsSep " " (lib.attrsets.mapAttrsToList (k: v: "[${self.escapeShellArg k}]=${self.escapeShellArg v}") value)
          })"
        else if b.isList value then
          "declare -a ${name}=(${self.escapeShellArgs value})"
        else
          "${name}=${self.escapeShellArg value}"
      );
    toShellVars = vars: b.concatStringsSep "\n" (lib.attrsets.mapAttrsToList self.toShellVar vars);

    addContextFrom = src: target: substring 0 0 src + target;
    splitString =
      sep: s:
      map (self.addContextFrom s) (b.filter isString (b.split (self.escapeRegex (toString sep)) (toString s)));
    splitStringBy =
      splitHere: keep: s:
      let
        n = stringLength s;
        go =
          i: part: parts:
          if i == n then
            parts ++ [ part ]
          else
            let
              c = substring i 1 s;
              prev = if i > 0 then substring (i - 1) 1 s else "";
            in
            if splitHere prev c then go (i + 1) (if keep then c else "") (parts ++ [ part ]) else go (i + 1) (part + c) parts;
      in
      if n == 0 then [ (self.addContextFrom s "") ] else map (self.addContextFrom s) (go 0 "" [ ]);

    versionOlder = v1: v2: b.compareVersions v2 v1 == 1;
    versionAtLeast = v1: v2: !(self.versionOlder v1 v2);

    getName = x: if isString x then (b.parseDrvName x).name else x.pname or (b.parseDrvName x.name).name;
    getVersion = x: if isString x then (b.parseDrvName x).version else x.version or (b.parseDrvName x.name).version;
    nameFromURL =
      url: sep:
      let
        file = lib.lists.last (self.splitString "/" url);
        name = head (self.splitString sep file);
      in
      assert name != file;
      name;

    makeSearchPath = subDir: paths: b.concatStringsSep ":" (map (p: p + "/" + subDir) (b.filter (p: p != null) paths));
    makeSearchPathOutput = output: subDir: pkgs: self.makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);
    makeLibraryPath = self.makeSearchPathOutput "lib" "lib";
    makeIncludePath = self.makeSearchPathOutput "dev" "include";
    makeBinPath = self.makeSearchPathOutput "bin" "bin";

    normalizePath =
      s:
      lib.trivial.warnIf (isPath s) ''
        lib.strings.normalizePath: The argument (${toString s}) is a path value, but only strings are supported.
            Path values are always normalised in Nix, so there's no need to call this function on them.
            This function also copies the path to the Nix store and returns the store path, the same as "''${path}" will, which may not be what you want.
            This behavior is deprecated and will throw an error in the future.'' (
        b.foldl' (acc: c: if c == "/" && self.hasSuffix "/" acc then acc else acc + c) "" (chars s)
      );

    cmakeOptionType =
      type: feature: value:
      assert b.elem (self.toUpper type) [ "BOOL" "FILEPATH" "PATH" "STRING" "INTERNAL" "LIST" ];
      assert isString feature;
      assert isString value;
      "-D${feature}:${self.toUpper type}=${value}";
    cmakeBool =
      name: flag:
      assert isString name;
      assert b.isBool flag;
      self.cmakeOptionType "bool" name (self.toUpper (lib.trivial.boolToString flag));
    cmakeFeature =
      name: value:
      assert isString name;
      assert isString value;
      self.cmakeOptionType "string" name value;
    mesonOption =
      name: value:
      assert isString name;
      assert isString value;
      "-D${name}=${value}";
    mesonBool =
      name: flag:
      assert isString name;
      assert b.isBool flag;
      self.mesonOption name (lib.trivial.boolToString flag);
    mesonEnable =
      name: flag:
      assert isString name;
      assert b.isBool flag;
      self.mesonOption name (if flag then "enabled" else "disabled");
    enableFeature =
      flag: name:
      assert b.isBool flag;
      assert isString name;
      "--${if flag then "enable" else "disable"}-${name}";
    enableFeatureAs = flag: name: value: self.enableFeature flag name + self.optionalString flag "=${value}";
    withFeature =
      flag: name:
      assert isString name;
      "--${if flag then "with" else "without"}-${name}";
    withFeatureAs = flag: name: value: self.withFeature flag name + self.optionalString flag "=${value}";

    fixedWidthString =
      width: filler: s:
      let
        n = stringLength s;
      in
      assert lib.asserts.assertMsg (n <= width)
        "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString n})";
      if n == width then s else filler + self.fixedWidthString (width - stringLength filler) filler s;
    fixedWidthNumber = width: n: self.fixedWidthString width "0" (toString n);
    floatToString =
      x:
      let
        s = toString x;
      in
      lib.trivial.warnIf (x != b.fromJSON s) "Imprecise conversion from float to string ${s}" s;

    isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;
    isConvertibleWithToString =
      x:
      self.isStringLike x
      || b.elem (b.typeOf x) [ "null" "int" "float" "bool" ]
      || (b.isList x && b.all self.isConvertibleWithToString x);
    isStorePath =
      x:
      self.isStringLike x
      && (
        let
          s = toString x;
        in
        substring 0 1 s == "/" && (dirOf s == b.storeDir || match "/[0-9a-z]{52}" s != null)
      );
    # Leading zeros are refused: "010" could mean octal.
    toInt =
      s:
      parseDecimal "toInt" "[[:space:]]*(-?[[:digit:]]+)[[:space:]]*" (
        failure: digits:
        if match "0[[:digit:]]+" digits != null then
          throw "toInt: Ambiguity in interpretation of ${self.escapeNixString s} between octal and zero padded integer."
        else
          intOrFail failure (b.fromJSON digits)
      ) s;
    # Leading zeros are dropped: "010" is ten.
    toIntBase10 = parseDecimal "toIntBase10" "[[:space:]]*0*(-?[[:digit:]]+)[[:space:]]*" (
      failure: digits: if match "0+" digits != null then 0 else intOrFail failure (b.fromJSON digits)
    );

    fileContents = file: self.removeSuffix "\n" (b.readFile file);

    sanitizeDerivationName =
      s:
      if stringLength s <= 207 && match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*" s != null then
        b.unsafeDiscardStringContext s
      else
        let
          plain = b.unsafeDiscardStringContext s;
          noDots = head (match "\\.*(.*)" plain);
          dashed = self.concatMapStrings (p: if b.isList p then "-" else p) (b.split "[^[:alnum:]+._?=-]+" noDots);
          n = stringLength dashed;
          tailPart = substring (lib.trivial.max (n - 207) 0) (-1) dashed;
        in
        if tailPart == "" then "unknown" else tailPart;

    # ASCII code of a one-character string (printable ASCII, tab, newline
    # and carriage return).
    charToInt = c: asciiCodes.${c};

    levenshtein =
      x: y:
      let
        nx = stringLength x;
        ny = stringLength y;
        # table.i.j = distance between the first i chars of x and the first j of y
        row = i: b.genList (j: cell i j) (ny + 1);
        table = b.genList row (nx + 1);
        at = i: j: elemAt (elemAt table i) j;
        cell =
          i: j:
          if i == 0 then
            j
          else if j == 0 then
            i
          else
            let
              same = substring (i - 1) 1 x == substring (j - 1) 1 y;
            in
            lib.trivial.min (lib.trivial.min (at (i - 1) j + 1) (at i (j - 1) + 1)) (at (i - 1) (j - 1) + (if same then 0 else 1));
      in
      at nx ny;
    commonPrefixLength =
      x: y:
      let
        m = lib.trivial.min (stringLength x) (stringLength y);
        go = i: if i < m && substring i 1 x == substring i 1 y then go (i + 1) else i;
      in
      go 0;
    commonSuffixLength =
      x: y:
      let
        nx = stringLength x;
        ny = stringLength y;
        m = lib.trivial.min nx ny;
        go = i: if i < m && substring (nx - i - 1) 1 x == substring (ny - i - 1) 1 y then go (i + 1) else i;
      in
      go 0;
    # Whether the edit distance is at most k, cheaper than levenshtein for
    # small k.
    levenshteinAtMost =
      k:
      if k <= 0 then
        x: y: x == y
      else
        let
          check =
            x: y:
            let
              nx = stringLength x;
              ny = stringLength y;
              pre = self.commonPrefixLength x y;
              suf = self.commonSuffixLength (substring pre (-1) x) (substring pre (-1) y);
              xi = substring pre (nx - pre - suf) x;
              yi = substring pre (ny - pre - suf) y;
            in
            if nx < ny then check y x else if nx - ny > k then false else self.levenshtein xi yi <= k;
        in
        check;
  };

  # Tab, newline, carriage return and printable ASCII, each with its code,
  # built from a JSON escape per code.
  asciiList = [ 9 10 13 ] ++ b.genList (i: i + 32) 95;
  hex4 = i: "00" + self.fixedWidthString 2 "0" (lib.trivial.toHexString i);
  asciiChars = b.listToAttrs (map (i: { name = toString i; value = b.fromJSON "\"\\u${hex4 i}\""; }) asciiList);
  charFromCode = i: asciiChars.${toString i};
  asciiCodes = b.listToAttrs (map (i: { name = asciiChars.${toString i}; value = i; }) asciiList);
in
self
