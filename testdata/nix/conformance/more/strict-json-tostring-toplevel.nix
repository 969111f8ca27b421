{ __toString = self: "printed via __toString"; a = 1; }
