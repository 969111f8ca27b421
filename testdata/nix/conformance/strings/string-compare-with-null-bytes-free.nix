[ ("abc" < "abd") ("ab" < "abc") ("abc" == "abc") ("" == "") ]
