throw "plain throw"
