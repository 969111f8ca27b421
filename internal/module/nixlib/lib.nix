# The built-in lib of nix-k8s: the nixpkgs lib API for what it covers.
#
# Every file is a function { lib }: { ... } receiving the final lib, so the
# whole is a fixed point; `lib.extend` patches it like nixpkgs' lib.extend.
# The most used functions are also available at the top level (lib.mapAttrs,
# lib.mkIf, ...), as in nixpkgs.
#
# This file is a function of `native`: null under Nix (default.nix), and
# under nix-k8s a set of Go functions that modules.nix uses in place of
# some of its own (internal/module/native.go). Results are the same.
native:
let
  # The names of `names` that the namespace defines, for the top level: a
  # name the module system files lack stays absent. Which names exist is
  # read from the namespace as built (reading it through the fixed point
  # would make the top-level names depend on themselves); the values are
  # read through the fixed point, so lib.extend reaches them.
  present =
    names: built: final:
    builtins.mapAttrs (name: _: final.${name}) (
      builtins.intersectAttrs (builtins.listToAttrs (map (name: { inherit name; value = null; }) names)) built
    );

  build =
    lib:
    let
      load = file: import file { inherit lib; };
      loadNative = file: import file { inherit lib native; };
      ns = {
        trivial = load ./trivial.nix;
        fixedPoints = load ./fixed-points.nix;
        attrsets = load ./attrsets.nix;
        lists = load ./lists.nix;
        strings = load ./strings.nix;
        versions = load ./versions.nix;
        asserts = load ./asserts.nix;
        debug = load ./debug.nix;
        generators = load ./generators.nix;
        options = loadNative ./options.nix;
        types = loadNative ./types.nix;
        modules = loadNative ./modules.nix;
      };
    in
    ns
    // {
      inherit (builtins)
        baseNameOf
        convertHash
        dirOf
        fromJSON
        fromTOML
        getContext
        hasContext
        hashString
        isPath
        parseDrvName
        placeholder
        readDir
        toFile
        toJSON
        toString
        toXML
        tryEval
        ;

      inherit (lib.trivial)
        add
        and
        bitAnd
        bitNot
        bitOr
        bitXor
        boolToString
        boolToYesNo
        ceil
        checkListOfEnum
        compare
        concat
        const
        deepSeq
        defaultTo
        div
        flip
        floor
        fromHexString
        functionArgs
        genericClosure
        id
        importJSON
        importTOML
        inNixShell
        inPureEvalMode
        info
        isBool
        isFloat
        isFunction
        isInOldestRelease
        isInt
        lessThan
        mapNullable
        max
        mergeAttrs
        min
        mirrorFunctionArgs
        mod
        mul
        nixpkgsVersion
        oldestSupportedReleaseIsAtLeast
        "or"
        pathExists
        pipe
        readFile
        seq
        setFunctionArgs
        showWarnings
        splitByAndCompare
        sub
        throwIf
        throwIfNot
        toBaseDigits
        toFunction
        toHexString
        version
        warn
        warnIf
        warnIfNot
        xor
        ;

      inherit (lib.fixedPoints)
        composeExtensions
        composeManyExtensions
        converge
        extends
        fix
        "fix'"
        makeExtensible
        makeExtensibleWithCustomName
        toExtension
        ;

      inherit (lib.attrsets)
        attrByPath
        attrNames
        attrValues
        attrVals
        attrsToList
        cartesianProduct
        catAttrs
        chooseDevOutputs
        collect
        concatMapAttrs
        dontRecurseIntoAttrs
        filterAttrs
        filterAttrsRecursive
        foldAttrs
        foldlAttrs
        genAttrs
        "genAttrs'"
        getAttr
        getAttrFromPath
        getAttrs
        getBin
        getDev
        getFirstOutput
        getInclude
        getLib
        getMan
        getOutput
        getStatic
        hasAttr
        hasAttrByPath
        intersectAttrs
        isAttrs
        isDerivation
        listToAttrs
        mapAttrs
        "mapAttrs'"
        mapAttrsRecursive
        mapAttrsRecursiveCond
        mapAttrsToList
        mapAttrsToListRecursive
        mapAttrsToListRecursiveCond
        mapCartesianProduct
        matchAttrs
        mergeAttrsList
        nameValuePair
        optionalAttrs
        overrideExisting
        recurseIntoAttrs
        recursiveUpdate
        recursiveUpdateUntil
        removeAttrs
        setAttrByPath
        showAttrPath
        toDerivation
        updateManyAttrsByPath
        zipAttrs
        zipAttrsWith
        zipAttrsWithNames
        ;

      inherit (lib.lists)
        all
        allUnique
        any
        compareLists
        concatAttrValues
        concatLists
        concatMap
        count
        crossLists
        drop
        dropEnd
        elem
        elemAt
        filter
        findFirst
        findSingle
        flatten
        fold
        foldl
        "foldl'"
        foldr
        forEach
        genList
        groupBy
        "groupBy'"
        head
        ifilter0
        imap0
        imap1
        init
        intersectLists
        isList
        last
        length
        listDfs
        map
        mutuallyExclusive
        naturalSort
        optional
        optionals
        partition
        range
        remove
        replaceElemAt
        replicate
        reverseList
        singleton
        sort
        sortOn
        sublist
        subtractLists
        tail
        take
        takeEnd
        toList
        toposort
        unique
        uniqueStrings
        zipLists
        zipListsWith
        ;

      inherit (lib.strings)
        addContextFrom
        appendContext
        cmakeBool
        cmakeFeature
        cmakeOptionType
        concatImapStrings
        concatImapStringsSep
        concatLines
        concatMapAttrsStringSep
        concatMapStrings
        concatMapStringsSep
        concatStrings
        concatStringsSep
        enableFeature
        enableFeatureAs
        escape
        escapeRegex
        escapeShellArg
        escapeShellArgs
        escapeURL
        escapeXML
        fileContents
        fixedWidthNumber
        fixedWidthString
        getName
        getVersion
        hasInfix
        hasPrefix
        hasSuffix
        intersperse
        isStorePath
        isString
        isStringLike
        isValidPosixName
        join
        lowerChars
        makeBinPath
        makeIncludePath
        makeLibraryPath
        makeSearchPath
        makeSearchPathOutput
        match
        mesonBool
        mesonEnable
        mesonOption
        nameFromURL
        optionalString
        removePrefix
        removeSuffix
        replaceString
        replaceStrings
        split
        splitString
        splitStringBy
        stringAsChars
        stringLength
        stringToCharacters
        substring
        toCamelCase
        toInt
        toIntBase10
        toLower
        toSentenceCase
        toShellVar
        toShellVars
        toUpper
        trim
        trimWith
        typeOf
        unsafeDiscardStringContext
        upperChars
        versionAtLeast
        versionOlder
        withFeature
        withFeatureAs
        ;

      inherit (lib.versions) compareVersions splitVersion;

      inherit (lib.generators) mkLuaInline;

      inherit (lib.asserts) assertMsg assertOneOf;

      inherit (lib.debug)
        addErrorContext
        runTests
        testAllTrue
        trace
        traceFnSeqN
        traceIf
        traceSeq
        traceSeqN
        traceVal
        traceValFn
        traceValSeq
        traceValSeqFn
        traceValSeqN
        traceValSeqNFn
        unsafeGetAttrPos
        ;
    }
    // present [
      "evalModules"
      "setDefaultModuleLocation"
      "unifyModuleSyntax"
      "applyModuleArgsIfFunction"
      "mergeModules"
      "mergeModules'"
      "mergeOptionDecls"
      "mergeDefinitions"
      "pushDownProperties"
      "dischargeProperties"
      "filterOverrides"
      "sortProperties"
      "fixupOptionType"
      "mkIf"
      "mkAssert"
      "mkDefinition"
      "mkMerge"
      "mkOverride"
      "mkOptionDefault"
      "mkDefault"
      "mkImageMediaOverride"
      "mkForce"
      "mkVMOverride"
      "mkFixStrictness"
      "mkOrder"
      "mkBefore"
      "mkAfter"
      "mkAliasDefinitions"
      "mkAliasAndWrapDefinitions"
      "fixMergeModules"
      "mkRemovedOptionModule"
      "mkRenamedOptionModule"
      "mkRenamedOptionModuleWith"
      "mkMergedOptionModule"
      "mkChangedOptionModule"
      "mkAliasOptionModule"
      "mkDerivedConfig"
      "doRename"
      "mkAliasOptionModuleMD"
    ] ns.modules lib.modules
    // present [
      "isOption"
      "mkEnableOption"
      "mkSinkUndeclaredOptions"
      "mergeDefaultOption"
      "mergeOneOption"
      "mergeEqualOption"
      "mergeUniqueOption"
      "getValues"
      "getFiles"
      "optionAttrSetToDocList"
      "optionAttrSetToDocList'"
      "scrubOptionValue"
      "literalExpression"
      "literalMD"
      "showOption"
      "showOptionWithDefLocs"
      "showFiles"
      "unknownModule"
      "mkOption"
      "mkPackageOption"
    ] ns.options lib.options
    // present [
      "isType"
      "setType"
      "defaultTypeMerge"
      "defaultFunctor"
      "isOptionType"
      "mkOptionType"
    ] ns.types lib.types;

  # lib with an `extend` that applies an overlay (final: prev: { ... }) to
  # the whole library and rebuilds the fixed point. As in nixpkgs, the
  # extended library is built with makeExtensible, so it can be extended
  # again.
  extensible =
    rattrs:
    let
      lib = rattrs lib // { extend = overlay: lib.fixedPoints.makeExtensible (lib.fixedPoints.extends overlay rattrs); };
    in
    lib;
in
extensible build
