"found via search path"
