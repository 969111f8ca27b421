lib:
lib.generators.toGitINI {
  user = { name = "Jane \"JD\" Doe"; email = "jane@example.com"; };
  core.autocrlf = false;
  url."ssh://git@github.com/".insteadOf = "https://github.com/";
  url."https://mirror.example/".pushInsteadOf = [ "a" "b" ];
  "branch.main".remote = "origin";
  alias = { co = "checkout"; lg = "log --graph\t--oneline\n"; };
  gc.auto = 0;
  pkg = { type = "derivation"; name = "d"; outPath = "/p"; };
}
