{ a = null; }.a or "not used"
