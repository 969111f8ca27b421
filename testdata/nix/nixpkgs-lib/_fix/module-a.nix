{ lib, ... }: {
  options.fromImport = lib.mkOption { type = lib.types.bool; default = false; };
  config.fromImport = true;
}
