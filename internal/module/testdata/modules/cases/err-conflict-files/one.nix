{
  compliance.level = "low";
}
