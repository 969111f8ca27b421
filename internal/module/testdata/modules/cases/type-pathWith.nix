{ lib }:
with lib.types;
[
  path.description pathInStore.description externalPath.description
  (pathWith { absolute = false; }).description (pathWith { }).description
  (path.check "/etc") (path.check "etc") (pathInStore.check "/nix/store/abc-x") (pathInStore.check "/nix/store/0c0m8kaw1hv6jzfkx7d2g6fl6ax9dzzj-hello/bin") (externalPath.check "/nix/store/0c0m8kaw1hv6jzfkx7d2g6fl6ax9dzzj-hello") (pathInStore.check "/etc")
  (externalPath.check "/etc") (externalPath.check "/nix/store/abc-x") ((pathWith { absolute = false; }).check "a/b")
  ((passwdEntry str).check "a:b") ((passwdEntry str).check "ab") (passwdEntry str).description
]
