({ __sub ? (a: b: "formal") }: 9 - 1) { }
