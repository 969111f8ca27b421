builtins.toJSON (builtins.fromJSON ''"\b\f\n\r\t\u0008\u000b\u001b\u007f\u0080\u00ff/"'')
