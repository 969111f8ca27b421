lib:
[ (lib.trace "plain trace" 1) (lib.traceValSeqFn (v: "got ${toString (builtins.length v)}") [ 1 2 ]) (lib.traceValSeqNFn (v: { wrapped = v; }) 1 { a.b = 1; }) (lib.debug.traceValSeqN 0 { a = 1; }) ]
