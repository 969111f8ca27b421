# Functions on attribute sets.
{ lib }:
let
  b = builtins;
  inherit (b) attrNames length elemAt head isAttrs mapAttrs listToAttrs filter concatMap;

  # Follow `path` into `set` from position i; call `found` with the value at
  # the end or `missing` with the index of the first absent name.
  walk =
    path: set: found: missing:
    let
      n = length path;
      go = i: v: if i == n then found v else if v ? ${elemAt path i} then go (i + 1) v.${elemAt path i} else missing i;
    in
    go 0 set;

  self = {
    inherit (b)
      attrNames
      attrValues
      catAttrs
      getAttr
      hasAttr
      intersectAttrs
      isAttrs
      listToAttrs
      mapAttrs
      removeAttrs
      ;

    attrByPath = path: fallback: set: walk path set (v: v) (_: fallback);
    hasAttrByPath = path: set: walk path set (_: true) (_: false);
    longestValidPathPrefix = path: set: walk path set (_: path) (i: lib.lists.take i path);
    getAttrFromPath =
      path: set:
      self.attrByPath path (abort ("cannot find attribute '" + b.concatStringsSep "." path + "'")) set;
    setAttrByPath =
      path: value:
      let
        n = length path;
        nest = i: if i == n then value else { ${elemAt path i} = nest (i + 1); };
      in
      nest 0;

    attrVals = names: set: map (name: set.${name}) names;
    getAttrs = names: set: self.genAttrs names (name: set.${name});

    nameValuePair = name: value: { inherit name value; };
    genAttrs = names: f: listToAttrs (map (name: self.nameValuePair name (f name)) names);
    "genAttrs'" = xs: f: listToAttrs (map f xs);

    mapAttrsToList = f: set: map (name: f name set.${name}) (attrNames set);
    "mapAttrs'" = f: set: listToAttrs (self.mapAttrsToList f set);
    attrsToList = self.mapAttrsToList self.nameValuePair;
    concatMapAttrs = f: set: b.foldl' (acc: x: acc // x) { } (self.mapAttrsToList f set);

    mapAttrsRecursive = self.mapAttrsRecursiveCond (_: true);
    mapAttrsRecursiveCond =
      cond: f: set:
      let
        go =
          path:
          mapAttrs (
            name: v:
            let
              here = path ++ [ name ];
            in
            if isAttrs v && cond v then go here v else f here v
          );
      in
      go [ ] set;
    mapAttrsToListRecursive = self.mapAttrsToListRecursiveCond (_: _: true);
    mapAttrsToListRecursiveCond =
      descend: f: set:
      let
        onSet = path: s: concatMap (name: onValue (path ++ [ name ]) s.${name}) (attrNames s);
        onValue = path: v: if isAttrs v && descend path v then onSet path v else [ (f path v) ];
      in
      onSet [ ] set;

    filterAttrs = pred: set: b.removeAttrs set (filter (name: !(pred name set.${name})) (attrNames set));
    filterAttrsRecursive =
      pred: set:
      listToAttrs (
        concatMap (
          name:
          let
            v = set.${name};
          in
          if pred name v then [ (self.nameValuePair name (if isAttrs v then self.filterAttrsRecursive pred v else v)) ] else [ ]
        ) (attrNames set)
      );

    foldlAttrs = f: init: set: b.foldl' (acc: name: f acc name set.${name}) init (attrNames set);
    foldAttrs =
      op: nul: sets:
      lib.lists.foldr (set: acc: acc // mapAttrs (name: v: op v (acc.${name} or nul)) set) { } sets;

    collect =
      pred: v:
      if pred v then [ v ] else if isAttrs v then concatMap (self.collect pred) (b.attrValues v) else [ ];

    cartesianProduct =
      lists:
      b.foldl' (
        combos: name: concatMap (combo: map (x: combo // { ${name} = x; }) lists.${name}) combos
      ) [ { } ] (attrNames lists);
    mapCartesianProduct = f: lists: map f (self.cartesianProduct lists);

    optionalAttrs = cond: set: if cond then set else { };

    zipAttrsWithNames =
      names: f: sets:
      listToAttrs (map (name: self.nameValuePair name (f name (b.catAttrs name sets))) names);
    zipAttrsWith = b.zipAttrsWith or (f: sets: self.zipAttrsWithNames (concatMap attrNames sets) f sets);
    zipAttrs = self.zipAttrsWith (_: values: values);

    # Merge a list of sets, later ones winning, by merging neighbours pairwise
    # (fewer copies than a left fold on long lists).
    mergeAttrsList =
      list:
      let
        pairUp =
          xs:
          let
            n = length xs;
          in
          b.genList (i: if 2 * i + 1 < n then elemAt xs (2 * i) // elemAt xs (2 * i + 1) else elemAt xs (2 * i)) ((n + 1) / 2);
        reduce = xs: if length xs == 1 then head xs else reduce (pairUp xs);
      in
      if list == [ ] then { } else reduce list;

    recursiveUpdateUntil =
      stop: lhs: rhs:
      let
        # The right-hand set is checked before the left one, as nixpkgs
        # does, so a non-set is reported the same way.
        go =
          path: l: r:
          let
            fromRight = mapAttrs (
              name: rv:
              let
                here = path ++ [ name ];
              in
              if l ? ${name} && !(stop here l.${name} rv) then go here l.${name} rv else rv
            ) r;
          in
          b.seq fromRight (l // fromRight);
      in
      go [ ] lhs rhs;
    recursiveUpdate = self.recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r));

    matchAttrs =
      pattern: set:
      assert isAttrs pattern;
      b.all (
        name:
        set ? ${name}
        && (
          let
            want = pattern.${name};
            have = set.${name};
          in
          if isAttrs want then isAttrs have && self.matchAttrs want have else want == have
        )
      ) (attrNames pattern);

    overrideExisting = old: new: mapAttrs (name: v: new.${name} or v) old;

    showAttrPath =
      path:
      if path == [ ] then "<root attribute path>" else b.concatStringsSep "." (map lib.strings.escapeNixIdentifier path);

    # Apply updates ({ path; update; }) to a nested value. At each level the
    # nested updates are applied first, then those ending there, in order.
    updateManyAttrsByPath =
      updates: value:
      let
        go =
          depth: exists: v: ups:
          let
            here = filter (u: length u.path == depth) ups;
            deeper = filter (u: length u.path != depth) ups;
            byName = lib.lists.groupBy (u: elemAt u.path depth) deeper;
            inner =
              if deeper == [ ] then
                if exists then
                  v
                else
                  throw (
                    "updateManyAttrsByPath: Path '${self.showAttrPath (head here).path}' does "
                    + "not exist in the given value, but the first update to this "
                    + "path tries to access the existing value."
                  )
              else if !exists then
                mapAttrs (_: go (depth + 1) false null) byName
              else if isAttrs v then
                v // mapAttrs (name: go (depth + 1) (v ? ${name}) (v.${name} or null)) byName
              else
                let
                  p = (head deeper).path;
                in
                throw (
                  "updateManyAttrsByPath: Path '${self.showAttrPath p}' needs to "
                  + "be updated, but path '${self.showAttrPath (lib.lists.take depth p)}' "
                  + "of the given value is not an attribute set, so we can't "
                  + "update an attribute inside of it."
                );
          in
          lib.lists.foldl (acc: u: u.update acc) inner here;
      in
      go 0 true value updates;

    unionOfDisjoint =
      x: y:
      let
        clash = b.intersectAttrs x y;
        names = b.concatStringsSep " " (attrNames clash);
      in
      x // y // mapAttrs (name: _: throw "unionOfDisjoint: collision on ${name}; complete list: ${names}") clash;

    isDerivation = v: v.type or null == "derivation";
    # A derivation-like set for an existing store path (needs a Nix store).
    toDerivation =
      path:
      let
        storePath = b.storePath path;
        drv = {
          type = "derivation";
          name = lib.strings.sanitizeDerivationName (b.substring 33 (-1) (baseNameOf storePath));
          outPath = storePath;
          outputs = [ "out" ];
          out = drv;
          outputName = "out";
        };
      in
      drv;

    getOutput =
      output: pkg: if pkg.outputSpecified or false then pkg else pkg.${output} or pkg.out or pkg;
    getFirstOutput =
      candidates: pkg:
      let
        present = filter (name: pkg ? ${name}) candidates;
      in
      if pkg.outputSpecified or false || present == [ ] then pkg else pkg.${head present};
    getBin = self.getOutput "bin";
    getLib = self.getOutput "lib";
    getDev = self.getOutput "dev";
    getMan = self.getOutput "man";
    getStatic = self.getFirstOutput [ "static" "lib" "out" ];
    getInclude = self.getFirstOutput [ "include" "dev" "out" ];
    chooseDevOutputs = map self.getDev;

    recurseIntoAttrs = set: set // { recurseForDerivations = true; };
    dontRecurseIntoAttrs = set: set // { recurseForDerivations = false; };
  };
in
self
