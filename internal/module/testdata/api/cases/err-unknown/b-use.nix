{
  compliance = {
    level = "high";
    ownerteam = "payments";
  };
}
