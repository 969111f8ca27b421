{ config, ... }:
{
  compliance = {
    level = "high";
  };
}
