{ config, lib, ... }: { options = { }; config.value = config.base * 2; }
