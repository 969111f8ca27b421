{
  expose = {
    host = "api.internal";
  };
}
