{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; defaultText = lib.literalExpression "1"; example = lib.literalMD "`2`"; description = "A."; }; }
  ];
}).options.a.defaultText // { ex = (lib.evalModules { modules = [ { options.a = lib.mkOption { example = lib.literalMD "`2`"; }; } ]; }).options.a.example; }
