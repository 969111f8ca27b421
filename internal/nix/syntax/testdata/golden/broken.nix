{
  apps.api = {
    image = "x";
    rep
  };
  a = 1
  b = x.;
  c = [ 1 2 ;
  d = let y = 1; in y.
}
