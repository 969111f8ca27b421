{ l = [ "two" ]; }
