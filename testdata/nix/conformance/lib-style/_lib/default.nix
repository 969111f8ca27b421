# A small slice of nixpkgs-lib-style helpers, written against builtins only.
let
  lib = rec {
    fix = f: let x = f x; in x;
    extends = f: rattrs: self: let super = rattrs self; in super // f self super;
    composeExtensions = f: g: final: prev: let fApplied = f final prev; prev' = prev // fApplied; in fApplied // g final prev';
    id = x: x;
    const = x: _: x;
    flip = f: a: b: f b a;
    foldr = op: nul: list: let len = builtins.length list; fold' = n: if n == len then nul else op (builtins.elemAt list n) (fold' (n + 1)); in fold' 0;
    foldl = op: nul: list: builtins.foldl' op nul list;
    range = first: last: if first > last then [ ] else builtins.genList (n: first + n) (last - first + 1);
    flatten = x: if builtins.isList x then builtins.concatMap flatten x else [ x ];
    unique = builtins.foldl' (acc: e: if builtins.elem e acc then acc else acc ++ [ e ]) [ ];
    optional = cond: elem: if cond then [ elem ] else [ ];
    optionals = cond: elems: if cond then elems else [ ];
    optionalAttrs = cond: as: if cond then as else { };
    optionalString = cond: s: if cond then s else "";
    concatMapStrings = f: list: builtins.concatStringsSep "" (map f list);
    concatStringsSep = builtins.concatStringsSep;
    hasPrefix = pref: str: builtins.substring 0 (builtins.stringLength pref) str == pref;
    hasSuffix = suffix: content: let lenC = builtins.stringLength content; lenS = builtins.stringLength suffix; in lenC >= lenS && builtins.substring (lenC - lenS) lenC content == suffix;
    removePrefix = prefix: str: if hasPrefix prefix str then builtins.substring (builtins.stringLength prefix) (-1) str else str;
    splitString = sep: s: builtins.filter builtins.isString (builtins.split (escapeRegex sep) s);
    escapeRegex = builtins.replaceStrings [ "\\" "[" "{" "(" ")" "^" "$" "?" "*" "+" "|" "." ] [ "\\\\" "\\[" "\\{" "\\(" "\\)" "\\^" "\\$" "\\?" "\\*" "\\+" "\\|" "\\." ];
    escapeShellArg = arg: "'${builtins.replaceStrings [ "'" ] [ "'\\''" ] (toString arg)}'";
    toUpper = builtins.replaceStrings (stringToCharacters "abcdefghijklmnopqrstuvwxyz") (stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    stringToCharacters = s: builtins.genList (p: builtins.substring p 1 s) (builtins.stringLength s);
    genAttrs = names: f: builtins.listToAttrs (map (n: { name = n; value = f n; }) names);
    nameValuePair = name: value: { inherit name value; };
    mapAttrs' = f: set: builtins.listToAttrs (map (attr: f attr set.${attr}) (builtins.attrNames set));
    mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (builtins.attrNames attrs);
    filterAttrs = pred: set: builtins.listToAttrs (builtins.concatMap (name: let v = set.${name}; in if pred name v then [ (nameValuePair name v) ] else [ ]) (builtins.attrNames set));
    attrByPath = attrPath: default: set:
      let n = builtins.length attrPath; go = i: s: if i == n then s else let a = builtins.elemAt attrPath i; in if s ? ${a} then go (i + 1) s.${a} else default; in go 0 set;
    setAttrByPath = attrPath: value: builtins.foldl' (acc: a: { ${a} = acc; }) value (reverseList attrPath);
    reverseList = xs: let l = builtins.length xs; in builtins.genList (n: builtins.elemAt xs (l - n - 1)) l;
    recursiveUpdateUntil = pred: lhs: rhs:
      let f = attrPath: builtins.zipAttrsWith (n: values:
            let here = attrPath ++ [ n ]; in
            if builtins.length values == 1 || pred here (builtins.elemAt values 1) (builtins.head values)
            then builtins.head values else f here values);
      in f [ ] [ rhs lhs ];
    recursiveUpdate = recursiveUpdateUntil (path: lhs: rhs: !(builtins.isAttrs lhs && builtins.isAttrs rhs));
    mapAttrsRecursive = f: set: let recurse = path: builtins.mapAttrs (name: value: if builtins.isAttrs value then recurse (path ++ [ name ]) value else f (path ++ [ name ]) value); in recurse [ ] set;
    collect = pred: attrs: if pred attrs then [ attrs ] else if builtins.isAttrs attrs then builtins.concatMap (collect pred) (builtins.attrValues attrs) else [ ];
    zipListsWith = f: fst: snd: builtins.genList (n: f (builtins.elemAt fst n) (builtins.elemAt snd n)) (if builtins.length fst < builtins.length snd then builtins.length fst else builtins.length snd);
    versionAtLeast = v1: v2: builtins.compareVersions v1 v2 >= 0;
    versionOlder = v1: v2: builtins.compareVersions v2 v1 == 1;
    makeOverridable = f: origArgs: let result = f origArgs; in result // { override = newArgs: makeOverridable f (origArgs // (if builtins.isFunction newArgs then newArgs origArgs else newArgs)); };
    setFunctionArgs = f: args: { __functor = self: f; __functionArgs = args; };
    functionArgs = f: if f ? __functor then f.__functionArgs or (functionArgs (f.__functor f)) else builtins.functionArgs f;
    isFunction = f: builtins.isFunction f || (f ? __functor && isFunction (f.__functor f));
    mkDefault = content: { _type = "override"; priority = 1000; inherit content; };
    mkForce = content: { _type = "override"; priority = 50; inherit content; };
    isType = type: x: (x._type or "") == type;
    toposortLike = xs: builtins.sort (a: b: a.order < b.order) xs;
  };
in lib
