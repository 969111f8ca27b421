lib:
lib.fileContents ../files/text.txt
