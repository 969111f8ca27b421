{
  compliance.level = "high";
  compliance.ownerTeam = "payments";
  compliance.ownerteam = "typo";
}
