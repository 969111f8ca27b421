import ../../semantics/_fix/linkdir/../../semantics/deepseq-cycle.nix
