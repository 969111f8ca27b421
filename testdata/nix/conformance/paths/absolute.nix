[ (toString /etc/hosts) (toString /a/b/../c) (toString /a/./b) ]
