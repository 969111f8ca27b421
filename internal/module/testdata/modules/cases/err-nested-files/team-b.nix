{
  apps.api.expose.host = "api.internal";
}
