# Tracing and test helpers.
{ lib }:
let
  b = builtins;
  self = {
    inherit (b) addErrorContext trace unsafeGetAttrPos;

    traceIf = cond: msg: x: if cond then b.trace msg x else x;
    traceValFn = f: x: b.trace (f x) x;
    traceVal = self.traceValFn (x: x);
    traceSeq = x: y: b.trace (b.deepSeq x x) y;
    # Trace x pretty-printed down to `depth` levels, then return y.
    traceSeqN =
      depth: x: y:
      let
        placeholder = text: v: { __pretty = _: text; val = v; };
        cut = v: if b.isList v then placeholder "[…]" v else if b.isAttrs v then placeholder "{…}" v else v;
        atDepth =
          n: v:
          if n == 0 then cut v
          else if b.isList v then map (atDepth (n - 1)) v
          else if b.isAttrs v then b.mapAttrs (_: atDepth (n - 1)) v
          else v;
      in
      b.trace (lib.generators.toPretty { allowPrettyValues = true; } (atDepth depth x)) y;
    traceValSeqFn = f: v: self.traceValFn f (b.deepSeq v v);
    traceValSeq = self.traceValSeqFn (x: x);
    traceValSeqNFn = f: depth: v: self.traceSeqN depth (f v) v;
    traceValSeqN = self.traceValSeqNFn (x: x);
    traceFnSeqN =
      depth: name: f: v:
      let
        out = f v;
      in
      self.traceSeqN (depth + 1) { fn = name; from = v; to = out; } out;

    # The failing tests among { testName = { expr; expected; }; ... }; a
    # `tests` list, when present, restricts which run.
    runTests =
      tests:
      let
        only = tests.tests or [ ];
        selected = name: (b.substring 0 4 name == "test" || b.elem name only) && (only == [ ] || b.elem name only);
      in
      b.concatLists (
        lib.attrsets.mapAttrsToList (
          name: t:
          if selected name && t.expr != t.expected then
            [ { inherit name; expected = t.expected; result = t.expr; } ]
          else
            [ ]
        ) tests
      );
    testAllTrue = expr: { inherit expr; expected = map (_: true) expr; };
  };
in
self
