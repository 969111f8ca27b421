import ./_fix/nested/data.txt
