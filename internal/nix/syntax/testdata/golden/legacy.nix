let {
  x = 1;
  body = { inherit x; "quoted attr" = x; ${"dyn"} = 2; or = 3; };
}
