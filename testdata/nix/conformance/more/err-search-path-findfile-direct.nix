__findFile [ ] "nothing"
