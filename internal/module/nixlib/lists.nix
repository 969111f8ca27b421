# Functions on lists.
{ lib }:
let
  b = builtins;
  inherit (b) length elemAt genList filter elem head tail;

  # Index-based recursion shared by the lazy folds.
  indices = n: genList (i: i) n;

  self = {
    inherit (b)
      all
      any
      concatLists
      concatMap
      elem
      elemAt
      filter
      genList
      head
      isList
      length
      map
      partition
      sort
      tail
      ;

    singleton = x: [ x ];
    forEach = xs: f: map f xs;

    # Right fold; lazy in the accumulator.
    foldr =
      op: nul: list:
      let
        n = length list;
        go = i: if i == n then nul else op (elemAt list i) (go (i + 1));
      in
      go 0;
    fold = lib.trivial.warn "fold has been deprecated, use foldr instead" self.foldr;

    # Left fold; lazy in the accumulator.
    foldl =
      op: nul: list:
      let
        go = i: if i < 0 then nul else op (go (i - 1)) (elemAt list i);
      in
      go (length list - 1);

    # Strict left fold. Unlike the bare builtin, the initial accumulator is
    # forced too.
    foldl' = op: acc: list: b.seq acc (b.foldl' op acc list);

    imap0 = f: list: genList (i: f i (elemAt list i)) (length list);
    imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);
    ifilter0 =
      pred: list:
      map (i: elemAt list i) (filter (i: pred i (elemAt list i)) (indices (length list)));

    flatten = x: if b.isList x then b.concatMap self.flatten x else [ x ];
    remove = x: filter (y: y != x);

    findSingle =
      pred: none: many: list:
      let
        hits = filter pred list;
      in
      if hits == [ ] then none else if length hits == 1 then head hits else many;

    # Index of the first element satisfying pred; pred is not called on the
    # elements after it.
    findFirstIndex =
      pred: none: list:
      let
        step = st: x: if st.found then st else if pred x then st // { found = true; } else st // { i = st.i + 1; };
        final = b.foldl' step { found = false; i = 0; } list;
      in
      if final.found then final.i else none;
    findFirst =
      pred: none: list:
      let
        i = self.findFirstIndex pred null list;
      in
      if i == null then none else elemAt list i;

    count = pred: self.foldl' (n: x: if pred x then n + 1 else n) 0;

    optional = cond: x: if cond then [ x ] else [ ];
    optionals = cond: xs: if cond then xs else [ ];
    toList = x: if b.isList x then x else [ x ];

    range = first: last: if first > last then [ ] else genList (i: first + i) (last - first + 1);
    replicate = n: x: genList (_: x) n;

    groupBy =
      b.groupBy or (
        key: list:
        b.foldl' (acc: x: let k = key x; in acc // { ${k} = (acc.${k} or [ ]) ++ [ x ]; }) { } list
      );
    "groupBy'" =
      op: nul: key: list:
      b.mapAttrs (_: self.foldl op nul) (self.groupBy key list);

    zipListsWith =
      f: xs: ys:
      genList (i: f (elemAt xs i) (elemAt ys i)) (lib.trivial.min (length xs) (length ys));
    zipLists = self.zipListsWith (fst: snd: { inherit fst snd; });

    reverseList =
      list:
      let
        n = length list;
      in
      genList (i: elemAt list (n - 1 - i)) n;

    # Depth-first search for a minimal element under `before`, as toposort uses it.
    listDfs =
      stopOnCycles: before: list:
      let
        visit =
          current: visited: rest:
          let
            loopsBack = filter (x: before x current) visited;
            split = b.partition (x: before x current) rest;
          in
          if stopOnCycles && loopsBack != [ ] then
            {
              cycle = current;
              loops = loopsBack;
              inherit visited rest;
            }
          else if split.right == [ ] then
            {
              minimal = current;
              inherit visited rest;
            }
          else
            visit (head split.right) ([ current ] ++ visited) (tail split.right ++ split.wrong);
      in
      visit (head list) [ ] (tail list);

    toposort =
      before: list:
      if length list < 2 then
        { result = list; }
      else
        let
          found = self.listDfs true before list;
          sortedRest = self.toposort before (found.visited ++ found.rest);
        in
        if found ? cycle then
          {
            cycle = self.reverseList ([ found.cycle ] ++ found.visited);
            inherit (found) loops;
          }
        else if sortedRest ? cycle then
          sortedRest
        else
          { result = [ found.minimal ] ++ sortedRest.result; };

    # Stable sort by a key computed once per element.
    sortOn =
      key: list:
      map (p: p.v) (b.sort (x: y: x.k < y.k) (map (v: { k = key v; inherit v; }) list));

    compareLists =
      cmp: xs: ys:
      let
        nx = length xs;
        ny = length ys;
        go =
          i:
          if i == nx then (if i == ny then 0 else -1)
          else if i == ny then 1
          else
            let
              c = cmp (elemAt xs i) (elemAt ys i);
            in
            if c == 0 then go (i + 1) else c;
      in
      go 0;

    # Sort strings so that embedded numbers compare by value.
    naturalSort =
      list:
      let
        chunks = s: map (part: if b.isList part then lib.strings.toInt (head part) else part) (b.split "(0|[1-9][0-9]*)" s);
        keyed = map (s: { k = chunks s; v = s; }) list;
      in
      map (p: p.v) (b.sort (x: y: self.compareLists lib.trivial.compare x.k y.k < 0) keyed);

    sublist =
      start: n: list:
      let
        len = length list;
        size = if start >= len then 0 else if start + n > len then len - start else n;
      in
      genList (i: elemAt list (start + i)) size;
    take = n: self.sublist 0 n;
    drop = n: list: self.sublist n (length list) list;
    takeEnd = n: list: self.drop (lib.trivial.max 0 (length list - n)) list;
    dropEnd = n: list: self.take (lib.trivial.max 0 (length list - n)) list;

    hasPrefix = prefix: list: self.take (length prefix) list == prefix;
    removePrefix =
      prefix: list:
      if self.hasPrefix prefix list then
        self.drop (length prefix) list
      else
        throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";
    commonPrefix =
      xs: ys:
      let
        differs = self.zipListsWith (x: y: x != y) xs ys;
      in
      self.take (self.findFirstIndex (d: d) (length differs) differs) xs;

    last =
      list:
      assert lib.asserts.assertMsg (list != [ ]) "lists.last: list must not be empty!";
      elemAt list (length list - 1);
    init =
      list:
      assert lib.asserts.assertMsg (list != [ ]) "lists.init: list must not be empty!";
      self.take (length list - 1) list;

    crossLists = f: argLists: self.foldl (fns: args: b.concatMap (g: map g args) fns) [ f ] argLists;

    unique = b.foldl' (seen: x: if elem x seen then seen else seen ++ [ x ]) [ ];
    uniqueStrings = list: b.attrNames (b.listToAttrs (map (s: { name = s; value = null; }) list));
    allUnique = list: length (self.unique list) == length list;

    intersectLists = keep: filter (x: elem x keep);
    subtractLists = drop: filter (x: !(elem x drop));
    mutuallyExclusive = xs: ys: xs == [ ] || !(b.any (y: elem y xs) ys);

    concatAttrValues = set: b.concatLists (b.attrValues set);
    replaceElemAt =
      list: idx: x:
      assert lib.asserts.assertMsg (idx >= 0 && idx < length list)
        "'lists.replaceElemAt' called with index ${toString idx} on a list of size ${toString (length list)}";
      genList (i: if i == idx then x else elemAt list i) (length list);
  };
in
self
