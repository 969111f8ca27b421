"a\r\nb"
