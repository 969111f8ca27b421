lib:
[ (lib.traceIf true "msg" 1) (lib.traceIf false "msg" 2) (lib.traceVal 3) (lib.traceValFn (x: "v=${toString x}") 4) (lib.traceSeq { a = [ 1 ]; } 5) (lib.traceValSeq { b = 6; }) (lib.traceSeqN 1 { a = { b = 1; }; } 7) (lib.traceValSeqN 2 [ [ [ 8 ] ] ]) (lib.debug.traceFnSeqN 1 "f" (x: x + 1) 9) ]
