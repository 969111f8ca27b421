# The module system: collects modules (imports, disabledModules), builds the
# option tree level by level, resolves definition properties (mkIf, mkMerge,
# priorities, ordering) and returns the lazily merged configuration.
# `native` (see lib.nix) is null under Nix; nix-k8s passes Go functions
# that compute some of the functions below faster, falling back to them.
{
  lib,
  native ? null,
}:
let
  b = builtins;
  opts = lib.options;
  types = lib.types;

  isOption = v: (v._type or null) == "option";

  # Names a module may carry next to `config`/`options`.
  moduleAttrs = [
    "_class"
    "_file"
    "key"
    "disabledModules"
    "imports"
    "options"
    "config"
    "meta"
    "freeformType"
  ];

  setAttrByPath =
    path: v:
    let
      n = b.length path;
    in
    b.foldl' (acc: i: { ${b.elemAt path (n - 1 - i)} = acc; }) v (b.genList (i: i) n);

  attrByPath =
    path: default: set:
    if path == [ ] then
      set
    else
      let
        n = b.head path;
      in
      if b.isAttrs set && set ? ${n} then attrByPath (b.tail path) default set.${n} else default;

  recursiveUpdate =
    lhs: rhs:
    b.zipAttrsWith (
      n: vs:
      if b.length vs == 1 then
        b.head vs
      else
        let
          l = b.elemAt vs 0;
          r = b.elemAt vs 1;
        in
        if b.isAttrs l && b.isAttrs r then recursiveUpdate l r else r
    ) [ lhs rhs ];

  # Edit distance, for "did you mean" suggestions.
  levenshtein =
    s: t:
    let
      sl = b.stringLength s;
      tl = b.stringLength t;
      sc = b.genList (i: b.substring i 1 s) sl;
      tc = b.genList (j: b.substring j 1 t) tl;
      step =
        prev: c:
        let
          row = b.foldl' (
            acc: j:
            let
              del = b.elemAt prev (j + 1) + 1;
              ins = b.elemAt acc.cells j + 1;
              sub = b.elemAt prev j + (if b.elemAt tc j == c then 0 else 1);
              m1 = if del < ins then del else ins;
              m = if m1 < sub then m1 else sub;
            in
            {
              cells = acc.cells ++ [ m ];
            }
          ) { cells = [ (b.head prev + 1) ]; } (b.genList (j: j) tl);
        in
        row.cells;
    in
    b.elemAt (b.foldl' step (b.genList (j: j) (tl + 1)) sc) tl;

  # Expand the properties that act on structure: mkMerge splices, mkIf keeps
  # or drops; priorities and orderings wrapped around them are kept on each
  # part.
  # `def`, when known, is the definition the value belongs to (for the
  # position in errors).
  dischargeIn =
    def: v:
    let
      t = if b.isAttrs v then v._type or null else null;
    in
    if t == null then
      [ v ]
    else if t == "merge" then
      b.concatMap (dischargeIn def) v.contents
    else if t == "if" then
      (
        if !b.isBool v.condition then
          throw (
            "‘mkIf’ called with a non-Boolean condition"
            + (if def == null then "" else "\nDefinition at `${opts.showDefLoc def}'.")
          )
        else if v.condition then
          dischargeIn def v.content
        else
          [ ]
      )
    else if t == "override" || t == "order" then
      map (c: v // { content = c; }) (dischargeIn def v.content)
    else
      [ v ];
  discharge = dischargeIn null;

  # Split a definition of a non-leaf level into attribute sets, each with a
  # function re-applying the properties that surrounded it (null when there
  # were none). `d` is the definition ({ file, pos, ... }) it comes from.
  pushDown =
    d: wrap: v:
    let
      t = v._type or null;
      comp = f: if wrap == null then f else x: wrap (f x);
    in
    if !b.isAttrs v then
      [
        {
          attrs = null;
          raw = v;
          inherit (d) file;
          pos = lib.options.defPos d;
        }
      ]
    else if t == null then
      [
        {
          attrs = v;
          inherit wrap;
          inherit (d) file;
          pos = lib.options.defPos d;
          ignorable = d.ignorable or false;
        }
      ]
    else if t == "merge" then
      b.concatMap (pushDown d wrap) v.contents
    else if t == "if" then
      pushDown d (comp (x: lib.modules.mkIf v.condition x)) v.content
    else if t == "override" then
      pushDown d (comp (x: lib.modules.mkOverride v.priority x)) v.content
    else if t == "order" then
      pushDown d (comp (x: lib.modules.mkOrder v.priority x)) v.content
    else
      [
        {
          attrs = v;
          inherit wrap;
          inherit (d) file;
          pos = lib.options.defPos d;
          ignorable = d.ignorable or false;
        }
      ];

  # `v ? _type` and `v._type or null` are false and null for values that are
  # not attribute sets, so the tests below need no isAttrs.
  # Whether none of the definitions' values is a property (mkIf, mkMerge,
  # mkOverride, ...). Forces the values in order and stops at the first
  # property; one definition (the usual case) needs no function call.
  allPlain =
    defs:
    let
      n = b.length defs;
    in
    if n == 1 then !((b.head defs).value ? _type) else n == 0 || b.all (d: !(d.value ? _type)) defs;

  # A declaration that is not an option (typically a bare type).
  declarationTypeError =
    loc: d:
    let
      name = opts.showOption [ (b.elemAt loc (b.length loc - 1)) ];
      tag = d.value._type;
    in
    throw (
      "In module ${d.file}: expected an option declaration at option path `${opts.showOption loc}` but got an attribute set with type ${tag}"
      + (
        if tag == "option-type" then
          "\n\nWhen declaring an option, you must wrap the type in a `mkOption` call. It should look somewhat like:\n    ${name} = lib.mkOption {\n      description = ...;\n      type = <the type you wrote for ${name}>;\n      ...\n    };"
        else
          ""
      )
      + (if d.pos == null then "" else "\nDeclared at `${opts.showDefLoc d}'.")
    );

  # The definition an option's default makes, attributed to its first
  # declaration.
  defaultDef =
    decls: value:
    if decls == [ ] then
      {
        file = "<unknown-file>";
        pos = null;
        inherit value;
      }
    else
      b.head decls // { inherit value; };

  prioOf = v: if b.isAttrs v && (v._type or null) == "override" then v.priority else 100;
  stripOverride = v: if b.isAttrs v && (v._type or null) == "override" then stripOverride v.content else v;
  orderOf = v: if b.isAttrs v && (v._type or null) == "order" then v.priority else 1000;
  stripOrder = v: if b.isAttrs v && (v._type or null) == "order" then stripOrder v.content else v;
  hasOrder = v: b.isAttrs v && (v._type or null) == "order";

  notOfType =
    loc: type: bad:
    throw "A definition for option `${opts.showOption loc}' is not of type `${type.description}'. Definition values:${opts.showDefs bad}";

  # The module that declares `_module.*`, shared by every evaluation.
  internalOptions = {
    _module.args = opts.mkOption {
      type = types.lazyAttrsOf types.raw;
      internal = true;
      description = "Additional arguments passed to each module.";
    };
    _module.check = opts.mkOption {
      type = types.bool;
      internal = true;
      default = true;
      description = "Whether to check whether all option definitions have matching declarations.";
    };
    _module.freeformType = opts.mkOption {
      type = types.nullOr types.optionType;
      internal = true;
      default = null;
      description = "If set, merge all definitions that don't have an associated option together using this type.";
    };
    _module.specialArgs = opts.mkOption {
      readOnly = true;
      internal = true;
      description = "Externally provided module arguments that can't be modified from within a configuration.";
    };
  };

  # The module that declares `_module.*` in an evaluation and defines its
  # arguments.
  internalModuleOf =
    specialArgs: args: check: extendModules: type:
    self.normalisedModule {
      file = "lib/modules.nix";
      options = internalOptions;
      config._module =
        {
          args =
            if args == { } then
              {
                inherit extendModules;
                moduleType = type;
              }
            else
              {
                inherit extendModules;
                moduleType = type;
              }
              // args;
          inherit specialArgs;
        }
        # `check = true' is the option's default already.
        // (if check then { } else { check = self.mkDefault false; });
    };

  # The definitions no option matches, without those that may be dropped
  # quietly (`meta` when no module declares it).
  notIgnorable = b.filter (d: !(d.ignorable or false));

  # The configuration of an evaluation with a freeformType: the unmatched
  # definitions merged with it, under the declared configuration.
  # (With no such definition, `recursiveUpdate { } declaredConfig' would
  # be a copy of declaredConfig.)
  withFreeform =
    prefix: freeformType: declaredConfig: unmatched:
    if unmatched == [ ] then
      declaredConfig
    else
      recursiveUpdate (freeformType.merge prefix (
        map (d: {
          inherit (d) file;
          pos = opts.defPos d;
          value = setAttrByPath d.prefix d.value;
        }) unmatched
      )) declaredConfig;

  # The argument n of a module function.
  moduleArg = args: moduleArgs: n: args.${n} or moduleArgs.${n};

  # An evaluation's extendModules.
  extendModulesOf =
    evalArgs:
    extendArgs@{
      modules ? [ ],
      specialArgs ? { },
      prefix ? [ ],
    }:
    self.evalModules (
      evalArgs
      // {
        modules = evalArgs.modules ++ modules;
        specialArgs = evalArgs.specialArgs or { } // specialArgs;
        prefix = extendArgs.prefix or evalArgs.prefix or [ ];
      }
    );

  # An evaluation's type (`_module.args.moduleType').
  moduleTypeOf =
    modules: specialArgs: class:
    types.submoduleWith {
      inherit modules specialArgs class;
    };

  # evalModules in Nix (self.evalModulesNix); see self.evalModules.
  evalModules =
    evalArgs@{
      modules,
      specialArgs ? { },
      prefix ? [ ],
      class ? null,
      args ? { },
      check ? true,
    }:
    let
      internalModule = internalModuleOf specialArgs args check extendModules type;
      baseArgs = {
        inherit lib config options specialArgs;
        _class = class;
        _prefix = prefix;
      } // specialArgs;
      collected = self.collectModules class (specialArgs.modulesPath or "") (modules ++ [ internalModule ]) baseArgs config._module.args;
      # Declarations too are taken in reverse module order, as nixpkgs
      # does (it shows in `declarations' and in merged enum values).
      decls = b.concatMap (
        m:
        if m.options == { } then
          [ ]
        else
          [
            {
              file = m._file;
              value = m.options;
            }
          ]
      ) reversed;
      # Definitions are merged in reverse module order (as nixpkgs does);
      # inside one module they keep their order.
      nCollected = b.length collected;
      reversed = b.genList (i: b.elemAt collected (nCollected - 1 - i)) nCollected;
      defs = b.concatMap (
        m:
        map (c: {
          file = m._file;
          value = c;
        }) m.config
        ++ map (c: {
          file = m._file;
          value = c;
          ignorable = true;
        }) m.meta
      ) reversed;
      merged = self.mergeLevel prefix [ ] decls defs;
      options = merged.options;
      declaredConfig = merged.config;
      freeformType = declaredConfig._module.freeformType;
      # Definitions without a declaration; `meta` is dropped quietly when
      # no module declares it.
      unmatched = notIgnorable merged.unmatched;
      config = if freeformType == null then declaredConfig else withFreeform prefix freeformType declaredConfig unmatched;
      checkUnmatched =
        if config._module.check && freeformType == null && unmatched != [ ] then
          (
            let
              first = b.head unmatched;
              optText = opts.showOption (prefix ++ first.prefix);
              parentRel = b.genList (i: b.elemAt first.prefix i) (b.length first.prefix - 1);
              name = b.elemAt first.prefix (b.length first.prefix - 1);
              siblings = b.attrNames (attrByPath parentRel { } options);
              candidates = if parentRel == [ ] then b.filter (n: n != "_module") siblings else siblings;
              scored = map (c: {
                n = c;
                d = levenshtein name c;
              }) candidates;
              close = b.filter (s: s.d <= 2 || b.length candidates < 100) scored;
              sorted = b.sort (x: y: x.d < y.d || (x.d == y.d && x.n < y.n)) close;
              top = map (s: s.n) (if b.length sorted > 3 then b.genList (i: b.elemAt sorted i) 3 else sorted);
              show = n: "`${opts.showOption (prefix ++ parentRel ++ [ n ])}'";
              nTop = b.length top;
              suggestion =
                if top == [ ] then
                  ""
                else if nTop == 1 then
                  "\n\nDid you mean ${show (b.head top)}?"
                else
                  "\n\nDid you mean ${b.concatStringsSep ", " (map show (b.genList (i: b.elemAt top i) (nTop - 1)))} or ${show (b.elemAt top (nTop - 1))}?";
              baseMsg = "The option `${optText}' does not exist. Definition values:${opts.showDefs [ first ]}${suggestion}";
            in
            if b.attrNames options == [ "_module" ] then
              (
                if prefix == [ ] then
                  throw ''
                    ${baseMsg}

                    It seems as if you're trying to declare an option by placing it into `config' rather than `options'!
                  ''
                else
                  throw ''
                    ${baseMsg}

                    However there are no options defined in `${opts.showOption prefix}'. Are you sure you've
                    declared your options properly? This can happen if you e.g. declared your options in `types.submodule'
                    under `config' rather than `options'.
                  ''
              )
            else
              throw baseMsg
          )
        else
          null;
      checked = x: b.seq checkUnmatched x;
      extendModules = extendModulesOf evalArgs;
      type = moduleTypeOf modules specialArgs class;
    in
    {
      _type = "configuration";
      options = checked options;
      config = checked (b.removeAttrs config [ "_module" ]);
      _module = checked config._module;
      inherit extendModules type class;
    };

  self = {
    defaultOverridePriority = 100;
    # Where setAttrByPath's sets say their attributes are (see
    # options.nix's defPos).
    setAttrByPathPos = b.unsafeGetAttrPos "x" (setAttrByPath [ "x" ] null);
    defaultOrderPriority = 1000;

    mkIf = condition: content: {
      _type = "if";
      inherit condition content;
    };
    mkAssert =
      assertion: message: content:
      self.mkIf (if assertion then true else throw "\nFailed assertion: ${message}") content;
    mkMerge = contents: {
      _type = "merge";
      inherit contents;
    };
    # A definition that carries its own file (and optionally more), usable
    # where a value is expected.
    mkDefinition = args: args // { _type = "definition"; };

    # Apply f to the value inside any properties.
    mapDefinitionValue =
      f: def:
      let
        t = if b.isAttrs def then def._type or null else null;
      in
      if t == "merge" then
        def // { contents = map (self.mapDefinitionValue f) def.contents; }
      else if t == "if" || t == "override" || t == "order" then
        def // { content = self.mapDefinitionValue f def.content; }
      else if t == "definition" then
        def // { value = self.mapDefinitionValue f def.value; }
      else
        f def;

    mkOverride = priority: content: {
      _type = "override";
      inherit priority content;
    };
    mkOptionDefault = self.mkOverride 1500;
    mkDefault = self.mkOverride 1000;
    mkImageMediaOverride = self.mkOverride 60;
    mkForce = self.mkOverride 50;
    mkVMOverride = self.mkOverride 10;
    mkFixStrictness = x: x;
    mkOrder = priority: content: {
      _type = "order";
      inherit priority content;
    };
    mkBefore = self.mkOrder 500;
    mkAfter = self.mkOrder 1500;

    setDefaultModuleLocation = file: m: {
      _file = file;
      imports = [ m ];
    };

    # Import a module file that is a function of a static argument (not of
    # module arguments), keeping the file as the module's location and key.
    importApply =
      modulePath: staticArg:
      self.setDefaultModuleLocation modulePath (b.import modulePath staticArg);

    importJSON = file: {
      _file = file;
      config = b.fromJSON (b.readFile file);
    };

    dischargeProperties = discharge;

    filterOverrides =
      defs:
      let
        top = b.foldl' (p: d: let q = prioOf d.value; in if q < p then q else p) 9999 defs;
      in
      map (d: d // { value = stripOverride d.value; }) (b.filter (d: prioOf d.value == top) defs);

    sortProperties =
      defs:
      if b.any (d: hasOrder d.value) defs then
        map (d: d // { value = stripOrder d.value; }) (b.sort (x: y: orderOf x.value < orderOf y.value) defs)
      else
        defs;

    # Resolve properties: mkMerge/mkIf expanded, only the highest priority
    # kept, mkOrder applied. Plain definitions (no property at all) skip the
    # work.
    resolveDefinitions =
      defs:
      if allPlain defs then
        {
          defsFinal = defs;
          highestPrio = if defs == [ ] then 9999 else 100;
        }
      else
        (
          let
            # A discharged mkDefinition replaces the definition record (it
            # names its own file).
            # The default (see resolveLeaf) keeps its content unevaluated
            # until it is chosen, as in nixpkgs.
            discharged = b.concatMap (
              d:
              if d ? isDefault then
                [ (b.removeAttrs d [ "isDefault" ]) ]
              else
                map (v: if b.isAttrs v && (v._type or null) == "definition" then { pos = opts.defPos d; } // b.removeAttrs v [ "_type" ] else d // { value = v; }) (
                  dischargeIn d d.value
                )
            ) defs;
            highestPrio = b.foldl' (p: d: let q = prioOf d.value; in if q < p then q else p) 9999 discharged;
          in
          {
            defsFinal = self.sortProperties (
              map (d: d // { value = stripOverride d.value; }) (b.filter (d: prioOf d.value == highestPrio) discharged)
            );
            inherit highestPrio;
          }
        );

    # A type's head check failed (see types.nix headCheck).
    headTypeError =
      loc: type: e:
      throw "A definition for option `${opts.showOption loc}' is not of type `${type.description}'. TypeError: ${e.message}";

    # Check resolved definitions against the type and merge them.
    checkAndMerge =
      loc: type: defsFinal:
      if type ? headError then
        (
          let
            e = type.headError loc defsFinal;
          in
          if e != null then
            self.headTypeError loc type e
          else
            type.merge loc defsFinal
        )
      else if b.length defsFinal == 1 then
        (if type.check (b.head defsFinal).value then type.merge loc defsFinal else notOfType loc type defsFinal)
      else
        (
          let
            bad = b.filter (d: !(type.check d.value)) defsFinal;
          in
          if bad != [ ] then notOfType loc type bad else type.merge loc defsFinal
        );

    # Resolve the definitions of one option (or one element of a container
    # type) and merge them with the type.
    mergeDefinitions =
      loc: type: defs:
      let
        r = self.resolveDefinitions defs;
        defsFinal = r.defsFinal;
        isDefined = defsFinal != [ ];
        mergedValue =
          if isDefined then
            self.checkAndMerge loc type defsFinal
          else if type.emptyValue ? value then
            type.emptyValue.value
          else
            throw "The option `${opts.showOption loc}' was accessed but has no value defined. Try setting the option.";
      in
      {
        inherit defsFinal isDefined mergedValue;
        inherit (r) highestPrio;
        defsFinal' = {
          values = defsFinal;
          inherit (r) highestPrio;
        };
        optionalValue = if isDefined then { value = mergedValue; } else { };
      };

    # Combine several declarations of one option.
    mergeOptionDecls =
      loc: decls:
      let
        first = b.head decls;
        one = b.length decls == 1;
        combine =
          acc: d:
          let
            o = d.value;
            clash = n: acc.opt ? ${n} && o ? ${n};
            typeClash = acc.opt ? type && o ? type;
            mergedType = if typeClash then acc.opt.type.typeMerge o.type.functor else null;
          in
          if clash "default" || clash "example" || clash "description" || clash "apply" || (typeClash && mergedType == null) then
            throw (
              "The option `${opts.showOption loc}' in `${d.file}' is already declared in ${opts.showFiles acc.files}."
              + (
                let
                  known = b.filter (p: p != null) (acc.positions ++ [ d.pos ]);
                in
                if known == [ ] then "" else "\nDeclarations at ${opts.showFiles (map (p: opts.showDefLoc { pos = p; }) known)}."
              )
            )
          else
            {
              opt = acc.opt // o // (if typeClash then { type = mergedType; } else { });
              files = acc.files ++ [ d.file ];
              positions = acc.positions ++ [ d.pos ];
            };
        r =
          if one then
            {
              opt = first.value;
              files = [ first.file ];
              positions = [ first.pos ];
            }
          else
            b.foldl' combine {
              opt = { };
              files = [ ];
              positions = [ ];
            } decls;
      in
      r.opt
      // {
        declarations = r.files;
        declarationPositions = b.filter (p: p != null) r.positions;
      };

    # Evaluate one option: declarations merged, default added with the
    # lowest priority, definitions resolved and merged by the type.
    evalOptionValue =
      loc: opt: defs:
      (self.evalLeaf loc opt (
        map (f: {
          file = f;
          pos = null;
        }) (opt.declarations or [ ])
      ) defs).option;

    # The work behind evalOptionValue, with the value available without
    # building the option record (config reads only the value).
    # `decls` are the declarations ({ file, pos }), first one first.
    # mergeLevel writes this out for an option declared by one module (the
    # usual case); the two must stay alike.
    evalLeaf =
      loc: opt: decls: defs:
      let
        type = opt.type or types.unspecified;
        # Common case: no definition uses a property, so the default (if
        # any) only matters when nothing else is defined.
        nDefs = b.length defs;
        # The default is looked at only when nothing is defined: nixpkgs
        # evaluates it only when it is the value.
        plain =
          !(opt.readOnly or false)
          && (if nDefs == 1 then !((b.head defs).value ? _type) else nDefs == 0 || allPlain defs)
          && !(nDefs == 0 && opt ? default && opt.default ? _type);
        r = self.resolveLeaf loc opt type decls defs;
        defsFinal =
          if !plain then
            r.defsFinal
          else if nDefs != 0 then
            defs
          else if opt ? default then
            [ (if decls == [ ] then defaultDef decls opt.default else b.head decls // { value = opt.default; }) ]
          else
            [ ];
        # checkAndMerge, with its common cases written out.
        merged =
          if defsFinal == [ ] then
            (if type.emptyValue ? value then type.emptyValue.value else self.noValueError loc decls)
          else if type ? headError then
            (
              let
                e = type.headError loc defsFinal;
              in
              if e != null then self.headTypeError loc type e else type.merge loc defsFinal
            )
          else if b.length defsFinal == 1 && type.check (b.head defsFinal).value then
            type.merge loc defsFinal
          else
            self.checkAndMerge loc type defsFinal;
        value = if opt ? apply then opt.apply merged else merged;
      in
      {
        leaf = true;
        inherit value;
        option = self.leafOption {
          inherit
            loc
            opt
            type
            decls
            defs
            plain
            r
            defsFinal
            value
            ;
        };
      };

    # An option without definitions nor default was read.
    noValueError =
      loc: decls:
      throw (
        "The option `${opts.showOption loc}' was accessed but has no value defined. Try setting the option."
        + (if decls != [ ] && (b.head decls).pos != null then "\nDeclared in `${opts.showDefLoc (b.head decls)}'." else "")
      );

    # The option record of an evaluated option (see evalLeaf).
    leafOption =
      {
        loc,
        opt,
        type,
        decls,
        defs,
        plain,
        r,
        defsFinal,
        value,
      }:
      opt
      // {
        _type = "option";
        declarations = map (d: d.file) decls;
        declarationPositions = b.filter (p: p != null) (map (d: d.pos) decls);
        inherit loc type value defsFinal;
        highestPrio =
          if !plain then
            r.highestPrio
          else if defs != [ ] then
            100
          else if opt ? default then
            1500
          else
            9999;
        isDefined = defsFinal != [ ];
        definitions = map (d: d.value) defsFinal;
        files = map (d: d.file) defsFinal;
        definitionsWithLocations = defsFinal;
      };

    # The general case of evalLeaf: the default joins the definitions with
    # the lowest priority, properties are resolved, read-only is enforced.
    resolveLeaf =
      loc: opt: type: decls: defs:
      let
        withDefault =
          (
            if opt ? default then
              [
                (defaultDef decls (self.mkOptionDefault opt.default) // { isDefault = true; })
              ]
            else
              [ ]
          )
          ++ defs;
      in
      if (opt.readOnly or false) && b.length withDefault > 1 then
        throw "The option `${opts.showOption loc}' is read-only, but it's set multiple times. Definition values:${
          opts.showDefs (map (d: d // { value = (self.mergeDefinitions loc type [ d ]).mergedValue; }) withDefault)
        }"
      else
        self.resolveDefinitions withDefault;

    # Several declarations at one name: all options (merged), or a submodule
    # option extended by options declared below it.
    evalMultiDecl =
      loc: ds: here:
      let
        leafs = b.filter (d: isOption d.value) ds;
        nonOptions = b.filter (d: !(isOption d.value)) ds;
        merge = xs: (
          let
            opt = self.mergeOptionDecls loc xs;
          in
          self.evalLeaf loc opt xs here
        );
        o = b.head leafs;
        other = b.head nonOptions;
        # Options declared below a submodule option extend the submodule.
        extended = o // {
          value = o.value // {
            type = o.value.type.substSubModules (
              o.value.type.getSubModules
              ++ map (m: {
                _file = m.file;
                options = m.value;
              }) nonOptions
            );
          };
        };
      in
      if nonOptions == [ ] then
        merge ds
      else if b.all (d: ((d.value.type or { }).name or null) == "submodule") leafs then
        merge ([ extended ] ++ b.tail leafs)
      else
        throw "The option `${opts.showOption loc}' in module `${o.file}' would be a parent of the following options, but its type `${(o.value.type or types.unspecified).description}' does not support nested options.\n${
          b.concatStringsSep "\n" (
            map (k: "- option(s) with prefix `${opts.showOption (loc ++ [ k ])}' in module `${other.file}'") (
              b.attrNames other.value
            )
          )
        }${
          if o.pos == null then "" else "\nThe option is declared at `${opts.showDefLoc o}'."
        }";

    # Merge one level of the option tree. `decls` are option subtrees,
    # `defs` are definitions (possibly wrapped in properties) of this level.
    # `rel` is this level's path inside the evaluation, `prefix` the
    # evaluation's own prefix.
    # With `native', mergeLevel is a Go function that handles the usual shape
    # of a level and calls mergeLevelNix (same arguments) for the rest; its
    # results are mergeLevelNix's.
    mergeLevel =
      if native == null then
        self.mergeLevelNix
      else
        native.mergeLevel {
          nix = self.mergeLevelNix;
          unspecified = types.unspecified;
          mergeEqual = opts.mergeEqualOption;
          mergeOne = opts.mergeOneOption;
          inherit (opts) defPos;
          # The head checks of attrsOf and listOf (shared by every type of
          # the kind), which the Go mergeLevel answers itself.
          attrsHeadError = (types.attrsOf types.raw).headError;
          listHeadError = (types.listOf types.raw).headError;
        };

    mergeLevelNix =
      prefix: rel: decls: defs:
      let
        # Most levels are declared by one module: its attribute set is
        # walked directly (see `children`).
        oneDecl = b.length decls == 1;
        # Each declaration as { file, pos, value }, per module.
        declRecords = map (
          d:
          let
            file = d.file;
            set = d.value;
          in
          b.mapAttrs (n: v: {
            inherit file;
            pos = b.unsafeGetAttrPos n set;
            value = v;
          }) set
        ) decls;
        # Each definition's attribute sets (see pushDown) by name, as
        # { file, pos, posSet, posName, value }; `b.catAttrs n defRecords'
        # are the definitions of `n', in order (grouping them with
        # zipAttrsWith would cost a call per name). A plain attribute set (the
        # usual definition) needs no pushDown.
        defRecords = b.concatMap (
          d:
          if b.isAttrs d.value && !(d.value ? _type) then
            [
              (
                let
                  file = d.file;
                  set = d.value;
                  fallback = opts.defPos d;
                in
                if d.ignorable or false then
                  b.mapAttrs (n: v: {
                    inherit file;
                    posSet = set;
                    posName = n;
                    pos = fallback;
                    value = v;
                    ignorable = true;
                  }) set
                else
                  b.mapAttrs (n: v: {
                    inherit file;
                    posSet = set;
                    posName = n;
                    pos = fallback;
                    value = v;
                  }) set
              )
            ]
          else
            map partRecords (pushDown d null d.value)
        ) defs;
        partRecords =
          p:
          let
            file = p.file;
            set = p.attrs;
            wrap = p.wrap;
            fallback = p.pos;
          in
          if set == null then
            throw ''
              In module `${p.file}', you're trying to define a value of type `${b.typeOf p.raw}'
              rather than an attribute set for the option
              `${b.concatStringsSep "." (prefix ++ rel)}'!

              This usually happens if `${b.concatStringsSep "." (prefix ++ rel)}' has option
              definitions inside that are not matched. Check that the definition matches the declared options.
              Definition at `${opts.showDefLoc p}'.
            ''
          else if p.ignorable then
            b.mapAttrs (n: v: {
              inherit file;
              posSet = set;
              posName = n;
              pos = fallback;
              value = v;
              ignorable = true;
            }) set
          else if wrap == null then
            b.mapAttrs (n: v: {
              inherit file;
              posSet = set;
              posName = n;
              pos = fallback;
              value = v;
            }) set
          else
            b.mapAttrs (n: v: {
              inherit file;
              posSet = set;
              posName = n;
              pos = fallback;
              value = wrap v;
            }) set;
        # The defined names (the values do not matter).
        defined = if b.length defRecords == 1 then b.head defRecords else b.foldl' (acc: r: acc // r) { } defRecords;
        # A level below this one.
        subLevel =
          n: ds:
          let
            sub = self.mergeLevel prefix (rel ++ [ n ]) ds (b.catAttrs n defRecords);
          in
          {
            leaf = false;
            inherit sub;
            inherit (sub) unmatched;
          };
        # The names one module declares (and no other module does).
        walkDecl =
          d:
          let
            file = d.file;
            set = d.value;
          in
          b.mapAttrs (
            n: v:
            if (v._type or null) == "option" then
              (
                # evalLeaf (prefix ++ rel ++ [ n ]) v [ decl ] defs, written
                # out: this runs for every option, hence few bindings (what
                # is needed once is computed where it is needed; an option
                # with `apply' takes evalLeaf's value). The Go mergeLevel
                # (internal/module/native_level.go, leaf) computes `value'
                # the same way: change both together.
                let
                  loc = prefix ++ rel ++ [ n ];
                  decl = {
                    inherit file;
                    pos = b.unsafeGetAttrPos n set;
                    value = v;
                  };
                  defs = b.catAttrs n defRecords;
                  type = v.type or types.unspecified;
                  defsFinal =
                    # Not plain (see evalLeaf).
                    if
                      (v.readOnly or false)
                      || !(if b.length defs == 1 then !((b.head defs).value ? _type) else defs == [ ] || allPlain defs)
                      || (defs == [ ] && v ? default && v.default ? _type)
                    then
                      (self.resolveLeaf loc v type [ decl ] defs).defsFinal
                    else if defs != [ ] then
                      defs
                    else if v ? default then
                      [ (decl // { value = v.default; }) ]
                    else
                      [ ];
                  value =
                    if v ? apply then
                      (self.evalLeaf loc v [ decl ] defs).value
                    else if defsFinal == [ ] then
                      (if type.emptyValue ? value then type.emptyValue.value else self.noValueError loc [ decl ])
                    else if type ? headError then
                      (
                        if type.headError loc defsFinal == null then
                          type.merge loc defsFinal
                        else
                          self.headTypeError loc type (type.headError loc defsFinal)
                      )
                    else if b.length defsFinal == 1 && type.check (b.head defsFinal).value then
                      type.merge loc defsFinal
                    else
                      self.checkAndMerge loc type defsFinal;
                in
                {
                  leaf = true;
                  inherit value;
                  option = self.leafOption {
                    opt = v;
                    decls = [ decl ];
                    plain =
                      !(v.readOnly or false)
                      && (if b.length defs == 1 then !((b.head defs).value ? _type) else defs == [ ] || allPlain defs)
                      && !(defs == [ ] && v ? default && v.default ? _type);
                    r = self.resolveLeaf loc v type [ decl ] defs;
                    inherit
                      loc
                      type
                      defs
                      defsFinal
                      value
                      ;
                  };
                }
              )
            else if v ? _type then
              declarationTypeError (prefix ++ rel ++ [ n ]) {
                inherit file;
                pos = b.unsafeGetAttrPos n set;
                value = v;
              }
            else
              subLevel n [
                {
                  inherit file;
                  pos = b.unsafeGetAttrPos n set;
                  value = v;
                }
              ]
          ) set;
        # Usually no name is declared by two modules: then each module's
        # set is walked on its own.
        allDeclared = b.foldl' (acc: d: acc // d.value) { } decls;
        disjoint =
          b.all (d: b.isAttrs d.value) decls
          && b.length (b.attrNames allDeclared) == b.foldl' (k: d: k + b.length (b.attrNames d.value)) 0 decls;
        # Each declared name: an option (evalLeaf's record, with `leaf`,
        # `value`, `option` and no `unmatched`) or a level below.
        children =
          if oneDecl then
            walkDecl (b.head decls)
          else if disjoint then
            b.foldl' (acc: d: acc // walkDecl d) { } decls
          else
            b.zipAttrsWith (
              n: ds:
              if b.length ds == 1 then
                (
                  let
                    d = b.head ds;
                  in
                  if (d.value._type or null) == "option" then
                    self.evalLeaf (prefix ++ rel ++ [ n ]) d.value ds (
                      b.catAttrs n defRecords
                    )
                  else if d.value ? _type then
                    declarationTypeError (prefix ++ rel ++ [ n ]) d
                  else
                    subLevel n ds
                )
              else if b.any (d: d.value ? _type && d.value._type != "option") ds then
                declarationTypeError (prefix ++ rel ++ [ n ]) (
                  b.head (b.filter (d: d.value ? _type && d.value._type != "option") ds)
                )
              else if b.any (d: isOption d.value) ds then
                self.evalMultiDecl (prefix ++ rel ++ [ n ]) ds (b.catAttrs n defRecords)
              else
                subLevel n ds
            ) declRecords;
        declared =
          if oneDecl then
            (b.head decls).value
          else if disjoint then
            allDeclared
          else
            children;
        # Definitions of names nobody declares, as `children' records.
        undeclared = b.mapAttrs (n: _: {
          unmatched = map (d: d // { prefix = rel ++ [ n ]; }) (b.catAttrs n defRecords);
        }) (b.removeAttrs defined (b.attrNames declared));
      in
      {
        # The definitions of a name (what a level below receives).
        defsOf = n: b.catAttrs n defRecords;
        options = b.mapAttrs (n: c: if c.leaf then c.option else c.sub.options) children;
        config = b.mapAttrs (n: c: if c.leaf then c.value else c.sub.config) children;
        # Computing the unmatched definitions (done whenever the
        # configuration is checked) also checks every declaration of the
        # level, as nixpkgs does. In name order: the undeclared names'
        # definitions and the unmatched definitions of the levels below.
        unmatched = b.seq (b.all b.isAttrs (b.attrValues children)) (
          b.concatLists (
            b.catAttrs "unmatched" (b.attrValues (undeclared // b.intersectAttrs defined children))
          )
        );
      };

    # Apply a module function to the arguments its formals name.
    applyModuleArgs =
      key: f: args: moduleArgs:
      let
        fa = b.functionArgs f;
      in
      if fa == { } then
        f args
      else
        f (b.mapAttrs (n: _: moduleArg args moduleArgs n) fa);

    applyModuleArgsIfFunction =
      key: f: args:
      if b.isFunction f then self.applyModuleArgs key f args args.config._module.args else f;

    # Normalise a module to { _file, key, imports, options, config, ... }.
    unifyModuleSyntax =
      file: key: m:
      let
        structured = b.isAttrs m && (m ? config || m ? options);
        bad = b.removeAttrs m moduleAttrs;
        file' = toString (m._file or file);
        key' = toString (m.key or key);
        freeform =
          if m ? freeformType then
            [
              {
                _module.freeformType = m.freeformType;
              }
            ]
          else
            [ ];
      in
      if !b.isAttrs m then
        throw "module ${toString file} (${toString key}) does not look like a module."
      else if structured && bad != { } then
        (
          let
            first = b.head (b.attrNames bad);
            pos = b.unsafeGetAttrPos first m;
          in
          throw (
            "Module `${key'}' has an unsupported attribute `${first}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (b.attrNames bad)}) into the explicit `config' attribute."
            + (if pos == null then "" else "\nThe attribute is at `${opts.showDefLoc { inherit pos; }}'.")
          )
        )
      else
        {
          _file = file';
          key = key';
          imports = m.imports or [ ];
          disabledModules = m.disabledModules or [ ];
          options = m.options or { };
          _class = m._class or null;
          config = (if structured then [ (m.config or { }) ] else [ (b.removeAttrs m moduleAttrs) ]) ++ freeform;
          meta = if m ? meta then [ { meta = m.meta; } ] else [ ];
        };

    # A module already in normalised form, for the modules the engine
    # makes itself (the `_module' declarations, a submodule's name and
    # definitions): loading it is free.
    normalisedModule =
      {
        file,
        config,
        options ? { },
      }:
      {
        _normalisedModule = true;
        _class = null;
        _file = file;
        key = null;
        imports = [ ];
        disabledModules = [ ];
        inherit options;
        config = [ config ];
        meta = [ ];
      };

    loadModule =
      args: moduleArgs: file: key: m:
      if b.isAttrs m && m ? _normalisedModule then
        m
      else if b.isFunction m then
        self.unifyModuleSyntax file key (self.applyModuleArgs key m args moduleArgs)
      else if b.isAttrs m && !(m ? outPath) && !(m ? __toString) then
        (
          let
            t = m._type or "module";
          in
          if t == "module" then
            self.unifyModuleSyntax file key m
          else if t == "if" || t == "override" then
            self.unifyModuleSyntax file key { config = m; }
          else
            throw ''
              Expected a module, but found a value of type ${b.toJSON t}${
                if file != "<unknown-file>" then ", while trying to load a module into ${toString file}" else ""
              }${
                if (args._prefix or [ ]) != [ ] then ", while trying to load a module into ${opts.showOption args._prefix}" else ""
              }.
              A module is an attribute set, a function returning one, or a path to a file containing either; wrap other values in `config = ...;'.
            ''
        )
      else if b.isList m then
        throw "Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions: ${opts.showDefs [ { inherit file; value = m; } ]}"
      else
        (
          let
            p = toString m;
            imported = b.import m;
          in
          self.loadModule args moduleArgs p p imported
        );

    # A module that names its class must match the evaluation's.
    checkModuleClass =
      class: m:
      if class == null || m._class == null || m._class == class then
        m
      else
        throw ''
          The module `${m._file}` (class: ${b.toJSON m._class}) cannot be imported into a module evaluation that expects class ${b.toJSON class}.
        '';

    # All modules reachable through imports, deduplicated by key (so import
    # cycles end), minus disabled ones. Order: the given modules first, then
    # what they import, breadth first.
    collectModules =
      class: modulesPath: initial: args: moduleArgs:
      let
        load =
          parentFile: parentKey: ms:
          b.genList (
            i:
            let
              fallbackKey = "${parentKey}:anon-${toString (i + 1)}";
              given = b.elemAt ms i;
              # The engine's own modules come normalised (loadModule
              # returns them as they are).
              loaded = if given ? _normalisedModule then given else self.loadModule args moduleArgs parentFile fallbackKey given;
              m = if class == null then loaded else self.checkModuleClass class loaded;
            in
            {
              key = if m.key == null then fallbackKey else m.key;
              module = m;
            }
          ) (b.length ms);
        next = e: if e.module.imports == [ ] then [ ] else load e.module._file e.module.key e.module.imports;
        everything = b.genericClosure {
          startSet = load "<unknown-file>" "" initial;
          operator = next;
        };
        modules = b.catAttrs "module" everything;
        disabledKeys = if b.concatLists (b.catAttrs "disabledModules" modules) == [ ] then [ ] else b.concatMap (
          e:
          map (
            d:
            if b.isAttrs d && d ? key then
              toString d.key
            else if b.isAttrs d && !(d ? outPath) && !(d ? __toString) then
              throw "Module `${e.module._file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."
            else if b.isString d && b.substring 0 1 d != "/" then
              toString modulesPath + "/" + d
            else
              toString d
          ) e.module.disabledModules
        ) everything;
        keep = es: b.filter (e: !(b.elem e.key disabledKeys)) es;
      in
      if disabledKeys == [ ] then
        modules
      else
        b.catAttrs "module" (
          b.genericClosure {
            startSet = keep (load "<unknown-file>" "" initial);
            operator = e: keep (next e);
          }
        );

    # With `native', evalModules is a Go function that collects the modules
    # and checks the result itself in the usual case (no disabledModules, no
    # freeformType, every definition declared) and calls evalModulesNix
    # (same argument) for the rest; its results are evalModulesNix's.
    evalModulesNix = evalModules;
    evalModules =
      if native == null then
        evalModules
      else
        native.evalModules {
          nix = evalModules;
          inherit lib;
          inherit (self) mergeLevel loadModule checkModuleClass unifyModuleSyntax;
          inherit moduleArg notIgnorable withFreeform;
          internalModule = internalModuleOf;
          extendModules = extendModulesOf;
          type = moduleTypeOf;
        };

    # Definitions of `option`, to be placed elsewhere, keeping their
    # priority.
    mkAliasDefinitions = self.mkAliasAndWrapDefinitions (x: x);
    mkAliasAndWrapDefinitions =
      wrap: option: self.mkAliasIfDef option (wrap (self.mkMerge option.definitions));
    mkAliasAndWrapDefsWithPriority =
      wrap: option:
      let
        prio = option.highestPrio or 100;
      in
      self.mkAliasIfDef option (wrap (self.mkMerge (map (self.mkOverride prio) option.definitions)));
    mkAliasIfDef = option: self.mkIf (b.isAttrs option && (option.isDefined or false));

    mkDerivedConfig = opt: f: self.mkOverride (opt.highestPrio or 100) (f opt.value);

    doRename =
      {
        from,
        to,
        visible,
        warn,
        use,
        withPriority ? true,
        condition ? true,
      }:
      { config, options, ... }:
      let
        fromOpt = attrByPath from { } options;
        toOpt = attrByPath to null options;
        toOf = attrByPath to (throw "Renaming error: option `${opts.showOption to}' does not exist.");
        toType = if toOpt == null then null else toOpt.type or null;
      in
      {
        options = setAttrByPath from (
          opts.mkOption {
            inherit visible;
            description = "Alias of {option}`${opts.showOption to}`.";
            apply = x: use (toOf config);
          }
          // (if toType != null then { type = toType; } else { })
        );
        config = self.mkIf condition (
          self.mkMerge [
            (
              if options ? warnings then
                {
                  warnings =
                    if warn && (fromOpt.isDefined or false) then
                      [
                        "The option `${opts.showOption from}' defined in ${opts.showFiles fromOpt.files} has been renamed to `${opts.showOption to}'."
                      ]
                    else
                      [ ];
                }
              else
                { }
            )
            (
              if withPriority then
                self.mkAliasAndWrapDefsWithPriority (setAttrByPath to) fromOpt
              else
                self.mkAliasAndWrapDefinitions (setAttrByPath to) fromOpt
            )
          ]
        );
      };

    mkAliasOptionModule =
      from: to:
      self.doRename {
        inherit from to;
        visible = true;
        warn = false;
        use = x: x;
      };

    mkAliasOptionModuleMD = self.mkAliasOptionModule;

    mkRenamedOptionModule =
      from: to:
      self.doRename {
        inherit from to;
        visible = false;
        warn = true;
        use = b.trace "Obsolete option `${opts.showOption from}' is used. It was renamed to `${opts.showOption to}'.";
      };

    mkRenamedOptionModuleWith =
      {
        from,
        to,
        sinceRelease,
      }:
      self.doRename {
        inherit from to;
        visible = false;
        warn = true;
        use = b.trace "Obsolete option `${opts.showOption from}' is used. It was renamed to `${opts.showOption to}'.";
      };

    # A removed option: reading it fails with the instructions; defining it
    # is reported through `assertions' when the configuration has them.
    mkRemovedOptionModule =
      optionName: replacementInstructions:
      { options, ... }:
      {
        options = setAttrByPath optionName (
          opts.mkOption {
            visible = false;
            apply = x: throw "The option `${opts.showOption optionName}' can no longer be used since it's been removed. ${replacementInstructions}";
          }
        );
        config =
          if options ? assertions then
            {
              assertions =
                let
                  opt = attrByPath optionName { } options;
                in
                [
                  {
                    assertion = !(opt.isDefined or false);
                    message = ''
                      The option definition `${opts.showOption optionName}' in ${opts.showFiles (opt.files or [ ])} no longer has any effect; please remove it.
                      ${replacementInstructions}
                    '';
                  }
                ];
            }
          else
            { };
      };

    mkChangedOptionModule =
      from: to: changeFn:
      self.mkMergedOptionModule [ from ] to changeFn;

    mkMergedOptionModule =
      from: to: mergeFn:
      { config, options, ... }:
      let
        unset = "_mkMergedOptionModule";
        isSet = f: attrByPath f unset config != unset;
      in
      {
        options = b.foldl' recursiveUpdate { } (
          map (
            path:
            setAttrByPath path (
              opts.mkOption {
                visible = false;
                default = unset;
              }
            )
          ) from
        );
        config =
          (
            if options ? warnings then
              {
                warnings = map (
                  f:
                  "The option `${opts.showOption f}' defined in ${opts.showFiles (attrByPath f { } options).files} has been changed to `${opts.showOption to}' that has a different type. Please read `${opts.showOption to}' documentation and update your configuration accordingly."
                ) (b.filter isSet from);
              }
            else
              { }
          )
          // setAttrByPath to (self.mkMerge (if b.any isSet from then [ (mergeFn config) ] else [ ]));
      };
  };
in
self
