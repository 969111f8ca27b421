[ (!false && false) (true || false && false) (false && true || true) (! (true == false)) ]
