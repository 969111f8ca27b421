{
  apps.api = {
    image = "ghcr.io/acme/api:1.0";
    replicas = "three";
  };
}
