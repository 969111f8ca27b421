lib:
[ (lib.mapAttrs' == lib.attrsets.mapAttrs') (lib.optional == lib.lists.optional) (lib.concatStrings == lib.strings.concatStrings) (lib.id == lib.trivial.id) ]
