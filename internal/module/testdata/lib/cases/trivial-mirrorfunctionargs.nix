lib:
let f = { x, y ? 2 }: x + y; g = lib.mirrorFunctionArgs f (args: f args * 10); in [ (lib.functionArgs g) (g { x = 1; }) ]
