"${ "spaced" }"
