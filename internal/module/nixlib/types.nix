# Option types: what a definition may be (check) and how several definitions
# become one value (merge). The returned set holds the types themselves and
# the helpers to build new ones (mkOptionType, isType, ...), so that both
# `lib.types.str` and `lib.types.mkOptionType` work. `native`: see lib.nix.
{
  lib,
  native ? null,
}:
let
  b = builtins;
  opts = lib.options;

  # With `native', the merge of attrsOf, listOf and nullOr is a Go function
  # that computes the usual shapes itself (one definition, no property,
  # elements of a type it knows or whose check and merge it calls) and
  # calls the Nix merge given for everything else; the results are the Nix
  # merge's.
  nativeMerge =
    if native == null then
      kind: lazy: elemType: merge: merge
    else
      native.containerMerge {
        inherit (lib.modules) checkAndMerge mergeDefinitions;
        mergeEqual = opts.mergeEqualOption;
        mergeOne = opts.mergeOneOption;
        inherit (opts) defPos;
        # Head checks the Go merges answer themselves.
        inherit submoduleHeadError;
      };

  # nullOr's check; with `native', a Go function computing the same.
  nullOrCheck = if native == null then elemType: x: x == null || elemType.check x else native.nullOrCheck;
  # With `native', the constructors of the common types (attrsOf,
  # lazyAttrsOf, listOf, nullOr, enum) return the type they made before for
  # the same element type (or the same enum values): a module function
  # called for every attribute of a submodule builds its types once.
  cachedType = if native == null then f: f else native.typeCache;

  # The checks of the restricted integers; with `native', Go functions.
  intRange = if native == null then lo: hi: x: b.isInt x && x >= lo && x <= hi else native.intRange;
  intAtLeast = if native == null then lo: x: b.isInt x && x >= lo else native.intAtLeast;

  # Parenthesise a nested type's description unless its class reads well
  # inline.
  phrase =
    ok: t:
    if ok (t.descriptionClass or null) then t.description else "(${t.description})";
  isNoun = c: c == "noun";
  isNounOrComposite = c: c == "noun" || c == "composite";
  isNounOrConjunction = c: c == "noun" || c == "conjunction";
  isNounConjunctionOrComposite = c: c == "noun" || c == "conjunction" || c == "composite";

  elemTypeFunctor = name: type: payload: {
    inherit name type payload;
    wrapped = null;
    binOp =
      x: y:
      let
        m = x.elemType.typeMerge y.elemType.functor;
      in
      if m == null then null else { elemType = m; };
  };

  # Split the definitions of an attribute set per attribute name, keeping
  # where each attribute was written.
  defsPerName =
    defs:
    if b.length defs == 1 then
      (
        let
          def = b.head defs;
          file = def.file;
          set = def.value;
          pos = opts.defPos def;
        in
        b.mapAttrs (n: v: [
          {
            inherit file pos;
            posSet = set;
            posName = n;
            value = v;
          }
        ]) set
      )
    else
      b.zipAttrsWith (n: xs: xs) (
        map (
          def:
          let
            file = def.file;
            set = def.value;
            pos = opts.defPos def;
          in
          b.mapAttrs (n: v: {
            inherit file pos;
            posSet = set;
            posName = n;
            value = v;
          }) set
        ) defs
      );

  # The "head" check of container-like types: the definitions themselves
  # (not their contents) must pass `check`. Such types report type errors
  # as "TypeError: ..." (see modules.nix mergeDefinitions).
  headCheck =
    check: loc: defs:
    if b.length defs == 1 && check (b.head defs).value then
      null
    else
      (
        let
          bad = b.filter (d: !(check d.value)) defs;
        in
        if bad == [ ] then null else { message = "Definition values: ${opts.showDefs bad}"; }
      );

  headErrorOf = t: if t ? headError then t.headError else headCheck t.check;

  # Parts shared by every type that has them: building a type only binds
  # these (a variable costs no thunk), so only what depends on the
  # constructor's arguments is created per type.
  isAttrs = b.isAttrs;
  isList = b.isList;
  isString = b.isString;
  isInt = b.isInt;
  isBool = b.isBool;
  isFunction = b.isFunction;
  mergeEqual = opts.mergeEqualOption;
  mergeDefault = opts.mergeDefaultOption;
  alwaysTrue = x: true;
  # A value that is not a property (mkIf, mkMerge, ...).
  untagged = v: !(v ? _type);
  noBinOp = x: y: null;
  noTypeMerge = t: null;
  noSubOptions = prefix: { };
  noSubModules = m: null;
  emptySet = { };
  emptyNull = {
    value = null;
  };
  emptyList = {
    value = [ ];
  };
  emptyAttrs = {
    value = { };
  };
  listHeadError =
    loc: defs: if b.length defs == 1 && b.isList (b.head defs).value then null else headCheck b.isList loc defs;
  attrsHeadError =
    loc: defs: if b.length defs == 1 && b.isAttrs (b.head defs).value then null else headCheck b.isAttrs loc defs;
  nullOrOf = p: self.nullOr p.elemType;
  nonEmptyListCheck = x: b.isList x && x != [ ];
  nonEmptyListHeadError = headCheck nonEmptyListCheck;
  sameOrNull = x: y: if x == y then x else null;
  strMatchingOf = p: self.strMatching p.pattern;
  strMatchingFunctor = pattern: {
    name = "strMatching";
    type = strMatchingOf;
    wrapped = null;
    payload = { inherit pattern; };
    binOp = sameOrNull;
  };
  separatedStringOf = p: self.separatedString p.sep;
  separatedStringBinOp = x: y: if x.sep == y.sep then { inherit (x) sep; } else null;
  separatedStringFunctor = sep: {
    name = "separatedString";
    type = separatedStringOf;
    wrapped = null;
    payload = { inherit sep; };
    binOp = separatedStringBinOp;
  };
  functionToOf = p: self.functionTo p.elemType;
  listOfOf = p: self.listOf p.elemType;
  showEnumValue =
    v:
    if b.isString v then
      "\"${v}\""
    else if b.isInt v then
      toString v
    else if b.isBool v then
      (if v then "true" else "false")
    else
      "<${b.typeOf v}>";
  enumOf = p: self.enum p.values;
  enumBinOp = x: y: {
    values = x.values ++ b.filter (v: !b.elem v x.values) y.values;
  };
  enumFunctor = values: {
    name = "enum";
    type = enumOf;
    wrapped = null;
    payload = { inherit values; };
    binOp = enumBinOp;
  };

  # The types of attrsWith. `attrsType name lazy placeholder' is applied
  # once for attrsOf and lazyAttrsOf, so building one of those is a single
  # call.
  attrsType = name: lazy: placeholder: elemType: {
    _type = "option-type";
    inherit name;
    description = (if lazy then "lazy attribute set" else "attribute set") + " of ${phrase isNounOrComposite elemType}";
    descriptionClass = "composite";
    check = isAttrs;
    headError = attrsHeadError;
    # Elements are merged as in listOf.
    merge = nativeMerge "attrs" lazy elemType (
      loc: defs:
      # The usual case first: one definition, no property in it.
      if !lazy && b.length defs == 1 && b.all untagged (b.attrValues (b.head defs).value) then
        (
          let
            def = b.head defs;
            set = def.value;
            file = def.file;
            pos = opts.defPos def;
          in
          b.mapAttrs (
            n: v:
            if !(elemType ? headError) && elemType.check v then
              elemType.merge (loc ++ [ n ]) [
                {
                  inherit file pos;
                  posSet = set;
                  posName = n;
                  value = v;
                }
              ]
            else
              lib.modules.checkAndMerge (loc ++ [ n ]) elemType [
                {
                  inherit file pos;
                  posSet = set;
                  posName = n;
                  value = v;
                }
              ]
          ) set
        )
      else
        (
          let
            perName = defsPerName defs;
            general = n: ds: lib.modules.mergeDefinitions (loc ++ [ n ]) elemType ds;
            # lib.modules.checkAndMerge, the usual case written out.
            checkAndMerge =
              n: ds:
              if !(elemType ? headError) && b.length ds == 1 && elemType.check (b.head ds).value then
                elemType.merge (loc ++ [ n ]) ds
              else
                lib.modules.checkAndMerge (loc ++ [ n ]) elemType ds;
          in
          if lazy then
            b.mapAttrs (
              n: ds:
              if b.length ds == 1 && !((b.head ds).value ? _type) then
                checkAndMerge n ds
              else
                (
                  let
                    r = general n ds;
                  in
                  if r.isDefined then r.mergedValue else elemType.emptyValue.value or r.mergedValue
                )
            ) perName
          else if b.length defs != 1 && b.all (ds: b.all (d: !(d.value ? _type)) ds) (b.attrValues perName) then
            # No property anywhere: every name is defined.
            b.mapAttrs checkAndMerge perName
          else
            (
              let
                merged = b.mapAttrs general perName;
              in
              b.mapAttrs (n: r: r.mergedValue) (
                b.removeAttrs merged (b.filter (n: !merged.${n}.isDefined) (b.attrNames merged))
              )
            )
        )
    );
    emptyValue = emptyAttrs;
    getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<${placeholder}>" ]);
    getSubModules = elemType.getSubModules;
    substSubModules =
      m:
      self.attrsWith {
        elemType = elemType.substSubModules m;
        inherit lazy placeholder;
      };
    deprecationMessage = null;
    nestedTypes.elemType = elemType;
    functor = attrsFunctor name { inherit elemType lazy placeholder; };
    typeMerge = self.defaultTypeMerge (attrsFunctor name { inherit elemType lazy placeholder; });
  };
  attrsWithOf = p: self.attrsWith { inherit (p) elemType lazy placeholder; };
  # Element types merge; a custom placeholder wins over the default one,
  # two different custom ones do not merge.
  attrsBinOp =
    x: y:
    let
      elemType = x.elemType.typeMerge y.elemType.functor;
      placeholder =
        if x.placeholder == y.placeholder || y.placeholder == "name" then
          x.placeholder
        else if x.placeholder == "name" then
          y.placeholder
        else
          null;
    in
    if elemType == null || x.lazy != y.lazy || placeholder == null then
      null
    else
      {
        inherit elemType placeholder;
        inherit (x) lazy;
      };
  attrsFunctor = name: payload: {
    inherit name payload;
    type = attrsWithOf;
    wrapped = null;
    binOp = attrsBinOp;
  };

  # Parts of submoduleWith that depend on none of its arguments, or are only
  # needed now and then.
  submoduleCheck = x: b.isAttrs x || b.isFunction x || b.isPath x;
  submoduleHeadError = headCheck submoduleCheck;
  # Each definition becomes a module of the submodule evaluation. With
  # shorthandOnlyDefinesConfig (types.submodule) a plain attribute set is
  # its config; anything else (function, path, full module) is imported as a
  # module.
  submoduleImportDefs = map (def: {
    _file = def.file;
    imports = [ def.value ];
  });
  submoduleShorthandDefs = map (
    def:
    if b.isAttrs def.value && !(def.value ? _type) then
      lib.modules.normalisedModule {
        inherit (def) file;
        config = def.value;
      }
    else
      {
        _file = def.file;
        imports = [ def.value ];
      }
  );
  submoduleNameModule =
    n:
    lib.modules.normalisedModule {
      file = "<submodule name>";
      config._module.args.name = n;
    };
  # Placeholder name for evaluations that are not an attribute value.
  submoduleBaseName = lib.modules.normalisedModule {
    file = "<submodule name>";
    config._module.args.name = lib.modules.mkOptionDefault "‹name›";
  };
  noCheckModule = {
    config._module.check = false;
  };
  submoduleEval =
    modules: specialArgs: class: extra: prefix:
    lib.modules.evalModules {
      modules = [ submoduleBaseName ] ++ modules ++ extra;
      inherit specialArgs class prefix;
    };
  submoduleFunctor = payload: {
    name = "submoduleWith";
    type = self.submoduleWith;
    wrapped = null;
    inherit payload;
    binOp = submoduleBinOp;
  };
  submoduleBinOp = x: y: {
    modules = x.modules ++ y.modules;
    specialArgs =
      let
        common = b.attrNames (b.intersectAttrs x.specialArgs y.specialArgs);
      in
      if common == [ ] then
        x.specialArgs // y.specialArgs
      else
        throw "A submoduleWith option is declared multiple times with the same specialArgs \"${toString common}\"";
    shorthandOnlyDefinesConfig =
      if x.shorthandOnlyDefinesConfig == y.shorthandOnlyDefinesConfig then
        x.shorthandOnlyDefinesConfig
      else
        throw "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values";
    description =
      if x.description == null then
        y.description
      else if y.description == null || x.description == y.description then
        x.description
      else
        throw "A submoduleWith option is declared multiple times with conflicting descriptions";
    class =
      if x.class == null then
        y.class
      else if y.class == null || x.class == y.class then
        x.class
      else
        throw "A submoduleWith option is declared multiple times with conflicting class values \"${toString x.class}\" and \"${toString y.class}\".";
  };

  self = {
    isType = type: x: (x._type or "") == type;
    setType = typeName: value: value // { _type = typeName; };
    isOptionType = x: b.isAttrs x && (x._type or null) == "option-type";

    defaultFunctor = name: {
      inherit name;
      type = self.${name} or null;
      wrapped = null;
      payload = null;
      binOp = x: y: null;
    };

    # Merge two declarations' types: same constructor, and payloads or wrapped
    # types that merge in turn. null when they cannot be merged.
    defaultTypeMerge =
      f: f':
      if f.name != f'.name then
        null
      else if (f.payload or null) != null && (f'.payload or null) != null then
        (
          let
            p = f.binOp f.payload f'.payload;
          in
          if p == null || f.type == null then null else f.type p
        )
      else if (f.wrapped or null) != null && (f'.wrapped or null) != null then
        (
          let
            w = f.wrapped.typeMerge f'.wrapped.functor;
          in
          if w == null || f.type == null then null else f.type w
        )
      else if (f.payload or null) == null && (f'.payload or null) == null
        && (f.wrapped or null) == null && (f'.wrapped or null) == null
      then
        f.type
      else
        null;

    mkOptionType =
      {
        name,
        description ? null,
        descriptionClass ? null,
        check ? alwaysTrue,
        merge ? mergeDefault,
        emptyValue ? emptySet,
        getSubOptions ? noSubOptions,
        getSubModules ? null,
        substSubModules ? noSubModules,
        typeMerge ? null,
        functor ? null,
        deprecationMessage ? null,
        nestedTypes ? emptySet,
        headError ? null,
      }:
      {
        # Only types that have a head check carry `headError' (an attribute
        # whose name is null is left out).
        ${if headError == null then null else "headError"} = headError;
        _type = "option-type";
        inherit
          name
          descriptionClass
          check
          merge
          emptyValue
          getSubOptions
          getSubModules
          substSubModules
          deprecationMessage
          nestedTypes
          ;
        description = if description == null then name else description;
        functor = if functor == null then self.defaultFunctor name else functor;
        # The functor is computed again here rather than shared through a
        # `let': typeMerge is rarely read, and the binding would cost an
        # environment per type.
        typeMerge =
          if typeMerge != null then
            typeMerge
          else
            self.defaultTypeMerge (if functor == null then self.defaultFunctor name else functor);
      };

    # A type with an extra check on top of an existing one.
    addCheck =
      t: extra:
      t
      // {
        check = x: t.check x && extra x;
        ${if t ? headError then "headError" else null} =
          loc: defs:
          let
            e = t.headError loc defs;
          in
          if e != null then e else headCheck extra loc defs;
      };

    raw = self.mkOptionType {
      name = "raw";
      description = "raw value";
      descriptionClass = "noun";
      merge = opts.mergeOneOption;
    };

    anything = self.mkOptionType {
      name = "anything";
      description = "anything";
      descriptionClass = "noun";
      merge =
        loc: defs:
        let
          kind = v: if b.isAttrs v && (v ? outPath || v ? __toString) then "stringCoercibleSet" else b.typeOf v;
          k0 = kind (b.head defs).value;
          common = b.foldl' (
            k: def:
            if kind def.value == k then
              k
            else
              throw "The option `${opts.showOption loc}' has conflicting option types in ${opts.showFiles (opts.getFiles defs)}\nDefinitions at ${opts.showFiles (map opts.showDefLoc defs)}."
          ) k0 defs;
        in
        if b.length defs == 1 && k0 != "set" && k0 != "lambda" then
          (b.head defs).value
        else if common == "set" then
          (self.attrsOf self.anything).merge loc defs
        else if common == "stringCoercibleSet" then
          opts.mergeOneOption loc defs
        else if common == "lambda" then
          arg:
          self.anything.merge (loc ++ [ "<function body>" ]) (
            map (def: def // { value = def.value arg; }) defs
          )
        else
          opts.mergeEqualOption loc defs;
    };

    unspecified = self.mkOptionType {
      name = "unspecified";
      description = "unspecified value";
      descriptionClass = "noun";
    };

    bool = self.mkOptionType {
      name = "bool";
      description = "boolean";
      descriptionClass = "noun";
      check = b.isBool;
      merge = opts.mergeEqualOption;
    };

    boolByOr = self.mkOptionType {
      name = "boolByOr";
      description = "boolean (merged using or)";
      descriptionClass = "noun";
      check = b.isBool;
      merge = loc: defs: b.any (d: d.value) defs;
    };

    int = self.mkOptionType {
      name = "int";
      description = "signed integer";
      descriptionClass = "noun";
      check = b.isInt;
      merge = opts.mergeEqualOption;
    };

    # The restricted integers are self.int with another name, description
    # and check (what addCheck would give, in one update).
    ints =
      let
        range = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";
        between =
          lo: hi:
          if lo > hi then
            throw "ints.between: lowest must be smaller than highest"
          else
            self.int
            // {
              name = "intBetween";
              description = "integer between ${range lo hi}";
              check = intRange lo hi;
            };
        sized =
          lo: hi: name: what:
          if lo > hi then
            throw "ints.between: lowest must be smaller than highest"
          else
            self.int
            // {
              inherit name;
              description = "${what}; between ${range lo hi}";
              check = intRange lo hi;
            };
        unsignedBits = bits: size: sized 0 (size - 1) "unsignedInt${toString bits}" "${toString bits} bit unsigned integer";
        signedBits =
          bits: size:
          sized (0 - size / 2) (size / 2 - 1) "signedInt${toString bits}" "${toString bits} bit signed integer";
      in
      {
        inherit between;
        unsigned = self.int // {
          name = "unsignedInt";
          description = "unsigned integer, meaning >=0";
          descriptionClass = "nonRestrictiveClause";
          check = intAtLeast 0;
        };
        positive = self.int // {
          name = "positiveInt";
          description = "positive integer, meaning >0";
          descriptionClass = "nonRestrictiveClause";
          check = intAtLeast 1;
        };
        u8 = unsignedBits 8 256;
        u16 = unsignedBits 16 65536;
        u32 = unsignedBits 32 4294967296;
        s8 = signedBits 8 256;
        s16 = signedBits 16 65536;
        s32 = signedBits 32 4294967296;
      };

    port = self.ints.u16;

    float = self.mkOptionType {
      name = "float";
      description = "floating point number";
      descriptionClass = "noun";
      check = b.isFloat;
      merge = opts.mergeEqualOption;
    };

    number = self.either self.int self.float;

    numbers =
      let
        range = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";
      in
      {
        between =
          lo: hi:
          self.addCheck self.number (x: x >= lo && x <= hi)
          // {
            name = "numberBetween";
            description = "integer or floating point number between ${range lo hi}";
          };
        nonnegative = self.addCheck self.number (x: x >= 0) // {
          name = "numberNonnegative";
          description = "nonnegative integer or floating point number, meaning >=0";
          descriptionClass = "nonRestrictiveClause";
        };
        positive = self.addCheck self.number (x: x > 0) // {
          name = "numberPositive";
          description = "positive integer or floating point number, meaning >0";
          descriptionClass = "nonRestrictiveClause";
        };
      };

    str = self.mkOptionType {
      name = "str";
      description = "string";
      descriptionClass = "noun";
      check = b.isString;
      merge = opts.mergeEqualOption;
    };

    nonEmptyStr = self.mkOptionType {
      name = "nonEmptyStr";
      description = "non-empty string";
      descriptionClass = "noun";
      check = x: b.isString x && b.match "[[:space:]]*" x == null;
      merge = opts.mergeEqualOption;
    };

    singleLineStr = self.mkOptionType {
      name = "singleLineStr";
      description = "(optionally newline-terminated) single-line string";
      descriptionClass = "noun";
      check = x: b.isString x && b.match "[^\n\r]*\n?" x != null;
      merge =
        loc: defs:
        let
          s = opts.mergeEqualOption loc defs;
          n = b.stringLength s;
        in
        if n > 0 && b.substring (n - 1) 1 s == "\n" then b.substring 0 (n - 1) s else s;
    };

    strMatching = pattern: {
      _type = "option-type";
      name = "strMatching ${b.toJSON pattern}";
      description = "string matching the pattern ${pattern}";
      descriptionClass = "noun";
      check = x: b.isString x && b.match pattern x != null;
      merge = mergeEqual;
      emptyValue = emptySet;
      getSubOptions = noSubOptions;
      getSubModules = null;
      substSubModules = noSubModules;
      deprecationMessage = null;
      nestedTypes = emptySet;
      functor = strMatchingFunctor pattern;
      typeMerge = self.defaultTypeMerge (strMatchingFunctor pattern);
    };

    separatedString = sep: {
      _type = "option-type";
      name = "separatedString";
      description = "strings concatenated with ${b.toJSON sep}";
      descriptionClass = "noun";
      check = isString;
      merge = loc: defs: b.concatStringsSep sep (map (d: d.value) defs);
      emptyValue = emptySet;
      getSubOptions = noSubOptions;
      getSubModules = null;
      substSubModules = noSubModules;
      deprecationMessage = null;
      nestedTypes = emptySet;
      functor = separatedStringFunctor sep;
      typeMerge = self.defaultTypeMerge (separatedStringFunctor sep);
    };

    lines = self.separatedString "\n";
    commas = self.separatedString ",";
    envVar = self.separatedString ":";

    attrs = self.mkOptionType {
      name = "attrs";
      description = "attribute set";
      check = b.isAttrs;
      merge = loc: b.foldl' (acc: def: acc // def.value) { };
      emptyValue = {
        value = { };
      };
    };

    path = self.pathWith { absolute = true; };
    pathInStore = self.pathWith { inStore = true; };
    externalPath = self.pathWith {
      absolute = true;
      inStore = false;
    };

    # Paths, optionally required to be absolute or relative, inside or
    # outside the Nix store.
    pathWith =
      {
        inStore ? null,
        absolute ? null,
      }:
      if inStore == true && absolute == false then
        throw "In pathWith, inStore means the path must be absolute"
      else
        self.mkOptionType {
          name = "path";
          description =
            (if absolute == null then "" else if absolute then "absolute " else "relative ")
            + "path"
            + (if inStore == null then "" else if inStore then " in the Nix store" else " not in the Nix store");
          descriptionClass = "noun";
          check =
            x:
            let
              stringLike = b.isString x || b.isPath x || (b.isAttrs x && (x ? outPath || x ? __toString));
              s = toString x;
              store = b.storeDir + "/";
              n = b.stringLength store;
              # A store path: the store directory, then "<32-char hash>-<name>".
              inStorePath =
                b.substring 0 n s == store
                && b.match "[0123456789abcdfghijklmnpqrsvwxyz]{32}-.+" (b.substring n (-1) s) != null;
            in
            (if inStore == null || inStore then stringLike else b.isString x)
            && (inStore == null || inStore == inStorePath)
            && (absolute == null || absolute == (b.substring 0 1 s == "/"));
          merge = opts.mergeEqualOption;
          functor = self.defaultFunctor "path" // {
            type = self.pathWith;
            payload = { inherit inStore absolute; };
            binOp = x: y: if x == y then x else null;
          };
        };

    passwdEntry =
      entryType:
      self.addCheck entryType (s: b.match ".*[:\n].*" s == null)
      // {
        name = "passwdEntry ${entryType.name}";
        description = "${phrase isNoun entryType}, not containing newlines or colons";
        descriptionClass = "nonRestrictiveClause";
      };

    # Packages need derivations, which nix-k8s never builds.
    package = throw "types.package is not supported by nix-k8s: configurations describe Kubernetes objects, not Nix packages; use types.str for an image reference instead.";

    # The constructors below build their type as one attribute set, with
    # the attributes mkOptionType would give it (see the shared parts at the
    # top of this file).
    enum = cachedType (values: {
      _type = "option-type";
      name = "enum";
      description =
        if b.length values == 0 then
          "impossible (empty enum)"
        else if b.length values == 1 then
          "value ${showEnumValue (b.head values)} (singular enum)"
        else
          "one of ${b.concatStringsSep ", " (map showEnumValue values)}";
      descriptionClass = if b.length values < 2 then "noun" else "conjunction";
      check = x: b.elem x values;
      merge = mergeEqual;
      emptyValue = emptySet;
      getSubOptions = noSubOptions;
      getSubModules = null;
      substSubModules = noSubModules;
      deprecationMessage = null;
      nestedTypes = emptySet;
      functor = enumFunctor values;
      typeMerge = self.defaultTypeMerge (enumFunctor values);
    });

    nullOr = cachedType (elemType: {
      _type = "option-type";
      name = "nullOr";
      description = "null or ${phrase isNounOrConjunction elemType}";
      descriptionClass = "conjunction";
      check = nullOrCheck elemType;
      merge = nativeMerge "nullOr" false elemType (
        loc: defs:
        if b.length defs == 1 then
          (if (b.head defs).value == null then null else elemType.merge loc defs)
        else
          (
            let
              nulls = b.length (b.filter (d: d.value == null) defs);
            in
            if nulls == 0 then
              elemType.merge loc defs
            else if nulls == b.length defs then
              null
            else
              throw "The option `${opts.showOption loc}` is defined both null and not null, in ${opts.showFiles (opts.getFiles defs)}.\nDefinitions at ${opts.showFiles (map opts.showDefLoc defs)}."
          )
      );
      emptyValue = emptyNull;
      getSubOptions = elemType.getSubOptions;
      getSubModules = elemType.getSubModules;
      substSubModules = m: self.nullOr (elemType.substSubModules m);
      deprecationMessage = null;
      nestedTypes.elemType = elemType;
      functor = elemTypeFunctor "nullOr" nullOrOf { inherit elemType; };
      typeMerge = self.defaultTypeMerge (elemTypeFunctor "nullOr" nullOrOf { inherit elemType; });
    });

    listOf = cachedType (elemType: {
      _type = "option-type";
      name = "listOf";
      description = "list of ${phrase isNounOrComposite elemType}";
      descriptionClass = "composite";
      check = isList;
      headError = listHeadError;
      # Every element is merged on its own, so properties (mkIf, ...) work
      # inside lists and elements whose condition is false disappear.
      # Elements are merged as lib.modules.checkAndMerge does, with the
      # usual case (no head check, the value passes) written out.
      merge = nativeMerge "list" false elemType (
        loc: defs:
        b.concatLists (
          b.genList (
            i:
            let
              def = b.elemAt defs i;
              file = def.file;
              pos = opts.defPos def;
            in
            # Each element's location and record are written out where
            # they are used, so a definition binds no helper functions.
            b.concatLists (
              b.genList (
                j:
                let
                  x = b.elemAt def.value j;
                in
                if !(x ? _type) then
                  [
                    (
                      if !(elemType ? headError) && elemType.check x then
                        elemType.merge (loc ++ [ "[definition ${toString (i + 1)}-entry ${toString (j + 1)}]" ]) [
                          {
                            inherit file pos;
                            value = x;
                          }
                        ]
                      else
                        lib.modules.checkAndMerge (loc ++ [ "[definition ${toString (i + 1)}-entry ${toString (j + 1)}]" ]) elemType [
                          {
                            inherit file pos;
                            value = x;
                          }
                        ]
                    )
                  ]
                else
                  (
                    let
                      r = lib.modules.mergeDefinitions (loc ++ [ "[definition ${toString (i + 1)}-entry ${toString (j + 1)}]" ]) elemType [
                        {
                          inherit file pos;
                          value = x;
                        }
                      ];
                    in
                    if r.isDefined then [ r.mergedValue ] else [ ]
                  )
              ) (b.length def.value)
            )
          ) (b.length defs)
        )
      );
      emptyValue = emptyList;
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: self.listOf (elemType.substSubModules m);
      deprecationMessage = null;
      nestedTypes.elemType = elemType;
      functor = elemTypeFunctor "listOf" listOfOf { inherit elemType; };
      typeMerge = self.defaultTypeMerge (elemTypeFunctor "listOf" listOfOf { inherit elemType; });
    });

    nonEmptyListOf =
      elemType:
      let
        l = self.listOf elemType;
      in
      l
      // {
        description = "non-empty ${phrase isNoun l}";
        check = nonEmptyListCheck;
        headError = nonEmptyListHeadError;
        emptyValue = emptySet;
        substSubModules = m: self.nonEmptyListOf (elemType.substSubModules m);
      };

    attrsWith =
      {
        elemType,
        lazy ? false,
        placeholder ? "name",
      }:
      attrsType (if lazy then "lazyAttrsOf" else "attrsOf") lazy placeholder elemType;
    attrsOf = cachedType (attrsType "attrsOf" false "name");
    lazyAttrsOf = cachedType (attrsType "lazyAttrsOf" true "name");

    uniq = self.unique { message = ""; };
    unique =
      { message }:
      t: {
        _type = "option-type";
        name = "unique";
        description = if t.description == null then "unique" else t.description;
        inherit (t) descriptionClass check;
        merge = opts.mergeUniqueOption {
          inherit message;
          inherit (t) merge;
        };
        emptyValue = t.emptyValue;
        getSubOptions = t.getSubOptions;
        getSubModules = t.getSubModules;
        substSubModules = m: self.unique { inherit message; } (t.substSubModules m);
        deprecationMessage = null;
        nestedTypes.elemType = t;
        functor = elemTypeFunctor "unique" (p: self.unique { inherit message; } p.elemType) { elemType = t; };
        typeMerge = self.defaultTypeMerge (
          elemTypeFunctor "unique" (p: self.unique { inherit message; } p.elemType) { elemType = t; }
        );
      };

    either = t1: t2: {
      _type = "option-type";
      name = "either";
      description =
        if (t1.descriptionClass or null) == "nonRestrictiveClause" then
          "${t1.description}, or ${phrase isNounOrConjunction t2}"
        else
          "${phrase isNounOrConjunction t1} or ${phrase isNounConjunctionOrComposite t2}";
      descriptionClass = "conjunction";
      check = x: t1.check x || t2.check x;
      headError =
        loc: defs:
        if headErrorOf t1 loc defs == null || headErrorOf t2 loc defs == null then
          null
        else
          {
            message = "The option `${opts.showOption loc}` is neither a value of type `${t1.description}` nor `${t2.description}`, Definition values: ${opts.showDefs defs}";
          };
      merge =
        loc: defs:
        if headErrorOf t1 loc defs == null then
          t1.merge loc defs
        else if headErrorOf t2 loc defs == null then
          t2.merge loc defs
        else
          opts.mergeOneOption loc defs;
      emptyValue = emptySet;
      getSubOptions = noSubOptions;
      getSubModules = null;
      substSubModules = noSubModules;
      deprecationMessage = null;
      typeMerge =
        f':
        let
          mt1 = t1.typeMerge (b.elemAt f'.payload.elemType 0).functor;
          mt2 = t2.typeMerge (b.elemAt f'.payload.elemType 1).functor;
        in
        if f'.name == "either" && mt1 != null && mt2 != null then self.either mt1 mt2 else null;
      functor = {
        name = "either";
        type = self.either;
        wrapped = null;
        payload.elemType = [
          t1
          t2
        ];
        binOp = noBinOp;
      };
      nestedTypes = {
        left = t1;
        right = t2;
      };
    };

    oneOf =
      ts:
      if ts == [ ] then
        throw "types.oneOf needs to get at least one type in its argument"
      else
        b.foldl' self.either (b.head ts) (b.tail ts);

    coercedTo =
      coercedType: coerceFunc: finalType:
      let
        coerce = v: if coercedType.check v then coerceFunc v else v;
      in
      {
        _type = "option-type";
        name = "coercedTo";
        description = "${phrase isNoun finalType} or ${phrase isNoun coercedType} convertible to it";
        descriptionClass = null;
        check = x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x;
        headError =
          loc: defs:
          if finalType ? headError then
            finalType.headError loc (map (def: def // { value = coerce def.value; }) defs)
          else
            headCheck (x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x) loc defs;
        merge = loc: defs: finalType.merge loc (map (def: def // { value = coerce def.value; }) defs);
        emptyValue = finalType.emptyValue;
        getSubOptions = finalType.getSubOptions;
        getSubModules = finalType.getSubModules;
        substSubModules = m: self.coercedTo coercedType coerceFunc (finalType.substSubModules m);
        deprecationMessage = null;
        typeMerge = noTypeMerge;
        functor = {
          name = "coercedTo";
          type = self.coercedTo;
          wrapped = finalType;
          payload = null;
          binOp = noBinOp;
        };
        nestedTypes = {
          inherit coercedType finalType;
        };
      };

    functionTo = elemType: {
      _type = "option-type";
      name = "functionTo";
      description = "function that evaluates to a(n) ${phrase isNounOrComposite elemType}";
      descriptionClass = "composite";
      check = isFunction;
      merge =
        loc: defs: arg:
        (lib.modules.mergeDefinitions (loc ++ [ "<function body>" ]) elemType (
          map (def: def // { value = def.value arg; }) defs
        )).mergedValue;
      emptyValue = emptySet;
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: self.functionTo (elemType.substSubModules m);
      deprecationMessage = null;
      nestedTypes.elemType = elemType;
      functor = elemTypeFunctor "functionTo" functionToOf { inherit elemType; };
      typeMerge = self.defaultTypeMerge (elemTypeFunctor "functionTo" functionToOf { inherit elemType; });
    };

    # A value that is one of several tagged choices: `{ <tag> = value; }`,
    # each tag declared as an option.
    attrTag =
      tagDecls:
      let
        tags = b.mapAttrs (
          n: o:
          let
            pos = b.unsafeGetAttrPos n tagDecls;
          in
          if (o._type or null) != "option" then
            throw "In attrTag, each tag value must be an option, but tag ${opts.showOption [ n ]} ${
              if o ? _type then
                (if o._type == "option-type" then "was a bare type, not wrapped in mkOption." else "was of type ${b.toJSON o._type}.")
              else
                "was not."
            }"
          else
            o
            // {
              declarations = o.declarations or (if pos == null then [ ] else [ pos.file ]);
              declarationPositions = o.declarationPositions or (if pos == null then [ ] else [ pos ]);
            }
        ) tagDecls;
        choices = b.concatStringsSep ", " (map (n: opts.showOption [ n ]) (b.attrNames tags));
        oneTag = v: b.isAttrs v && b.length (b.attrNames v) == 1;
      in
      self.mkOptionType {
        name = "attrTag";
        description = "attribute-tagged union with choices: ${choices}";
        descriptionClass = "noun";
        getSubOptions = prefix: b.mapAttrs (n: o: o // { loc = prefix ++ [ n ]; }) tags;
        check = v: oneTag v && tags ? ${b.head (b.attrNames v)};
        merge =
          loc: defs:
          let
            choice = b.head (b.attrNames (b.head defs).value);
            valueDefs = map (
              def:
              let
                tag = b.head (b.attrNames def.value);
              in
              if tag != choice then
                throw "The option `${opts.showOption loc}` is defined both as `${choice}` and `${tag}`, in ${opts.showFiles (opts.getFiles defs)}.\nDefinitions at ${opts.showFiles (map opts.showDefLoc defs)}."
              else
                {
                  inherit (def) file;
                  pos = opts.defPos def;
                  value = def.value.${choice};
                }
            ) defs;
          in
          if tags ? ${choice} then
            { ${choice} = (lib.modules.evalOptionValue (loc ++ [ choice ]) tags.${choice} valueDefs).value; }
          else
            throw "The option `${opts.showOption loc}` is defined as ${opts.showOption [ choice ]}, but ${opts.showOption [ choice ]} is not among the valid choices (${choices}). Value ${choice} was defined in ${opts.showFiles (opts.getFiles defs)}.";
        nestedTypes = tags;
        functor = self.defaultFunctor "attrTag" // {
          type = p: self.attrTag p.tags;
          payload = { inherit tags; };
          binOp = x: y: null;
        };
      };

    # An option declaration as a value.
    optionDeclaration = self.mkOptionType {
      name = "optionDeclaration";
      description = "option declaration";
      descriptionClass = "noun";
      # A declaration, not an evaluated option (which has a value).
      check = x: b.isAttrs x && (x._type or null) == "option" && !(x ? value);
    };

    # The type of option types themselves (used by freeformType).
    optionType = self.mkOptionType {
      name = "optionType";
      description = "optionType";
      descriptionClass = "noun";
      check = self.isOptionType;
      merge =
        loc: defs:
        if b.length defs == 1 then
          (b.head defs).value
        else
          b.foldl' (
            acc: def:
            let
              m = acc.typeMerge def.value.functor;
            in
            if m == null then
              throw "The option `${opts.showOption loc}' has conflicting definition values:${opts.showDefs defs}"
            else
              m
          ) (b.head defs).value (b.tail defs);
    };

    # A module as a value: definitions are collected and evaluated later by
    # whoever imports them.
    deferredModule = self.deferredModuleWith { };
    deferredModuleWith =
      {
        staticModules ? [ ],
      }:
      self.mkOptionType {
        name = "deferredModule";
        description = "module";
        descriptionClass = "noun";
        check = x: b.isAttrs x || b.isFunction x || b.isPath x || b.isString x;
        merge = loc: defs: {
          imports = staticModules ++ map (def: lib.modules.setDefaultModuleLocation "${def.file}, via option ${opts.showOption loc}" def.value) defs;
        };
        getSubModules = staticModules;
        substSubModules = m: self.deferredModuleWith { staticModules = m; };
        functor = self.defaultFunctor "deferredModuleWith" // {
          type = self.deferredModuleWith;
          payload = { inherit staticModules; };
          binOp = x: y: { staticModules = x.staticModules ++ y.staticModules; };
        };
      };

    submodule =
      modules:
      self.submoduleWith {
        shorthandOnlyDefinesConfig = true;
        modules = if b.isList modules then modules else [ modules ];
      };

    submoduleWith =
      {
        modules,
        specialArgs ? { },
        shorthandOnlyDefinesConfig ? false,
        description ? null,
        class ? null,
      }:
      {
        _type = "option-type";
        name = "submodule";
        description =
          if description != null then
            description
          else
            (
              let
                freeform = (submoduleEval modules specialArgs class [ noCheckModule ] [ ])._module.freeformType;
              in
              if freeform != null then "open submodule of ${phrase isNounOrComposite freeform}" else "submodule"
            );
        descriptionClass = null;
        check = submoduleCheck;
        headError = submoduleHeadError;
        # The instance's name is a plain definition, so the placeholder name
        # of the other evaluations is not needed here.
        merge =
          loc: defs:
          (lib.modules.evalModules {
            modules =
              modules
              ++ [ (submoduleNameModule (if loc == [ ] then "<name>" else b.elemAt loc (b.length loc - 1))) ]
              ++ (if shorthandOnlyDefinesConfig then submoduleShorthandDefs defs else submoduleImportDefs defs);
            inherit specialArgs class;
            prefix = loc;
          }).config;
        emptyValue = {
          value = (submoduleEval modules specialArgs class [ ] [ ]).config;
        };
        getSubOptions = prefix: (submoduleEval modules specialArgs class [ noCheckModule ] prefix).options;
        getSubModules = modules;
        substSubModules =
          m:
          self.submoduleWith {
            modules = m;
            inherit specialArgs shorthandOnlyDefinesConfig description class;
          };
        deprecationMessage = null;
        nestedTypes = emptySet;
        functor = submoduleFunctor {
          inherit modules specialArgs shorthandOnlyDefinesConfig description class;
        };
        typeMerge = self.defaultTypeMerge (submoduleFunctor {
          inherit modules specialArgs shorthandOnlyDefinesConfig description class;
        });
      };
  };
in
self // { types = self; }
