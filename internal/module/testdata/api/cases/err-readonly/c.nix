{
  k8s = {
    version = "1.30";
  };
}
