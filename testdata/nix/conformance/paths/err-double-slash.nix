toString /a//b
