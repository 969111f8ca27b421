[ (./_fix/a < ./_fix/b) (/a < /b) (/b < /a) ]
