{
  apps.api = {
    replicas = "three";
  };
}
