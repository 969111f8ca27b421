{ lib,
  team,
  ...
}:
{
  owner = team;
}
