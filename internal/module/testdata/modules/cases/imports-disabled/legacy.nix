{ l = [ "legacy" ]; }
