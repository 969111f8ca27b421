lib:
lib.setAttrByPath [ ] { x = 1; }
