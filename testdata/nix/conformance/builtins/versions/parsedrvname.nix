map builtins.parseDrvName [ "nix-0.12pre12876" "hello-2.10" "a-b-c-1.0-beta" "noversion" "foo-bar" "x-1" ]
