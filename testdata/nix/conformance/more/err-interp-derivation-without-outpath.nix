"${{ type = "derivation"; }}"
