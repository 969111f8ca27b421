# Fixed points and extensible attribute sets (overlays).
{ lib }:
let
  self = {
    # The value x with x = f x.
    fix =
      f:
      let
        result = f result;
      in
      result;
    # Like fix, remembering f under __unfix__.
    "fix'" =
      f:
      let
        result = f result // { __unfix__ = f; };
      in
      result;
    # Apply f until the value stops changing.
    converge =
      f: x:
      let
        next = f x;
      in
      if next == x then x else self.converge f next;

    # Layer the overlay `ext` over the function `base` of the final value.
    extends =
      ext: base: final:
      let
        prev = base final;
      in
      prev // ext final prev;
    composeExtensions =
      first: second: final: prev:
      let
        fromFirst = first final prev;
      in
      fromFirst // second final (prev // fromFirst);
    composeManyExtensions = exts: lib.lists.foldr self.composeExtensions (_: _: { }) exts;

    makeExtensible = self.makeExtensibleWithCustomName "extend";
    makeExtensibleWithCustomName =
      extenderName: rattrs:
      self."fix'" (
        final: rattrs final // { ${extenderName} = ext: self.makeExtensibleWithCustomName extenderName (self.extends ext rattrs); }
      );

    # Accept an overlay, a function of prev only, or a plain set.
    toExtension =
      v:
      if lib.trivial.isFunction v then
        final: prev:
        let
          onPrev = v prev;
        in
        if lib.trivial.isFunction onPrev then v final prev else onPrev
      else
        _: _: v;
  };
in
self
