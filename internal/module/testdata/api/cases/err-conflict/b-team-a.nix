{
  expose = {
    host = "api.example.com";
  };
}
