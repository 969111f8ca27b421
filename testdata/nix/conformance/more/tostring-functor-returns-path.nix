toString { __toString = self: /a/b; }
