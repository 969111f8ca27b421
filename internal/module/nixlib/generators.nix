# Turning Nix values into text: Nix-like pretty printing, JSON/YAML, and
# key=value / INI files.
{ lib }:
let
  b = builtins;
  inherit (lib.strings) escape escapeNixIdentifier concatStringsSep;

  self = {
    toJSON = { }: b.toJSON;
    # A Lua expression kept verbatim, for options of type luaInline.
    mkLuaInline = expr: { _type = "lua-inline"; inherit expr; };
    # JSON is valid YAML.
    toYAML = { }: b.toJSON;

    # Force a value down to depthLimit levels; below that, throw or show
    # "<unevaluated>".
    withRecursion =
      { depthLimit, throwOnDepthLimit ? true }:
      assert b.isInt depthLimit;
      let
        special = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
        tooDeep =
          if throwOnDepthLimit then
            throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
          else
            "<unevaluated>";
        limit = depth: v: if depthLimit != null && depth > depthLimit then tooDeep else v;
        walk =
          depth: v:
          let
            next = x: walk (depth + 1) (limit (depth + 1) x);
          in
          if b.isAttrs v then
            b.mapAttrs (name: x: if b.elem name special then x else next x) v
          else if b.isList v then
            map next v
          else
            limit (depth + 1) v;
      in
      walk 0;

    # Render a value as Nix source text.
    toPretty =
      { allowPrettyValues ? false, multiline ? true, indent ? "" }:
      let
        render =
          ind: v:
          let
            open = if multiline then "\n${ind}  " else " ";
            close = if multiline then "\n${ind}" else " ";
            inner = render (ind + "  ");
          in
          if b.isInt v then
            toString v
          else if b.isFloat v then
            b.toJSON v
          else if b.isString v then
            renderString open close v
          else if v == true then
            "true"
          else if v == false then
            "false"
          else if v == null then
            "null"
          else if b.isPath v then
            toString v
          else if b.isList v then
            if v == [ ] then "[ ]" else "[" + open + concatStringsSep open (map inner v) + close + "]"
          else if lib.trivial.isFunction v then
            let
              args = lib.trivial.functionArgs v;
              shown = concatStringsSep ", " (lib.attrsets.mapAttrsToList (n: opt: if opt then n + "?" else n) args);
            in
            if args == { } then "<function>" else "<function, args: {${shown}}>"
          else if b.isAttrs v then
            if allowPrettyValues && v ? __pretty && v ? val then
              v.__pretty v.val
            else if v == { } then
              "{ }"
            else if v.type or null == "derivation" then
              "<derivation ${v.name or "???"}>"
            else
              "{"
              + open
              + concatStringsSep open (
                lib.attrsets.mapAttrsToList (
                  n: x: "${escapeNixIdentifier n} = ${b.addErrorContext "while evaluating an attribute `${n}`" (inner x)};"
                ) v
              )
              + close
              + "}"
          else
            abort "generators.toPretty: should never happen (v = ${v})";
        renderString =
          open: close: s:
          let
            lines = b.filter b.isString (b.split "\n" s);
            oneLine = "\"" + concatStringsSep "\\n" (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
            indented = map (b.replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
            lastLine = lib.lists.last indented;
            manyLines =
              "''" + open + concatStringsSep open (lib.lists.init indented) + (if lastLine == "" then close else open + lastLine) + "''";
          in
          if multiline && b.length lines > 1 then manyLines else oneLine;
      in
      render indent;

    mkValueStringDefault =
      { }:
      v:
      let
        unsupported = what: x: abort "generators.mkValueStringDefault: ${what} not supported: ${self.toPretty { } x}";
      in
      if b.isInt v then
        toString v
      else if lib.attrsets.isDerivation v then
        toString v
      else if b.isString v then
        v
      else if v == true then
        "true"
      else if v == false then
        "false"
      else if v == null then
        "null"
      else if b.isList v then
        unsupported "lists" v
      else if b.isAttrs v then
        unsupported "attrsets" v
      else if lib.trivial.isFunction v then
        unsupported "functions" v
      else if b.isFloat v then
        lib.strings.floatToString v
      else
        unsupported "this value is" (toString v);

    mkKeyValueDefault =
      { mkValueString ? self.mkValueStringDefault { } }: sep: k: v: "${escape [ sep ] k}${sep}${mkValueString v}";

    toKeyValue =
      { mkKeyValue ? self.mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false, indent ? "" }:
      set:
      let
        line = k: v: indent + mkKeyValue k v + "\n";
        lines = k: v: if listsAsDuplicateKeys then map (line k) (lib.lists.toList v) else [ (line k v) ];
      in
      concatStringsSep "" (b.concatLists (lib.attrsets.mapAttrsToList lines set));

    toINI =
      {
        mkSectionName ? (name: escape [ "[" "]" ] name),
        mkKeyValue ? self.mkKeyValueDefault { } "=",
        listsAsDuplicateKeys ? false,
      }:
      sections:
      concatStringsSep "\n" (
        lib.attrsets.mapAttrsToList (
          name: values: "[${mkSectionName name}]\n" + self.toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values
        ) sections
      );

    # INI with key=value lines before the first section.
    toINIWithGlobalSection =
      {
        mkSectionName ? (name: escape [ "[" "]" ] name),
        mkKeyValue ? self.mkKeyValueDefault { } "=",
        listsAsDuplicateKeys ? false,
      }:
      { globalSection, sections ? { } }:
      (if globalSection == { } then "" else self.toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n")
      + self.toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;

    # git-config(1) syntax: nested sets become subsections
    # ({ url."https://x/".insteadOf = ...; } gives [url "https://x/"]),
    # strings are quoted, lists repeat the key.
    toGitINI =
      let
        sectionName =
          name:
          let
            parts = lib.strings.splitString "." name;
          in
          if lib.strings.hasInfix "\"" name || b.length parts == 1 then
            name
          else
            "${b.head parts} \"${concatStringsSep "." (b.tail parts)}\"";
        quote = s: "\"" + b.replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ] s + "\"";
        valueString = v: self.mkValueStringDefault { } (if b.isString v then quote v else v);
        keyValue =
          k: v:
          let
            line = x: "\t" + self.mkKeyValueDefault { mkValueString = valueString; } " = " k x;
          in
          if b.isList v then concatStringsSep "\n" (map line v) else line v;
        isPlainSet = v: b.isAttrs v && !(lib.attrsets.isDerivation v);
        # One { "section.sub" = { key = value; }; } per leaf below path.
        leaves =
          path: v:
          if isPlainSet v then
            b.concatMap (n: leaves (path ++ [ n ]) v.${n}) (b.attrNames v)
          else if b.length path > 1 then
            [ { ${concatStringsSep "." (lib.lists.init path)} = { ${lib.lists.last path} = v; }; } ]
          else
            [ { ${b.head path} = v; } ];
        flattenSections =
          set:
          let
            nested = b.filter (n: b.isAttrs set.${n} && b.any isPlainSet (b.attrValues set.${n})) (b.attrNames set);
          in
          b.removeAttrs set nested
          // lib.lists.foldl lib.attrsets.recursiveUpdate { } (leaves [ ] (lib.attrsets.getAttrs nested set));
      in
      set: self.toINI { mkSectionName = sectionName; mkKeyValue = keyValue; } (flattenSections set);
  };
in
self
