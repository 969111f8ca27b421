builtins.fromJSON ''"\b\f\u000b\u001b\u007f \u2028 \u2029"''
