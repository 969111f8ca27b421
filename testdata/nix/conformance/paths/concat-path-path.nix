toString (./_fix + ./sub)
