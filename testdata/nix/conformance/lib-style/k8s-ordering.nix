let
  order = { Namespace = 0; ServiceAccount = 1; ConfigMap = 2; Secret = 2; Service = 3; Deployment = 4; HorizontalPodAutoscaler = 5; };
  objs = [
    { kind = "Deployment"; metadata.name = "b"; }
    { kind = "Service"; metadata.name = "a"; }
    { kind = "Namespace"; metadata.name = "shop"; }
    { kind = "Deployment"; metadata.name = "a"; }
    { kind = "ConfigMap"; metadata.name = "z"; }
    { kind = "Secret"; metadata.name = "y"; }
  ];
  rank = o: order.${o.kind} or 99;
  lt = a: b: if rank a != rank b then rank a < rank b else a.metadata.name < b.metadata.name;
in map (o: "${o.kind}/${o.metadata.name}") (builtins.sort lt objs)
