let x = "mid"; in toString /a/${x}/b
