# Evaluating this together with options.nix fails: the replica count is
# not a positive integer, and the error names this file and line.
{
  apps.api.replicas = 0;
}
