toString (/. + "etc")
