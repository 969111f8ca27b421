[ (toString /a/b/.) (toString /a/./b) (toString /a/b/..) ]
