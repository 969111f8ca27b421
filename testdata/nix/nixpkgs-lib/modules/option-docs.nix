lib: let
  eval = lib.evalModules { modules = [ { options.x = lib.mkOption { type = lib.types.int; default = 1; description = "The x."; example = 2; }; options.e = lib.mkEnableOption "the thing"; } ]; };
in {
  descriptionX = eval.options.x.description;
  typeX = eval.options.x.type.description;
  enableDefault = eval.config.e;
  enableDescription = eval.options.e.description;
  showOption = lib.showOption [ "a" "b c" "d" ];
  loc = eval.options.x.loc;
  isOption = lib.isOption eval.options.x;
}
