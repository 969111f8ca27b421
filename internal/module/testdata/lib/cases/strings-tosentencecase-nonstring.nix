lib:
lib.strings.toSentenceCase 5
