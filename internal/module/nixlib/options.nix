# Option declarations and the helpers that describe definitions in error
# messages. Written against builtins only, so it loads before the rest of the
# library is complete.
{
  lib,
  native ? null,
}:
let
  b = builtins;

  identRe = "[a-zA-Z_][a-zA-Z0-9_'-]*";

  # Quote a string the way a Nix literal would show it.
  quoteString =
    s: "\"" + b.replaceStrings [ "\\" "\"" "\n" "\r" "\t" "\${" ] [ "\\\\" "\\\"" "\\n" "\\r" "\\t" "\\\${" ] s + "\"";

  showAttrName = n: if b.match identRe n != null then n else quoteString n;

  # Indented, multi-line rendering of a value, close to what `nix repl`
  # prints. Only used for messages.
  pretty =
    depth: indent: v:
    let
      inner = indent + "  ";
      t = b.typeOf v;
    in
    if depth > 10 then
      "<unevaluated>"
    else if t == "string" then
      (
        let
          parts = b.filter b.isString (b.split "\n" v);
        in
        if b.length parts > 1 then
          "''\n"
          + b.concatStringsSep "\n" (
            map (l: inner + b.replaceStrings [ "''" "\${" ] [ "'''" "''\${" ] l) parts
          )
          + "''"
        else
          quoteString v
      )
    else if t == "int" || t == "float" then
      toString v
    else if t == "bool" then
      (if v then "true" else "false")
    else if t == "null" then
      "null"
    else if t == "path" then
      toString v
    else if t == "lambda" then
      (
        let
          fa = b.functionArgs v;
          names = b.attrNames fa;
        in
        if names == [ ] then
          "<function>"
        else
          "<function, args: {"
          + b.concatStringsSep ", " (map (n: n + (if fa.${n} then "?" else "")) names)
          + "}>"
      )
    else if t == "list" then
      (
        if v == [ ] then
          "[ ]"
        else
          "[\n" + b.concatStringsSep "\n" (map (x: inner + pretty (depth + 1) inner x) v) + "\n" + indent + "]"
      )
    else if t == "set" then
      (
        if v ? __pretty then
          v.__pretty v.val
        else if (v.type or null) == "derivation" then
          "<derivation ${v.name or "???"}>"
        else if v == { } then
          "{ }"
        else
          "{\n"
          + b.concatStringsSep "\n" (
            map (n: inner + showAttrName n + " = " + pretty (depth + 1) inner v.${n} + ";") (b.attrNames v)
          )
          + "\n"
          + indent
          + "}"
      )
    else
      "<${t}>";

  # Where a definition comes from: the attribute's position when known
  # (file:line:col), otherwise the module file.
  # The position of the attributes of the sets lib.modules' setAttrByPath
  # builds (the freeform configuration is made of such sets): it is the
  # lib's, not a definition's, and is passed over for the definition's.
  builtPos = lib.modules.setAttrByPathPos;

  defPos =
    def:
    let
      q = if def ? posSet then b.unsafeGetAttrPos def.posName def.posSet else null;
    in
    if q != null && q != builtPos then q else def.pos or null;

  showDefLoc =
    def:
    let
      p = defPos def;
    in
    if p != null then "${p.file}:${toString p.line}:${toString p.column}" else toString (def.file or "<unknown-file>");

  # What mkOption adds, built once.
  optionTag = {
    _type = "option";
  };

  prioritySuggestion = ''
    Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.
  '';

  self = {
    isOption = v: b.isAttrs v && (v._type or null) == "option";

    # Declare an option. Only the attributes given are kept (so `opt ? default`
    # tells whether a default exists). With `native', a Go function computing
    # the same.
    mkOption = if native == null then attrs: attrs // optionTag else native.update optionTag;

    mkEnableOption =
      name:
      self.mkOption {
        default = false;
        example = true;
        description = "Whether to enable ${name}.";
        type = lib.types.bool;
      };

    mkSinkUndeclaredOptions =
      attrs:
      self.mkOption (
        {
          internal = true;
          visible = false;
          default = false;
          description = "Sink for option definitions.";
          type = lib.types.mkOptionType {
            name = "sink";
            check = _: true;
            merge = _: _: false;
          };
          apply = _: throw "Option value is not readable because the option is not declared.";
        }
        // attrs
      );

    literalExpression =
      text:
      if !b.isString text then
        throw "literalExpression expects a string."
      else
        {
          _type = "literalExpression";
          inherit text;
        };
    literalExample = self.literalExpression;

    literalMD =
      text:
      if !b.isString text then
        throw "literalMD expects a string."
      else
        {
          _type = "literalMD";
          inherit text;
        };

    mdDoc = text: text;

    unknownModule = "<unknown-file>";

    # Packages need derivations, which nix-k8s never builds.
    mkPackageOption =
      pkgs: name: _:
      throw "mkPackageOption (for `${toString name}') is not supported by nix-k8s: configurations describe Kubernetes objects, not Nix packages.";

    showOptionWithDefLocs =
      opt:
      "${self.showOption opt.loc}, with values defined in:\n"
      + b.concatStringsSep "" (map (def: "  - ${showDefLoc def}\n") (opt.definitionsWithLocations or [ ]));

    getValues = map (d: d.value);
    getFiles = map (d: d.file);

    # Merge functions usable as `merge` of custom option types.
    mergeDefaultOption =
      loc: defs:
      let
        list = self.getValues defs;
        first = b.head list;
      in
      if b.length list == 1 then
        first
      else if b.all b.isFunction list then
        x: self.mergeDefaultOption loc (map (f: { value = f x; }) list)
      else if b.all b.isList list then
        b.concatLists list
      else if b.all b.isAttrs list then
        b.foldl' (a: c: a // c) { } list
      else if b.all b.isBool list then
        b.any (x: x) list
      else if b.all b.isString list then
        b.concatStringsSep "" list
      else if b.all b.isInt list && b.all (x: x == first) list then
        first
      else
        throw "Cannot merge definitions of `${self.showOption loc}'. Definition values:${self.showDefs defs}";

    mergeUniqueOption =
      {
        message,
        merge ? (loc: defs: (b.head defs).value),
      }:
      loc: defs:
      if b.length defs == 1 then
        merge loc defs
      else
        throw "The option `${self.showOption loc}' is defined multiple times while it's expected to be unique.\n${message}\nDefinition values:${self.showDefs defs}\n${prioritySuggestion}";

    mergeOneOption = self.mergeUniqueOption { message = ""; };

    mergeEqualOption =
      loc: defs:
      if defs == [ ] then
        throw "mergeEqualOption: no definitions for `${self.showOption loc}'"
      else if b.length defs == 1 then
        (b.head defs).value
      else
        (b.foldl' (
          first: def:
          if def.value != first.value then
            throw "The option `${self.showOption loc}' has conflicting definition values:${
              self.showDefs [
                first
                def
              ]
            }\n${prioritySuggestion}"
          else
            first
        ) (b.head defs) (b.tail defs)).value;

    # Render an option path: identifiers as they are, anything else quoted;
    # placeholders such as `<name>` and `*` stay readable.
    showOption =
      parts:
      b.concatStringsSep "." (
        map (p: if p == "*" || b.match "<.*>" p != null then p else showAttrName p) parts
      );

    showFiles = files: b.concatStringsSep " and " (map (f: "`${toString f}'") files);

    showDefLoc = showDefLoc;

    # Where a definition was written, as { file, line, column }, or null.
    defPos = defPos;

    # One line per definition: where it is, then its value (at most five
    # lines of it).
    showDefs =
      defs:
      b.concatStringsSep "" (
        map (
          def:
          let
            r = b.tryEval (pretty 0 "" def.value);
            lines = b.filter b.isString (b.split "\n" r.value);
            n = b.length lines;
            shown = b.concatStringsSep "\n    " (
              (if n > 5 then b.genList (i: b.elemAt lines i) 5 else lines) ++ (if n > 5 then [ "..." ] else [ ])
            );
            rendered =
              if !r.success then
                ""
              else if n > 1 then
                ":\n    " + shown
              else
                ": " + shown;
          in
          "\n- In `${showDefLoc def}'${rendered}"
        ) defs
      );

    # Pretty printer used in messages, exposed for callers that want the same
    # rendering.
    showValue = v: pretty 0 "" v;

    # Turn an option tree into a flat list of option descriptions.
    optionAttrSetToDocList =
      options:
      b.concatLists (
        map (
          n:
          let
            v = options.${n};
          in
          if self.isOption v then
            [
              ({
                name = self.showOption (v.loc or [ n ]);
                description = v.description or null;
                declarations = v.declarations or [ ];
                internal = v.internal or false;
                visible = v.visible or true;
                readOnly = v.readOnly or false;
                type = (v.type or lib.types.unspecified).description;
              }
              // (if v ? default then { default = v.default; } else { })
              // (if v ? example then { example = v.example; } else { }))
            ]
          else if b.isAttrs v then
            self.optionAttrSetToDocList v
          else
            [ ]
        ) (b.attrNames options)
      );

    scrubOptionValue = v: v;
  };
in
self
